import { createHash } from 'node:crypto';
import { encode, MessageValues, type ReadonlyModel, safeEncode } from '@plankit/sdk/contract';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { assertStorableJson } from './edge';
import { type ApiError, invalid } from './errors';

/** Canonical JSON (sorted keys), so the same body in another key order hashes the same. */
export function canonicalJson(value: unknown): string {
  // A decoded instant hashes as it goes on the wire.
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request body is not valid.';
  const path = issue.path.length ? issue.path.join('.') : 'body';
  return `${path}: ${issue.message}. Fix the request, then retry.`;
}

/** Decode a value with a contract schema into its model; a mismatch is a 400 invalid_request naming the field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) invalid(describeIssues(result.error));
  return result.data;
}

/** Read the JSON body (empty = `{}`); malformed JSON, or a string PostgreSQL cannot store, is a 400. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return invalid('The request body is not valid JSON. Send a JSON object, then retry.');
  }
  assertStorableJson(body);
  return body;
}

/** Encode a model into its response body with its contract schema; a mismatch is our bug (500, logged). */
export function wireBody<S extends z.ZodMiniType>(schema: S, value: ReadonlyModel<z.output<S>>): z.input<S> {
  const result = safeEncode(schema, value);
  if (!result.success) {
    throw new Error(`response does not match its contract schema: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  }
  return result.data;
}

export function errorJson(error: ApiError) {
  const params = error.params ? encode(MessageValues, error.params) : undefined;
  return { error: { code: error.code, message: error.message, ...(params ? { params } : {}) } };
}

export function errorResponse(c: Context, error: ApiError) {
  return c.json(errorJson(error), error.status);
}
