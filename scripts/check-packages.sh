#!/usr/bin/env bash
# Build the published packages and check the tarballs `pnpm pack` makes, as consumers see them:
# package.json, exports and types (publint, attw), and that only dist/ and the docs ship.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "${out}"' EXIT
for pkg in rules sdk ui; do
  echo "── @plankit/${pkg}"
  # A stylesheet has no types to check.
  exclude=(); [ "${pkg}" = ui ] && exclude=(--exclude-entrypoints ./styles.css)
  (cd "packages/${pkg}" && pnpm exec tsup --silent && pnpm exec publint --strict --pack pnpm \
    && pnpm pack --pack-destination "${out}" >/dev/null)
  tarball=$(ls "${out}"/plankit-"${pkg}"-*.tgz)
  pnpm exec attw "${tarball}" --profile esm-only --format table-flipped "${exclude[@]}"
  node scripts/check-tarball.mjs "${tarball}"
done
