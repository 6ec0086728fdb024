// One POST to a host's endpoint: http(s) only, a hard timeout, and a redirect counts as a failure
// (following one would send the signed body somewhere the agency never configured).

export interface SendResult {
  /** The HTTP status, or null when no answer came (timeout, refused, DNS). */
  readonly status: number | null;
  readonly ok: boolean;
  /** Why it failed, for the attempt log; null on a 2xx. */
  readonly error: string | null;
  readonly durationMs: number;
}

export interface SendOptions {
  readonly timeoutMs: number;
}

/** Only these schemes are sent to (checked when an endpoint is registered, and again here). */
export function isWebhookUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === ''
    );
  } catch {
    return false;
  }
}

const BODY_LIMIT = 200;

export async function sendWebhook(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  { timeoutMs }: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  if (!isWebhookUrl(url)) return { status: null, ok: false, error: 'not an http(s) URL', durationMs: 0 };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Plankit-Webhooks/1', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read a little of the answer for the log, and never wait on a huge or endless one.
    const text = (await response.text().catch(() => '')).slice(0, BODY_LIMIT);
    if (response.status >= 200 && response.status < 300) {
      return { status: response.status, ok: true, error: null, durationMs: took() };
    }
    const redirect = response.status >= 300 && response.status < 400;
    const error = redirect
      ? `redirect to ${response.headers.get('location') ?? '(no location)'} not followed`
      : `HTTP ${response.status}${text ? `: ${text}` : ''}`;
    return { status: response.status, ok: false, error, durationMs: took() };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message =
      name === 'TimeoutError' || name === 'AbortError'
        ? `no answer within ${timeoutMs} ms`
        : `${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
    return { status: null, ok: false, error: message, durationMs: took() };
  }
}
