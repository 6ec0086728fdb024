import { defaultClientConditions, defaultServerConditions } from 'vite';

// Stories and story tests read workspace packages from their TypeScript sources (see vitest.shared.ts).
export const storybookViteConfig = {
  resolve: { conditions: ['@plankit/source', ...defaultClientConditions] },
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under a running test.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react/jsx-runtime',
      'react-dom',
      'react-dom/client',
      '@radix-ui/react-dialog',
      '@tanstack/react-query',
    ],
  },
  ssr: { resolve: { conditions: ['@plankit/source', ...defaultServerConditions] } },
};
