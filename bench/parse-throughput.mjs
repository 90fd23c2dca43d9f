// graphql-js's side of bench/parse-ratio.sh: the same inputs and procedure as ParseThroughput.cs
// (warm up for three seconds, best of ten timed rounds), one JSON line per input.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { parse } = createRequire(root + 'tests/js/package.json')('graphql');
const inputs = {
  'kitchen-sink': 'tests/GraphQL.Tests/Fixtures/graphql-js/kitchen-sink.graphql',
  'introspection-query': 'tests/GraphQL.Tests/Fixtures/introspection-query.graphql',
};

for (const [name, path] of Object.entries(inputs)) {
  const source = readFileSync(root + path, 'utf8');
  const iterations = Math.max(200, Math.floor(2_000_000 / source.length));
  const warmUpEnd = process.hrtime.bigint() + 3_000_000_000n;
  while (process.hrtime.bigint() < warmUpEnd) parse(source);
  let best = Infinity;
  for (let round = 0; round < 10; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) parse(source);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.min(best, seconds / iterations);
  }
  console.log(JSON.stringify({ input: name, bytes: source.length, opsPerSecond: Number((1 / best).toFixed(1)) }));
}
