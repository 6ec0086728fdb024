// Links to the pages that show money or take a payment (/checkout/…, /invoices/…). A page opens in
// a browser, where no bearer token travels, so the link itself is the credential: the id plus an
// expiry and an HMAC over both, e.g. /checkout/chk_…/lx9k2m.Q3Vk…. Ids alone are never enough.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type PageKind = 'checkout' | 'invoices';

/** How long a handed-out link opens its page; the API hands out a fresh one on every read. */
export const PAGE_LINK_TTL_SECONDS = 3600;

export interface PageLinks {
  /** The page's absolute URL, valid for PAGE_LINK_TTL_SECONDS from now. */
  url(kind: PageKind, id: string): string;
  /** Whether `access` (the path segment after the id) opens this page now. */
  verify(kind: PageKind, id: string, access: string): boolean;
}

export interface PageLinkOptions {
  readonly baseUrl: () => string;
  /** Shared by every instance behind one address (PAGE_LINK_SECRET); random per process when omitted. */
  readonly secret?: string | undefined;
  /** Real time, never the development clock: an expired link stays expired. */
  readonly now?: () => number;
}

export function createPageLinks({ baseUrl, secret, now = Date.now }: PageLinkOptions): PageLinks {
  const key = secret ?? randomBytes(32).toString('hex');
  const mac = (kind: PageKind, id: string, expires: string) =>
    createHmac('sha256', key).update(`${kind}\n${id}\n${expires}`).digest();
  return {
    url(kind, id) {
      const expires = Math.floor(now() / 1000 + PAGE_LINK_TTL_SECONDS).toString(36);
      return `${baseUrl()}/${kind}/${encodeURIComponent(id)}/${expires}.${mac(kind, id, expires).toString('base64url')}`;
    },
    verify(kind, id, access) {
      const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(access);
      if (!match?.[1] || !match[2]) return false;
      const given = Buffer.from(match[2], 'base64url');
      const expected = mac(kind, id, match[1]);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      return Number.parseInt(match[1], 36) * 1000 > now();
    },
  };
}
