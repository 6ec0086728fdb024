// What `pnpm pack` / `pnpm publish` put in a published package.json: the `@plankit/source`
// export condition points at src/ for workspace development only (src/ is not in the tarball),
// and scripts and devDependencies mean nothing to a consumer.
function withoutSourceCondition(value) {
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== '@plankit/source') out[key] = withoutSourceCondition(inner);
  }
  return out;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.private) return pkg;
      const { scripts: _scripts, devDependencies: _devDependencies, ...published } = pkg;
      if (published.exports) published.exports = withoutSourceCondition(published.exports);
      return published;
    },
  },
};
