#!/usr/bin/env bash
# Starts a private, throw-away Redis server on 127.0.0.1 under a new temporary directory, for tests (no persistence).
# Prints shell assignments; use it as:
#   eval "$(tests/redis/start.sh)"         # sets CAREPLAN_TEST_REDIS and CAREPLAN_REDIS_DIR
#   dotnet test tests/Api.Tests            # the test hosts now get Events:Redis=$CAREPLAN_TEST_REDIS
#   tests/redis/stop.sh "$CAREPLAN_REDIS_DIR"
# Needs redis-server (the Debian package 'redis-server') on PATH, or its path in $REDIS_SERVER.
set -euo pipefail

server=${REDIS_SERVER:-$(command -v redis-server || true)}
[ -n "$server" ] && [ -x "$server" ] || { echo "redis-server not found: install the 'redis-server' package or set REDIS_SERVER" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/careplan-redis.XXXXXX")

# A port nobody listens on; redis-server fails if another process takes it first, so try a few.
for attempt in 1 2 3 4 5; do
  port=$(( 20000 + RANDOM % 30000 ))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  # No RDB snapshots, no append-only file: the data is thrown away with the directory.
  "$server" --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/server.log" >/dev/null 2>&1 || continue
  for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && [ -s "$dir/redis.pid" ]; then
      echo "$port" >"$dir/port"
      echo "export CAREPLAN_REDIS_DIR='$dir'"
      echo "export CAREPLAN_TEST_REDIS='127.0.0.1:$port'"
      exit 0
    fi
    sleep 0.1
  done
  [ -s "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
done
cat "$dir/server.log" >&2 2>/dev/null || true
rm -rf "$dir"
echo "could not start Redis" >&2
exit 1
