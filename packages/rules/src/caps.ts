import { RulesError } from './errors';
import { refuse } from './reasons';
import type { CapKind, Caps, OverLimit, Refusal, ResourceCounts } from './types';

/** Every cap kind, in the order results list them. */
export const CAP_KINDS = [
  'agents',
  'teamMembers',
  'concurrentCalls',
  'knowledgeBaseMb',
  'phoneNumbers',
] as const satisfies readonly CapKind[];

// Compile-time check that CAP_KINDS lists every CapKind.
type MissingCapKind = Exclude<CapKind, (typeof CAP_KINDS)[number]>;
const _allCapKinds: MissingCapKind extends never ? true : false = true;
void _allCapKinds;

/** Each resource whose usage is above its cap (null cap = unlimited), in CAP_KINDS order. */
export function overLimits(resources: ResourceCounts, caps: Caps): OverLimit[] {
  // Spelled out per kind: named property reads stay fast on every preview, where a loop over
  // CAP_KINDS reads by computed key.
  const result: OverLimit[] = [];
  pushIfOver(result, 'agents', resources.agents, caps.agents);
  pushIfOver(result, 'teamMembers', resources.teamMembers, caps.teamMembers);
  pushIfOver(result, 'concurrentCalls', resources.concurrentCalls, caps.concurrentCalls);
  pushIfOver(result, 'knowledgeBaseMb', resources.knowledgeBaseMb, caps.knowledgeBaseMb);
  pushIfOver(result, 'phoneNumbers', resources.phoneNumbers, caps.phoneNumbers);
  return result;
}

function pushIfOver(result: OverLimit[], resource: CapKind, usage: number, cap: number | null): void {
  if (cap !== null && usage > cap) result.push({ resource, usage, cap });
}

export interface CanAddResourceInput {
  readonly kind: CapKind;
  readonly resources: ResourceCounts;
  readonly caps: Caps;
  /** How many are being added. Default 1. */
  readonly adding?: number;
}

/** Whether `adding` more resources of `kind` stay within the cap; over a cap nothing new is added. */
export function canAddResource({ kind, resources, caps, adding = 1 }: CanAddResourceInput): { ok: true } | Refusal {
  if (!Number.isSafeInteger(adding) || adding < 0) {
    throw new RulesError('invalid_argument', `adding is a whole number >= 0; got ${adding}.`);
  }
  const cap = caps[kind];
  const usage = resources[kind];
  if (cap !== null && usage + adding > cap) return refuse('over_limit', { resource: kind, usage, cap });
  return { ok: true };
}
