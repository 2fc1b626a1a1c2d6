#!/usr/bin/env bash
# Runs the graphql-http conformance audit, the graphql-ws subscription check and the webhook receiver check
# (npm standardwebhooks) against the real API.
# Starts the API (Development, on a throw-away SQLite file) on 127.0.0.1:5080, waits until it
# answers, runs audit.mjs and subscriptions.mjs, and always stops the API it started.
# Usage: tests/Conformance/run.sh   (set CONFORMANCE_SKIP_BUILD=1 when src/Api is already built)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${CONFORMANCE_PORT:-5080}"
url="http://127.0.0.1:${port}/graphql"

work="$(mktemp -d)"
api_pid=""

cleanup() {
  local status=$?
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    # The API runs in its own process group (setsid), so this stops `dotnet run` and the app it
    # launched, and nothing else.
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$api_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
  fi
  if [[ $status -ne 0 && -f "$work/api.log" ]]; then
    echo "--- last lines of the API log ---" >&2
    tail -n 40 "$work/api.log" >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

if [[ -z "${CONFORMANCE_SKIP_BUILD:-}" ]]; then
  dotnet build "$root/src/Api" --nologo --verbosity quiet
fi

cd "$root"
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__CarePlan="Data Source=$work/careplan.db" \
RateLimits__Anonymous__PermitsPerMinute=100000 \
Webhooks__RetrySchedule__0=00:00:01 \
LocalIssuer__KeyPath="$work/dev-signing-key.json" \
  setsid dotnet run --project src/Api --no-build --no-launch-profile --urls "http://127.0.0.1:${port}" \
  >"$work/api.log" 2>&1 &
api_pid=$!

echo "waiting for the API at $url (pid $api_pid) ..."
ready=""
deadline=$((SECONDS + 60))
while (( SECONDS < deadline )); do
  if ! kill -0 "$api_pid" 2>/dev/null; then
    echo "the API exited before answering" >&2
    exit 1
  fi
  if node -e '
      fetch(process.argv[1], {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
        signal: AbortSignal.timeout(2000),
      }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1));' "$url"; then
    ready=yes
    break
  fi
  sleep 1
done

if [[ -z "$ready" ]]; then
  echo "the API did not answer within 60 s" >&2
  exit 1
fi

GRAPHQL_URL="$url" node "$here/audit.mjs"

# graphql-transport-ws: the graphql-ws client subscribes as Ben, his Key Worker declines his plan over HTTP, and the
# change must arrive. Tokens come from the development issuer, with the key the API uses.
token() {
  ASPNETCORE_ENVIRONMENT=Development LocalIssuer__KeyPath="$work/dev-signing-key.json" \
    dotnet run --project src/Api --no-build --no-launch-profile -- token "$1"
}
GRAPHQL_URL="$url" PERSON_TOKEN="$(token p-ben)" KEY_WORKER_TOKEN="$(token kw-sam)" node "$here/subscriptions.mjs"

# Webhooks: a receiver written with the npm standardwebhooks package verifies real deliveries (and a retry).
GRAPHQL_URL="$url" PROVIDER_TOKEN="$(token prov-sunrise)" KEY_WORKER_TOKEN="$(token kw-sam)" ADMIN_TOKEN="$(token admin-jo)" node "$here/webhooks.mjs"
