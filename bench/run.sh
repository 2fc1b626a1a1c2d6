#!/usr/bin/env bash
# The benchmark of issue 13 in one command (bench/README.md says what each number means):
#   bench/run.sh                                        # SQLite, every scenario
#   BENCH_DB="sqlite postgres" bench/run.sh             # both databases, one after the other
#   BENCH_SCENARIOS="trivial dashboard" BENCH_DURATION=3 BENCH_WARMUP_WINDOW=2 bench/run.sh   # a quick look
# Builds Release, seeds a fresh database per engine, starts the API and the floor host on 127.0.0.1 pinned to one core,
# drives them with wrk (or Node for fan-out) pinned to the other, and writes bench/results/<stamp>.jsonl and .md.
# Everything it starts (API, floor, PostgreSQL) it stops on exit, by its own process IDs; every wait is bounded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# Options, each bounded so that a typo cannot make an endless run.
bound() { local v="$1" lo="$2" hi="$3"; [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }; (( v < lo )) && v=$lo; (( v > hi )) && v=$hi; echo "$v"; }
dbs="${BENCH_DB:-sqlite}"
scenarios="${BENCH_SCENARIOS:-trivial cache dashboard node edit fanout1000 fanout5000}"
duration=$(bound "${BENCH_DURATION:-10}" 1 120)          # seconds of each measured window
window=$(bound "${BENCH_WARMUP_WINDOW:-5}" 1 60)         # seconds of each warm-up window
max_windows=$(bound "${BENCH_WARMUP_MAX:-36}" 3 60)      # warm-up windows at most, before measuring anyway
# Seconds of load before windows may count as agreeing: on one core the JIT's background recompilation (with tiered PGO,
# through an instrumented tier) gets a small share, so throughput climbs for up to two minutes and early windows can
# agree on a number that is still rising (docs/decisions/0018).
min_warmup=$(bound "${BENCH_WARMUP_MIN:-90}" 0 300)
rounds=$(bound "${BENCH_ROUNDS:-3}" 1 9)                 # alternating measured windows of a scenario and its floor
connections=$(bound "${BENCH_CONNECTIONS:-16}" 1 256)
people=$(bound "${BENCH_PEOPLE:-2000}" 50 20000)
export BENCH_PAGE; BENCH_PAGE=$(bound "${BENCH_PAGE:-50}" 1 100)
floors="${BENCH_FLOORS:-1}"
port=$(bound "${BENCH_PORT:-5193}" 1024 65000)
floor_port=$((port + 1))
uncached_port=$((port + 2))
api_core="${BENCH_API_CORE:-0}"
load_core="${BENCH_LOAD_CORE:-1}"
results="${BENCH_RESULTS:-$here/results}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo "+changes")"

mkdir -p "$results/scratch"
work="$(mktemp -d "$results/scratch/$stamp.XXXX")"
jsonl="$results/$stamp.jsonl"
api_pid="" floor_pid="" uncached_pid="" pg_dir=""

