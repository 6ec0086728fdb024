#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server: initdb in a temp folder, start it, export
# DATABASE_URL, run "$@", stop it and remove the folder. PostgreSQL refuses to run as root, so as
# root the server runs as the `postgres` user. Binaries: $PLANKIT_PG_BIN, else the newest
# /usr/lib/postgresql/<version>/bin, else initdb on PATH.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh <command> [args...]" >&2
  exit 2
fi

bin="${PLANKIT_PG_BIN:-}"
if [ -z "$bin" ]; then
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then bin="$dir"; break; fi
  done
fi
if [ -z "$bin" ] && command -v initdb >/dev/null 2>&1; then bin="$(dirname "$(command -v initdb)")"; fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL not found. Install it (Debian: apt-get install -y postgresql) or set PLANKIT_PG_BIN." >&2
  exit 1
fi

dir="$(mktemp -d)"
as_db_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_db_user=(runuser -u postgres --)
fi

stop() {
  "${as_db_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_db_user[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
# A random port, tried again on a clash with another server (parallel runs on one machine).
started=""
for attempt in 1 2 3 4 5; do
  port="${PLANKIT_PG_PORT:-$((54000 + RANDOM % 1000))}"
  # Enough connections for parallel test files, each with a pool; durability is not needed here.
  if "${as_db_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null; then
    started=yes
    break
  fi
  [ -n "${PLANKIT_PG_PORT:-}" ] && break
done
if [ -z "$started" ]; then
  echo "PostgreSQL did not start; its log:" >&2
  cat "$dir/log" >&2 || true
  exit 1
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $DATABASE_URL" >&2
set +e
"$@"
status=$?
set -e
exit $status
