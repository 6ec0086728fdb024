// The signed, expiring links that open the checkout and invoice pages.
import { describe, expect, it } from 'vitest';
import { createPageLinks, PAGE_LINK_TTL_SECONDS } from '../src/page-links';

const t0 = Date.parse('2026-12-02T10:00:00.000Z');
let now = t0;
const links = createPageLinks({ baseUrl: () => 'http://127.0.0.1:8787', secret: 's'.repeat(32), now: () => now });
const accessOf = (url: string) => url.split('/').at(-1) ?? '';

describe('a page link', () => {
  it('opens its own page until it expires, an hour after it was handed out', () => {
    now = t0;
    const url = links.url('invoices', 'inv_1');
    expect(url.startsWith('http://127.0.0.1:8787/invoices/inv_1/')).toBe(true);
    now = t0 + (PAGE_LINK_TTL_SECONDS - 1) * 1000;
    expect(links.verify('invoices', 'inv_1', accessOf(url))).toBe(true);
    now = t0 + PAGE_LINK_TTL_SECONDS * 1000;
    expect(links.verify('invoices', 'inv_1', accessOf(url))).toBe(false);
  });

  it('opens no other page, and no link of another secret or with a changed expiry', () => {
    now = t0;
    const access = accessOf(links.url('checkout', 'chk_1'));
    const other = createPageLinks({ baseUrl: () => '', secret: 't'.repeat(32), now: () => now });
    const [expires, mac] = access.split('.');
    expect([
      links.verify('checkout', 'chk_2', access),
      links.verify('invoices', 'chk_1', access),
      other.verify('checkout', 'chk_1', access),
      links.verify('checkout', 'chk_1', `${(Number.parseInt(expires ?? '', 36) + 9999).toString(36)}.${mac}`),
      links.verify('checkout', 'chk_1', ''),
    ]).toEqual([false, false, false, false, false]);
  });
});
