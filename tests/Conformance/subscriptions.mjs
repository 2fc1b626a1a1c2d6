// Subscribes to planStatusChanged with the public graphql-ws client against a running API, triggers a status change
// over HTTP, and checks that the change arrives, that queries work over the socket too, and that completing works both
// ways. Needs the demo data on a fresh database (Ben's plan SUBMITTED).
// Usage: GRAPHQL_URL=http://127.0.0.1:5080/graphql PERSON_TOKEN=<p-ben> KEY_WORKER_TOKEN=<kw-sam> node subscriptions.mjs
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { check, checksPassed, graphQL, required } from '../node-checks.mjs';

const httpUrl = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const wsUrl = httpUrl.replace(/^http/, 'ws');
const personToken = required('PERSON_TOKEN');
const keyWorkerToken = required('KEY_WORKER_TOKEN');
const patienceMs = 15_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), patienceMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const http = (token, query, variables) => graphQL(httpUrl, token, query, variables, patienceMs);

/** Runs a query or mutation over the socket: the first result, after the server's complete. */
function once(client, payload) {
  return withTimeout(new Promise((resolve, reject) => {
    let result;
    client.subscribe(payload, {
      next: (value) => { result = value; },
      error: reject,
      complete: () => resolve(result),
    });
  }), `the result of ${payload.query}`);
}

let closeEvent;
const client = createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${personToken}` },
  retryAttempts: 0,
  lazy: false,
  on: { closed: (event) => { closeEvent = event; } },
});

try {
  // Connect with a token: the server acknowledges connection_init.
  await withTimeout(new Promise((resolve, reject) => {
    const stopConnected = client.on('connected', (socket) => { stopConnected(); resolve(socket); });
    client.on('error', reject);
  }), 'connection_ack');
  check(true, 'connected to ' + wsUrl + ' with a token in connection_init (graphql-transport-ws)');

  // Subscribe to every plan Ben may see: his own.
  const events = [];
  let notify;
  const unsubscribe = client.subscribe(
    {
      query: `subscription PlanStatus {
        planStatusChanged { eventId previousStatus newStatus kind actorRole occurredAt reason plan { id status person { reference } } }
      }`,
    },
    {
      next: (value) => { events.push({ value, at: performance.now() }); notify?.(); },
      error: (error) => { console.error('subscription error', error); process.exitCode = 1; },
      complete: () => {},
    },
  );

  // The server answers a subscription's subscribe before it reads the next message, so once this query's result
  // is back, the subscription is listening. Queries run over the socket too.
  const me = await once(client, { query: '{ me { name roles } }' });
  check(me.data?.me?.roles?.includes('PERSON'), `a query over the socket answered: ${me.data?.me?.name}`);

  // Trigger a status change over HTTP, as the Key Worker: decline Ben's submitted plan.
  const plans = await http(personToken, '{ plans(first: 1) { nodes { id status } } }');
  const plan = plans.plans.nodes[0];
  check(plan?.status === 'SUBMITTED', `Ben's plan is SUBMITTED before the change`);
  const arrived = new Promise((resolve) => { notify = resolve; });
  const sent = performance.now();
  const declined = await http(keyWorkerToken, `mutation($input: DeclinePlanInput!) {
      declinePlan(input: $input) { plan { status } errors { __typename } } }`, {
    input: {
      planId: plan.id,
      reasons: 'Over budget.',
      requiredChanges: ['Bring the total within budget.'],
      adviceOffered: 'Free travel training.',
    },
  });
  const answered = performance.now();
  check(declined.declinePlan.plan?.status === 'CHANGES_REQUIRED', 'the Key Worker declined the plan over HTTP');

  // Receive it.
  await withTimeout(events.length > 0 ? Promise.resolve() : arrived, 'the planStatusChanged event');
  const { value, at } = events[0];
  const change = value.data?.planStatusChanged;
  check(!value.errors, 'the event came without errors');
  check(change?.plan?.id === plan.id && change.previousStatus === 'SUBMITTED' && change.newStatus === 'CHANGES_REQUIRED',
    `received planStatusChanged: ${change?.previousStatus} → ${change?.newStatus} (${change?.kind} by ${change?.actorRole}, "${change?.reason}")`);
  check(change.plan.status === 'CHANGES_REQUIRED', 'the event shows the plan as committed');
  console.log(`       latency: ${(at - sent).toFixed(1)} ms from sending the mutation, ${(at - answered).toFixed(1)} ms after its HTTP answer`);

  // Complete from the client: the server stops the subscription and sends nothing more for it.
  unsubscribe();
  const after = await once(client, { query: '{ plans(first: 1) { nodes { status } } }' });
  check(after.data.plans.nodes[0].status === 'CHANGES_REQUIRED', 'completed the subscription; the connection still answers');
  check(events.length === 1, 'one change, one event');
} catch (error) {
  console.error(String(error?.stack ?? error));
  process.exitCode = 1;
} finally {
  await client.dispose();
}

if (closeEvent && closeEvent.code !== 1000) {
  console.error(`the socket closed with ${closeEvent.code}: ${closeEvent.reason}`);
  process.exitCode = 1;
}

console.log(`\nsubscriptions over ${wsUrl}: ${checksPassed()} checks ok${process.exitCode ? ', FAILED' : ''}`);
