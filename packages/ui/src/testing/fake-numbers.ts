// An in-memory backend for the number and subscription components, over the real rules and sent
// through the contract's schemas like every answer of FakePlankit, so stories cannot drift from it.
import {
  billingBadge,
  checkAssignable,
  eligibleUsers,
  isRefusal,
  numberMonthlyPrice,
  type Plan,
  type Refusal,
  requestDeadlines,
  type SubAccount,
  type SubAccountUser,
  startSubscription,
  transitionNumber,
  usageSplit,
  userEligibility,
} from '@plankit/rules';
import type {
  Checkout,
  CheckoutStatus,
  EligibleUser,
  EligibleUserPage,
  EligibleUsersParams,
  OpenRequest,
  PhoneNumberView,
  PlankitClient,
  StartSubscriptionResult,
  SubAccountDetail,
} from '@plankit/sdk';
import {
  Checkout as CheckoutSchema,
  EligibleUserPage as EligibleUserPageSchema,
  errorStatus,
  overTheWire,
  PhoneNumberView as PhoneNumberViewSchema,
  PlanList,
  StartSubscriptionResult as StartSubscriptionResultSchema,
  SubAccountDetail as SubAccountDetailSchema,
} from '@plankit/sdk/contract';
import type { PlankitBackend } from '../numbers/backend';
import { FakeNetworkError, FakeServerRefusal, type InjectedFailure } from './fake-plankit';
import { AGENCY_ID, catalogOf, FIXED_NOW, subAccount } from './fixtures';

export type FakeNumbersOperation =
  | 'eligibleUsers'
  | 'assign'
  | 'unassign'
  | 'release'
  | 'startCheckout'
  | 'getCheckout'
  | 'subAccount'
  | 'plans'
  | 'assignPlan'
  | 'startSubscription';

/** How a checkout ends: after `afterPolls` reads it turns `outcome` (`open` never ends). */
export interface CheckoutScript {
  readonly outcome: Exclude<CheckoutStatus, 'open'> | 'open';
  readonly afterPolls: number;
}

export interface Candidate {
  readonly user: SubAccountUser;
  readonly subAccount: SubAccount;
}

export interface NumbersScenario {
  readonly numbers: readonly PhoneNumberView[];
  readonly candidates: readonly Candidate[];
  readonly plans: readonly Plan[];
  /** The client whose Billing tab the subscription components show. */
  readonly client: SubAccount;
  readonly checkout?: CheckoutScript;
}

export interface FakeNumbersOptions {
  now?: Date;
  latencyMs?: number;
}

const noAttachments = { agents: [], campaigns: [], workflows: [] };

/** A pool number as the wire sends it. */
export function poolNumber(fields: Partial<PhoneNumberView> = {}): PhoneNumberView {
  const view: PhoneNumberView = {
    id: 'num_1',
    agencyId: AGENCY_ID,
    e164: '+14155550123',
    country: 'US',
    capabilities: ['voice', 'sms'],
    telcoCost: { amount: 115, currency: 'USD' },
    agentId: null,
    state: 'unassigned',
    assignedTo: null,
    periodEnd: null,
    attachments: noAttachments,
    assignee: null,
    ...fields,
  };
  return overTheWire(PhoneNumberViewSchema, view);
}

/** A number assigned to Dana Whitfield of Northwind Dental, in `state`. */
export function assignedNumber(
  state: 'pending_payment' | 'active' | 'releasing',
  fields: Partial<PhoneNumberView> = {},
): PhoneNumberView {
  return poolNumber({
    state,
    assignedTo: {
      userId: 'user_dana',
      subAccountId: 'sa_northwind',
      monthlyPrice: { amount: 415, currency: 'USD' },
      assignedAt: new Date('2026-11-20T09:00:00.000Z'),
    },
    periodEnd: state === 'pending_payment' ? null : new Date('2026-12-20T09:00:00.000Z'),
    assignee: { userName: 'Dana Whitfield', subAccountName: 'Northwind Dental' },
    attachments:
      state === 'pending_payment'
        ? noAttachments
        : {
            agents: [{ id: 'agent_front', name: 'Front desk agent' }],
            campaigns: [{ id: 'camp_recall', name: 'Winter recall campaign' }],
            workflows: [{ id: 'wf_missed', name: 'Missed-call text back' }],
          },
    ...fields,
  });
}

