// Bundles the IDE (src/main.jsx and its CSS) into dist/, which is git-ignored: the API copies dist/ into its output
// when dist/ exists at build time, and serves it under /graphql/ide/. Run through build.sh.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const outdir = new URL('./dist/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { ide: new URL('./src/main.jsx', import.meta.url).pathname },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
console.log(`the IDE is bundled in ${outdir}`);
