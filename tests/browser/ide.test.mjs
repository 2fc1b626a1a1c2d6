// Drives the GraphQL IDE in a real, headless Chromium against a running API in Development, with the demo data on a
// fresh database (Ben's plan SUBMITTED): opens /graphql, signs in as the Key Worker Sam with the persona picker, runs
// a query and checks the result pane, then runs a planStatusChanged subscription on Ben's plan, declines the plan
// over plain HTTP, and checks the change appears in the IDE; then signs in with a pasted bearer token instead.
// Usage: API_URL=http://127.0.0.1:5082 CHROMIUM=$(command -v chromium) node ide.test.mjs   (tests/browser/run.sh)
import { chromium } from 'playwright-core';
import { check, checksPassed, graphQL } from '../node-checks.mjs';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:5082';
const executablePath = process.env.CHROMIUM;
const patienceMs = 20_000;
if (!executablePath) {
  console.error('CHROMIUM is not set: the path of a Chromium executable (the Debian package: command -v chromium)');
  process.exit(2);
}

const graphQLAs = (token, query, variables) => graphQL(`${apiUrl}/graphql`, token, query, variables, patienceMs);

/** The subject of a JWT, read without checking it (the API checks it). */
function subjectOf(token) {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
  } catch {
    return undefined;
  }
}

