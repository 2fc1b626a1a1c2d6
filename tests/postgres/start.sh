#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL cluster on 127.0.0.1 under a new temporary directory, for tests.
# Prints shell assignments; use it as:
#   eval "$(tests/postgres/start.sh)"      # sets CAREPLAN_TEST_POSTGRES and CAREPLAN_POSTGRES_DIR
#   dotnet test tests/Api.Tests            # now against PostgreSQL
#   tests/postgres/stop.sh "$CAREPLAN_POSTGRES_DIR"
# Needs the PostgreSQL server binaries (initdb, pg_ctl): on PATH, in /usr/lib/postgresql/*/bin, or $PG_BIN.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  echo "PostgreSQL server binaries (initdb, pg_ctl) not found: install the 'postgresql' package or set PG_BIN" >&2
  exit 1
}
bin=$(find_bin)

dir=$(mktemp -d "${TMPDIR:-/tmp}/careplan-pg.XXXXXX")
# PostgreSQL refuses to run as root: as root, the cluster belongs to the 'postgres' user (made by the Debian package).
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# A port nobody listens on; pg_ctl fails if another process takes it first, so try a few.
for attempt in 1 2 3 4 5; do
  port=$(( 20000 + RANDOM % 30000 ))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
    echo "$port" >"$dir/port"
    echo "export CAREPLAN_POSTGRES_DIR='$dir'"
    echo "export CAREPLAN_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    exit 0
  fi
done
cat "$dir/server.log" >&2
echo "could not start PostgreSQL" >&2
exit 1
