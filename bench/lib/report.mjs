// Small JSON jobs for run.sh, so the shell needs no jq:
//   node report.mjs rps <wrk.json>                       requests per second of one wrk window
//   node report.mjs agree <rps…> <tolerance>             exit 0 when the windows agree within the tolerance (0.05)
//   node report.mjs median <wrk.json…>                   the path of the window with the median requests per second
//   node report.mjs http <args as key=value…>            prints one result line for an HTTP scenario
//   node report.mjs fanout <args as key=value…>          prints one result line for a fan-out scenario
//   node report.mjs summary <results.jsonl> <out.md>     writes the Markdown table
import { readFileSync, writeFileSync } from "node:fs";

const [command, ...rest] = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const rpsOf = (w) => w.requests / (w.duration_us / 1e6);
const args = Object.fromEntries(rest.map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
const ms = (us) => Math.round(us / 10) / 100;
const num = (v) => (v === undefined || v === "" || v === null ? null : Number(v));
// The lower median for an even count: a slow window is never hidden by a fast one.
const lowerMedian = (values, key = (v) => v) => [...values].sort((a, b) => key(a) - key(b))[Math.floor((values.length - 1) / 2)];

switch (command) {
  case "rps":
    console.log(rpsOf(read(rest[0])).toFixed(1));
    break;
  case "median":
    console.log(lowerMedian(rest.map((file) => [rpsOf(read(file)), file]), (window) => window[0])[1]);
    break;
  case "agree": {
    // Every window within the tolerance of the fastest: node report.mjs agree <rps…> <tolerance>
    const values = rest.map(Number);
    const tolerance = values.pop();
    const [low, high] = [Math.min(...values), Math.max(...values)];
    process.exit(low > 0 && (high - low) / high <= tolerance ? 0 : 1);
  }
  case "http": {
    const at16 = read(args.at16);
    const at1 = read(args.at1);
    // CPU microseconds per request of the host (API or floor) over a window, from clock ticks read around it.
    const cpuUs = (before, after, window) =>
      num(before) !== null && num(after) !== null && num(args.clk) > 0 && window.requests > 0
        ? Math.round((((num(after) - num(before)) / num(args.clk)) * 1e6 * 10) / window.requests) / 10
        : null;
    // The windows taken in turns with a floor, in order (paired scenarios only).
    const rounds = (args.roundFiles ?? "").split(" ").filter(Boolean).map((file) => [file, read(file)]);
    const perRequest = (before, after, window) =>
      num(after) !== null && num(before) !== null && window.requests > 0 ? Math.round(((num(after) - num(before)) / window.requests) * 100) / 100 : null;
    const line = {
      scenario: args.scenario,
      db: args.db,
      at: new Date().toISOString(),
      commit: args.commit,
      connections: at16.connections ?? Number(args.connections),
      duration_s: at16.duration_us / 1e6,
      requests: at16.requests,
      rps: Math.round(rpsOf(at16) * 10) / 10,
      p50_ms: ms(at16.p50_us),
      p99_ms: ms(at16.p99_us),
      p999_ms: ms(at16.p999_us),
      max_ms: ms(at16.max_us),
      p50_at1_ms: ms(at1.p50_us),
      rps_at1: Math.round(rpsOf(at1) * 10) / 10,
      peak_mb: num(args.hwmKb) === null ? null : Math.round(num(args.hwmKb) / 102.4) / 10,
      cpu_us_per_request: cpuUs(args.cpuBefore, args.cpuAfter, at16),
      sql_per_request: perRequest(args.sqlBefore1, args.sqlAfter1, at1),
      sql_per_request_at16: perRequest(args.sqlBefore, args.sqlAfter, at16),
      errors: at16.non2xx + at16.graphql_errors + at16.connect_errors + at16.read_errors + at16.write_errors + at16.timeouts,
      conflicts: at16.conflicts,
      warmup_windows: Number(args.windows),
      warmup_stable: args.stable === "1",
      warmup_rps: args.warmup.split(" ").filter(Boolean).map(Number),
      ...(rounds.length
        ? {
            rounds_rps: rounds.map(([, window]) => Math.round(rpsOf(window) * 10) / 10),
            rounds_cpu_us: rounds.map(([file, window]) => {
              const [before, after] = readFileSync(file.replace(/\.json$/, ".cpu"), "utf8").trim().split(" ");
              return cpuUs(before, after, window);
            }),
          }
        : {}),
    };
    console.log(JSON.stringify(line));
    break;
  }
  case "fanout": {
    const f = read(args.result);
    console.log(JSON.stringify({
      scenario: args.scenario,
      db: args.db,
      at: new Date().toISOString(),
      commit: args.commit,
      ...f,
      peak_mb: num(args.hwmKb) === null ? null : Math.round(num(args.hwmKb) / 102.4) / 10,
    }));
    break;
  }
  case "summary": {
    const lines = readFileSync(rest[0], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    const find = (scenario, db) => lines.find((l) => l.scenario === scenario && l.db === db);
    const f = (v, digits = 1) => (v === null || v === undefined ? "—" : Number(v).toFixed(digits));
    const out = [
      `Run of ${lines[0]?.at ?? "?"} at commit ${lines[0]?.commit ?? "?"}` +
        (lines.some((l) => l.connections) ? `; HTTP scenarios at ${lines.find((l) => l.connections).connections} connections (and 1 for "p50 at 1 conn")` : "") +
        ". The API (and each floor) on one core, the load generator on the other. Times in ms.",
      "",
      "| scenario | db | req/s | p50 | p99 | p99.9 | p50 at 1 conn | peak MB | CPU µs/request | SQL/request | ratio | notes |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ];
    for (const l of lines) {
      if (l.scenario.startsWith("fanout")) {
        const notes = l.error ? `failed: ${l.error}` : `${l.received}/${l.subscribers} received, all in ${f(l.all_ms)} ms; mutation ${f(l.mutation_ms)} ms; sockets opened in ${f(l.connect_ms / 1000)} s`;
        out.push(`| ${l.scenario} (delivery) | ${l.db} | — | ${f(l.p50_ms)} | ${f(l.p99_ms)} | — | — | ${f(l.peak_mb, 0)} | — | — | — | ${notes} |`);
        continue;
      }
      // "ratio": throughput against the line it was measured in turns with (its floor, or the build without the cache).
      const floorName = { trivial: "floor-trivial", dashboard: "floor-dashboard", "cache-on": "cache-off" }[l.scenario];
      const floor = floorName && find(floorName, l.db);
      const against = floorName === "cache-off" ? "the same build with the document cache off" : "its floor";
      const ratio = floor && floor.rps > 0 ? f(l.rps / floor.rps, 2) : "—";
      // Each window's ratio to the one taken next to it, and the same in CPU a request: less of the drift than medians.
      const paired = (mine, theirs, of) =>
        mine?.length > 1 && theirs?.length === mine.length && mine.every((v, i) => v > 0 && theirs[i] > 0) ? lowerMedian(mine.map(of)) : null;
      const roundRatio = floor && paired(l.rounds_rps, floor.rounds_rps, (v, i) => v / floor.rounds_rps[i]);
      const cpuRatio = floor && paired(l.rounds_cpu_us, floor.rounds_cpu_us, (v, i) => floor.rounds_cpu_us[i] / v);
      const notes = [
        l.errors ? `${l.errors} errors` : "",
        l.conflicts ? `${l.conflicts} edit conflicts` : "",
        floor ? `ratio to ${against}` : "",
        roundRatio ? `window by window ${f(roundRatio, 2)} (median)` : "",
        cpuRatio ? `by CPU a request ${f(cpuRatio, 2)} (median of windows; its CPU ÷ this one's)` : "",
        floor && floor.p99_ms > 0 && l.p99_ms > 0 ? `p99 ${f(l.p99_ms / floor.p99_ms, 2)} × ${floorName === "cache-off" ? "its" : "the floor's"}` : "",
        l.rounds_rps?.length > 1 ? `median of ${l.rounds_rps.length} windows taken in turn with ${floorName ? against : "the API"} (${l.rounds_rps.map((r) => f(r, 0)).join(", ")} req/s)` : "",
        l.requests === 0 ? "no request completed in the measured window: lengthen BENCH_DURATION" : "",
        l.warmup_stable ? "" : `warm-up did not settle in ${l.warmup_windows} windows`,
      ].filter(Boolean).join("; ");
      out.push(`| ${l.scenario} | ${l.db} | ${f(l.rps, 0)} | ${f(l.p50_ms, 2)} | ${f(l.p99_ms, 2)} | ${f(l.p999_ms, 2)} | ${f(l.p50_at1_ms, 2)} | ${f(l.peak_mb, 0)} | ${f(l.cpu_us_per_request, 1)} | ${f(l.sql_per_request, 2)} | ${ratio} | ${notes} |`);
    }
    writeFileSync(rest[1], out.join("\n") + "\n");
    console.log(out.join("\n"));
    break;
  }
  default:
    console.error(`unknown command ${command}`);
    process.exit(2);
}
