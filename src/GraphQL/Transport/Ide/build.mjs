// Bundles GraphiQL, React and our page script into wwwroot/ (embedded in the Headless.GraphQL assembly), and
// records a hash of the inputs in wwwroot/inputs.sha256 so a test can tell when the committed bundle is stale.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'wwwroot');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { graphiql: join(here, 'app.jsx') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  logLevel: 'warning',
});

writeFileSync(join(out, 'inputs.sha256'), inputsHash(here) + '\n');

export function inputsHash(directory) {
  const hash = createHash('sha256');
  for (const file of ['app.jsx', 'build.mjs', 'package.json', 'package-lock.json']) {
    hash.update(file + '\0');
    hash.update(readFileSync(join(directory, file)).toString('utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex');
}
