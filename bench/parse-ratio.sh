#!/usr/bin/env bash
# Parse throughput of our parser against graphql-js on the same inputs, measured in the same run.
# Needs `npm ci --prefix tests/js`. Prints both measurements and ours/theirs per input.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/GraphQL.Benchmarks -c Release -v quiet -nologo >/dev/null
ours=$(dotnet bench/GraphQL.Benchmarks/bin/Release/net10.0/Headless.GraphQL.Benchmarks.dll --throughput)
theirs=$(node bench/parse-throughput.mjs)

echo "ours:       $ours" | sed '2,$s/^/            /'
echo "graphql-js: $theirs" | sed '2,$s/^/            /'
node -e '
  const [ours, theirs] = process.argv.slice(1).map((text) => Object.fromEntries(text.trim().split("\n").map((line) => JSON.parse(line)).map((r) => [r.input, r])));
  for (const name of Object.keys(ours)) {
    const ratio = ours[name].opsPerSecond / theirs[name].opsPerSecond;
    console.log(`${name}: ours/graphql-js parse throughput = ${ratio.toFixed(2)}x (${ours[name].allocatedBytesPerOp} bytes allocated per parse)`);
  }
' "$ours" "$theirs"
