#!/usr/bin/env bash
# Cold start (issue 13): how long the Release API takes from `dotnet CarePlanGraph.Api.dll` to its first answered
# GraphQL request, creating the database (migrations + demo data) and on an existing one. SQLite always; PostgreSQL
# too when CAREPLAN_TEST_POSTGRES is set (tests/postgres/start.sh). Only 127.0.0.1; every wait is bounded; it stops
# only the processes it started. Prints one Markdown row per case (median and range of RUNS starts).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=${RUNS:-3}
[ "$runs" -ge 1 ] && [ "$runs" -le 10 ] || { echo "RUNS must be 1–10"; exit 1; }
port=${BENCH_PORT:-5195}
dll="${BENCH_API_DLL:-$root/bench/results/scratch/publish/Api/CarePlanGraph.Api.dll}"
if [ "${BENCH_BUILD:-1}" = 1 ]; then
  # Published as a deployment would be, as bench/run.sh does.
  source "$root/bench/lib/publish.sh"
  bench_publish "$root/src/Api" "$root/bench/results/scratch/publish/Api"
fi
[ -f "$dll" ] || { echo "no Release build at $dll"; exit 1; }
work=$(mktemp -d)
pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Starts the API once and prints the milliseconds until `{ __typename }` answers 200 (at most 60 s).
start_once() {
  local started now
  started=$(date +%s%N)
  (cd "$root/src/Api" && exec env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql"; then
      now=$(date +%s%N)
      kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
      echo $(((now - started) / 1000000))
      return
    fi
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/api.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "the API did not answer within 60 s" >&2; exit 1
}

summary() { sort -n | awk '{ v[NR] = $1 } END { printf "%d ms (%d–%d)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

measure() {
  local name=$1 reset=$2 creating=() existing=()
  for _ in $(seq 1 "$runs"); do
    $reset
    creating+=("$(start_once)")
    existing+=("$(start_once)")
  done
  echo "| $name | $(printf '%s\n' "${creating[@]}" | summary) | $(printf '%s\n' "${existing[@]}" | summary) |"
}

echo "| database | creating it (migrations + demo data) | existing |"
echo "|---|---:|---:|"
export Database__Provider=Sqlite ConnectionStrings__CarePlan="Data Source=$work/careplan.db"
reset_sqlite() { rm -f "$work"/careplan.db*; }
measure SQLite reset_sqlite
if [ -n "${CAREPLAN_TEST_POSTGRES:-}" ]; then
  n=0
  reset_postgres() {
    n=$((n + 1))
    export Database__Provider=Postgres ConnectionStrings__CarePlan="$CAREPLAN_TEST_POSTGRES;Database=coldstart_$$_$n"
  }
  measure PostgreSQL reset_postgres
fi