const started = performance.now();
const browser = await chromium.launch({ executablePath, headless: true });
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(patienceMs);
  // Any console error (a script that failed, a request the Content-Security-Policy blocked) fails the test.
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  // The page's socket goes through this relay, which passes every message both ways unchanged and lets the test ask
  // the server, on the same connection, when it has taken the subscription in (see below).
  const probes = new Map();
  const subscribeSent = [];
  const connectionInits = [];
  await page.routeWebSocket(/\/graphql$/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const { type, payload } = JSON.parse(message);
      if (type === 'subscribe') subscribeSent.push(message);
      if (type === 'connection_init') connectionInits.push(payload);
      server.send(message);
    });
    server.onMessage((message) => {
      const parsed = JSON.parse(message);
      if (probes.has(parsed.id)) {
        if (parsed.type === 'complete') probes.get(parsed.id)();
        return;
      }
      socket.send(message);
    });
    page.probe = () => new Promise((resolve) => {
      const id = `probe-${probes.size + 1}`;
      probes.set(id, resolve);
      server.send(JSON.stringify({ id, type: 'subscribe', payload: { query: '{ __typename }' } }));
    });
  });

  const response = await page.goto(`${apiUrl}/graphql`);
  check(response.status() === 200 && response.headers()['content-type'].startsWith('text/html'), 'GET /graphql from a browser answers the IDE page');
  check((response.headers()['content-security-policy'] ?? '').includes("script-src 'self'"), 'the page comes with a Content-Security-Policy');
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor();
  check(true, 'GraphiQL loaded');

  // Sign in with the persona picker: the IDE gets a token from the local issuer.
  await page.selectOption('select[name="identity"]', 'kw-sam');
  await page.click('button[name="sign-in"]');
  await page.getByText('Signed in as Sam Okafor (kw-sam)').waitFor();
  check(true, 'signed in as the Key Worker Sam with the persona picker');

  const run = async (document) => {
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(document);
    await page.click('button.graphiql-execute-button[aria-label^="Execute"]');
  };
  const result = () => page.evaluate(() => document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '');
  const resultMatching = async (predicate, what) => {
    const deadline = Date.now() + patienceMs;
    while (Date.now() < deadline) {
      const text = await result();
      try {
        const value = JSON.parse(text);
        if (predicate(value)) return value;
      } catch {
        // Not (yet) JSON: still empty or being written.
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`timed out waiting for ${what}; the result pane shows: ${await result()}`);
  };

  // A query over HTTP, with the token in Authorization.
  await run('{ me { name roles } }');
  const me = await resultMatching((value) => value.data?.me, 'the query result');
  check(me.data.me.name === 'Sam Okafor' && me.data.me.roles.includes('KEY_WORKER'), `the query answered in the result pane: ${JSON.stringify(me.data.me)}`);

  // A subscription over graphql-transport-ws, with the token in connection_init. The token endpoint the picker used
  // gives this script the same token, for finding Ben's plan.
  const tokenResponse = await fetch(`${apiUrl}/graphql/ide/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity: 'kw-sam' }),
  });
  const { token } = await tokenResponse.json();
  check(tokenResponse.ok && token, 'the IDE token endpoint gave a token for kw-sam');
  const plans = await graphQLAs(token, '{ plans(first: 50) { nodes { id status person { reference } } } }');
  const plan = plans.plans.nodes.find((node) => node.person.reference === 'p-ben');
  check(plan?.status === 'SUBMITTED', `Ben's plan is SUBMITTED before the change`);

  await run(`subscription { planStatusChanged(planId: "${plan.id}") { previousStatus newStatus actorRole plan { id status } } }`);
  await page.locator('button.graphiql-execute-button[aria-label^="Stop"]').waitFor();
  const deadline = Date.now() + patienceMs;
  while (subscribeSent.length === 0 && Date.now() < deadline) await page.waitForTimeout(50);
  check(subscribeSent.length === 1, `the IDE sent the subscription over the socket${subscribeSent.length ? '' : '; the result pane shows: ' + await result()}`);
  const sentToken = connectionInits[0]?.Authorization?.replace(/^Bearer /, '');
  check(connectionInits.length === 1 && subjectOf(sentToken) === 'kw-sam', 'connection_init carried a token for kw-sam');
  // The server takes a subscribe in before it reads the connection's next message, so once a query sent after it
  // completes, the subscription is listening.
  await page.probe();

  const declined = await graphQLAs(token, `mutation($input: DeclinePlanInput!) {
      declinePlan(input: $input) { plan { status } errors { __typename } } }`, {
    input: {
      planId: plan.id,
      reasons: 'Over budget.',
      requiredChanges: ['Bring the total within budget.'],
      adviceOffered: 'Free travel training.',
    },
  });
  check(declined.declinePlan.plan?.status === 'CHANGES_REQUIRED', 'the Key Worker declined the plan over plain HTTP');

  const event = await resultMatching((value) => value.data?.planStatusChanged, 'the subscription event');
  const change = event.data.planStatusChanged;
  check(change.plan.id === plan.id && change.previousStatus === 'SUBMITTED' && change.newStatus === 'CHANGES_REQUIRED',
    `the subscription result appeared in the result pane: ${change.previousStatus} → ${change.newStatus} by ${change.actorRole}`);

  // Outside Development there is no persona picker: the bar takes a pasted bearer token. This API has the picker, so
  // the page is shown with the settings a server without a development sign-in writes (no identities, no token URL).
  const pasting = await browser.newPage();
  pasting.setDefaultTimeout(patienceMs);
  pasting.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  await pasting.route(`${apiUrl}/graphql`, async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace(
      /(<script id="graphql-ide-settings" type="application\/json">)(.*?)(<\/script>)/s,
      (_, open, settings, close) => open + JSON.stringify({ ...JSON.parse(settings), identities: null, tokenUrl: null }) + close);
    await route.fulfill({ response: original, body: html });
  });
  await pasting.goto(`${apiUrl}/graphql`);
  check(await pasting.locator('select[name="identity"]').count() === 0, 'without a development sign-in the bar has no persona picker');
  await pasting.fill('input[name="token"]', `Bearer ${token}`);
  await pasting.click('button[name="sign-in"]');
  await pasting.getByText('Signed in as a pasted token').waitFor();
  await pasting.locator('.graphiql-query-editor .CodeMirror').click();
  await pasting.keyboard.press('ControlOrMeta+A');
  await pasting.keyboard.insertText('{ me { name } }');
  await pasting.click('button.graphiql-execute-button[aria-label^="Execute"]');
  await pasting.waitForFunction(
    () => document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue().includes('"Sam Okafor"'));
  check(true, 'signed in with a pasted bearer token, a query answered as Sam');

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ':\n' + consoleErrors.join('\n') : ''}`);
} catch (error) {
  console.error(String(error?.stack ?? error));
  process.exitCode = 1;
} finally {
  await browser.close();
}

console.log(`\nthe GraphQL IDE in Chromium: ${checksPassed()} checks ok${process.exitCode ? ', FAILED' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