function user(id: string, name: string, subAccountId: string, status: SubAccountUser['status'] = 'approved') {
  const local = name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  const email = `${local}@${subAccountId.replace('sa_', '').replace('_', '-')}.example.com`;
  return { id, name, email, subAccountId, status };
}

const northwind = subAccount();
const harbor = subAccount({ on: 'starter', fields: { id: 'sa_harbor', name: 'Harbor Physio' } });
const noCard = subAccount({ fields: { id: 'sa_nocard', name: 'Lakeside Vets', hasPaymentMethod: false } });
const inactive = subAccount({
  subscription: { status: 'canceled' },
  fields: { id: 'sa_closed', name: 'Closed Clinic' },
});
const euroPlan = subAccount({ on: 'euro', fields: { id: 'sa_berlin', name: 'Praxis Berlin' } });
// Every money field of a EUR plan is in EUR, the phone number price too.
const euro: SubAccount = euroPlan.subscription
  ? {
      ...euroPlan,
      subscription: {
        ...euroPlan.subscription,
        terms: { ...euroPlan.subscription.terms, phoneNumberPrice: { amount: 300, currency: 'EUR' } },
      },
    }
  : euroPlan;

/** A handful of users: eligible ones and one of each kind the picker must leave out. */
export const baseCandidates: readonly Candidate[] = [
  { user: user('user_dana', 'Dana Whitfield', 'sa_northwind'), subAccount: northwind },
  { user: user('user_omar', 'Omar Haddad', 'sa_northwind'), subAccount: northwind },
  { user: user('user_lena', 'Lena Brooks', 'sa_harbor'), subAccount: harbor },
  {
    user: user('user_long', 'Maximiliane Alexandra von Hohenzollern-Sigmaringen', 'sa_harbor'),
    subAccount: harbor,
  },
  { user: user('user_pending', 'Pat Pending', 'sa_northwind', 'pending'), subAccount: northwind },
  { user: user('user_nocard', 'Nora Card', 'sa_nocard'), subAccount: noCard },
  { user: user('user_closed', 'Cal Closed', 'sa_closed'), subAccount: inactive },
  { user: user('user_euro', 'Jonas Euro', 'sa_berlin'), subAccount: euro },
];