stop_group() { # stops one process group this script started, and waits (bounded) for it to go
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
  stop_group "$api_pid"; api_pid=""
  stop_group "$floor_pid"; floor_pid=""
  stop_group "$uncached_pid"; uncached_pid=""
  if [[ -n "$pg_dir" ]]; then bash "$root/tests/postgres/stop.sh" "$pg_dir" >/dev/null 2>&1 || true; pg_dir=""; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Tools: wrk from Debian (as .ci/run installs packages), the fan-out's npm packages from the committed lock file.
install_package() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "installing $1 needs root or sudo"; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$1"
}
command -v wrk >/dev/null || { echo "wrk is missing: installing the Debian package"; install_package wrk; }
command -v taskset >/dev/null || { echo "taskset is missing: installing util-linux"; install_package util-linux; }
if [[ "$scenarios" == *fanout* ]] && [[ ! -d "$here/node_modules/graphql-ws" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
if (( $(nproc) < 2 )); then echo "warning: fewer than two cores; the API and the load share one" >&2; fi
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

echo "building Release"
# Where several checkouts share a machine they take turns building (BENCH_BUILD_LOCK names the lock file, if flock
# exists). The API and the floor host are published as a deployment would be (bench/lib/publish.sh).
source "$here/lib/publish.sh"
publish="$root/bench/results/scratch/publish"
for project in src/Api bench/Seed bench/Floor; do
  [[ "${BENCH_BUILD:-1}" == "1" ]] || { echo "BENCH_BUILD=0: using the Release build already there"; break; }
  if [[ "$project" == bench/Seed ]]; then
    "${lock[@]}" dotnet build "$root/$project" --configuration Release --nologo --verbosity quiet >/dev/null
  else
    bench_publish "$root/$project" "$publish/$(basename "$project")"
  fi
done
api_dll="$publish/Api/CarePlanGraph.Api.dll"
seed_dll="$root/bench/Seed/bin/Release/net10.0/CarePlanGraph.Bench.Seed.dll"
floor_dll="$publish/Floor/CarePlanGraph.Bench.Floor.dll"

post() { curl -s -m 10 -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1"; }
sql_count() { curl -s -m 5 "$1/bench/stats" | sed -E 's/.*"sqlCommands":([0-9]+).*/\1/'; }
# The host's CPU time so far in clock ticks (user + system, /proc/<pid>/stat fields 14 and 15; its name is "dotnet").
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo ""; }
clock_ticks="$(getconf CLK_TCK)"
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo ""; }
# Resets the peak-memory mark, so each scenario reports its own peak (Linux: write 5 to clear_refs).
reset_hwm() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; }

start_host() { # name dll port log → pid; the host runs in its own session (setsid), pinned to the API's core
  local dll="$2" host_port="$3" log="$4"
  (cd "$root/src/Api" && exec setsid taskset -c "$api_core" dotnet "$dll" --contentRoot "$root/src/Api" --urls "http://127.0.0.1:$host_port") >"$log" 2>&1 &
  echo $!
}
wait_ready() { # url pid log
  local deadline=$((SECONDS + 90))
  until [[ "$(post "$1")" == "200" ]]; do
    if (( SECONDS >= deadline )) || ! kill -0 "$2" 2>/dev/null; then echo "a host did not start: $1" >&2; tail -n 30 "$3" >&2; exit 1; fi
    sleep 0.5
  done
}

wrk_window() { # url bodies token edit conns seconds out
  BENCH_BODIES="$2" BENCH_TOKEN="$3" BENCH_EDIT="$4" BENCH_OUT="$7" \
    timeout $(( $6 + 30 )) taskset -c "$load_core" wrk -t1 -c"$5" -d"$6s" --timeout 10s -s "$here/wrk/scenario.lua" "$1" >/dev/null
}

warm_up() { # dir url token edit → warm_windows warm_stable warm_rps
  # Warm up until three consecutive windows agree within 5 % (at most max_windows), after at least min_warmup seconds:
  # two windows can agree by chance while the server is still getting faster.
  local dir="$1" url="$2" token="$3" edit="$4" i=0 before="" previous="" current=""
  warm_stable=0 warm_rps=""
  while (( i < max_windows )); do
    i=$((i + 1))
    wrk_window "$url" "$dir/bodies.txt" "$token" "$edit" "$connections" "$window" "$dir/warm$i.json"
    current="$(node "$here/lib/report.mjs" rps "$dir/warm$i.json")"
    warm_rps="$warm_rps $current"
    if [[ -n "$before" ]] && (( i * window >= min_warmup )) && node "$here/lib/report.mjs" agree "$before" "$previous" "$current" 0.05; then warm_stable=1; break; fi
    before="$previous" previous="$current"
  done
  warm_windows=$i
}

