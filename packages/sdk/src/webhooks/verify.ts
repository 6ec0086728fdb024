// Verify a delivery from a Plankit server: `Plankit-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`.
// WebCrypto only (`crypto.subtle`), so it runs in Node 20, edge runtimes and browsers alike.
import * as z from 'zod/mini';
import { WebhookEvent } from '../contract/events';
import { WebhookVerificationError } from './errors';

export const SIGNATURE_HEADER = 'plankit-signature';
export const EVENT_ID_HEADER = 'plankit-event-id';

/** Fetch `Headers`, or a plain object such as Node's `IncomingHttpHeaders` (any case). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface VerifyWebhookOptions {
  /** How far `t` may be from `now`, either way, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** The receiver's clock. Default `new Date()`. */
  readonly now?: Date;
}

function header(headers: WebhookHeaders, name: string): string | null {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    return typeof value === 'string' ? value : (value[0] ?? null);
  }
  return null;
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function parseSignature(value: string): { timestamp: number; signatures: Uint8Array<ArrayBuffer>[] } {
  let timestamp: number | null = null;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    const key = part.slice(0, at).trim();
    const item = part.slice(at + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = Number(item);
    // Several v1 while an endpoint's secret is rotated; other schemes are ignored.
    if (key === 'v1') {
      const bytes = hexBytes(item);
      if (bytes) signatures.push(bytes);
    }
  }
  if (timestamp === null || signatures.length === 0) {
    throw new WebhookVerificationError(
      'malformed_signature',
      'The Plankit-Signature header is not of the form t=<unix seconds>,v1=<hex>.',
    );
  }
  return { timestamp, signatures };
}

/**
 * Check that `body` was signed with `secret` within the tolerance, and return the event it carries.
 * Pass the raw body exactly as received: re-serialised JSON no longer matches the signature.
 * Throws a `WebhookVerificationError` with a `reason`; answer that with a 400.
 */
export async function verifyWebhook(
  body: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  { toleranceSeconds = 300, now = new Date() }: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const value = header(headers, SIGNATURE_HEADER);
  if (value === null || value === '') {
    throw new WebhookVerificationError('missing_signature', 'The request has no Plankit-Signature header.');
  }
  const { timestamp, signatures } = parseSignature(value);
  const age = Math.abs(Math.floor(now.getTime() / 1000) - timestamp);
  if (age > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_out_of_tolerance',
      `The signature's timestamp is ${age} s from now (at most ${toleranceSeconds} s): a delayed or replayed request.`,
    );
  }
  const encoder = new TextEncoder();
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  const signed = encoder.encode(`${timestamp}.${text}`);
  let matches = false;
  // subtle.verify compares in constant time; every candidate is checked so timing says nothing.
  for (const signature of signatures) {
    if (await crypto.subtle.verify('HMAC', key, signature, signed)) matches = true;
  }
  if (!matches) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      'The signature does not match this body and secret. Check the endpoint secret and pass the raw body.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new WebhookVerificationError('invalid_json', 'The signed body is not JSON.', { cause });
  }
  const parsed = z.safeParse(WebhookEvent, json);
  if (!parsed.success) {
    throw new WebhookVerificationError(
      'invalid_payload',
      `The signed body is not a Plankit event: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      { cause: parsed.error },
    );
  }
  const eventId = header(headers, EVENT_ID_HEADER);
  if (eventId !== null && eventId !== parsed.data.id) {
    throw new WebhookVerificationError(
      'event_id_mismatch',
      `The Plankit-Event-Id header (${eventId}) is not the body's event (${parsed.data.id}).`,
    );
  }
  return parsed.data;
}
