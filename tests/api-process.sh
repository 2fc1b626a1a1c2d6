# Sourced (not run) by the scripts that test the real API over the network: tests/Conformance/run.sh,
# tests/Codegen/run.sh and tests/browser/run.sh. It starts the built API and stops it again, and nothing else.
#
#   api_workspace         makes the throw-away folder $work and, on exit, stops the API, shows the end of its log if
#                         the script failed, and removes the folder
#   api_start PORT WORK   starts src/Api (built, Development) on 127.0.0.1:PORT with a throw-away SQLite file and
#                         signing key in WORK, its log in WORK/api.log, and waits until /health/ready answers;
#                         extra NAME=VALUE settings for the API may follow
#   api_stop              stops the API that api_start started (its process group only), if it is still running
#   api_token PERSONA     prints a development token for a demo persona, signed with the running API's key

api_pid=""
api_work=""

api_workspace() {
  work="$(mktemp -d)"
  trap api_cleanup EXIT
}

api_cleanup() {
  local status=$?
  api_stop
  if [[ $status -ne 0 && -f "$work/api.log" ]]; then
    echo "--- last lines of the API log ---" >&2
    tail -n 40 "$work/api.log" >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}

api_start() {
  local port="$1" work="$2"
  shift 2
  api_work="$work"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  # env execs setsid, which execs dotnet: $! is the API's process, leader of its own process group.
  env --chdir="$root" ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__CarePlan="Data Source=$work/careplan.db" \
    LocalIssuer__KeyPath="$work/dev-signing-key.json" \
    "$@" \
    setsid dotnet run --project src/Api --no-build --no-launch-profile --urls "http://127.0.0.1:${port}" \
    >"$work/api.log" 2>&1 &
  api_pid=$!

  echo "waiting for the API on 127.0.0.1:${port} (pid $api_pid) ..."
  local deadline=$((SECONDS + 60))
  while (( SECONDS < deadline )); do
    if ! kill -0 "$api_pid" 2>/dev/null; then
      echo "the API exited before answering" >&2
      return 1
    fi
    if node -e '
        fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
          .then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1));' "http://127.0.0.1:${port}/health/ready"; then
      return 0
    fi
    sleep 1
  done
  echo "the API did not answer within 60 s" >&2
  return 1
}

api_stop() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    # The API runs in its own process group (setsid), so this stops `dotnet run` and the app it launched, and
    # nothing else.
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$api_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
  fi
  api_pid=""
}

api_token() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  (cd "$root" && ASPNETCORE_ENVIRONMENT=Development LocalIssuer__KeyPath="$api_work/dev-signing-key.json" \
    dotnet run --project src/Api --no-build --no-launch-profile -- token "$1")
}
