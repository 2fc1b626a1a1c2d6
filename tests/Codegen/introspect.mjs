// Fetches the live API's introspection the way graphql-js asks for it with every option on, and writes the result.
// Usage: GRAPHQL_URL=… TOKEN=… node introspect.mjs OUT.json
// Each tool's own option set (TOOL_OPTIONS below) is asked too, and must answer without errors.
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { EVERY_OPTION } from './options.mjs';

// What each tool asks for (tests/Codegen/README.md says where each was read). Every option is a field or an argument
// the API either has or not, so these and EVERY_OPTION answering means any mix of them answers.
const TOOL_OPTIONS = {
  'GraphiQL 3 as this API serves it (no introspection props: graphql-js defaults)': {},
  'GraphiQL 3 with its inputValueDeprecation and schemaDescription props': { inputValueDeprecation: true, schemaDescription: true },
  'graphql-codegen url loader with no options set (graphql-js defaults)': {},
  'Apollo Rover graph introspect (its own query: includeDeprecated on args and inputFields, input value deprecation)': { inputValueDeprecation: true },
};

async function introspect(options) {
  const response = await fetch(process.env.GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${process.env.TOKEN}` },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
  });
  const result = await response.json();
  if (!response.ok || result.errors || !result.data?.__schema) {
    throw new Error(`introspection with ${JSON.stringify(options)} answered ${response.status}: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result;
}

const out = process.argv[2];
if (!out) throw new Error('usage: node introspect.mjs OUT.json');
for (const [tool, options] of Object.entries(TOOL_OPTIONS)) {
  await introspect(options);
  console.log(`introspection as ${tool} asks (${JSON.stringify(options)}): answered`);
}
const result = await introspect(EVERY_OPTION);
writeFileSync(out, JSON.stringify(result, null, 2));
console.log(`introspection with every option on: ${result.data.__schema.types.length} types, ${result.data.__schema.directives.length} directives`);
