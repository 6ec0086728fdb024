import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import type { AxeMatchers } from 'vitest-axe/matchers';
import * as axeMatchers from 'vitest-axe/matchers';

expect.extend(axeMatchers);
afterEach(cleanup);

declare module 'vitest' {
  // vitest-axe 0.1.0 declares its matchers on the old `Vi` namespace.
  // biome-ignore lint/suspicious/noExplicitAny: mirrors vitest's own Assertion signature.
  interface Assertion<T = any> extends AxeMatchers {}
}
