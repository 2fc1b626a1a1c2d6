// A webhook receiver written as a provider's developer would write it, with the public `standardwebhooks` package:
// registers an endpoint for Sunrise's portal, has the Key Worker start Cleo's review, and checks the delivery that
// arrives is signed, well formed and carries the change. The receiver refuses the first attempt (500), so the retry
// is checked too: it must carry the same webhook-id and a fresh, valid signature.
// Usage: GRAPHQL_URL=… PROVIDER_TOKEN=<prov-sunrise> KEY_WORKER_TOKEN=<kw-sam> ADMIN_TOKEN=<admin-jo> node webhooks.mjs
// The API must run in Development (http and 127.0.0.1 allowed) with a short first retry (Webhooks__RetrySchedule__0).
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { check, checksPassed, graphQL, required } from '../node-checks.mjs';

const httpUrl = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const providerToken = required('PROVIDER_TOKEN');
const keyWorkerToken = required('KEY_WORKER_TOKEN');
const adminToken = required('ADMIN_TOKEN');
const patienceMs = 30_000;

const graphql = (token, query, variables) => graphQL(httpUrl, token, query, variables, patienceMs);

// The receiver: verifies every request it gets; answers 500 to the first, 204 afterwards.
const received = [];
let secret;
let arrived;
const delivered = new Promise((resolve) => { arrived = resolve; });
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    let event;
    try {
      event = new Webhook(secret).verify(body, request.headers);
    } catch (error) {
      received.push({ verified: false, error: String(error), headers: request.headers });
      response.writeHead(400).end('bad signature');
      return;
    }
    received.push({ verified: true, id: request.headers['webhook-id'], signature: request.headers['webhook-signature'], event });
    if (received.length === 1) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end('not yet');
      return;
    }
    response.writeHead(204).end();
    arrived();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/hooks`;

try {
  const integration = (await graphql(providerToken, '{ integrations(first: 1) { nodes { id name } } }')).integrations.nodes[0];
  const registered = (await graphql(providerToken, `mutation($input: RegisterWebhookInput!) {
      registerWebhook(input: $input) { webhookEndpoint { id status } secret errors { ... on Error { code message } } } }`,
    { input: { integrationId: integration.id, url, description: 'conformance receiver' } })).registerWebhook;
  check(!registered.errors?.length && registered.webhookEndpoint.status === 'ACTIVE', `Sunrise registers ${url} for "${integration.name}"`);
  secret = registered.secret;
  check(/^whsec_/.test(secret), 'the secret is shown once, in the whsec_ form');

  const people = (await graphql(adminToken, '{ people(first: 20) { nodes { reference plans { id } } } }')).people.nodes;
  const planId = people.find((p) => p.reference === 'p-cleo').plans[0].id;
  const reviewOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const started = (await graphql(keyWorkerToken, `mutation($input: StartReviewInput!) { startReview(input: $input) { plan { status } errors { ... on Error { code message } } } }`,
    { input: { planId, reviewOn } })).startReview;
  check(!started.errors?.length && started.plan.status === 'UNDER_REVIEW', "the Key Worker starts Cleo's review");

  let timer;
  await Promise.race([delivered, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timed out waiting for the delivery')), patienceMs); })]);
  clearTimeout(timer);

  check(received.every((r) => r.verified), `every request verifies with the standardwebhooks package (${received.length} received)`);
  const [first, retry] = received;
  check(received.length === 2 && first.id === retry.id, 'the refused attempt is retried with the same webhook-id');
  check(first.signature !== retry.signature, 'the retry is signed afresh (its own timestamp)');
  const { type, timestamp, data } = retry.event;
  check(type === 'planStatusChanged' && typeof timestamp === 'string', `the event type is ${type}`);
  check(data.planId === planId && data.previousStatus === 'ACTIVE' && data.newStatus === 'UNDER_REVIEW' && data.kind === 'REVIEW_STARTED', `the event carries the change (${data.kind}: ${data.previousStatus} → ${data.newStatus})`);
  check(data.eventId === retry.id, 'data.eventId is the webhook-id');
  check(!('reason' in data), 'no decision notes travel in a webhook');

  // The receiver's 204 reaches the API before the API records it, so the record is read until it settles (bounded).
  const readRecord = async () => (await graphql(providerToken, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint {
      deliveries { eventId status attemptCount attempts { number outcome statusCode responseExcerpt } } } } }`,
    { id: registered.webhookEndpoint.id })).node.deliveries.find((d) => d.eventId === retry.id);
  let record = await readRecord();
  for (const settleBy = Date.now() + 10_000; record?.status !== 'DELIVERED' && Date.now() < settleBy;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    record = await readRecord();
  }
  check(record?.status === 'DELIVERED' && record.attemptCount === 2, 'the endpoint\'s delivery record says DELIVERED after 2 attempts');
  check(record.attempts[1].outcome === 'REFUSED' && record.attempts[1].statusCode === 500 && record.attempts[1].responseExcerpt === 'not yet', 'the refused attempt is recorded with its status and response');
} finally {
  server.close();
}
console.log(`webhooks: ${checksPassed()} checks passed`);
