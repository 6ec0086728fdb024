// Seats, add-ons and packs: the items context, quote-locked previews (reads, no key) and confirms,
// each registered from its entry of the contract's endpoint table.
import { endpoints, type Model } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { confirmItemChange, type ItemChange, itemsContext, previewItemChange } from '../services/items';
import { registerEndpoint } from './register';

type Quote = { readonly quotedAt: Date; readonly quotedVersion: number };
interface ItemRequest {
  readonly c: { get(key: 'principal'): Principal };
  readonly q: Queryable;
  readonly params: { readonly id: string };
  readonly now: Date;
}

export function itemRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  // Only seats count against a cap, so a preview's overLimit names teamMembers; the schema checks it.
  const preview = async ({ c, q, params, now }: ItemRequest, change: ItemChange) =>
    (await previewItemChange(q, c.get('principal'), params.id, change, now)) as Model<
      typeof endpoints.previewSeatChange.response
    >;
  const confirm = ({ c, q, params, now }: ItemRequest, change: ItemChange, quote: Quote) =>
    confirmItemChange(deps, q, c.get('principal'), params.id, change, quote, now);
  const seats = (b: { quantity: number }): ItemChange => ({ kind: 'seats', quantity: b.quantity });
  const addOn = (b: { group: string; addOnId: string | null }): ItemChange => ({
    kind: 'add_on',
    group: b.group,
    addOnId: b.addOnId,
  });
  const pack = (b: { packId: string }): ItemChange => ({ kind: 'pack', packId: b.packId });

  registerEndpoint(app, deps, endpoints.getSubscriptionItems, ({ c, q, params }) =>
    itemsContext(q, c.get('principal'), params.id),
  );
  registerEndpoint(app, deps, endpoints.previewSeatChange, (r) => preview(r, seats(r.body)));
  registerEndpoint(app, deps, endpoints.changeSeats, (r) => confirm(r, seats(r.body), r.body));
  registerEndpoint(app, deps, endpoints.previewAddOnChange, (r) => preview(r, addOn(r.body)));
  registerEndpoint(app, deps, endpoints.changeAddOn, (r) => confirm(r, addOn(r.body), r.body));
  registerEndpoint(app, deps, endpoints.previewPackPurchase, (r) => preview(r, pack(r.body)));
  registerEndpoint(app, deps, endpoints.buyPack, (r) => confirm(r, pack(r.body), r.body));
  return app;
}