measure() { # dir url token edit stats_base conns out pid → out.json, out.sql and out.cpu (each "before after")
  # SQL commands are counted around each measured window; at 1 connection at most one request straddles its edges.
  # The host's CPU time is read around it too: on a shared machine whose speed drifts, CPU per request moves less
  # than requests per second.
  local before after cpu_before cpu_after
  before="$(sql_count "$5")"; cpu_before="$(cpu_ticks "$8")"
  wrk_window "$2" "$1/bodies.txt" "$3" "$4" "$6" "$duration" "$1/$7.json"
  cpu_after="$(cpu_ticks "$8")"; after="$(sql_count "$5")"
  echo "$before $after" >"$1/$7.sql"
  echo "$cpu_before $cpu_after" >"$1/$7.cpu"
}

report_http() { # db name dir pid [paired]: the result line of one scenario from its median window at 16 and its window at 1
  local db="$1" name="$2" dir="$3" pid="$4" paired="${5:-}" at16 sql16 sql1 cpu16 round_files=""
  at16="$(node "$here/lib/report.mjs" median "$dir"/at16*.json)"
  read -r -a sql16 <"${at16%.json}.sql"
  read -r -a sql1 <"$dir/at1.sql"
  read -r -a cpu16 <"${at16%.json}.cpu"
  [[ -z "$paired" ]] || round_files="$(echo "$dir"/at16-*.json)"  # the windows taken in turns (at most 9: in order)
  node "$here/lib/report.mjs" http scenario="$name" db="$db" commit="$commit" connections="$connections" \
    at16="$at16" at1="$dir/at1.json" sqlBefore="${sql16[0]}" sqlAfter="${sql16[1]}" sqlBefore1="${sql1[0]}" sqlAfter1="${sql1[1]}" \
    cpuBefore="${cpu16[0]:-}" cpuAfter="${cpu16[1]:-}" clk="$clock_ticks" roundFiles="$round_files" \
    hwmKb="$(hwm_kb "$pid")" windows="$warm_windows" stable="$warm_stable" warmup="$warm_rps" | tee -a "$jsonl"
}

http_scenario() { # db name url token edit pid stats_base
  local db="$1" name="$2" url="$3" token="$4" edit="$5" pid="$6" stats="$7"
  local dir="$work/$db/$name"; mkdir -p "$dir"
  node "$here/lib/bodies.mjs" "$name" "$work/$db/bench-data.json" "$dir/bodies.txt"
  reset_hwm "$pid"
  warm_up "$dir" "$url" "$token" "$edit"
  measure "$dir" "$url" "$token" "$edit" "$stats" "$connections" at16 "$pid"
  measure "$dir" "$url" "$token" "$edit" "$stats" 1 at1 "$pid"
  report_http "$db" "$name" "$dir" "$pid"
}

paired_scenario() { # db name url token floor_name floor_url floor_pid floor_stats: a scenario and what it is compared with, in turns
  # The machine's speed drifts over minutes (the same floor has measured 37,000 and 48,000 req/s in two runs), so the
  # scenario and its floor are both warmed up, then measured in alternating windows (BENCH_ROUNDS each), and each
  # reports its median window: a ratio of two numbers taken minutes apart would carry the drift. The "floor" is the
  # floor host's endpoint, or (cache-on) the same API build with the document cache off.
  local db="$1" name="$2" url="$3" token="$4" floor_name="$5" floor_url="$6" floor_pid="$7" floor_stats="$8"
  local dir="$work/$db/$name" floor_dir="$work/$db/$floor_name"; mkdir -p "$dir" "$floor_dir"
  node "$here/lib/bodies.mjs" "$name" "$work/$db/bench-data.json" "$dir/bodies.txt"
  node "$here/lib/bodies.mjs" "$floor_name" "$work/$db/bench-data.json" "$floor_dir/bodies.txt"
  reset_hwm "$api_pid"; reset_hwm "$floor_pid"
  echo "[$db] $name: warming up the API"
  warm_up "$dir" "$url" "$token" 0
  local api_warm=("$warm_windows" "$warm_stable" "$warm_rps")
  echo "[$db] $name: warming up the floor"
  warm_up "$floor_dir" "$floor_url" "$token" 0
  local floor_warm=("$warm_windows" "$warm_stable" "$warm_rps")
  local r
  for r in $(seq 1 "$rounds"); do
    measure "$dir" "$url" "$token" 0 "$api" "$connections" "at16-$r" "$api_pid"
    measure "$floor_dir" "$floor_url" "$token" 0 "$floor_stats" "$connections" "at16-$r" "$floor_pid"
  done
  measure "$dir" "$url" "$token" 0 "$api" 1 at1 "$api_pid"
  measure "$floor_dir" "$floor_url" "$token" 0 "$floor_stats" 1 at1 "$floor_pid"
  warm_windows="${api_warm[0]}" warm_stable="${api_warm[1]}" warm_rps="${api_warm[2]}"
  report_http "$db" "$name" "$dir" "$api_pid" paired
  warm_windows="${floor_warm[0]}" warm_stable="${floor_warm[1]}" warm_rps="${floor_warm[2]}"
  report_http "$db" "$floor_name" "$floor_dir" "$floor_pid" paired
}

