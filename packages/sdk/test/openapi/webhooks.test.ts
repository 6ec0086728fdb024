import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/contract';
import { buildOpenApiDocument } from '../../src/openapi';

type Webhooks = Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;

describe("the OpenAPI document's webhooks", () => {
  const document = buildOpenApiDocument();
  const webhooks = document.webhooks as Webhooks;
  const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, unknown> }> })
    .schemas;

  it('lists the ten event types, each with its own event schema', () => {
    expect(Object.keys(webhooks)).toEqual([
      'subscription.started',
      'subscription.plan_changed',
      'subscription.change_scheduled',
      'subscription.canceled',
      'invoice.created',
      'invoice.paid',
      'number.assigned',
      'number.activated',
      'number.released',
      'number.unassigned',
    ]);
    expect(EVENT_TYPES).toEqual(Object.keys(webhooks));
    expect(webhooks['subscription.plan_changed']?.post.requestBody.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/SubscriptionPlanChangedEvent',
    });
  });

  it('pins the type of each event schema to its key', () => {
    for (const [type, hook] of Object.entries(webhooks)) {
      const name = hook.post.requestBody.content['application/json']?.schema.$ref.split('/').pop() ?? '';
      expect([type, schemas[name]?.properties?.type]).toEqual([type, { type: 'string', const: type }]);
    }
  });
});
