// A stand-in for the parts of Stripe's API the provider calls, answering with the shapes of
// Stripe's API reference and recording each request (method, path, form-decoded params). It keeps
// just enough state to behave like Stripe for these calls: customers with a card that pays or
// declines, prices, subscriptions with per-second proration, pending updates, schedules and
// Checkout Sessions. Time is the server's clock, so Stripe and the rules agree on "now".
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export type Params = { [key: string]: string | Params | Params[] | string[] };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Params;
  readonly idempotencyKey: string | null;
}

/** `items[0][price]=p&expand[0]=x` → `{ items: [{ price: 'p' }], expand: ['x'] }`. */
export function decodeForm(body: string): Params {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p, i) => i === 0 || p !== '');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  const arrays = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, arrays(x)] as const);
    if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, x]) => x);
    }
    return Object.fromEntries(entries);
  };
  return arrays(root) as Params;
}

type Json = Record<string, unknown>;
const INTERVAL_SECONDS = { day: 86_400, week: 604_800 } as const;

/** Calendar arithmetic like Stripe's: months clamp to the last day of a shorter month. */
function addInterval(start: number, interval: string, count: number): number {
  if (interval === 'day' || interval === 'week') return start + INTERVAL_SECONDS[interval] * count;
  const d = new Date(start * 1000);
  const months = interval === 'year' ? 12 * count : count;
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()),
  );
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return Math.floor(target.getTime() / 1000);
}

