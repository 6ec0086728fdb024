// Holds the server to the endpoint table: an error answer's code must be one its endpoint lists.
import { type EndpointName, ErrorBody, type ErrorCode, endpointNames, endpoints } from '@plankit/sdk/contract';
import * as z from 'zod/mini';
import type { ApiResponse, client } from './helpers';

const matchers = endpointNames.map((name) => {
  const { method, path } = endpoints[name];
  return { name, method, pattern: new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`) };
});

/** The table entry a request went to, by its method and concrete path (query string ignored). */
export function endpointAt(method: string, path: string): EndpointName | undefined {
  const bare = path.split('?')[0] ?? path;
  return matchers.find((m) => m.method === method && m.pattern.test(bare))?.name;
}

/**
 * What to compare for an answer: `{ endpoint, code, listed }`, where listed says whether the
 * endpoint's entry names the code. Null for a success or an answer that is not an ErrorBody.
 */
export function listedError(
  method: string,
  path: string,
  response: ApiResponse,
): { endpoint: EndpointName | undefined; code: ErrorCode; listed: boolean } | null {
  if (response.status < 400) return null;
  const parsed = z.safeParse(ErrorBody, response.body);
  if (!parsed.success) return null;
  const endpoint = endpointAt(method, path);
  const code = parsed.data.error.code;
  return { endpoint, code, listed: endpoint !== undefined && endpoints[endpoint].errors.includes(code) };
}

type Api = ReturnType<typeof client>;

/** The client, remembering the method and path of its last request. */
export function recording(api: Api): { api: Api; last: () => { method: string; path: string } } {
  let last = { method: '', path: '' };
  const recorded: Api = {
    get: (path, options) => {
      last = { method: 'GET', path };
      return api.get(path, options);
    },
    post: (path, body, options) => {
      last = { method: 'POST', path };
      return api.post(path, body, options);
    },
    del: (path, options) => {
      last = { method: 'DELETE', path };
      return api.del(path, options);
    },
    call: (method, path, body, options) => {
      last = { method, path };
      return api.call(method, path, body, options);
    },
  };
  return { api: recorded, last: () => last };
}
