#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: installs Debian's postgresql when missing (as root),
# creates a cluster in a temp folder owned by the postgres user, starts it on loopback only (127.0.0.1 and a
# socket in that folder), sets OTKIT_TEST_DATABASE_URL, runs the command, then stops the server and removes
# the folder, whatever the command did. Usage: bash test/server/with-postgres.sh node --test test/server/
set -euo pipefail

port="${OTKIT_PG_PORT:-54329}"
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin="$(find_bin)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this is not root: apt-get install postgresql" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
  bin="$(find_bin)"
fi
[ -x "$bin/initdb" ] || { echo "no initdb under /usr/lib/postgresql/*/bin" >&2; exit 1; }

dir="$(mktemp -d /tmp/otkit-pg.XXXXXX)"
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
cleanup() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on" start >/dev/null
as_postgres "$bin/createdb" -h "$dir" -p "$port" -U postgres otkit_test
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $dir)"

export OTKIT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/otkit_test"
"$@"
