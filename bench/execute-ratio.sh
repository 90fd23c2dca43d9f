#!/usr/bin/env bash
# Execution throughput of ours against graphql-js: a 3-level query over 1,000 in-memory objects, with and without
# the document cache, measured in the same run. Needs `npm ci --prefix tests/js`. Prints ours/theirs per case.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/GraphQL.Benchmarks -c Release -v quiet -nologo >/dev/null
ours=$(dotnet bench/GraphQL.Benchmarks/bin/Release/net10.0/GraphQL.Benchmarks.dll --execute-throughput)
theirs=$(node bench/execute-throughput.mjs)

echo "ours:       $ours" | sed '2,$s/^/            /'
echo "graphql-js: $theirs" | sed '2,$s/^/            /'
node -e '
  const [ours, theirs] = process.argv.slice(1).map((text) => Object.fromEntries(text.trim().split("\n").map((line) => JSON.parse(line)).map((r) => [r.input, r])));
  for (const name of Object.keys(ours)) {
    console.log(`${name}: ours/graphql-js execute throughput = ${(ours[name].opsPerSecond / theirs[name].opsPerSecond).toFixed(2)}x`);
  }
' "$ours" "$theirs"
