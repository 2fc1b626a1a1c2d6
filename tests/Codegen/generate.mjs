// Generates typed clients with graphql-codegen from one schema source, into OUT_DIR:
//   schema.ts      every schema type (the typescript plugin), as a client's models and inputs;
//   operations.ts  each operation's result and variables (typescript-operations, which since its version 6 writes
//                  the enums and inputs its operations use itself, so it has a file of its own).
// Usage: node generate.mjs SCHEMA OPERATIONS_DIR OUT_DIR
// SCHEMA is an introspection result (.json), SDL (.graphql), or the API's URL: then codegen's own url loader
// introspects it (with TOKEN as the bearer token) with every graphql-js option on, set as codegen settings are.
import { generate } from '@graphql-codegen/cli';
import { EVERY_OPTION } from './options.mjs';

const [schema, operations, out] = process.argv.slice(2);
if (!schema || !operations || !out) throw new Error('usage: node generate.mjs SCHEMA OPERATIONS_DIR OUT_DIR');

// The custom scalars as they travel in JSON (their @specifiedBy documents say so).
const config = { strictScalars: true, scalars: { Date: 'string', DateTime: 'string', Long: 'number' } };
const fromUrl = /^https?:/.test(schema);
await generate(
  {
    schema: fromUrl ? { [schema]: { headers: { authorization: `Bearer ${process.env.TOKEN}` } } } : schema,
    // The url loader passes codegen's settings on to graphql-js's getIntrospectionQuery.
    ...(fromUrl ? EVERY_OPTION : {}),
    documents: `${operations}/*.graphql`,
    silent: true,
    // Plugins resolve from this folder's node_modules, wherever the script is run from.
    pluginLoader: (name) => import(name),
    generates: {
      [`${out}/schema.ts`]: { plugins: ['typescript'], config },
      [`${out}/operations.ts`]: { plugins: ['typescript-operations'], config },
    },
  },
  true,
);
