#!/usr/bin/env bash
# Measures how long the API takes to refuse each probe of the hardening issue: builds the API in Release, starts it
# on 127.0.0.1 with a throwaway database, runs probes.mjs, and stops the API it started.
#   bench/refusals/run.sh                      # this checkout
#   API_ROOT=/tmp/old-checkout bench/refusals/run.sh   # another checkout (e.g. before the limits), same probes
# RUNS (default 5, at most 20) sets the runs per probe; every request times out after 60 s.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${API_ROOT:-$(cd "$here/../.." && pwd)}"
port="${BENCH_PORT:-5192}"
url="http://127.0.0.1:${port}/graphql"
work="$(mktemp -d)"
api_pid=""

cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/Api" --configuration Release --nologo --verbosity quiet

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__CarePlan="Data Source=$work/careplan.db"
export LocalIssuer__KeyPath="$work/dev-signing-key.json"
export Logging__LogLevel__Default=Warning
# The probes are anonymous and many: the per-address rate limit must not be what they measure.
export RateLimits__Anonymous__PermitsPerMinute=100000000
cd "$root"
# Its own process group (setsid), so that cleanup stops the API and everything it started, and nothing else.
setsid dotnet run --project src/Api --configuration Release --no-build --no-launch-profile --urls "http://127.0.0.1:${port}" >"$work/api.log" 2>&1 &
api_pid=$!

deadline=$((SECONDS + 60))
until node -e 'fetch(process.argv[1], { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }), signal: AbortSignal.timeout(2000) })
    .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));' "$url"; do
  if (( SECONDS >= deadline )) || ! kill -0 "$api_pid" 2>/dev/null; then
    echo "the API did not start" >&2; tail -n 30 "$work/api.log" >&2; exit 1
  fi
  sleep 1
done

token="$(dotnet run --project src/Api --configuration Release --no-build --no-launch-profile -- token admin-jo)"
GRAPHQL_URL="$url" TOKEN="$token" node "$here/probes.mjs"
