#!/usr/bin/env bash
# Build the published packages and check their package.json, exports and types as consumers see them.
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in rules sdk ui; do
  echo "── @plankit/${pkg}"
  # A stylesheet has no types to check.
  exclude=(); [ "${pkg}" = ui ] && exclude=(--exclude-entrypoints ./styles.css)
  (cd "packages/${pkg}" && pnpm exec tsup --silent && pnpm exec publint --strict \
    && pnpm exec attw --pack . --profile esm-only --format table-flipped "${exclude[@]}")
done
