// Manage Users' search and paging state: what is typed, the filters, and the cursors of the pages
// already passed (the server's cursors only go forward, so Previous pops one).
import type { SubAccountsParams } from '@plankit/sdk';
import { useEffect, useState } from 'react';

export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type AccessFilter = 'all' | 'active' | 'blocked';

/** A search is sent once typing pauses this long, not on every key. */
const TYPING_PAUSE_MS = 250;

export function useSubAccountSearch() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [planId, setPlanId] = useState('');
  const [access, setAccess] = useState<AccessFilter>('all');
  const [limit, setLimit] = useState<PageSize>(20);
  // cursors[i] opens page i + 1; the first page has none.
  const [cursors, setCursors] = useState<readonly string[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim());
      setCursors([]);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const restart =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([]);
    };

  const params: SubAccountsParams = {
    q,
    planId: planId === '' ? undefined : planId,
    status: access === 'all' ? undefined : access,
    cursor: cursors.at(-1) ?? null,
    limit,
  };
  return {
    params,
    text,
    setText,
    planId,
    setPlanId: restart(setPlanId),
    access,
    setAccess: restart(setAccess),
    limit,
    setLimit: restart(setLimit),
    /** 0-based index of the page on screen. */
    pageIndex: cursors.length,
    next: (cursor: string) => setCursors((previous) => [...previous, cursor]),
    previous: () => setCursors((previous) => previous.slice(0, -1)),
  };
}
