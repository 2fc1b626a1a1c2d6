// The fan-out scenario: N provider portals subscribe to planStatusChanged over graphql-ws, then the Key Worker makes
// one status change that every portal may see, and this times its delivery to each. Environment:
//   BENCH_URL (http://127.0.0.1:…/graphql, local addresses only), BENCH_DATA (the seeder's JSON), BENCH_SUBSCRIBERS,
//   BENCH_PLANS ("w,m": indexes into fanOutPlanIds of the warm-up and the measured change), BENCH_OUT (result file).
// A warm-up change goes first: when every portal has received it, every subscription is known to be live. Every wait
// is bounded (BENCH_FANOUT_TIMEOUT seconds, 120 by default) and all sockets are closed at the end.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { documentOf } from "./documents.mjs";

const url = new URL(process.env.BENCH_URL);
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
  console.error(`refusing ${url.hostname}: local addresses only`);
  process.exit(2);
}
const wsUrl = url.href.replace(/^http/, "ws");
const data = JSON.parse(readFileSync(process.env.BENCH_DATA, "utf8"));
const count = Math.min(Number(process.env.BENCH_SUBSCRIBERS ?? 1000), 20_000);
const [warmIndex, measuredIndex] = (process.env.BENCH_PLANS ?? "0,1").split(",").map(Number);
const timeoutMs = Number(process.env.BENCH_FANOUT_TIMEOUT ?? 120) * 1000;
const subscription = documentOf("fanout-subscription");
const change = documentOf("fanout-change");

const clients = [];
const received = new Map(); // planId -> array of arrival times (ms, performance.now), one per subscriber
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref())]);

async function connectAll() {
  const started = performance.now();
  const batch = 250; // open sockets a batch at a time, as portals would not all arrive in the same millisecond
  for (let first = 0; first < count; first += batch) {
    const opening = [];
    for (let i = first; i < Math.min(count, first + batch); i++) {
      opening.push(new Promise((resolve, reject) => {
        const client = createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          connectionParams: { Authorization: `Bearer ${data.providerTokens[i % data.providerTokens.length]}` },
          on: { connected: resolve, closed: (event) => reject(new Error(`socket ${i} closed: ${event?.code} ${event?.reason}`)) },
        });
        clients.push(client);
        client.subscribe({ query: subscription }, {
          next: (value) => {
            const planId = value?.data?.planStatusChanged?.plan?.id;
            if (planId) (received.get(planId) ?? received.set(planId, []).get(planId)).push(performance.now());
          },
          error: (error) => console.error(`subscription ${i}:`, JSON.stringify(error).slice(0, 300)),
          complete: () => {},
        });
      }));
    }
    await within(Promise.all(opening), timeoutMs, "opening sockets");
  }
  return performance.now() - started;
}

async function changeAndWait(planId) {
  received.set(planId, []);
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${data.keyWorkerToken}` },
    body: JSON.stringify({ query: change, variables: { input: { planId, inPlaceOn: data.today } } }),
    signal: AbortSignal.timeout(60_000),
  });
  const answer = await response.text();
  const mutationMs = performance.now() - started;
  if (!response.ok || answer.includes('"errors":[')) throw new Error(`the change was refused: ${answer.slice(0, 400)}`);
  const deadline = started + timeoutMs;
  while (received.get(planId).length < count && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const times = received.get(planId).map((t) => t - started).sort((a, b) => a - b);
  return { mutationMs, times };
}

let result;
try {
  const connectMs = await connectAll();
  const warm = await changeAndWait(data.fanOutPlanIds[warmIndex]);
  const measured = await changeAndWait(data.fanOutPlanIds[measuredIndex]);
  const t = measured.times;
  const round = (v) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
  result = {
    subscribers: count,
    received: t.length,
    p50_ms: round(percentile(t, 50)),
    p99_ms: round(percentile(t, 99)),
    all_ms: t.length === count ? round(t[t.length - 1]) : null,
    mutation_ms: round(measured.mutationMs),
    connect_ms: round(connectMs),
    warmup_received: warm.times.length,
    warmup_all_ms: warm.times.length === count ? round(warm.times[warm.times.length - 1]) : null,
  };
} catch (error) {
  result = { subscribers: count, error: String(error?.message ?? error) };
}
writeFileSync(process.env.BENCH_OUT, JSON.stringify(result) + "\n");
console.error(JSON.stringify(result));
await Promise.allSettled(clients.map((client) => client.dispose()));
process.exit(result.error ? 1 : 0);
