// `@plankit/sdk/openapi`: the OpenAPI 3.1 document, generated from the endpoint table and the
// contract schemas. Never imported by the client entry (JSON Schema generation stays out of it).

import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import * as contract from '../contract';
import { type Endpoint, type EndpointName, endpointNames, endpoints } from '../contract';

type JsonObject = { [key: string]: unknown };

export interface OpenApiOptions {
  /** Include the development-only endpoints (`/v1/dev/*`). Default true. */
  readonly includeDev?: boolean;
  /** Server URLs listed in `servers`. Default `[]` (relative to where the document is served). */
  readonly servers?: readonly string[];
  /** Document version. Default the sdk's contract version. */
  readonly version?: string;
}

export const CONTRACT_VERSION = '0.1.0';

// Only composite schemas and enums become named components; ids, counts and instants stay inline.
const NAMED_TYPES = new Set(['object', 'array', 'union', 'enum']);

// A codec (a pipe) is documented by its wire side.
const wireType = (schema: z.ZodMiniType): string => {
  const def = schema._zod.def;
  return def.type === 'pipe' ? wireType((def as unknown as { in: z.ZodMiniType }).in) : def.type;
};

// The document describes the wire (a codec's input side). Bodies have no fields beyond the
// listed ones: the schemas strip any others, as output-side generation says by itself.
const JSON_SCHEMA_OPTIONS = {
  target: 'draft-2020-12',
  io: 'input',
  override: ({ zodSchema, jsonSchema }) => {
    if (zodSchema._zod.def.type === 'object' && jsonSchema.additionalProperties === undefined) {
      jsonSchema.additionalProperties = false;
    }
  },
} satisfies Parameters<typeof toJSONSchema>[1];

function namedSchemas(): Map<z.ZodMiniType, string> {
  const named = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (!/^[A-Z]/.test(name) || typeof value !== 'object' || value === null || !('_zod' in value)) continue;
    const schema = value as z.ZodMiniType;
    if (!NAMED_TYPES.has(wireType(schema)) || named.has(schema)) continue;
    named.set(schema, name);
  }
  return named;
}

function componentSchemas(named: Map<z.ZodMiniType, string>): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of named) registry.add(schema, { id });
  const out = toJSONSchema(registry, { ...JSON_SCHEMA_OPTIONS, uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    const { $id: _id, $schema: _schema, ...rest } = schema as JsonObject;
    schemas[id] = rest;
  }
  return schemas;
}

function ref(named: Map<z.ZodMiniType, string>, schema: z.ZodMiniType): JsonObject {
  const name = named.get(schema);
  if (name === undefined) throw new Error(`Schema used by an endpoint is not exported by name from the contract`);
  return { $ref: `#/components/schemas/${name}` };
}

const STATUS_TEXT: Readonly<Record<contract.ErrorStatus, string>> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  402: 'Payment required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Refused',
  500: 'Internal error',
};

// One response per status the endpoint's codes map to, naming the codes (each an ErrorBody).
function errorResponses(endpoint: Endpoint): Record<string, JsonObject> {
  const byStatus = new Map<contract.ErrorStatus, contract.ErrorCode[]>();
  for (const code of endpoint.errors) {
    const status = contract.errorStatus(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, JsonObject> = {};
  for (const [status, codes] of [...byStatus].sort(([x], [y]) => x - y)) {
    out[String(status)] = {
      description: `${STATUS_TEXT[status]}: ${codes.map((code) => `\`${code}\``).join(', ')}`,
      'x-error-codes': codes,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  return out;
}

function queryParameters(schema: z.ZodMiniType): JsonObject[] {
  const json = toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as JsonObject;
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, propertySchema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: propertySchema,
  }));
}

function operation(name: EndpointName, endpoint: Endpoint, named: Map<z.ZodMiniType, string>): JsonObject {
  const parameters: JsonObject[] = endpoint.params.map((param) => ({
    name: param,
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1 },
  }));
  if (endpoint.query !== null) parameters.push(...queryParameters(endpoint.query));
  if (endpoint.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const op: JsonObject = {
    operationId: name,
    summary: endpoint.summary,
    tags: [endpoint.path.split('/')[2]],
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: ref(named, endpoint.response) } } },
      ...errorResponses(endpoint),
    },
  };
  if (parameters.length > 0) op.parameters = parameters;
  if (endpoint.body !== null) {
    op.requestBody = { required: true, content: { 'application/json': { schema: ref(named, endpoint.body) } } };
  }
  if (endpoint.auth === 'none') op.security = [];
  return op;
}

// What the server POSTs to a host's endpoint: one operation per event type (OpenAPI 3.1 `webhooks`).
function webhookOperations(named: Map<z.ZodMiniType, string>): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const type of contract.EVENT_TYPES) {
    const header = (name: string, description: string, example: string) => ({
      name,
      in: 'header',
      required: true,
      description,
      schema: { type: 'string', examples: [example] },
    });
    out[type] = {
      post: {
        operationId: `on_${type.replace('.', '_')}`,
        summary: `The \`${type}\` event`,
        description:
          'Verify the signature over the raw body (`verifyWebhook` of `@plankit/sdk/webhooks`), then dedupe on the event id: a delivery may repeat and order is not guaranteed.',
        parameters: [
          header(
            'Plankit-Signature',
            'HMAC-SHA256 with the endpoint secret over `<t>.<raw body>`, hex; `t` is the send time in Unix seconds.',
            't=1795428000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
          ),
          header('Plankit-Event-Id', 'The event id, as in the body.', 'evt_0123456789abcdef0123456789abcdef'),
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref(named, contract.eventSchemas[type]) } },
        },
        responses: {
          '2XX': { description: 'Received. Any other status, a timeout or a redirect is retried with backoff.' },
        },
        security: [],
      },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document of the contract. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): JsonObject {
  const named = namedSchemas();
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const name of endpointNames) {
    const endpoint: Endpoint = endpoints[name];
    if (endpoint.dev && options.includeDev === false) continue;
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(name, endpoint, named);
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      security: [],
      responses: {
        '200': { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plankit contract',
      version: options.version ?? CONTRACT_VERSION,
      description:
        'What a host backend implements for the Plankit components. Money is integer minor units with a currency; instants are ISO-8601 UTC strings.',
    },
    servers: (options.servers ?? []).map((url) => ({ url })),
    security: [{ bearer: [] }],
    paths,
    webhooks: webhookOperations(named),
    components: {
      schemas: componentSchemas(named),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'One key per user intent, reused on every retry of it. The same key and body replays the stored response; the same key with another body is refused (`idempotency_key_reused`).',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
        },
      },
    },
  };
}
