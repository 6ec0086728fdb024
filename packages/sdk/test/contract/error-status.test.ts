import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorStatus } from '../../src/contract';

// CONTRACT.md's status table, read back: each row lists codes in backticks and a status.
function documentedStatuses(): { codes: string[]; status: number; rest: boolean }[] {
  const text = readFileSync(new URL('../../CONTRACT.md', import.meta.url), 'utf8');
  const table = text.slice(text.indexOf('| code'), text.indexOf('## Endpoints'));
  return table
    .split('\n')
    .map((line) => line.match(/^\|(.+)\|\s*(\d{3})\s*\|$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, cell = '', status]) => ({
      codes: [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] ?? ''),
      status: Number(status),
      rest: cell.includes('any other reason code'),
    }));
}

describe('the HTTP status of each error code', () => {
  it('is the status CONTRACT.md documents, for every code', () => {
    const rows = documentedStatuses();
    const rest = rows.find((row) => row.rest);
    expect(rest?.status).toBe(422);
    for (const code of ERROR_CODES) {
      const row = rows.find((r) => r.codes.includes(code));
      expect([code, errorStatus(code)]).toEqual([code, row?.status ?? rest?.status]);
    }
  });

  it('answers 403 for another agency and 409 for a lost race, as the server does', () => {
    expect(errorStatus('not_agency_member')).toBe(403);
    expect(errorStatus('number_not_unassigned')).toBe(409);
    expect(errorStatus('quote_expired')).toBe(409);
    expect(errorStatus('payment_method_required')).toBe(422);
  });
});
