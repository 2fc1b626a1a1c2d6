# Sourced (not run) by bench/run.sh and bench/coldstart.sh: how the benchmarks build what they time.
#   lock                       the prefix that makes builds take turns (flock on BENCH_BUILD_LOCK, when flock exists)
#   bench_publish PROJECT OUT  publishes PROJECT in Release as a deployment would, ReadyToRun (precompiled), into OUT,
#                              so a run times the server warm, not the JIT catching up on one busy core
#                              (docs/decisions/0018-warm-on-a-small-machine.md)
lock=()
command -v flock >/dev/null && lock=(flock "${BENCH_BUILD_LOCK:-/tmp/cpg-dotnet.lock}")

bench_publish() {
  "${lock[@]}" dotnet publish "$1" --configuration Release --runtime "linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')" \
    --self-contained false -p:PublishReadyToRun=true --output "$2" --nologo --verbosity quiet >/dev/null
}
