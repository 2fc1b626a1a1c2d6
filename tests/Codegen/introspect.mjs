// Fetches the live API's introspection the way graphql-js asks for it with every option on, and writes the result.
// Usage: GRAPHQL_URL=… TOKEN=… node introspect.mjs OUT.json
// Each tool's own option set (TOOL_OPTIONS below) is asked too, and must answer without errors.
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';

// graphql 16's options. experimentalDirectiveDeprecation is left off: deprecating directives is not in the
// specification, and no tool below asks for it.
export const EVERY_OPTION = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

// What each tool asks for (see tests/Codegen/README.md for where each was read).
const TOOL_OPTIONS = {
  'GraphiQL 3 and 4 (@graphiql/toolkit defaults)': { inputValueDeprecation: true, schemaDescription: true },
  'graphql-codegen url loader (@graphql-tools/url-loader defaults)': { descriptions: true, specifiedByUrl: false, directiveIsRepeatable: true, schemaDescription: false, inputValueDeprecation: true },
  'Apollo Rover graph introspect': { inputValueDeprecation: true },
  'graphql-js defaults (Apollo Client devtools, Apollo iOS and Kotlin in their default mode)': {},
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
