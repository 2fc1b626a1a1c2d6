#!/usr/bin/env bash
# Stops a cluster started by start.sh and deletes its directory: tests/postgres/stop.sh "$CAREPLAN_POSTGRES_DIR"
set -euo pipefail
dir=${1:-${CAREPLAN_POSTGRES_DIR:-}}
[ -n "$dir" ] && [ -d "$dir/data" ] || { echo "usage: $0 <directory printed by start.sh>" >&2; exit 1; }
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)}
[ -x "$bin/pg_ctl" ] || bin=$(dirname "$(command -v pg_ctl)")
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
rm -rf "$dir"
