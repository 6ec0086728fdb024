// An in-memory Plankit backend for stories and tests. It answers with the real rules functions at a
// fixed instant, and sends every answer through the contract (model → DTO → schema parse → model),
// exactly as the HTTP client does, so what a story shows is what a conforming server can send.
import {
  applyPlanChange,
  billingBadge,
  cancelScheduledChange,
  isRefusal,
  type Plan,
  type PlanChangePreview,
  planChangeContext,
  previewPlanChange,
  type Refusal,
  type SubAccount,
  usageSplit,
  verifyQuote,
} from '@plankit/rules';
import { describeRefusal } from '@plankit/rules/messages';
import { PlankitHttpError, PlankitNetworkError } from '@plankit/sdk';
import {
  type ChangePlanContext,
  ChangePlanContext as ChangePlanContextSchema,
  type ChangePlanInput,
  type ChangePlanResult,
  ChangePlanResult as ChangePlanResultSchema,
  errorStatus,
  overTheWire,
  PlanChangePreview as PlanChangePreviewSchema,
  type SubAccountDetail,
  SubAccountDetail as SubAccountDetailSchema,
} from '@plankit/sdk/contract';
import { FIXED_NOW, type Scenario } from './fixtures';

/** A failure to inject into the next call of one operation. */
export type InjectedFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'refusal'; readonly refusal: Refusal }
  /** Never answers: for loading states. */
  | { readonly kind: 'hang' };

export type FakeOperation = 'context' | 'preview' | 'change' | 'cancelScheduled';

/** The client's error for a server refusal: a reason code, its params and an HTTP status. */
export class FakeServerRefusal extends PlankitHttpError {
  constructor(status: number, code: Refusal['reason'], params: Refusal['params']) {
    super({
      endpoint: 'fake',
      status,
      code,
      message: describeRefusal({ ok: false, reason: code, params: params ?? {} }),
      params,
    });
  }
}

/** The client's error when the connection fails. */
export class FakeNetworkError extends PlankitNetworkError {
  constructor() {
    super('Failed to fetch', 'fake');
  }
}

export interface FakePlankitOptions {
  /** The server's clock. Default FIXED_NOW. */
  now?: Date;
  /** Delay of every answer in ms. Default 0. */
  latencyMs?: number;
}

/**
 * One sub-account's change-plan endpoints over a Scenario. Mutations update the scenario, so a story
 * can confirm and then see the new state, and tests can assert what the server recorded.
 */
export class FakePlankit {
  private state: Scenario;
  private clock: Date;
  private readonly latencyMs: number;
  private readonly failures = new Map<FakeOperation, InjectedFailure[]>();
  private readonly hooks = new Map<FakeOperation, ((fake: FakePlankit) => void)[]>();
  private invoiceCount = 0;
  /** Every call, in order, with its body: what the server received. */
  readonly calls: { operation: FakeOperation; subAccountId: string; body?: unknown }[] = [];

  constructor(scenario: Scenario, options: FakePlankitOptions = {}) {
    this.state = scenario;
    this.clock = options.now ?? FIXED_NOW;
    this.latencyMs = options.latencyMs ?? 0;
  }

  get subAccount(): SubAccount {
    return this.state.subAccount;
  }

  get now(): Date {
    return this.clock;
  }

  /** Moves the server's clock (quotes older than the policy's TTL then expire). */
  advance(seconds: number): void {
    this.clock = new Date(this.clock.getTime() + seconds * 1000);
  }

  /** The next call of `operation` fails this way (queued; each failure is used once). */
  failNext(operation: FakeOperation, failure: InjectedFailure): this {
    const queue = this.failures.get(operation) ?? [];
    queue.push(failure);
    this.failures.set(operation, queue);
    return this;
  }

  /**
   * Runs `change` when the next call of `operation` arrives, before it is answered: what happened on
   * the server meanwhile (a plan archived, the quote's TTL passed, someone else changed the plan).
   */
  onNext(operation: FakeOperation, change: (fake: FakePlankit) => void): this {
    const queue = this.hooks.get(operation) ?? [];
    queue.push(change);
    this.hooks.set(operation, queue);
    return this;
  }

  /** A catalog edit: the plan's status changes (archived plans can no longer be picked). */
  setPlanStatus(planId: string, status: Plan['status']): void {
    this.state = { ...this.state, plans: this.state.plans.map((p) => (p.id === planId ? { ...p, status } : p)) };
  }

  /** Someone else moved the subscription to another plan (its terms and version change). */
  moveSubscriptionTo(planId: string): void {
    const subscription = this.state.subAccount.subscription;
    const target = this.state.plans.find((p) => p.id === planId);
    if (subscription === null || !target) return;
    this.state = {
      ...this.state,
      subAccount: {
        ...this.state.subAccount,
        subscription: { ...subscription, terms: target, version: subscription.version + 1 },
      },
    };
  }

  /** Someone else changes the subscription between quote and confirm: its version moves on. */
  bumpVersion(): void {
    const subscription = this.state.subAccount.subscription;
    if (subscription === null) return;
    this.state = {
      ...this.state,
      subAccount: { ...this.state.subAccount, subscription: { ...subscription, version: subscription.version + 1 } },
    };
  }

