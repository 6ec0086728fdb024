// One call of the endpoint table: headers, idempotency key, timeout, retries, and turning every
// failure into a PlankitError. ky sends the request; the retry loop is ours so that a connection
// dropped while the body streams is retried too, and the body read shares the attempt's deadline.
import ky from 'ky';
import * as z from 'zod/mini';
import { type Endpoint, type EndpointName, endpoints, fillPath } from '../contract/endpoints';
import { ErrorBody, ErrorCode } from '../contract/errors';
import {
  isPlankitError,
  type PlankitError,
  PlankitHttpError,
  PlankitNetworkError,
  PlankitSchemaError,
  PlankitTimeoutError,
} from './errors';
import { newIdempotencyKey } from './idempotency-key';
import type { PlankitClientOptions } from './types';

export interface CallInit {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  readonly idempotencyKey?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** The response decoded by the endpoint's schema: the model, with Dates and the rules' values. */
export type Call = <N extends EndpointName>(
  name: N,
  init?: CallInit,
) => Promise<z.output<(typeof endpoints)[N]['response']>>;

type RetryClass = 'read' | 'keyed' | 'never';

const DEFAULT_TIMEOUT_MS = 15_000;
const RETRIED_READ_STATUSES = new Set([408, 429]);

function retryClass(endpoint: Endpoint): RetryClass {
  if (endpoint.safe) return 'read';
  return endpoint.idempotent ? 'keyed' : 'never';
}

function shouldRetry(kind: RetryClass, error: PlankitError): boolean {
  if (kind === 'never') return false;
  switch (error.kind) {
    case 'network':
      return true;
    case 'timeout':
      // A slow mutation may still be running; its retry would wait behind it. Reads are cheap.
      return kind === 'read';
    case 'http': {
      const { status } = error as PlankitHttpError;
      return status >= 500 || (kind === 'read' && RETRIED_READ_STATUSES.has(status));
    }
    case 'schema':
      return false;
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const ErrorBodyCore = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) });

function httpError(name: string, status: number, text: string): PlankitHttpError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = ErrorBody.safeParse(json);
  if (parsed.success) {
    const { code, message, params } = parsed.data.error;
    return new PlankitHttpError({
      endpoint: name,
      status,
      code,
      message,
      params,
    });
  }
  // A known code with params we cannot read still tells the caller what went wrong.
  const core = ErrorBodyCore.safeParse(json);
  if (core.success) {
    const { code, message } = core.data.error;
    return new PlankitHttpError({ endpoint: name, status, code, message });
  }
  const code = status >= 500 ? 'internal_error' : 'invalid_response';
  return new PlankitHttpError({
    endpoint: name,
    status,
    code,
    message: `The server answered ${status} without a Plankit error body.`,
  });
}

// zod/mini ships no locale (to stay small), so its messages are bare; say what was expected.
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

function parseBody(name: string, schema: z.ZodMiniType, status: number, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PlankitSchemaError({
      endpoint: name,
      status,
      issues: [{ path: [], message: 'The body is not JSON' }],
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: describeIssue(issue) }));
    throw new PlankitSchemaError({ endpoint: name, status, issues, cause: parsed.error });
  }
  return parsed.data;
}

// The request model encoded by the endpoint's schema (Dates to ISO strings). A body the schema
// refuses goes as given, so the server's invalid_request names the field, as it always has.
function wireBody(schema: z.ZodMiniType, body: unknown): unknown {
  const encoded = z.safeEncode(schema, body);
  return encoded.success ? encoded.data : body;
}

/** A function that performs one endpoint call with this client's options. */
export function createCall(options: PlankitClientOptions): Call {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const limit = retry.limit ?? 2;
  const delayMs = retry.delayMs ?? ((attempt: number) => 300 * 2 ** (attempt - 1));
  const maxDelayMs = retry.maxDelayMs ?? 5_000;
  const http = ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  async function attempt(
    name: string,
    endpoint: Endpoint,
    url: string,
    headers: Headers,
    init: CallInit,
    json: unknown,
  ) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort(init.signal?.reason);
    init.signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      const searchParams: Record<string, string> = {};
      for (const [key, value] of Object.entries(init.query ?? {})) if (value !== undefined) searchParams[key] = value;
      const response = await http(url, {
        method: endpoint.method,
        headers,
        signal: controller.signal,
        searchParams,
        ...(json === undefined ? {} : { json }),
      });
      const text = await response.text();
      if (!response.ok) throw httpError(name, response.status, text);
      return parseBody(name, endpoint.response, response.status, text);
    } catch (error) {
      if (isPlankitError(error)) throw error;
      if (init.signal?.aborted) throw init.signal.reason;
      if (timedOut) {
        throw new PlankitTimeoutError(`No answer from ${name} within ${timeoutMs} ms.`, name, timeoutMs, {
          cause: error,
        });
      }
      throw new PlankitNetworkError(`The ${name} request failed before an answer arrived.`, name, { cause: error });
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return async function call(name, init = {}) {
    const endpoint: Endpoint = endpoints[name];
    const url = base + fillPath(endpoint.path, init.params ?? {});
    const headers = new Headers(options.getHeaders === undefined ? undefined : await options.getHeaders());
    headers.set('Accept', 'application/json');
    // One key for this call, reused by every retry of it, so the server applies it at most once.
    if (endpoint.idempotent) headers.set('Idempotency-Key', init.idempotencyKey ?? newIdempotencyKey());
    const json = endpoint.body === null ? undefined : wireBody(endpoint.body, init.body ?? {});
    const kind = retryClass(endpoint);
    for (let retries = 0; ; retries++) {
      try {
        // The endpoint's own response schema checked the body, so it has the table's type.
        return (await attempt(name, endpoint, url, headers, init, json)) as never;
      } catch (error) {
        if (!isPlankitError(error) || retries >= limit || !shouldRetry(kind, error)) throw error;
        await sleep(Math.min(delayMs(retries + 1), maxDelayMs), init.signal);
      }
    }
  };
}
