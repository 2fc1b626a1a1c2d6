// Collects the operations a client would copy from the docs and the demo integrations, as .graphql files for
// graphql-codegen. Usage: node operations.mjs OUT_DIR  (GRAPHQL_URL and ADMIN_TOKEN to fetch the trusted documents)
//
// Where documents come from:
//   - README.md, docs/*.md (docs/integrating.md included whenever it exists): every ```graphql block, and the
//     "query" of every JSON body in a ```bash block (curl -d '{"query": ...}'), as the README writes its examples;
//   - the demo integrations' trusted documents, read from the running API as an administrator.
// Which are taken: a document with at least one operation. A block of type definitions (SDL) or of fragments only is
// skipped and listed, and so is a curl body that is not JSON on its own (shell variables spliced in). A taken document
// that does not validate against the schema fails the run: an example that is meant to fail must not be written as
// a ```graphql block. Anonymous operations are named after where they came from, so generated type names are stable.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, parse, print, validate, visit } from 'graphql';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node operations.mjs OUT_DIR');
mkdirSync(out, { recursive: true });

const schema = buildSchema(readFileSync(join(root, 'schema/schema.graphql'), 'utf8'));
const markdown = ['README.md', ...(existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`) : [])];

const found = []; // { source, text }
const skipped = [];

for (const file of markdown) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  let fence = null;
  let start = 0;
  let body = [];
  lines.forEach((line, index) => {
    const open = /^\s*```(\w*)\s*$/.exec(line);
    if (fence === null && open) {
      fence = open[1];
      start = index + 1;
      body = [];
    } else if (fence !== null && /^\s*```\s*$/.test(line)) {
      const text = body.join('\n');
      const source = `${file}:${start}`;
      if (fence === 'graphql' || fence === 'gql') {
        found.push({ source, text });
      } else if (fence === 'bash' || fence === 'sh' || fence === 'shell') {
        // A curl body: -d '...' (single-quoted, possibly continued over lines with a backslash).
        const joined = text.replace(/\\\n/g, ' ');
        for (const match of joined.matchAll(/(?:-d|--data|--data-raw|--data-binary)\s+'([^']*)'/g)) {
          let json;
          try {
            json = JSON.parse(match[1]);
          } catch {
            skipped.push(`${source}: a curl body that is not JSON by itself`);
            continue;
          }
          if (typeof json?.query === 'string') found.push({ source, text: json.query });
        }
      }
      fence = null;
    } else if (fence !== null) {
      body.push(line);
    }
  });
}

if (process.env.GRAPHQL_URL && process.env.ADMIN_TOKEN) {
  const response = await fetch(process.env.GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ADMIN_TOKEN}` },
    body: JSON.stringify({ query: '{ integrations(first: 100) { nodes { name trustedDocuments { documentId text } } } }' }),
  });
  const result = await response.json();
  if (result.errors) throw new Error(`trusted documents: ${JSON.stringify(result.errors)}`);
  const seen = new Set();
  for (const integration of result.data.integrations.nodes) {
    for (const document of integration.trustedDocuments) {
      if (seen.has(document.documentId)) continue;
      seen.add(document.documentId);
      found.push({ source: `trusted document ${document.documentId.slice(0, 15)} (${integration.name})`, text: document.text });
    }
  }
  if (seen.size === 0) throw new Error('the demo integrations have no trusted documents');
}

const names = new Set(); // operation names already used: a clash is renamed, so codegen sees each name once
const documents = new Set(); // documents already taken (printed), so a repeated example is generated once
const failures = [];
let written = 0;
for (const { source, text } of found) {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    failures.push(`${source}: does not parse: ${error.message}`);
    continue;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0) {
    const kinds = [...new Set(document.definitions.map((d) => d.kind))].join(', ');
    skipped.push(`${source}: no operation (${kinds})`);
    continue;
  }
  const errors = validate(schema, document);
  if (errors.length > 0) {
    failures.push(`${source}: ${errors.map((e) => e.message).join('; ')}`);
    continue;
  }
  if (documents.has(print(document))) continue;
  documents.add(print(document));
  // README.md:52 -> ReadmeLine52; a trusted document -> TrustedDocumentSha256…
  const tag = source.replace(/\.md:/, 'Line').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ')
    .map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  let anonymous = 0;
  const named = visit(document, {
    OperationDefinition(node) {
      const base = node.name?.value ?? `${tag}${anonymous++ ? anonymous : ''}`;
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base}${n}`;
      names.add(name);
      return { ...node, name: { kind: Kind.NAME, value: name } };
    },
  });
  writeFileSync(join(out, `${String(written++).padStart(3, '0')}.graphql`), `# ${source}\n${print(named)}\n`);
}

for (const line of skipped) console.log(`skipped ${line}`);
console.log(`operations: ${written} documents from ${found.length} found (${markdown.join(', ')}, trusted documents)`);
if (failures.length > 0) {
  for (const line of failures) console.error(`invalid ${line}`);
  process.exit(1);
}
if (written === 0) {
  console.error('no operation found');
  process.exit(1);
}
