// A response body checked by its contract schema and kept in its wire form (ISO strings, tagged
// message values), which is what these tests assert on.
import * as z from 'zod/mini';

export function wireOf<S extends z.ZodMiniType>(schema: S, body: unknown): z.input<S> {
  return z.encode(schema, z.parse(schema, body));
}
