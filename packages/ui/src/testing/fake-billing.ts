// The invoice and credit endpoints of a Plankit server, in memory: documents as one viewer reads
// them (with the server's `actions`), Pay / Mark paid / Void that move them, and credit.
import type { Refusal } from '@plankit/rules';
import type { CreditBalanceView, CreditPoolView, InvoicePage, InvoiceView, PayInvoiceResult } from '@plankit/sdk';
import { errorStatus } from '@plankit/sdk/contract';
import type { BillingViewer } from '../billing/viewer';
import { FakeNetworkError, FakeServerRefusal, type InjectedFailure } from './fake-plankit';
import { FIXED_NOW } from './fixtures';
import { actionsFor, agencyPool, clientCredit } from './invoices';

export type FakeBillingOperation = 'list' | 'get' | 'pay' | 'markPaid' | 'void' | 'credit' | 'pool';

export interface FakeBillingScenario {
  viewer: BillingViewer;
  /** Newest first. */
  invoices: readonly InvoiceView[];
  credit: CreditBalanceView;
  pool: CreditPoolView;
}

export interface FakeBillingOptions {
  latencyMs?: number;
  /** Documents per page when the caller gives no limit. Default 20, as the server. */
  pageSize?: number;
}

const actor = { userId: 'u_owner', name: 'Ava Owner' };

export class FakeBilling {
  private invoices: InvoiceView[];
  private readonly failures = new Map<FakeBillingOperation, InjectedFailure[]>();
  /** Every call, in order, with its arguments: what the server received. */
  readonly calls: { operation: FakeBillingOperation; args: unknown[] }[] = [];

  constructor(
    private readonly scenario: FakeBillingScenario,
    private readonly options: FakeBillingOptions = {},
  ) {
    this.invoices = scenario.invoices.map((invoice) => this.view(invoice));
  }

  /** The next call of `operation` fails this way (queued; each failure is used once). */
  failNext(operation: FakeBillingOperation, failure: InjectedFailure): this {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), failure]);
    return this;
  }

  async listInvoices(
    subAccountId: string,
    params: { cursor?: string | null; limit?: number } = {},
  ): Promise<InvoicePage> {
    await this.enter('list', [subAccountId, params]);
    const mine = this.invoices.filter((invoice) => invoice.subAccountId === subAccountId);
    const from = params.cursor ? Number(params.cursor) : 0;
    const limit = params.limit ?? this.options.pageSize ?? 20;
    const items = mine.slice(from, from + limit);
    return { items, nextCursor: from + limit < mine.length ? String(from + limit) : null };
  }

  async getInvoice(invoiceId: string): Promise<InvoiceView> {
    await this.enter('get', [invoiceId]);
    return this.find(invoiceId);
  }

  async payInvoice(invoiceId: string): Promise<PayInvoiceResult> {
    await this.enter('pay', [invoiceId]);
    const invoice = this.allowed(invoiceId, 'pay');
    return {
      invoice: this.save({
        ...invoice,
        status: 'paid',
        settlement: { method: 'card', reference: null, at: FIXED_NOW, by: null },
      }),
      redirectUrl: null,
    };
  }

  async markInvoicePaid(invoiceId: string, reference: string): Promise<InvoiceView> {
    await this.enter('markPaid', [invoiceId, reference]);
    const invoice = this.allowed(invoiceId, 'markPaid');
    return this.save({
      ...invoice,
      status: 'paid',
      settlement: { method: 'bank_transfer', reference, at: FIXED_NOW, by: actor },
    });
  }

  async voidInvoice(invoiceId: string): Promise<InvoiceView> {
    await this.enter('void', [invoiceId]);
    const invoice = this.allowed(invoiceId, 'void');
    return this.save({ ...invoice, status: 'void', voided: { at: FIXED_NOW, by: actor } });
  }

  async getSubAccountCredit(subAccountId: string): Promise<CreditBalanceView> {
    await this.enter('credit', [subAccountId]);
    return { ...this.scenario.credit, subAccountId };
  }

  async getAgencyCredit(): Promise<CreditPoolView> {
    await this.enter('pool', []);
    if (this.scenario.viewer !== 'agency') this.refuse('not_agency_member');
    return this.scenario.pool;
  }

  private view(invoice: InvoiceView): InvoiceView {
    return { ...invoice, actions: actionsFor(invoice, this.scenario.viewer) };
  }

  private find(invoiceId: string): InvoiceView {
    const found = this.invoices.find((invoice) => invoice.id === invoiceId);
    if (!found) this.refuse('not_found');
    return found;
  }

  private allowed(invoiceId: string, action: keyof InvoiceView['actions']): InvoiceView {
    const invoice = this.find(invoiceId);
    const { reason } = invoice.actions[action];
    if (reason !== null) this.refuse(reason);
    return invoice;
  }

  private save(invoice: InvoiceView): InvoiceView {
    const saved = this.view(invoice);
    this.invoices = this.invoices.map((i) => (i.id === saved.id ? saved : i));
    return saved;
  }

  private refuse(reason: NonNullable<InvoiceView['actions']['pay']['reason']> | 'not_found'): never {
    // The invoice codes are the contract's, not the rules': the same error class carries them.
    throw new FakeServerRefusal(errorStatus(reason), reason as Refusal['reason'], {});
  }

  private async enter(operation: FakeBillingOperation, args: unknown[]): Promise<void> {
    this.calls.push({ operation, args });
    const latency = this.options.latencyMs ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const failure = this.failures.get(operation)?.shift();
    if (failure?.kind === 'hang') await new Promise(() => {});
    if (failure?.kind === 'network') throw new FakeNetworkError();
    if (failure?.kind === 'refusal')
      throw new FakeServerRefusal(errorStatus(failure.refusal.reason), failure.refusal.reason, failure.refusal.params);
  }
}

/** A scenario: the client's documents as `viewer` reads them, Summit's credit and the agency's pool. */
export function billingScenario(overrides: Partial<FakeBillingScenario> = {}): FakeBillingScenario {
  return { viewer: 'client', invoices: [], credit: clientCredit, pool: agencyPool, ...overrides };
}
