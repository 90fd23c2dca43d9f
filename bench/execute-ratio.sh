#!/usr/bin/env bash
# Execution throughput of ours against graphql-js: a 3-level query over 1,000 in-memory objects, with and without
# the document cache, measured in the same run. Needs `npm ci --prefix tests/js`. Prints ours/theirs per case.
# BENCH_DLL=path/to/GraphQL.Benchmarks.dll measures another build (e.g. an older commit's) instead of building this one.
set -euo pipefail
cd "$(dirname "$0")/.."

dll=${BENCH_DLL:-bench/GraphQL.Benchmarks/bin/Release/net10.0/GraphQL.Benchmarks.dll}
if [ -z "${BENCH_DLL:-}" ]; then
  dotnet build bench/GraphQL.Benchmarks -c Release -v quiet -nologo >/dev/null
fi

# Alternate the two three times and keep each side's best: other load on the machine only ever slows a run down.
ours=""
theirs=""
for _ in 1 2 3; do
  ours+=$(dotnet "$dll" --execute-throughput)$'\n'
  theirs+=$(node bench/execute-throughput.mjs)$'\n'
done

node -e '
  const best = (text) => {
    const byInput = {};
    for (const r of text.trim().split("\n").map((line) => JSON.parse(line))) {
      if (!byInput[r.input] || r.opsPerSecond > byInput[r.input].opsPerSecond) byInput[r.input] = r;
    }
    return byInput;
  };
  const [ours, theirs] = process.argv.slice(1).map(best);
  for (const name of Object.keys(ours)) {
    const ratio = ours[name].opsPerSecond / theirs[name].opsPerSecond;
    console.log(`${name}: ours ${ours[name].opsPerSecond} ops/s (${ours[name].allocatedBytesPerOp} bytes allocated per op), graphql-js ${theirs[name].opsPerSecond} ops/s, ours/graphql-js = ${ratio.toFixed(2)}x`);
  }
' "$ours" "$theirs"
