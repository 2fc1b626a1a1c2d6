// graphql-js reads the published SDL with no validation error, and the live introspection printed by graphql-js is
// the same schema. Usage: node compare.mjs SCHEMA.graphql INTROSPECTION.json
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildClientSchema, buildSchema, lexicographicSortSchema, printSchema, validateSchema } from 'graphql';

const [sdlPath, introspectionPath] = process.argv.slice(2);
if (!sdlPath || !introspectionPath) throw new Error('usage: node compare.mjs SCHEMA.graphql INTROSPECTION.json');

// buildSchema checks the SDL as a document (assertValidSDL); validateSchema checks the schema it describes.
const published = buildSchema(readFileSync(sdlPath, 'utf8'));
const introspection = JSON.parse(readFileSync(introspectionPath, 'utf8'));
const live = buildClientSchema(introspection.data ?? introspection);

let failed = false;
for (const [name, schema] of [['the published SDL', published], ['the live introspection', live]]) {
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    failed = true;
    console.error(`${name} does not validate:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
}

const fromFile = printSchema(lexicographicSortSchema(published));
const fromApi = printSchema(lexicographicSortSchema(live));
if (fromFile !== fromApi) {
  failed = true;
  const dir = mkdtempSync(join(tmpdir(), 'careplan-schema-'));
  writeFileSync(join(dir, 'published.graphql'), fromFile);
  writeFileSync(join(dir, 'introspected.graphql'), fromApi);
  const diff = spawnSync('diff', ['-u', 'published.graphql', 'introspected.graphql'], { cwd: dir, encoding: 'utf8' });
  console.error(`the published SDL and the live introspection differ (sorted, as graphql-js prints them):\n${diff.stdout}`);
}

if (failed) process.exit(1);
console.log(`graphql-js: the published SDL validates and equals the live introspection (${fromFile.split('\n').length} lines, sorted)`);
