import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceResolve } from '../../vitest.shared';

// The reference server; `npm start` sets it to the server it started.
const apiTarget = process.env.PLANKIT_API_URL ?? 'http://127.0.0.1:8787';
// One origin for the browser: the API, the local checkout and invoice pages and the OpenAPI document.
const proxy = Object.fromEntries(
  ['/v1', '/checkout', '/invoices', '/openapi.json'].map((path) => [path, { target: apiTarget, changeOrigin: true }]),
);

export default defineConfig({
  ...sourceResolve,
  plugins: [react()],
  server: { port: Number(process.env.DASHBOARD_PORT ?? 5173), strictPort: false, host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
});
