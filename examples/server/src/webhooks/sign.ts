// The signature a host checks with `verifyWebhook`: HMAC-SHA256 with the endpoint secret over
// `<t>.<body>`, where t is the send time in Unix seconds.
import { createHmac, randomBytes } from 'node:crypto';

export function signatureHeader(body: string, secret: string, sentAt: Date): string {
  const t = Math.floor(sentAt.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** A new endpoint secret, shown to the agency once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}
