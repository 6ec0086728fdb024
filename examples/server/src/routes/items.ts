// Seats, add-ons and packs: the items context, quote-locked previews (reads, no key) and confirms.
import {
  AddOnChangePreviewRequest,
  BuyPackRequest,
  ChangeAddOnRequest,
  ChangeSeatsRequest,
  ItemChangePreview,
  ItemChangeResult,
  type Model,
  PackPurchasePreviewRequest,
  SeatChangePreviewRequest,
  SubscriptionItems,
} from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv, ServerDeps } from '../context';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';
import { confirmItemChange, type ItemChange, itemsContext, previewItemChange } from '../services/items';

type Quote = { readonly quotedAt: Date; readonly quotedVersion: number };

export function itemRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/sub-accounts/:id/items', async (c) => {
    const items = await itemsContext(deps.db, c.get('principal'), c.req.param('id'));
    return c.json(wireBody(SubscriptionItems, items));
  });

  /** One item's preview (a read: no Idempotency-Key) and its quote-locked, idempotent confirm. */
  function register<P extends z.ZodMiniType, C extends z.ZodMiniType<z.infer<P> & Quote>>(
    path: string,
    previewBody: P,
    confirmBody: C,
    change: (body: z.infer<P>) => ItemChange,
  ) {
    app.post(`/sub-accounts/:id/${path}/preview`, async (c) => {
      const body = parseWith(previewBody, await readJson(c));
      const principal = c.get('principal');
      const quoted = await previewItemChange(deps.db, principal, c.req.param('id'), change(body), deps.clock.now());
      // Only seats count against a cap, so overLimit names teamMembers; the schema checks it.
      return c.json(wireBody(ItemChangePreview, quoted as Model<typeof ItemChangePreview>));
    });
    app.post(`/sub-accounts/:id/${path}`, async (c) => {
      const body: z.infer<P> & Quote = parseWith(confirmBody, await readJson(c));
      const principal = c.get('principal');
      const id = c.req.param('id');
      return runIdempotent(deps, c, body, async (tx, now) =>
        wireBody(ItemChangeResult, await confirmItemChange(deps, tx, principal, id, change(body), body, now)),
      );
    });
  }

  register('seats', SeatChangePreviewRequest, ChangeSeatsRequest, (b) => ({ kind: 'seats', quantity: b.quantity }));
  register('add-ons', AddOnChangePreviewRequest, ChangeAddOnRequest, (b) => ({
    kind: 'add_on',
    group: b.group,
    addOnId: b.addOnId,
  }));
  register('packs', PackPurchasePreviewRequest, BuyPackRequest, (b) => ({ kind: 'pack', packId: b.packId }));
  return app;
}
