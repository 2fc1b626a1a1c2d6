#!/usr/bin/env bash
# Builds the GraphQL IDE's bundle (ide/dist, git-ignored) when Node.js is present; without Node it says so and
# succeeds, because the API builds and runs without the IDE (its page then says how to build it).
# Rebuild the API afterwards (dotnet build) so it copies the bundle into its output.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js (with npm) is not installed: the GraphQL IDE's bundle is not built"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
