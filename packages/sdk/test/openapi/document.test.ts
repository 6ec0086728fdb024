import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, endpointNames, endpoints, errorStatus } from '../../src/contract';
import { buildOpenApiDocument } from '../../src/openapi';

type Operation = {
  operationId: string;
  parameters?: { $ref?: string; name?: string; in?: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
};
type Paths = Record<string, Record<string, Operation>>;

describe('the generated OpenAPI document', () => {
  const document = buildOpenApiDocument();
  const paths = document.paths as Paths;
  const operation = (name: string): Operation => {
    const endpoint = endpoints[name as keyof typeof endpoints];
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const op = paths[path]?.[endpoint.method.toLowerCase()];
    if (op === undefined) throw new Error(`no operation for ${name}`);
    return op;
  };

  it('is a valid OpenAPI 3.1 document for an independent validator', async () => {
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.specification).toBe('OpenAPI');
  });

  it('would fail the validator with a dangling reference (the check can fail)', async () => {
    const broken = structuredClone(document) as { components: { schemas: Record<string, unknown> } };
    delete broken.components.schemas.ChangePlanRequest;
    expect((await validate(broken as unknown as Parameters<typeof validate>[0])).valid).toBe(false);
  });

  it('has one operation per endpoint of the table, named after it', () => {
    for (const name of endpointNames) expect(operation(name).operationId).toBe(name);
    const operationCount = Object.values(paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(operationCount).toBe(endpointNames.length + 1); // + GET /openapi.json
  });

  it('asks for an Idempotency-Key on every mutation and on nothing else', () => {
    for (const name of endpointNames) {
      const keyed = (operation(name).parameters ?? []).some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
      expect([name, keyed]).toEqual([name, endpoints[name].idempotent]);
    }
    expect(endpoints.changePlan.idempotent).toBe(true);
    expect(endpoints.getSubAccount.idempotent).toBe(false);
  });

  it('references named component schemas for bodies, and ErrorBody for refusals', () => {
    const change = operation('changePlan');
    expect(change.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ChangePlanRequest' } } },
    });
    const errorBody = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };
    expect(change.responses['402']).toEqual({
      description: 'Payment required: `card_declined`',
      'x-error-codes': ['card_declined'],
      content: errorBody,
    });
    expect(change.responses['422']).toMatchObject({ content: errorBody });
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    expect(schemas.Money).toEqual({
      type: 'object',
      properties: {
        amount: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
        currency: { type: 'string', pattern: '^[A-Z0-9]{3,10}$' },
      },
      required: ['amount', 'currency'],
      additionalProperties: false,
    });
  });

  it('answers each error status of an operation with the codes of its table entry', () => {
    for (const name of endpointNames) {
      const listed = Object.entries(operation(name).responses)
        .filter(([status]) => status !== '200')
        .flatMap(([status, response]) =>
          ((response as { 'x-error-codes': ErrorCode[] })['x-error-codes'] ?? []).map((code) => {
            expect([code, Number(status)]).toEqual([code, errorStatus(code)]);
            return code;
          }),
        );
      expect([name, listed.sort()]).toEqual([name, [...endpoints[name].errors].sort()]);
    }
    const voidResponses = operation('voidInvoice').responses;
    expect(voidResponses['409']).toMatchObject({ 'x-error-codes': ['concurrent_update', 'invoice_not_open'] });
    expect(voidResponses['422']).toMatchObject({
      'x-error-codes': ['idempotency_key_reused', 'user_not_approved', 'invoice_not_offline'],
    });
    // A read refuses nothing of a business kind, and a GET never takes a key.
    expect(Object.keys(operation('getMe').responses)).toEqual(['200', '400', '401', '500']);
  });

  it('lists the eligible-users search and paging as query parameters', () => {
    const names = (operation('listEligibleUsers').parameters ?? []).map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(['path:id', 'query:q', 'query:cursor', 'query:limit']);
  });

  it('needs a bearer token except on the development endpoints', () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(operation('listDevUsers').security).toEqual([]);
    expect(operation('getMe').security).toBeUndefined();
  });

  it('leaves the development endpoints out when asked', () => {
    const production = buildOpenApiDocument({ includeDev: false }).paths as Paths;
    expect(Object.keys(production).filter((p) => p.startsWith('/v1/dev'))).toEqual([]);
  });
});
