// The GraphQL IDE: GraphiQL over HTTP for queries and mutations, and over graphql-transport-ws (graphql-ws) for
// subscriptions, with a sign-in bar above it. The server writes the page's settings into #graphql-ide-settings:
//   { "endpoint": "/graphql", "identities": [{ "id": "…", "label": "…" }] | null, "tokenUrl": "…" | null }
// With identities (a development token issuer), the bar offers them; otherwise it takes a pasted bearer token.
import React, { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import 'graphiql/graphiql.css';
import './ide.css';

const settings = JSON.parse(document.getElementById('graphql-ide-settings').textContent);
const httpUrl = new URL(settings.endpoint, window.location.href);
const wsUrl = new URL(httpUrl);
wsUrl.protocol = httpUrl.protocol === 'https:' ? 'wss:' : 'ws:';

// The token lives for the tab only (sessionStorage): closing the tab signs out.
const storageKey = 'graphql-ide-sign-in';
function remembered() {
  try {
    return JSON.parse(sessionStorage.getItem(storageKey)) ?? null;
  } catch {
    return null;
  }
}

function isSubscription({ query, operationName }) {
  try {
    return getOperationAST(parse(query), operationName || undefined)?.operation === 'subscription';
  } catch {
    return false; // The server explains a document it cannot parse.
  }
}

function SignInBar({ signIn, onSignIn }) {
  const identities = settings.identities;
  const [choice, setChoice] = useState(identities?.[0]?.id ?? '');
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState(null);

  async function signInAs(id) {
    setProblem(null);
    try {
      const response = await fetch(settings.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: id }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok || !body.token) {
        throw new Error(body.message ?? `the token request answered ${response.status}`);
      }
      const label = identities.find((identity) => identity.id === id)?.label ?? id;
      onSignIn({ token: body.token, who: label });
    } catch (error) {
      setProblem(String(error.message ?? error));
    }
  }

  function submitPasted(event) {
    event.preventDefault();
    const token = pasted.trim().replace(/^Bearer\s+/i, '');
    if (token) {
      onSignIn({ token, who: 'a pasted token' });
      setPasted('');
    }
  }

  return (
    <form className="ide-sign-in" onSubmit={identities ? (event) => { event.preventDefault(); signInAs(choice); } : submitPasted}>
      {identities ? (
        <label>
          Development persona{' '}
          <select name="identity" value={choice} onChange={(event) => setChoice(event.target.value)}>
            {identities.map((identity) => (
              <option key={identity.id} value={identity.id}>{identity.label}</option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          Bearer token{' '}
          <input name="token" type="password" autoComplete="off" placeholder="paste an access token"
            value={pasted} onChange={(event) => setPasted(event.target.value)} />
        </label>
      )}
      <button type="submit" name="sign-in">Sign in</button>
      {signIn && <button type="button" name="sign-out" onClick={() => onSignIn(null)}>Sign out</button>}
      <span className="ide-signed-in" data-testid="signed-in">
        {signIn ? `Signed in as ${signIn.who}` : 'Not signed in: only anonymous fields answer'}
      </span>
      {problem && <span className="ide-problem" role="alert">{problem}</span>}
    </form>
  );
}

function App() {
  const [signIn, setSignIn] = useState(remembered);

  useEffect(() => {
    if (signIn) {
      sessionStorage.setItem(storageKey, JSON.stringify(signIn));
    } else {
      sessionStorage.removeItem(storageKey);
    }
  }, [signIn]);

  // A new sign-in makes a new fetcher: HTTP requests carry the token in Authorization, and a new socket sends it in
  // connection_init (browsers cannot set headers on a WebSocket).
  const { fetcher, wsClient } = useMemo(() => {
    const client = createClient({
      url: wsUrl.href,
      lazy: true,
      connectionParams: signIn ? { Authorization: `Bearer ${signIn.token}` } : {},
    });
    const overHttp = createGraphiQLFetcher({
      url: httpUrl.href,
      headers: signIn ? { Authorization: `Bearer ${signIn.token}` } : {},
    });
    // Subscriptions go over the socket, everything else over HTTP. Decided here rather than by createGraphiQLFetcher,
    // which sent an unnamed subscription over HTTP.
    return {
      wsClient: client,
      fetcher: (params, options) => (isSubscription(params) ? client.iterate(params) : overHttp(params, options)),
    };
  }, [signIn]);
  useEffect(() => () => { wsClient.dispose(); }, [wsClient]);

  return (
    <div className="ide">
      <SignInBar signIn={signIn} onSignIn={setSignIn} />
      <div className="ide-graphiql">
        <GraphiQL key={signIn?.token ?? 'anonymous'} fetcher={fetcher} shouldPersistHeaders={false} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphql-ide')).render(<App />);