const FIRST = ['Ava', 'Ben', 'Chloe', 'Dev', 'Elif', 'Finn', 'Gita', 'Hugo', 'Ines', 'Jae', 'Kofi', 'Lina'];
const LAST = ['Adler', 'Baker', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jensen'];

/** `count` eligible users over 40 sub-accounts, for the picker's scale tests. Deterministic. */
export function manyCandidates(count: number): Candidate[] {
  const accounts = Array.from({ length: 40 }, (_, i) =>
    subAccount({ fields: { id: `sa_bulk_${i}`, name: `Clinic ${String(i + 1).padStart(2, '0')}` } }),
  );
  return Array.from({ length: count }, (_, i) => {
    const account = accounts[i % accounts.length] as SubAccount;
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    return { user: user(`user_bulk_${i + 1}`, name, account.id), subAccount: account };
  });
}

export function numbersScenario(overrides: Partial<NumbersScenario> = {}): NumbersScenario {
  return {
    numbers: [poolNumber()],
    candidates: baseCandidates,
    plans: catalogOf('starter', 'growth', 'growthPlus', 'scale', 'archived', 'offlineBasic'),
    client: subAccount({ on: null, fields: { id: 'sa_new', name: 'Bayview Clinic' } }),
    ...overrides,
  };
}

/** The number and subscription endpoints of a Plankit server, in memory. Satisfies `PlankitBackend`. */
export class FakeNumbers implements PlankitBackend {
  private numbers: PhoneNumberView[];
  private candidates: readonly Candidate[];
  private plans: readonly Plan[];
  private client: SubAccount;
  private readonly checkoutScript: CheckoutScript;
  private readonly checkouts = new Map<string, { numberId: string; polls: number; status: CheckoutStatus }>();
  private readonly eligibleCache = new Map<string, EligibleUser[]>();
  private readonly failures = new Map<FakeNumbersOperation, InjectedFailure[]>();
  private readonly latencyMs: number;
  private clock: Date;
  private openInvoice: OpenRequest | null = null;
  /** Every call, in order, with its arguments: what the server received. */
  readonly calls: { operation: FakeNumbersOperation; args: unknown[] }[] = [];

  constructor(scenario: NumbersScenario = numbersScenario(), options: FakeNumbersOptions = {}) {
    this.numbers = [...scenario.numbers];
    this.candidates = scenario.candidates;
    this.plans = scenario.plans;
    this.client = scenario.client;
    this.checkoutScript = scenario.checkout ?? { outcome: 'complete', afterPolls: 1 };
    this.clock = options.now ?? FIXED_NOW;
    this.latencyMs = options.latencyMs ?? 0;
  }

  get now(): Date {
    return this.clock;
  }

  number(id: string): PhoneNumberView {
    const found = this.numbers.find((n) => n.id === id);
    if (!found) this.refuse({ ok: false, reason: 'not_found' });
    return found;
  }

  get subAccount(): SubAccount {
    return this.client;
  }

  /** The next call of `operation` fails this way (queued; each failure is used once). */
  failNext(operation: FakeNumbersOperation, failure: InjectedFailure): this {
    const queue = this.failures.get(operation) ?? [];
    queue.push(failure);
    this.failures.set(operation, queue);
    return this;
  }

  async listEligibleUsers(numberId: string, params: EligibleUsersParams = {}): Promise<EligibleUserPage> {
    await this.enter('eligibleUsers', [numberId, params]);
    const all = this.eligibleFor(this.number(numberId));
    const needle = (params.q ?? '').trim().toLowerCase();
    const matches =
      needle === ''
        ? all
        : all.filter(
            (u) =>
              u.name.toLowerCase().includes(needle) ||
              u.email.toLowerCase().includes(needle) ||
              u.subAccountName.toLowerCase().includes(needle),
          );
    const limit = params.limit ?? 20;
    const offset = params.cursor ? Number(params.cursor) : 0;
    const items = matches.slice(offset, offset + limit);
    const page: EligibleUserPage = {
      items,
      nextCursor: offset + limit < matches.length ? String(offset + limit) : null,
      total: matches.length,
    };
    return overTheWire(EligibleUserPageSchema, page);
  }

  async assignNumber(numberId: string, request: { userId: string }): Promise<PhoneNumberView> {
    await this.enter('assign', [numberId, request]);
    const number = this.number(numberId);
    const assignable = checkAssignable(number);
    if (isRefusal(assignable)) this.refuse(assignable);
    const candidate = this.candidates.find((c) => c.user.id === request.userId);
    if (!candidate) this.refuse({ ok: false, reason: 'not_found' });
    const eligibility = userEligibility({ agencyId: AGENCY_ID, ...candidate });
    if (isRefusal(eligibility)) this.refuse(eligibility);
    const terms = candidate.subAccount.subscription?.terms;
    if (!terms) this.refuse({ ok: false, reason: 'user_subscription_inactive', params: { status: 'none' } });
    const priced = numberMonthlyPrice({ number, terms });
    if (!priced.ok) this.refuse(priced);
    const moved = transitionNumber({
      number,
      event: {
        type: 'assign',
        userId: candidate.user.id,
        subAccountId: candidate.subAccount.id,
        monthlyPrice: priced.price,
      },
      now: this.clock,
    });
    if (isRefusal(moved)) this.refuse(moved);
    return this.save({
      ...number,
      ...moved.number,
      assignee: { userName: candidate.user.name, subAccountName: candidate.subAccount.name },
    });
  }

  async unassignNumber(numberId: string): Promise<PhoneNumberView> {
    await this.enter('unassign', [numberId]);
    const number = this.number(numberId);
    const moved = transitionNumber({ number, event: { type: 'unassign' }, now: this.clock });
    if (isRefusal(moved)) this.refuse(moved);
    return this.save({ ...number, ...moved.number, attachments: noAttachments, assignee: null });
  }

  async releaseNumber(numberId: string): Promise<PhoneNumberView> {
    await this.enter('release', [numberId]);
    const number = this.number(numberId);
    const moved = transitionNumber({ number, event: { type: 'release' }, now: this.clock });
    if (isRefusal(moved)) this.refuse(moved);
    return this.save({ ...number, ...moved.number });
  }

  async startCheckout(numberId: string, request: { returnUrl: string }): Promise<Checkout> {
    await this.enter('startCheckout', [numberId, request]);
    const number = this.number(numberId);
    if (number.state !== 'pending_payment') {
      this.refuse({ ok: false, reason: 'illegal_transition', params: { from: number.state, event: 'activate' } });
    }
    const id = `cs_${this.checkouts.size + 1}`;
    this.checkouts.set(id, { numberId, polls: 0, status: 'open' });
    return this.checkoutView(id);
  }

  async getCheckout(checkoutId: string): Promise<Checkout> {
    await this.enter('getCheckout', [checkoutId]);
    const checkout = this.checkouts.get(checkoutId);
    if (!checkout) this.refuse({ ok: false, reason: 'not_found' });
    checkout.polls += 1;
    const { outcome, afterPolls } = this.checkoutScript;
    if (checkout.status === 'open' && outcome !== 'open' && checkout.polls >= afterPolls) {
      checkout.status = outcome;
      if (outcome === 'complete') {
        const number = this.number(checkout.numberId);
        const moved = transitionNumber({ number, event: { type: 'activate' }, now: this.clock });
        if (!isRefusal(moved)) this.save({ ...number, ...moved.number });
      }
    }
    return this.checkoutView(checkoutId);
  }

  async getSubAccount(subAccountId: string): Promise<SubAccountDetail> {
    await this.enter('subAccount', [subAccountId]);
    this.own(subAccountId);
    return this.detail();
  }

  async listPlans(): Promise<Plan[]> {
    await this.enter('plans', []);
    return overTheWire(PlanList, this.plans);
  }

  async assignPlan(subAccountId: string, request: { planId: string }): Promise<SubAccountDetail> {
    await this.enter('assignPlan', [subAccountId, request]);
    this.own(subAccountId);
    const target = this.plans.find((p) => p.id === request.planId);
    if (!target) this.refuse({ ok: false, reason: 'not_found' });
    if (target.status !== 'active')
      this.refuse({ ok: false, reason: 'plan_not_active', params: { plan: target.name } });
    this.client = { ...this.client, assignedPlanId: target.id };
    return this.detail();
  }

  async startSubscription(subAccountId: string): Promise<StartSubscriptionResult> {
    await this.enter('startSubscription', [subAccountId]);
    this.own(subAccountId);
    const assigned = this.plans.find((p) => p.id === this.client.assignedPlanId);
    if (!assigned) this.refuse({ ok: false, reason: 'plan_not_active', params: { plan: 'none' } });
    if (assigned.paymentType === 'stripe' && assigned.price !== null && !this.client.hasPaymentMethod) {
      this.refuse({ ok: false, reason: 'payment_method_required' });
    }
    const started = startSubscription({ id: `sub_${this.client.id}`, plan: assigned, now: this.clock });
    this.client = {
      ...this.client,
      assignedPlanId: null,
      subscription: started.subscription,
      usage: { ...this.client.usage, includedMinutes: started.includedMinutesGranted, voiceSeconds: 0, chats: 0 },
    };
    this.openInvoice =
      started.paymentRequest === null
        ? null
        : {
            id: 'in_start_1',
            url: 'https://billing.example.com/invoices/in_start_1',
            amount: started.paymentRequest,
            ...(assigned.paymentType === 'offline'
              ? requestDeadlines({ periodStart: started.subscription.periodStart, terms: assigned })
              : { dueAt: null, blockedAt: null }),
          };
    const result: StartSubscriptionResult = {
      subAccount: this.client,
      paymentRequest: this.openInvoice
        ? { id: this.openInvoice.id, url: this.openInvoice.url, amount: this.openInvoice.amount }
        : null,
      includedMinutesGranted: started.includedMinutesGranted,
    };
    return overTheWire(StartSubscriptionResultSchema, result);
  }

  /** The open request is settled (the client paid, or the agency recorded the transfer): the period is paid. */
  settleOpenRequest(): void {
    this.openInvoice = null;
    const { subscription } = this.client;
    if (subscription)
      this.client = { ...this.client, subscription: { ...subscription, periodPaid: true, hasOpenInvoice: false } };
  }

  /** The open request: the one Start subscription made, or an unpaid offline period's own. */
  private openRequest(): OpenRequest | null {
    const { subscription } = this.client;
    if (this.openInvoice !== null || subscription === null) return this.openInvoice;
    const { terms } = subscription;
    if (terms.paymentType !== 'offline' || terms.price === null || subscription.periodPaid) return null;
    return {
      id: 'pr_period',
      url: 'https://billing.example.com/invoices/pr_period',
      amount: terms.price,
      ...requestDeadlines({ periodStart: subscription.periodStart, terms }),
    };
  }

  private detail(): SubAccountDetail {
    const { subscription } = this.client;
    const request = this.openRequest();
    const requests = request
      ? [
          {
            id: request.id,
            status: 'open' as const,
            deadlines:
              request.dueAt && request.blockedAt ? { dueAt: request.dueAt, blockedAt: request.blockedAt } : null,
            createdAt: subscription?.periodStart ?? this.clock,
          },
        ]
      : [];
    const detail: SubAccountDetail = {
      subAccount: this.client,
      users: [],
      assignedPlan: this.plans.find((p) => p.id === this.client.assignedPlanId) ?? null,
      // The badge and the banner read the same request, as on the reference server.
      billingBadge: subscription === null ? 'inactive' : billingBadge({ subscription, at: this.clock, requests }),
      usage: subscription === null ? null : usageSplit({ usage: this.client.usage, terms: subscription.terms }),
      openInvoice: request,
    };
    return overTheWire(SubAccountDetailSchema, detail);
  }

  private eligibleFor(number: PhoneNumberView): EligibleUser[] {
    const cached = this.eligibleCache.get(number.id);
    if (cached) return cached;
    const { eligible } = eligibleUsers({ agencyId: AGENCY_ID, candidates: this.candidates });
    const list = eligible.flatMap(({ user, subAccount }) => {
      const terms = subAccount.subscription?.terms;
      const priced = terms ? numberMonthlyPrice({ number, terms }) : null;
      if (priced === null || !priced.ok) return [];
      return [
        {
          id: user.id,
          name: user.name,
          email: user.email,
          subAccountId: subAccount.id,
          subAccountName: subAccount.name,
          monthlyPrice: priced.price,
        },
      ];
    });
    this.eligibleCache.set(number.id, list);
    return list;
  }

  private checkoutView(id: string): Checkout {
    const checkout = this.checkouts.get(id);
    if (!checkout) this.refuse({ ok: false, reason: 'not_found' });
    const view: Checkout = {
      id,
      url: `https://checkout.example.com/pay/${id}`,
      status: checkout.status,
      number: this.number(checkout.numberId),
    };
    return overTheWire(CheckoutSchema, view);
  }

  private save(view: PhoneNumberView): PhoneNumberView {
    const parsed = overTheWire(PhoneNumberViewSchema, view);
    this.numbers = this.numbers.map((n) => (n.id === parsed.id ? parsed : n));
    this.eligibleCache.clear();
    return parsed;
  }

  private own(subAccountId: string): void {
    if (subAccountId !== this.client.id) this.refuse({ ok: false, reason: 'not_found' });
  }

  private refuse(refusal: Refusal): never {
    throw new FakeServerRefusal(errorStatus(refusal.reason), refusal.reason, refusal.params);
  }

  private async enter(operation: FakeNumbersOperation, args: unknown[]): Promise<void> {
    this.calls.push({ operation, args });
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.get(operation)?.shift();
    if (failure?.kind === 'hang') await new Promise(() => {});
    if (failure?.kind === 'network') throw new FakeNetworkError();
    if (failure?.kind === 'refusal') this.refuse(failure.refusal);
  }
}

/**
 * `fake` as a whole `PlankitClient` for `PlankitProvider`: the number and subscription calls go to
 * it; any other call answers `not_found`, as a server without that endpoint would.
 */
export function numbersClient(fake: FakeNumbers): PlankitClient {
  const missing = () => Promise.reject(new FakeServerRefusal(404, 'not_found', {}));
  return new Proxy({} as PlankitClient, {
    get(_target, name) {
      const method = (fake as unknown as Record<PropertyKey, unknown>)[name];
      return typeof method === 'function' ? method.bind(fake) : missing;
    },
  });
}
