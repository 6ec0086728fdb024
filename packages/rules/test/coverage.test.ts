// Coverage the compiler checks: a case for every reason code and every impact kind, each reached
// through the public functions only. Adding a code or kind without a case fails the type check.
import {
  cancelScheduledChange,
  changePlanEligibility,
  checkAssignable,
  IMPACT_KINDS,
  type ImpactKind,
  money,
  PAYMENT_REASON_CODES,
  type PhoneNumber,
  type PreviewResult,
  previewCancel,
  previewPackPurchase,
  previewSeatChange,
  REASON_CODES,
  type ReasonCode,
  type Refusal,
  transitionNumber,
  userEligibility,
  verifyQuote,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import {
  agency,
  clientUser,
  LATE,
  MID,
  offlineBasic,
  offlinePlus,
  onPlan,
  plan,
  pro,
  proTwin,
  proYearly,
  resources,
  starter,
  subAccount,
  subscription,
} from './change-plan/fixtures';
import { preview } from './change-plan/helpers';

type Outcome = Refusal | PreviewResult | { readonly ok: true };

/** The reason codes an outcome carries: a refusal's reason, or a preview's blockers. */
function codesOf(outcome: Outcome): ReasonCode[] {
  if (!outcome.ok) return [outcome.reason];
  return 'blockers' in outcome ? outcome.blockers.map((b) => b.reason) : [];
}

const number: PhoneNumber = {
  id: 'n1',
  agencyId: 'ag_1',
  e164: '+14155550100',
  country: 'US',
  capabilities: ['voice', 'sms'],
  telcoCost: money(115, 'USD'),
  agentId: null,
  state: 'unassigned',
  assignedTo: null,
  periodEnd: null,
};
/** Starter with 3 seats, 2 of them included, $10.00 a seat above. */
const items = () => ({
  subscription: subscription(starter),
  seatPricing: { includedSeats: 2, price: money(1000, 'USD') },
  seatQuantity: 3,
  addOns: [],
});
const approved = { subAccountId: 'sa_1', status: 'approved' as const };

// A decline comes from the payment provider, never from a rules function (the server's tests reach it).
type RulesReasonCode = Exclude<ReasonCode, (typeof PAYMENT_REASON_CODES)[number]>;
const paymentCodes: readonly ReasonCode[] = PAYMENT_REASON_CODES;
const rulesCodes = REASON_CODES.filter((code): code is RulesReasonCode => !paymentCodes.includes(code));

const reasonCases: Record<RulesReasonCode, () => Outcome> = {
  not_agency_member: () => preview({ actor: clientUser, subAccount: onPlan(starter), target: pro, now: MID }),
  feature_disabled: () =>
    preview({
      agency: { ...agency, features: { changePlan: false } },
      subAccount: onPlan(starter),
      target: pro,
      now: MID,
    }),
  sub_account_blocked: () => preview({ subAccount: subAccount({ status: 'blocked' }), target: pro, now: MID }),
  not_created_by_agency: () => preview({ subAccount: subAccount({ createdByAgency: false }), target: pro, now: MID }),
  subscription_not_changeable: () =>
    preview({ subAccount: onPlan(starter, { status: 'paused' }), target: pro, now: MID }),
  open_invoice: () =>
    preview({
      subAccount: onPlan(starter, { hasOpenInvoice: true }),
      target: pro,
      now: MID,
      policy: { openInvoice: 'block' },
    }),
  plan_not_active: () => preview({ subAccount: onPlan(starter), target: { ...pro, status: 'archived' }, now: MID }),
  same_plan: () => preview({ subAccount: onPlan(starter), target: starter, now: MID }),
  payment_type_mismatch: () => preview({ subAccount: onPlan(starter), target: offlinePlus, now: MID }),
  currency_mismatch: () =>
    preview({ subAccount: onPlan(starter), target: plan({ id: 'eur', currency: 'EUR' }), now: MID }),
  payment_method_required: () =>
    preview({ subAccount: subAccount({ hasPaymentMethod: false }), target: pro, now: MID }),
  over_limit: () =>
    preview({
      subAccount: onPlan(pro, {}, { usage: { ...onPlan(pro).usage, resources: resources({ agents: 12 }) } }),
      target: starter,
      now: MID,
      policy: { overLimit: 'block' },
    }),
  contact_sales: () => preview({ subAccount: onPlan(starter), target: { ...pro, contractOnly: true }, now: MID }),
  quote_expired: () =>
    verifyQuote({
      subAccount: onPlan(starter),
      quotedAt: MID,
      quotedVersion: 3,
      now: new Date(MID.getTime() + 601_000),
    }),
  insufficient_agency_credit: () =>
    preview({
      agency: { ...agency, creditPool: money(100, 'USD') },
      subAccount: onPlan(offlineBasic),
      target: offlinePlus,
      now: LATE,
    }),
  number_not_unassigned: () => checkAssignable({ state: 'active', agentId: null }),
  number_linked_to_agent: () => checkAssignable({ state: 'unassigned', agentId: 'agent_1' }),
  user_not_approved: () =>
    userEligibility({ agencyId: 'ag_1', user: { ...approved, status: 'pending' }, subAccount: onPlan(starter) }),
  user_subscription_inactive: () => userEligibility({ agencyId: 'ag_1', user: approved, subAccount: subAccount() }),
  illegal_transition: () => transitionNumber({ number, event: { type: 'release' }, now: MID }),
  seats_not_sold: () => previewSeatChange({ ...items(), seatPricing: null, quantity: 4, seatsInUse: 1, now: MID }),
  seats_below_included: () => previewSeatChange({ ...items(), quantity: 1, seatsInUse: 1, now: MID }),
  packs_not_allowed: () =>
    previewPackPurchase({
      ...items(),
      pack: { id: 'pack_1', name: '500 minutes', kind: 'minutes', price: money(1000, 'USD'), minutes: 500 },
      walletMinutes: 0,
      creditBalance: null,
      now: MID,
    }),
  no_change: () => previewSeatChange({ ...items(), quantity: 3, seatsInUse: 1, now: MID }),
  cancel_now_not_allowed: () => previewCancel({ subAccount: onPlan(starter), at: 'now', now: MID }),
  not_found: () => cancelScheduledChange({ subAccount: onPlan(starter), now: MID }),
};

const kindCases: Record<ImpactKind, () => PreviewResult> = {
  stripe_new: () => preview({ subAccount: subAccount(), target: pro, now: MID }),
  offline_new: () => preview({ subAccount: subAccount(), target: offlinePlus, now: MID }),
  stripe_upgrade: () => preview({ subAccount: onPlan(starter), target: pro, now: MID }),
  stripe_downgrade: () => preview({ subAccount: onPlan(pro), target: starter, now: MID }),
  stripe_interval_change: () => preview({ subAccount: onPlan(starter), target: proYearly, now: MID }),
  offline_upgrade: () => preview({ subAccount: onPlan(offlineBasic), target: offlinePlus, now: MID }),
  offline_downgrade: () => preview({ subAccount: onPlan(offlinePlus), target: offlineBasic, now: MID }),
  lateral: () => preview({ subAccount: onPlan(pro), target: proTwin, now: MID }),
};

describe('every reason code', () => {
  it('has a case', () => {
    expect(Object.keys(reasonCases).sort()).toEqual([...rulesCodes].sort());
  });

  it.each(rulesCodes)('%s is produced by its case, and only it', (code) => {
    expect(codesOf(reasonCases[code]())).toEqual([code]);
  });

  it('is reachable through eligibility alone for the who-and-when codes', () => {
    const blocked = changePlanEligibility({ actor: clientUser, agency, subAccount: onPlan(starter) });
    expect(codesOf(blocked)).toEqual(['not_agency_member']);
  });
});

describe('every impact kind', () => {
  it('has a case', () => {
    expect(Object.keys(kindCases).sort()).toEqual([...IMPACT_KINDS].sort());
  });

  it.each(IMPACT_KINDS)('%s is produced by its case, unblocked', (kind) => {
    const result = kindCases[kind]();
    if (!result.ok) expect.fail(`refused: ${result.reason}`);
    expect([result.kind, result.blockers]).toEqual([kind, []]);
  });
});
