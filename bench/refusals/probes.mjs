// Sends each probe of the hardening issue to a running API and prints how long the answer took.
// Only 127.0.0.1 / localhost is accepted; every request has a timeout and the number of runs is bounded.
const url = new URL(process.env.GRAPHQL_URL ?? "http://127.0.0.1:5192/graphql");
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
  console.error(`refusing to send probes to ${url.hostname}: local addresses only`);
  process.exit(2);
}

const runs = Math.min(Number(process.env.RUNS ?? 5), 20);
const timeoutMs = 60_000;
const token = process.env.TOKEN;
const repeat = (text, count) => text.repeat(count);
const json = (value) => Buffer.from(JSON.stringify(value), "utf8");
// IDs in the API's format (base64url of "Type:guid"), of people that do not exist: each still costs a lookup.
const ids = (count) => Array.from({ length: count }, (_, i) => Buffer.from(`Person:${String(i).padStart(32, "0")}`).toString("base64url"));

function doubling(levels) {
  let document = `{ ...F${levels} } fragment F0 on Query { __typename }`;
  for (let i = 1; i <= levels; i++) document += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
  return document;
}

const probes = [
  ["valid: { __typename }", json({ query: "{ __typename }" })],
  ["invalid UTF-8 in the body", Buffer.concat([Buffer.from('{"query":"{ __typename }","operationName":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])],
  ["lone surrogate in a variable", Buffer.from('{"query":"query ($t: String) { __type(name: $t) { name } }","variables":{"t":"\\ud800"}}')],
  ["100-level-deep selection", json({ query: repeat("{ a ", 100) + repeat("}", 100) })],
  ["5,000-deep list literal", json({ query: "{ __type(name: " + repeat("[", 5000) + "1" + repeat("]", 5000) + ") { name } }" })],
  ["3,000-deep object literal", json({ query: "{ __type(name: " + repeat("{a: ", 3000) + "1" + repeat("}", 3000) + ") { name } }" })],
  ["3,000-deep object in variables", Buffer.from('{"query":"query ($t: String) { __type(name: $t) { name } }","variables":{"t":' + repeat('{"a":', 3000) + "1" + repeat("}", 3000) + "}}")],
  ["330 aliases of nodes(ids: $ids), 100 IDs (token)", json({ query: "query ($ids: [ID!]!) {" + Array.from({ length: 330 }, (_, i) => ` n${i}: nodes(ids: $ids) { id }`).join("") + " }", variables: { ids: ids(100) } })],
  ["nodes(ids:) with 101 literal IDs (token)", json({ query: `{ nodes(ids: ${JSON.stringify(ids(101))}) { id } }` })],
  ["valid: 5 aliases of nodes(ids: $ids), 100 IDs (token)", json({ query: "query ($ids: [ID!]!) {" + Array.from({ length: 5 }, (_, i) => ` n${i}: nodes(ids: $ids) { id }`).join("") + " }", variables: { ids: ids(100) } })],
  ["a field repeated 25,000 times", json({ query: "{" + repeat(" __typename", 25_000) + " }" })],
  ["a field repeated 2,500 times (within size and tokens)", json({ query: "{" + repeat(" __typename", 2_500) + " }" })],
  ["500 conflicting aliases", json({ query: "{" + Array.from({ length: 500 }, (_, i) => (i % 2 ? " a: __schema { description }" : " a: __typename")).join("") + " }" })],
  ["fragments doubling 24 levels", json({ query: doubling(24) })],
];

async function send(body) {
  const started = process.hrtime.bigint();
  const headers = { "content-type": "application/json", accept: "application/graphql-response+json" };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    let code = "";
    try {
      code = JSON.parse(text).errors?.[0]?.extensions?.code ?? "";
    } catch {
      code = `(${response.headers.get("content-type")})`;
    }
    return { ms, status: response.status, code, bytes: text.length };
  } catch (error) {
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: "-", code: error.name, bytes: 0 };
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`| probe | request bytes | status | code | response bytes | median ms (${runs} runs) | max ms |`);
console.log("|---|---:|---|---|---:|---:|---:|");
for (const [name, body] of probes) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await send(body));
  const last = results[results.length - 1];
  const times = results.map((result) => result.ms);
  console.log(`| ${name} | ${body.length} | ${last.status} | ${last.code} | ${last.bytes} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
}
