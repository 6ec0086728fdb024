/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace only: resolve the kit's TypeScript sources (the `@plankit/source` export condition),
  // so the example needs no package build. A host installing from npm drops `webpack` and this list.
  transpilePackages: ['@plankit/ui', '@plankit/sdk', '@plankit/rules'],
  webpack(config) {
    config.resolve.conditionNames = ['@plankit/source', ...(config.resolve.conditionNames ?? ['...'])];
    return config;
  },
  // `pnpm typecheck` checks the types; the example has no ESLint set-up of its own.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;