fanout_scenario() { # db subscribers plans(w,m)
  local db="$1" count="$2" plans="$3" name="fanout$2"
  local dir="$work/$db/$name"; mkdir -p "$dir"
  reset_hwm "$api_pid"
  BENCH_URL="http://127.0.0.1:$port/graphql" BENCH_DATA="$work/$db/bench-data.json" BENCH_SUBSCRIBERS="$count" \
    BENCH_PLANS="$plans" BENCH_OUT="$dir/result.json" \
    timeout 600 taskset -c "$load_core" node "$here/lib/fanout.mjs" || true
  [[ -s "$dir/result.json" ]] || echo '{"error":"the fan-out script wrote no result"}' >"$dir/result.json"
  node "$here/lib/report.mjs" fanout scenario="$name" db="$db" commit="$commit" result="$dir/result.json" hwmKb="$(hwm_kb "$api_pid")" | tee -a "$jsonl"
}

for db in $dbs; do
  mkdir -p "$work/$db"
  export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
  export LocalIssuer__KeyPath="$work/$db/dev-signing-key.json"
  export Logging__LogLevel__Default=Warning Database__SeedDemoData=false Bench__CountSql=true
  # The limiter stays in the path (its cost is measured) with limits the load never reaches: a few tokens drive it all.
  export RateLimits__Integration__PermitsPerMinute=100000000 RateLimits__User__PermitsPerMinute=100000000 RateLimits__Anonymous__PermitsPerMinute=100000000
  case "$db" in
    sqlite)
      export Database__Provider=Sqlite ConnectionStrings__CarePlan="Data Source=$work/$db/careplan.db" ;;
    postgres)
      eval "$(bash "$root/tests/postgres/start.sh")"
      pg_dir="$CAREPLAN_POSTGRES_DIR"
      # The database is the server's side too: its processes share the API's core, leaving the other to the load.
      pg_main="$(head -n 1 "$pg_dir/data/postmaster.pid")"
      for p in "$pg_main" $(ps -o pid= --ppid "$pg_main"); do taskset -a -p -c "$api_core" "$p" >/dev/null || true; done
      export Database__Provider=Postgres ConnectionStrings__CarePlan="$CAREPLAN_TEST_POSTGRES;Maximum Pool Size=100" ;;
    *) echo "BENCH_DB: sqlite or postgres, not $db" >&2; exit 2 ;;
  esac

  echo "[$db] seeding $people people"
  timeout 600 dotnet "$seed_dll" --out "$work/$db/bench-data.json" --people "$people" >"$work/$db/seed.log" 2>&1 \
    || { tail -n 30 "$work/$db/seed.log" >&2; exit 1; }
  provider_token="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).providerTokens[0])' "$work/$db/bench-data.json")"
  kw_token="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).keyWorkerToken)' "$work/$db/bench-data.json")"
  planner_token="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).plannerToken)' "$work/$db/bench-data.json")"

  api_pid="$(start_host api "$api_dll" "$port" "$work/$db/api.log")"
  wait_ready "http://127.0.0.1:$port/graphql" "$api_pid" "$work/$db/api.log"
  if [[ "$floors" == "1" ]]; then
    floor_pid="$(start_host floor "$floor_dll" "$floor_port" "$work/$db/floor.log")"
    wait_ready "http://127.0.0.1:$floor_port/trivial" "$floor_pid" "$work/$db/floor.log"
  fi

  api="http://127.0.0.1:$port"
  floor="http://127.0.0.1:$floor_port"
  fanout_plan=0
  for scenario in $scenarios; do
    echo "[$db] $scenario"
    case "$scenario" in
      trivial|dashboard)
        token=""; [[ "$scenario" == dashboard ]] && token="$provider_token"
        if [[ "$floors" == "1" ]]; then
          floor_url="$floor/$scenario"; [[ "$scenario" == dashboard ]] && floor_url="$floor/dashboard?first=$BENCH_PAGE"
          paired_scenario "$db" "$scenario" "$api/graphql" "$token" "floor-$scenario" "$floor_url" "$floor_pid" "$floor"
        else
          http_scenario "$db" "$scenario" "$api/graphql" "$token" 0 "$api_pid" "$api"
        fi ;;
      cache)
        # The same build again, with the document cache off, on the next port but one and the same core: the trivial
        # query against each in turns (the cache's target: a repeated small query at least twice as fast with it).
        uncached_pid="$(GraphQL__DocumentCache__Enabled=false start_host uncached "$api_dll" "$uncached_port" "$work/$db/uncached.log")"
        wait_ready "http://127.0.0.1:$uncached_port/graphql" "$uncached_pid" "$work/$db/uncached.log"
        uncached="http://127.0.0.1:$uncached_port"
        paired_scenario "$db" cache-on "$api/graphql" "" cache-off "$uncached/graphql" "$uncached_pid" "$uncached"
        stop_group "$uncached_pid"; uncached_pid="" ;;
      node) http_scenario "$db" node "$api/graphql" "$kw_token" 0 "$api_pid" "$api" ;;
      edit) http_scenario "$db" edit "$api/graphql" "$planner_token" 1 "$api_pid" "$api" ;;
      fanout[0-9]*)
        fanout_scenario "$db" "$(bound "${scenario#fanout}" 1 20000)" "$fanout_plan,$((fanout_plan + 1))"
        fanout_plan=$((fanout_plan + 2)) ;;
      *) echo "unknown scenario $scenario (trivial, cache, dashboard, node, edit, fanout<N>)" >&2; exit 2 ;;
    esac
  done
  cleanup
done

if [[ "${BENCH_MICRO:-0}" == "1" ]]; then
  echo "BenchmarkDotNet (bench/Micro)"
  "${lock[@]}" dotnet build "$root/bench/Micro" --configuration Release --nologo --verbosity quiet >/dev/null
  (cd "$work" && timeout 1800 taskset -c "$api_core" dotnet "$root/bench/Micro/bin/Release/net10.0/CarePlanGraph.Bench.Micro.dll" \
    --filter '*' --job "${BENCH_MICRO_JOB:-short}" --artifacts "$work/micro" >"$work/micro.log" 2>&1) || { tail -n 30 "$work/micro.log" >&2; exit 1; }
  for report in "$work"/micro/results/*-report-github.md; do
    cp "$report" "$results/$stamp-micro-$(basename "$report" -report-github.md | sed 's/.*\.//').md"
  done
fi

[[ -s "$jsonl" ]] || { echo "no scenario ran" >&2; exit 1; }
node "$here/lib/report.mjs" summary "$jsonl" "$results/$stamp.md"
echo "results: $jsonl and $results/$stamp.md (scratch and logs in $work)"
