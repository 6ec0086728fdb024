import type { PlankitClient } from '@plankit/sdk';
import { FakeServerRefusal } from './fake-plankit';

type Methods = { [K in keyof PlankitClient]: PlankitClient[K] };

/**
 * A whole `PlankitClient` from in-memory parts (FakePlankit, the numbers backend, …): each method
 * comes from the first part that has it; the rest answer `not_found`, as a server without them would.
 */
export function fakeClient(...parts: object[]): PlankitClient {
  const missing = () => Promise.reject(new FakeServerRefusal(404, 'not_found', {}));
  return new Proxy({} as Methods, {
    get(_target, name) {
      for (const part of parts) {
        const method = (part as Record<PropertyKey, unknown>)[name];
        if (typeof method === 'function') return method.bind(part);
      }
      return missing;
    },
  });
}
