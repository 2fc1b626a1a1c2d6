// Runs the graphql-http conformance audits (GraphQL-over-HTTP spec) against a running API.
// Usage: GRAPHQL_URL=http://127.0.0.1:5080/graphql node audit.mjs
// Exits 1 when any audit reports `error` (a failed MUST), 0 otherwise.
import { auditServer } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

const results = await auditServer({ url });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  const line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
  if (result.status === 'ok') {
    console.log(line);
    continue;
  }

  // Show what the server answered, so a failure can be fixed without re-running by hand.
  let body = '';
  try {
    body = await result.response.text();
  } catch {
    body = '(body already read)';
  }
  console.log(`${line}\n         reason: ${result.reason}\n         status: ${result.response.status}` +
    ` content-type: ${result.response.headers.get('content-type')}\n         body: ${body.slice(0, 300)}`);
}

console.log(`\naudited ${url}: ${results.length} audits`);
console.log(`${counts.ok} ok, ${counts.warn} warn, ${counts.error} error`);
if (counts.notice > 0) {
  console.log(`(${counts.notice} notice: optional MAY audits not met)`);
}

process.exit(counts.error > 0 ? 1 : 0);