  async getChangePlanContext(subAccountId: string): Promise<ChangePlanContext> {
    await this.enter('context', subAccountId);
    const { actor, agency, subAccount, plans, policy } = this.state;
    const result = planChangeContext({ actor, agency, subAccount, plans, policy });
    if (isRefusal(result)) this.refuse(result);
    const context: ChangePlanContext = result.context;
    return overTheWire(ChangePlanContextSchema, context);
  }

  async previewPlanChange(
    subAccountId: string,
    body: { targetPlanId: string; timing?: 'now' | 'period_end' | undefined },
  ): Promise<PlanChangePreview> {
    await this.enter('preview', subAccountId, body);
    const preview = this.quote(body.targetPlanId, body.timing, this.clock);
    return overTheWire(PlanChangePreviewSchema, preview);
  }

  async changePlan(subAccountId: string, body: ChangePlanInput): Promise<ChangePlanResult> {
    await this.enter('change', subAccountId, body);
    const { subAccount, agency, policy, plans } = this.state;
    const check = verifyQuote({
      subAccount,
      quotedAt: body.quotedAt,
      quotedVersion: body.quotedVersion,
      now: this.clock,
      policy,
    });
    if (isRefusal(check)) this.refuse(check);
    // The server recomputes at the quote's instant and charges exactly that.
    const preview = this.quote(body.targetPlanId, body.timing, body.quotedAt);
    const [blocker] = preview.blockers;
    if (blocker) this.refuse(blocker);
    const target = plans.find((p) => p.id === body.targetPlanId);
    if (!target) this.refuse({ ok: false, reason: 'not_found' });
    const outcome = applyPlanChange({
      subAccount,
      agency,
      target,
      preview,
      now: this.clock,
      subscriptionId: `sub_${subAccount.id}_${this.calls.length}`,
    });
    this.state = { ...this.state, subAccount: outcome.subAccount, agency: outcome.agency };
    const invoice =
      outcome.invoice === null
        ? null
        : {
            id: `in_${++this.invoiceCount}`,
            url: `https://billing.example.com/invoices/in_${this.invoiceCount}`,
            amount: outcome.invoice.amount,
          };
    const zero = { amount: 0, currency: target.currency };
    const result: ChangePlanResult = {
      kind: preview.kind,
      timing: preview.timing,
      effectiveAt: preview.effectiveAt,
      amountCharged: outcome.invoice?.amount ?? zero,
      invoice,
      paymentRequest:
        outcome.paymentRequest === null
          ? null
          : {
              id: `pr_${++this.invoiceCount}`,
              url: `https://billing.example.com/invoices/pr_${this.invoiceCount}`,
              amount: outcome.paymentRequest.amount,
            },
      creditGranted: outcome.creditGranted ?? zero,
      minutesGranted: outcome.minutesGranted,
      scheduledChange: outcome.scheduledChange,
      subAccount: outcome.subAccount,
    };
    return overTheWire(ChangePlanResultSchema, result);
  }

  async cancelScheduledChange(subAccountId: string): Promise<SubAccountDetail> {
    await this.enter('cancelScheduled', subAccountId);
    const cancelled = cancelScheduledChange({ subAccount: this.state.subAccount, now: this.clock });
    if (isRefusal(cancelled)) this.refuse(cancelled);
    this.state = { ...this.state, subAccount: cancelled.subAccount };
    const { subscription } = cancelled.subAccount;
    const detail: SubAccountDetail = {
      subAccount: cancelled.subAccount,
      users: [],
      assignedPlan: null,
      billingBadge: subscription === null ? 'inactive' : billingBadge({ subscription, at: this.clock }),
      usage:
        subscription === null ? null : usageSplit({ usage: cancelled.subAccount.usage, terms: subscription.terms }),
      openInvoice: null,
    };
    return overTheWire(SubAccountDetailSchema, detail);
  }

  private quote(targetPlanId: string, timing: 'now' | 'period_end' | undefined, now: Date): PlanChangePreview {
    const { actor, agency, subAccount, plans, policy } = this.state;
    const target = plans.find((p) => p.id === targetPlanId && p.agencyId === agency.id);
    if (!target) this.refuse({ ok: false, reason: 'not_found' });
    const preview = previewPlanChange({ actor, agency, subAccount, target, now, policy, timing });
    if (isRefusal(preview)) this.refuse(preview);
    return preview;
  }

  private refuse(refusal: Refusal): never {
    throw new FakeServerRefusal(errorStatus(refusal.reason), refusal.reason, refusal.params);
  }

  private async enter(operation: FakeOperation, subAccountId: string, body?: unknown): Promise<void> {
    this.calls.push(body === undefined ? { operation, subAccountId } : { operation, subAccountId, body });
    this.hooks.get(operation)?.shift()?.(this);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.get(operation)?.shift();
    if (failure?.kind === 'hang') await new Promise(() => {});
    if (failure?.kind === 'network') throw new FakeNetworkError();
    if (failure?.kind === 'refusal') this.refuse(failure.refusal);
    if (subAccountId !== this.state.subAccount.id) this.refuse({ ok: false, reason: 'not_found' });
  }
}
