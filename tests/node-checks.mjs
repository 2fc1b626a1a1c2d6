// What the Node checks (conformance, webhooks, the browser test) share: numbered assertions that print as they pass,
// required settings from the environment, and a GraphQL request over HTTP with a token.
let passed = 0;

/** Throws (failing the script) unless `condition` holds; prints `what` when it does. */
export function check(condition, what) {
  if (!condition) {
    throw new Error(`failed: ${what}`);
  }
  passed++;
  console.log(`ok     ${what}`);
}

/** How many checks have passed. */
export function checksPassed() {
  return passed;
}

/** The environment variable `name`; exits with 2 when it is not set. */
export function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

/** Posts a GraphQL request with a bearer token and returns its data; throws with the errors when there are any. */
export async function graphQL(url, token, query, variables, timeoutMs = 30_000) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
