#!/usr/bin/env bash
# Runs the GraphQL IDE's browser test: starts the built API (Development, throw-away SQLite file, IDE bundle built by
# ide/build.sh) on 127.0.0.1:5082, runs ide.test.mjs with the Debian chromium, and always stops the API it started.
# Usage: tests/browser/run.sh   (needs chromium, Node.js and npm; the API built after ide/build.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${BROWSER_TEST_PORT:-5082}"
# shellcheck source=../api-process.sh
source "$root/tests/api-process.sh"

chromium_path="$(command -v chromium || true)"
[[ -n "$chromium_path" ]] || { echo "chromium is not installed (Debian: apt-get install chromium)" >&2; exit 1; }
[[ -f "$root/ide/dist/ide.js" ]] || { echo "the IDE is not built: run bash ide/build.sh, then dotnet build" >&2; exit 1; }

api_workspace

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
api_start "$port" "$work"
API_URL="http://127.0.0.1:${port}" CHROMIUM="$chromium_path" node "$here/ide.test.mjs"
