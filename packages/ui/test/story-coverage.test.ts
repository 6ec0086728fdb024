import { CHANGE_PLAN_REASON_CODES, COMMON_REASON_CODES, IMPACT_KINDS, type ReasonCode } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import * as stories from '../stories/change-plan/ChangePlanDialog.stories';

const CHANGE_PLAN_REASONS: readonly ReasonCode[] = [...CHANGE_PLAN_REASON_CODES, ...COMMON_REASON_CODES];

type Covered = { parameters?: { covers?: { kinds?: string[]; reasons?: string[] } }; play?: unknown };
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, Covered][];

function storiesCovering(field: 'kinds' | 'reasons', value: string): string[] {
  return entries.filter(([, story]) => story.parameters?.covers?.[field]?.includes(value)).map(([name]) => name);
}

describe('ChangePlanDialog stories', () => {
  it.each(IMPACT_KINDS)('show the impact kind %s', (kind) => {
    expect(storiesCovering('kinds', kind)).not.toEqual([]);
  });

  it.each(CHANGE_PLAN_REASONS)('show the reason code %s with its fix', (reason) => {
    expect(storiesCovering('reasons', reason)).not.toEqual([]);
  });

  it('check every story that claims coverage with a play function', () => {
    for (const [name, story] of entries) {
      if (story.parameters?.covers) expect(typeof story.play, name).toBe('function');
    }
  });
});
