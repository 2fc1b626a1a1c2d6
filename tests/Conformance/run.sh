#!/usr/bin/env bash
# Runs the graphql-http conformance audit, the graphql-ws subscription check and the webhook receiver check
# (npm standardwebhooks) against the real API.
# Starts the API (Development, on a throw-away SQLite file) on 127.0.0.1:5080, waits until it
# answers, runs audit.mjs, subscriptions.mjs and webhooks.mjs, and always stops the API it started.
# Usage: tests/Conformance/run.sh   (set CONFORMANCE_SKIP_BUILD=1 when src/Api is already built)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${CONFORMANCE_PORT:-5080}"
url="http://127.0.0.1:${port}/graphql"
# shellcheck source=../api-process.sh
source "$root/tests/api-process.sh"

api_workspace

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

if [[ -z "${CONFORMANCE_SKIP_BUILD:-}" ]]; then
  dotnet build "$root/src/Api" --nologo --verbosity quiet
fi

api_start "$port" "$work" RateLimits__Anonymous__PermitsPerMinute=100000 Webhooks__RetrySchedule__0=00:00:01

GRAPHQL_URL="$url" node "$here/audit.mjs"

# graphql-transport-ws: the graphql-ws client subscribes as Ben, his Key Worker declines his plan over HTTP, and the
# change must arrive. Tokens come from the development issuer, with the key the API uses.
GRAPHQL_URL="$url" PERSON_TOKEN="$(api_token p-ben)" KEY_WORKER_TOKEN="$(api_token kw-sam)" node "$here/subscriptions.mjs"

# Webhooks: a receiver written with the npm standardwebhooks package verifies real deliveries (and a retry).
GRAPHQL_URL="$url" PROVIDER_TOKEN="$(api_token prov-sunrise)" KEY_WORKER_TOKEN="$(api_token kw-sam)" ADMIN_TOKEN="$(api_token admin-jo)" node "$here/webhooks.mjs"