class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.message));
  }
}

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly customers = new Map<string, Json>();
  readonly prices = new Map<string, Json>();
  readonly subscriptions = new Map<string, Json>();
  readonly invoices = new Map<string, Json>();
  readonly schedules = new Map<string, Json>();
  readonly sessions = new Map<string, Json>();
  /** Customers whose card now declines every charge. */
  readonly declining = new Set<string>();
  /** Minor units added to each proration invoice: Stripe disagreeing with the quote. */
  prorationSurcharge = 0;
  /** Minor units added to each new subscription's first invoice. */
  firstInvoiceSurcharge = 0;
  #counter = 0;
  #server: Server | null = null;
  port = 0;

  constructor(private readonly clock: () => Date) {}

  now(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }

  id(prefix: string): string {
    this.#counter += 1;
    return `${prefix}_fake${String(this.#counter).padStart(4, '0')}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** The official client, pointed here. */
  client(): Stripe {
    return new Stripe('sk_test_fake', {
      host: '127.0.0.1',
      port: this.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
  }

  reset(): void {
    this.requests.length = 0;
    for (const map of [this.customers, this.prices, this.subscriptions, this.invoices, this.schedules, this.sessions]) {
      map.clear();
    }
    this.declining.clear();
    this.prorationSurcharge = 0;
    this.firstInvoiceSurcharge = 0;
    this.#counter = 0;
  }

  /** The Stripe price created for a plan (its lookup key starts with the plan id). */
  priceOf(planId: string): string {
    const price = [...this.prices.values()].find((p) => String(p.lookup_key).startsWith(`plankit_${planId}_`));
    if (!price) throw new Error(`no price for ${planId}`);
    return price.id as string;
  }

  /** Recorded requests with this method whose path starts with `prefix`. */
  calls(method: string, prefix: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(prefix));
  }

  /** The customer pays on the hosted Checkout page: a subscription starts and its first invoice is paid. */
  completeCheckout(sessionId: string): Json {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const line = (session.line_items as Params[])[0] as Params;
    const priceData = line.price_data as Params;
    const recurring = priceData.recurring as Params;
    const price = this.#createPrice({
      currency: priceData.currency as string,
      unit_amount: priceData.unit_amount as string,
      recurring: {
        interval: recurring.interval as string,
        interval_count: (recurring.interval_count as string) ?? '1',
      },
    });
    const subscription = this.#subscribe(
      session.customer as string,
      price,
      (session.subscription_metadata as Json) ?? {},
    );
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id });
    return session;
  }

  /** Stripe bills the subscription's next period (a renewal), paid or not. */
  renew(subscriptionId: string, paid: boolean): Json {
    const sub = this.#get(this.subscriptions, subscriptionId);
    const price = ((sub.items as { data: Json[] }).data[0] as Json).price as Json;
    const invoice = this.#invoice(
      sub.customer as string,
      sub,
      price.unit_amount as number,
      price.currency as string,
      'subscription_cycle',
      paid,
    );
    sub.latest_invoice = invoice.id;
    return invoice;
  }

  /** An event as Stripe sends it, about `object`, created at `created` (seconds). */
  event(type: string, object: Json, created = this.now()): Json {
    return {
      id: this.id('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created,
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
  }

  // --- HTTP -----------------------------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = Buffer.concat(chunks).toString();
    const params = decodeForm(body || url.searchParams.toString());
    const method = req.method ?? 'GET';
    const key = req.headers['idempotency-key'];
    this.requests.push({
      method,
      path: url.pathname,
      params,
      idempotencyKey: typeof key === 'string' ? key : null,
    });
    let status = 200;
    let json: Json;
    try {
      json = this.#route(method, url.pathname, params);
    } catch (error) {
      if (!(error instanceof StripeFailure)) throw error;
      status = error.status;
      json = { error: error.body };
    }
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${this.requests.length}` });
    res.end(JSON.stringify(json));
  }

  #route(method: string, path: string, p: Params): Json {
    const seg = path.split('/').filter(Boolean).slice(1); // drop v1
    const [a, b, c] = seg;
    const expand = (p.expand as string[] | undefined) ?? [];
    if (method === 'POST' && a === 'customers' && !b) return this.#createCustomer(p);
    if (method === 'GET' && a === 'prices' && !b) return this.#listPrices(p);
    if (method === 'POST' && a === 'products' && !b) {
      return { id: this.id('prod'), object: 'product', name: p.name, metadata: p.metadata ?? {}, active: true };
    }
    if (method === 'POST' && a === 'prices' && !b) return this.#createPrice(p);
    if (a === 'subscriptions' && b) {
      const sub = this.#get(this.subscriptions, b);
      if (method === 'GET') return this.#view(sub, expand);
      if (method === 'DELETE')
        return this.#view(Object.assign(sub, { status: 'canceled', canceled_at: this.now() }), []);
      return this.#view(this.#update(sub, p), expand);
    }
    if (method === 'POST' && a === 'subscriptions') return this.#view(this.#create(p), expand);
    if (method === 'GET' && a === 'invoices' && b && !c) return this.#get(this.invoices, b);
    if (method === 'POST' && a === 'invoices' && b && c === 'void') {
      return Object.assign(this.#get(this.invoices, b), { status: 'void' });
    }
    if (a === 'subscription_schedules') return this.#schedules(method, b, c, p);
    if (a === 'checkout' && b === 'sessions') return this.#sessions(method, c, seg[3], p);
    throw new StripeFailure(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}).`,
    });
  }

  #get(map: Map<string, Json>, id: string): Json {
    const found = map.get(id);
    if (!found)
      throw new StripeFailure(404, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        message: `No such object: '${id}'`,
      });
    return found;
  }

  #createCustomer(p: Params): Json {
    const pm = (p.payment_method as string | undefined) ?? null;
    const customer = {
      id: this.id('cus'),
      object: 'customer',
      name: p.name ?? null,
      metadata: p.metadata ?? {},
      balance: 0,
      invoice_settings: { default_payment_method: pm },
    };
    this.customers.set(customer.id, customer);
    if (pm === 'pm_card_chargeCustomerFail') this.declining.add(customer.id);
    return customer;
  }

  #listPrices(p: Params): Json {
    const keys = (p.lookup_keys as string[] | undefined) ?? [];
    const data = [...this.prices.values()].filter((x) => keys.includes(x.lookup_key as string));
    return { object: 'list', data, has_more: false, url: '/v1/prices' };
  }

  #createPrice(p: Params): Json {
    const recurring = p.recurring as Params;
    const price = {
      id: this.id('price'),
      object: 'price',
      active: true,
      currency: p.currency,
      unit_amount: Number(p.unit_amount),
      product: p.product ?? this.id('prod'),
      lookup_key: p.lookup_key ?? null,
      metadata: p.metadata ?? {},
      recurring: { interval: recurring.interval, interval_count: Number(recurring.interval_count ?? 1) },
      type: 'recurring',
    };
    this.prices.set(price.id, price);
    return price;
  }

  #invoice(customer: string, sub: Json, amount: number, currency: string, reason: string, pays: boolean): Json {
    const id = this.id('in');
    const invoice = {
      id,
      object: 'invoice',
      customer,
      currency,
      amount_due: Math.max(0, amount),
      amount_paid: pays ? Math.max(0, amount) : 0,
      total: amount,
      billing_reason: reason,
      status: pays ? 'paid' : 'open',
      hosted_invoice_url: `https://invoice.stripe.test/i/${id}`,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { metadata: sub.metadata ?? {}, subscription: sub.id },
      },
      created: this.now(),
    };
    this.invoices.set(id, invoice);
    if (amount < 0) {
      const c = this.customers.get(customer);
      if (c) c.balance = (c.balance as number) + amount;
    }
    return invoice;
  }

  #subscribe(customer: string, price: Json, metadata: Json): Json {
    const start = this.now();
    const recurring = price.recurring as { interval: string; interval_count: number };
    const sub: Json = {
      id: this.id('sub'),
      object: 'subscription',
      customer,
      status: 'active',
      metadata,
      cancel_at_period_end: false,
      canceled_at: null,
      pending_update: null,
      schedule: null,
      billing_cycle_anchor: start,
      created: start,
      items: {
        object: 'list',
        data: [
          {
            id: this.id('si'),
            object: 'subscription_item',
            price,
            quantity: 1,
            current_period_start: start,
            current_period_end: addInterval(start, recurring.interval, recurring.interval_count),
          },
        ],
      },
    };
    this.subscriptions.set(sub.id as string, sub);
    const invoice = this.#invoice(
      customer,
      sub,
      (price.unit_amount as number) + this.firstInvoiceSurcharge,
      price.currency as string,
      'subscription_create',
      true,
    );
    sub.latest_invoice = invoice.id;
    return sub;
  }

  #create(p: Params): Json {
    const customer = this.#get(this.customers, p.customer as string);
    const item = (p.items as Params[])[0] as Params;
    const price = this.#get(this.prices, item.price as string);
    const settings = customer.invoice_settings as Json;
    if ((price.unit_amount as number) > 0 && !settings.default_payment_method) {
      throw new StripeFailure(400, {
        type: 'invalid_request_error',
        message: 'This customer has no attached payment source or default payment method.',
      });
    }
    if ((price.unit_amount as number) > 0 && this.declining.has(customer.id as string)) {
      throw new StripeFailure(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      });
    }
    return this.#subscribe(customer.id as string, price, (p.metadata as Json) ?? {});
  }

  #update(sub: Json, p: Params): Json {
    if (p.cancel_at_period_end !== undefined) sub.cancel_at_period_end = p.cancel_at_period_end === 'true';
    const items = p.items as Params[] | undefined;
    if (!items) return sub;
    const item = (sub.items as { data: Json[] }).data[0] as Json;
    const from = item.price as Json;
    const to = this.#get(this.prices, (items[0] as Params).price as string);
    const start = item.current_period_start as number;
    const end = item.current_period_end as number;
    const at = p.proration_date ? Number(p.proration_date) : this.now();
    const resetAnchor = (p.billing_cycle_anchor as Params | undefined)?.type === 'now';
    const apply = () => {
      item.price = to;
      if (resetAnchor) {
        const recurring = to.recurring as { interval: string; interval_count: number };
        item.current_period_start = at;
        item.current_period_end = addInterval(at, recurring.interval, recurring.interval_count);
        sub.billing_cycle_anchor = at;
      }
    };
    if (p.proration_behavior !== 'always_invoice') {
      apply();
      return sub;
    }
    // Stripe's proration: unused time of the old price credited, the new price charged for the
    // remaining time (or in full from now when the anchor resets), each rounded to the unit.
    const f = (end - at) / (end - start);
    const credit = -Math.round((from.unit_amount as number) * f);
    const charge =
      (resetAnchor ? (to.unit_amount as number) : Math.round((to.unit_amount as number) * f)) + this.prorationSurcharge;
    const customer = sub.customer as string;
    const pays = !this.declining.has(customer);
    const invoice = this.#invoice(
      customer,
      sub,
      credit + charge,
      to.currency as string,
      'subscription_update',
      pays || credit + charge <= 0,
    );
    sub.latest_invoice = invoice.id;
    if (invoice.status === 'paid') apply();
    else if (p.payment_behavior === 'pending_if_incomplete') {
      sub.pending_update = {
        expires_at: at + 23 * 3600,
        subscription_items: [{ id: item.id, price: to.id, quantity: 1 }],
        billing_cycle_anchor: resetAnchor ? at : null,
        trial_end: null,
        trial_from_plan: null,
      };
    } else {
      apply();
      sub.status = 'past_due';
    }
    return sub;
  }

  #view(sub: Json, expand: string[]): Json {
    const copy = structuredClone(sub);
    if (expand.includes('latest_invoice') && typeof copy.latest_invoice === 'string') {
      copy.latest_invoice = structuredClone(this.invoices.get(copy.latest_invoice));
    }
    return copy;
  }

  #schedules(method: string, id: string | undefined, action: string | undefined, p: Params): Json {
    if (method === 'POST' && !id) {
      const sub = this.#get(this.subscriptions, p.from_subscription as string);
      if (sub.schedule) {
        throw new StripeFailure(400, {
          type: 'invalid_request_error',
          message: `You cannot migrate a subscription that is already attached to a schedule: \`${sub.schedule}\`.`,
        });
      }
      const item = (sub.items as { data: Json[] }).data[0] as Json;
      const phase = {
        start_date: item.current_period_start,
        end_date: item.current_period_end,
        items: [{ price: (item.price as Json).id, quantity: 1 }],
        proration_behavior: 'create_prorations',
      };
      const schedule = {
        id: this.id('sub_sched'),
        object: 'subscription_schedule',
        customer: sub.customer,
        subscription: sub.id,
        status: 'active',
        end_behavior: 'release',
        released_subscription: null,
        current_phase: { start_date: phase.start_date, end_date: phase.end_date },
        phases: [phase],
      };
      sub.schedule = schedule.id;
      this.schedules.set(schedule.id, schedule);
      return schedule;
    }
    const schedule = this.#get(this.schedules, id as string);
    if (method === 'GET') return schedule;
    if (action === 'release') {
      const sub = this.#get(this.subscriptions, schedule.subscription as string);
      sub.schedule = null;
      return Object.assign(schedule, { status: 'released', released_subscription: sub.id, subscription: null });
    }
    if (p.phases) {
      schedule.phases = (p.phases as Params[]).map((phase) => ({
        ...phase,
        ...(phase.start_date ? { start_date: Number(phase.start_date) } : {}),
        ...(phase.end_date ? { end_date: Number(phase.end_date) } : {}),
      }));
    }
    if (p.end_behavior) schedule.end_behavior = p.end_behavior;
    return schedule;
  }

  #sessions(method: string, id: string | undefined, action: string | undefined, p: Params): Json {
    if (method === 'POST' && !id) {
      const sessionId = this.id('cs_test');
      const session = {
        id: sessionId,
        object: 'checkout.session',
        mode: p.mode,
        customer: p.customer,
        client_reference_id: p.client_reference_id ?? null,
        metadata: p.metadata ?? {},
        line_items: p.line_items,
        subscription_metadata: (p.subscription_data as Params | undefined)?.metadata ?? {},
        success_url: p.success_url,
        cancel_url: p.cancel_url,
        status: 'open',
        payment_status: 'unpaid',
        subscription: null,
        url: `https://checkout.stripe.test/c/pay/${sessionId}`,
      };
      this.sessions.set(sessionId, session);
      return session;
    }
    const session = this.#get(this.sessions, id as string);
    if (method === 'POST' && action === 'expire') return Object.assign(session, { status: 'expired', url: null });
    return session;
  }
}
