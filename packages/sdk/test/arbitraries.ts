// fast-check arbitraries for rules domain objects, shared by the contract tests.
import type { Caps, Money, Plan, ScheduledChange, Subscription } from '@plankit/rules';
import { IMPACT_KINDS, SUBSCRIPTION_STATUSES } from '@plankit/rules';
import fc from 'fast-check';

export const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'USDT');
export const money: fc.Arbitrary<Money> = fc.record({
  amount: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  currency,
});
export const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

const cap = fc.option(fc.nat({ max: 100_000 }), { nil: null });
const caps: fc.Arbitrary<Caps> = fc.record({
  agents: cap,
  teamMembers: cap,
  concurrentCalls: cap,
  knowledgeBaseMb: cap,
  phoneNumbers: cap,
});

export const plan: fc.Arbitrary<Plan> = currency.chain((code) =>
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      agencyId: fc.string({ minLength: 1, maxLength: 20 }),
      name: fc.string(),
      description: fc.string(),
      currency: fc.constant(code),
      status: fc.constantFrom('active', 'archived', 'draft'),
      paymentType: fc.constantFrom('stripe', 'offline'),
      interval: fc.record({
        unit: fc.constantFrom('day', 'week', 'month', 'year'),
        count: fc.integer({ min: 1, max: 24 }),
      }),
      price: fc.option(fc.record({ amount: fc.nat(), currency: fc.constant(code) }), { nil: null }),
      includedMinutes: fc.nat(),
      usageRate: fc.option(
        fc.record({ amount: fc.nat(), currency: fc.constant(code), scale: fc.integer({ min: 0, max: 6 }) }),
        {
          nil: null,
        },
      ),
      addOnPacks: fc.boolean(),
      chatsPerMinute: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      paymentDueDays: fc.nat({ max: 90 }),
      graceDays: fc.nat({ max: 90 }),
      phoneNumberPrice: fc.record({ amount: fc.nat(), currency: fc.constant(code) }),
      caps,
      contractOnly: fc.boolean(),
    },
    {
      requiredKeys: [
        'id',
        'agencyId',
        'name',
        'currency',
        'status',
        'paymentType',
        'interval',
        'price',
        'includedMinutes',
        'usageRate',
        'addOnPacks',
        'chatsPerMinute',
        'paymentDueDays',
        'graceDays',
        'phoneNumberPrice',
        'caps',
        'contractOnly',
      ],
    },
  ),
);

const scheduledChange: fc.Arbitrary<ScheduledChange> = fc.record({
  targetPlanId: fc.string({ minLength: 1, maxLength: 20 }),
  targetTerms: plan,
  kind: fc.constantFrom(...IMPACT_KINDS),
  effectiveAt: instant,
  createdAt: instant,
});

export const subscription: fc.Arbitrary<Subscription> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  version: fc.nat(),
  terms: plan,
  termsSince: instant,
  status: fc.constantFrom(...SUBSCRIPTION_STATUSES),
  anchor: instant,
  periodStart: instant,
  periodEnd: instant,
  trialEnd: fc.option(instant, { nil: null }),
  periodPaid: fc.boolean(),
  hasOpenInvoice: fc.boolean(),
  scheduledChange: fc.option(scheduledChange, { nil: null }),
  cancelAt: fc.option(instant, { nil: null }),
});
