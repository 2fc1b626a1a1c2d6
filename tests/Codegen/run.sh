#!/usr/bin/env bash
# Clients generate from the API (issue 18). Starts the API (Development, on a throw-away SQLite file) on
# 127.0.0.1:5081, then:
#   1. fetches its introspection as graphql-js asks with every option on (and as GraphiQL, graphql-codegen and
#      Apollo's tooling ask, each of which must answer);
#   2. graphql-js: schema/schema.graphql builds and validates, and equals the live introspection (both sorted);
#   3. collects the operations of README.md, docs/*.md and the demo trusted documents (operations.mjs says which);
#   4. graphql-codegen generates typed operations from the introspection, from schema/schema.graphql and through its
#      own url loader from the API: the outputs must be identical, and tsc must accept them.
# Always stops the API it started.
# Usage: tests/Codegen/run.sh   (set CODEGEN_SKIP_BUILD=1 when src/Api is already built)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${CODEGEN_PORT:-5081}"
url="http://127.0.0.1:${port}/graphql"
# shellcheck source=../api-process.sh
source "$root/tests/api-process.sh"

api_workspace

step() { echo "-- $1 ($((SECONDS - started)) s)"; }
started=$SECONDS

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
step "npm ci done"

if [[ -z "${CODEGEN_SKIP_BUILD:-}" ]]; then
  dotnet build "$root/src/Api" --nologo --verbosity quiet
fi

api_start "$port" "$work"
step "API answering"

GRAPHQL_URL="$url" TOKEN="$(api_token kw-sam)" node "$here/introspect.mjs" "$work/introspection.json"
node "$here/compare.mjs" "$root/schema/schema.graphql" "$work/introspection.json"
GRAPHQL_URL="$url" ADMIN_TOKEN="$(api_token admin-jo)" node "$here/operations.mjs" "$work/operations"
step "introspection, graphql-js comparison and operations done"

node "$here/generate.mjs" "$work/introspection.json" "$work/operations" "$work/from-introspection"
node "$here/generate.mjs" "$root/schema/schema.graphql" "$work/operations" "$work/from-sdl"
TOKEN="$(api_token kw-sam)" node "$here/generate.mjs" "$url" "$work/operations" "$work/from-url"
# One known difference is not the schema's: graphql-codegen writes a custom scalar's description only when the scalar
# came from SDL (it reads them from the AST), so the comments inside `Scalars` are dropped from the SDL output before
# comparing. compare.mjs above has already shown the descriptions themselves are the same in both.
mkdir -p "$work/from-sdl-compared"
for file in schema.ts operations.ts; do
  awk '/^export type Scalars = \{/ { inside = 1 } inside && /^ *(\/\*\*|\*)/ { next } /^\};/ { inside = 0 } { print }' \
    "$work/from-sdl/$file" >"$work/from-sdl-compared/$file"
done
if ! diff -ru "$work/from-sdl-compared" "$work/from-introspection"; then
  echo "graphql-codegen: the client generated from the live introspection differs from the one generated from schema/schema.graphql" >&2
  exit 1
fi
if ! diff -ru "$work/from-introspection" "$work/from-url"; then
  echo "graphql-codegen: its url loader, introspecting the API itself, generated a different client" >&2
  exit 1
fi
echo "graphql-codegen: $(grep -c '^export type' "$work/from-sdl/schema.ts") schema types and $(grep -c '^export type .*Query = \|^export type .*Mutation = \|^export type .*Subscription = ' "$work/from-sdl/operations.ts") operation results, identical from the introspection, the SDL and codegen's url loader"
step "codegen done"

"$here/node_modules/.bin/tsc" --noEmit --strict --skipLibCheck --target es2022 --module nodenext --moduleResolution nodenext \
  "$work/from-sdl/schema.ts" "$work/from-sdl/operations.ts" "$work/from-introspection/schema.ts" "$work/from-introspection/operations.ts" "$work/from-url/schema.ts" "$work/from-url/operations.ts"
echo "tsc: both generated clients type-check"
step "tsc done"
