// The reference server in its own Node process, for tests whose environment (jsdom) cannot host
// it. Answers { id, op: 'reset' | 'query', sql? } messages from the parent.
import { startTestServer } from '../../../../examples/server/src/testing';

type Request = { id: number; op: 'reset' | 'query'; sql?: string };

const server = await startTestServer({
  logError: (message, error) => process.send?.({ kind: 'serverError', message, error: String(error) }),
});
process.send?.({ kind: 'ready', url: server.url });
process.on('message', async (request: Request) => {
  try {
    const result = request.op === 'reset' ? await server.reset() : await server.db.query(request.sql ?? '');
    process.send?.({ kind: 'reply', id: request.id, result: result ?? null });
  } catch (error) {
    process.send?.({ kind: 'reply', id: request.id, error: String(error) });
  }
});
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
