import { REASON_CODES } from '@plankit/rules';
import {
  changePlanMessages,
  invoiceMessages,
  itemMessages,
  planMessages,
  reasonMessages,
} from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';
import { createTranslator, isRightToLeft } from '../src/i18n/useT';
import { de } from '../src/messages/de';
import { en } from '../src/messages/en';

const t = createTranslator(en, 'en-US', 'UTC');
const tDe = createTranslator(de, 'de-DE', 'Europe/Berlin');

describe('the catalogs', () => {
  it('German has exactly the English keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every reason code has a message in both', () => {
    for (const code of REASON_CODES) {
      expect(en[`reason.${code}`]).toBe(reasonMessages[code]);
      expect(de[`reason.${code}`]).toMatch(/\S/);
    }
  });

  it('every rules plan, change-plan, invoice and item key has English from the rules and German of its own', () => {
    for (const [key, text] of Object.entries({
      ...changePlanMessages,
      ...invoiceMessages,
      ...itemMessages,
      ...planMessages,
    })) {
      expect(en[key as keyof typeof en]).toBe(text);
      expect(de[key as keyof typeof de]).not.toBe(text);
    }
  });
});

describe('a translator', () => {
  it('formats money, dates and counts in the locale', () => {
    expect(t('changePlan.success.charged', { amount: { amount: 123456, currency: 'USD' } })).toBe(
      '$1,234.56 was charged.',
    );
    expect(tDe('changePlan.success.charged', { amount: { amount: 123456, currency: 'EUR' } }).replace(/\s/g, ' ')).toBe(
      '1.234,56 € wurden berechnet.',
    );
    expect(t('scheduled.banner', { plan: 'Starter', date: new Date('2026-12-01T00:00:00Z') })).toBe(
      'Changes to Starter on Dec 1, 2026.',
    );
    expect(tDe('scheduled.banner', { plan: 'Starter', date: new Date('2026-12-01T00:00:00Z') })).toBe(
      'Wechselt am 01.12.2026 zu Starter.',
    );
  });

  it('picks the plural form, with exact matches first', () => {
    expect(t('plan.badge.included_minutes', { minutes: 1 })).toBe('1 minute included');
    expect(t('plan.badge.included_minutes', { minutes: 1500 })).toBe('1,500 minutes included');
    expect(tDe('plan.badge.included_minutes', { minutes: 1500 })).toBe('1.500 Minuten inklusive');
    expect(t('interval.month', { count: 2 })).toBe('2× Monthly');
  });

  it('shows resource codes in a refusal through their own message', () => {
    expect(t.reason({ reason: 'over_limit', params: { resource: 'agents', usage: 7, cap: 5 } })).toBe(
      'Agents: 7 in use and the cap is 5. Remove some until usage is under the cap, or pick a plan with a higher cap.',
    );
  });

  it('reads a rules MessageRef, and falls back to the key when it does not know it', () => {
    expect(t.ref({ key: 'change_plan.summary.nothing_due' })).toBe('Nothing is due now.');
    expect(t.ref({ key: 'change_plan.summary.from_a_newer_server' })).toBe('change_plan.summary.from_a_newer_server');
  });

  it('takes host overrides over the catalog', () => {
    const custom = createTranslator({ ...en, 'changePlan.confirm': 'Switch plan' }, 'en-US', 'UTC');
    expect(custom('changePlan.confirm')).toBe('Switch plan');
  });
});

describe('code-valued params', () => {
  it('read the same as the rules English for every label the rules know', async () => {
    const { reasonParamLabels } = await import('@plankit/rules/messages');
    const prefixes: Record<string, string> = {
      resource: 'resource.',
      status: 'status.',
      from: 'number.state.',
      event: 'numberEvent.',
    };
    for (const [param, labels] of Object.entries(reasonParamLabels)) {
      for (const [code, label] of Object.entries(labels)) {
        expect(en[`${prefixes[param]}${code}` as keyof typeof en]).toBe(label);
        expect(de[`${prefixes[param]}${code}` as keyof typeof de]).toMatch(/\S/);
      }
    }
  });
});

describe('right-to-left locales', () => {
  const he = createTranslator(
    { ...en, 'unassignNumber.title': 'לבטל את השיוך של {number}?', 'impact.overLimitRow': '{resource}: {usage}' },
    'he-IL',
    'UTC',
  );

  it('isolate each value, so a phone number keeps its order inside Hebrew text', () => {
    expect(he('unassignNumber.title', { number: '+1 415 555 0123' })).toBe(
      'לבטל את השיוך של \u2068+1 415 555 0123\u2069?',
    );
  });

  it('leave code-valued params (translated words) unisolated, and English untouched', () => {
    expect(he('impact.overLimitRow', { resource: 'agents', usage: 3 })).toBe('Agents: \u20683\u2069');
    expect(t('unassignNumber.title', { number: '+1 415 555 0123' })).toBe('Unassign +1 415 555 0123?');
  });

  it.each([
    ['he-IL', true],
    ['ar', true],
    ['fa-IR', true],
    ['ur_PK', true],
    ['en-US', false],
    ['de-DE', false],
    ['hr', false],
  ])('%s is right to left: %s', (locale, rtl) => {
    expect(isRightToLeft(locale)).toBe(rtl);
  });
});
