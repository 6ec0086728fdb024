import { type Caps, canAddResource, overLimits, type ResourceCounts } from '@plankit/rules';
import { describe, expect, it } from 'vitest';

const caps: Caps = { agents: 3, teamMembers: 5, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: null };
const within: ResourceCounts = {
  agents: 3,
  teamMembers: 1,
  concurrentCalls: 0,
  knowledgeBaseMb: 100,
  phoneNumbers: 40,
};

describe('overLimits', () => {
  it('lists nothing when every resource is at or under its cap', () => {
    expect(overLimits(within, caps)).toEqual([]);
  });

  it('never lists a resource with an unlimited (null) cap', () => {
    expect(overLimits({ ...within, phoneNumbers: 1_000_000 }, caps)).toEqual([]);
  });

  it('lists every resource above its cap in cap-kind order, whatever the input key order', () => {
    const resources: ResourceCounts = {
      phoneNumbers: 9,
      knowledgeBaseMb: 101,
      concurrentCalls: 2,
      teamMembers: 6,
      agents: 4,
    };
    expect(overLimits(resources, { ...caps, phoneNumbers: 8 })).toEqual([
      { resource: 'agents', usage: 4, cap: 3 },
      { resource: 'teamMembers', usage: 6, cap: 5 },
      { resource: 'knowledgeBaseMb', usage: 101, cap: 100 },
      { resource: 'phoneNumbers', usage: 9, cap: 8 },
    ]);
  });

  it('treats a cap of 0 as allowing none', () => {
    expect(overLimits({ ...within, concurrentCalls: 1 }, { ...caps, concurrentCalls: 0 })).toEqual([
      { resource: 'concurrentCalls', usage: 1, cap: 0 },
    ]);
  });
});

describe('canAddResource', () => {
  it('allows adding one while under the cap', () => {
    expect(canAddResource({ kind: 'teamMembers', resources: within, caps })).toEqual({ ok: true });
  });

  it('refuses adding one more at the cap, with the usage and the cap', () => {
    expect(canAddResource({ kind: 'agents', resources: within, caps })).toEqual({
      ok: false,
      reason: 'over_limit',
      params: { resource: 'agents', usage: 3, cap: 3 },
    });
  });

  it('refuses any addition while over the cap until back under it', () => {
    const over = { ...within, agents: 5 };
    expect(canAddResource({ kind: 'agents', resources: over, caps })).toMatchObject({ reason: 'over_limit' });
    expect(canAddResource({ kind: 'agents', resources: { ...over, agents: 2 }, caps })).toEqual({ ok: true });
  });

  it('counts a batch: 4 of 5 members plus 1 fits, plus 2 does not', () => {
    const resources = { ...within, teamMembers: 4 };
    expect(canAddResource({ kind: 'teamMembers', resources, caps, adding: 1 })).toEqual({ ok: true });
    expect(canAddResource({ kind: 'teamMembers', resources, caps, adding: 2 })).toEqual({
      ok: false,
      reason: 'over_limit',
      params: { resource: 'teamMembers', usage: 4, cap: 5 },
    });
  });

  it('always allows a kind with no cap', () => {
    expect(canAddResource({ kind: 'phoneNumbers', resources: within, caps, adding: 500 })).toEqual({ ok: true });
  });

  it('rejects a negative or fractional batch as a programming error', () => {
    expect(() => canAddResource({ kind: 'agents', resources: within, caps, adding: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => canAddResource({ kind: 'agents', resources: within, caps, adding: 0.5 })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
