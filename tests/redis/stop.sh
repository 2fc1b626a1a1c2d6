#!/usr/bin/env bash
# Stops a server started by start.sh and deletes its directory: tests/redis/stop.sh "$CAREPLAN_REDIS_DIR"
set -euo pipefail
dir=${1:-${CAREPLAN_REDIS_DIR:-}}
[ -n "$dir" ] && [ -f "$dir/port" ] || { echo "usage: $0 <directory printed by start.sh>" >&2; exit 1; }
if [ -s "$dir/redis.pid" ]; then
  pid=$(cat "$dir/redis.pid")
  kill "$pid" 2>/dev/null || true
  # Wait for it to go, so the port is free and nothing writes into the directory being deleted.
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
fi
rm -rf "$dir"
