// Prints every planStatusChanged event the token's holder may see, one JSON line each, until Ctrl-C.
// Usage (from the repository root, with the API running and `npm ci` done in tests/Conformance):
//   node tests/Conformance/watch.mjs "$(dotnet run --project src/Api -- token prov-sunrise)" [subscription document]
// GRAPHQL_URL overrides the endpoint (default http://localhost:5080/graphql; ws:// is used for the socket).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [token, document] = process.argv.slice(2);
if (!token) {
  console.error('usage: node watch.mjs <access token> [subscription document]');
  process.exit(2);
}

const url = (process.env.GRAPHQL_URL ?? 'http://localhost:5080/graphql').replace(/^http/, 'ws');
const query = document ?? `subscription ClientPlanChanges {
  planStatusChanged {
    previousStatus newStatus kind occurredAt actorRole
    plan { id status nextReviewDue person { preferredName } agreedVersion { number supportItems { description provider { name } } } }
  }
}`;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  on: {
    connected: () => console.error(`listening on ${url} (Ctrl-C to stop)`),
    closed: (event) => {
      console.error(`closed: ${event.code} ${event.reason}`);
      process.exit(event.code === 1000 ? 0 : 1);
    },
  },
});

client.subscribe({ query }, {
  next: (result) => console.log(JSON.stringify(result)),
  error: (error) => {
    console.error('error:', JSON.stringify(error));
    process.exit(1);
  },
  complete: () => process.exit(0),
});

process.on('SIGINT', async () => {
  await client.dispose();
  process.exit(0);
});
