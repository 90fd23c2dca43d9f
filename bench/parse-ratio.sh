#!/usr/bin/env bash
# Parse throughput of our parser against graphql-js on the same inputs, measured in the same run.
# Needs `npm ci --prefix tests/js`. Prints both measurements and ours/theirs per input.
set -euo pipefail
cd "$(dirname "$0")/.."

# BENCH_DLL=path/to/GraphQL.Benchmarks.dll measures another build (e.g. an older commit's) instead of building this one.
dll=${BENCH_DLL:-bench/GraphQL.Benchmarks/bin/Release/net10.0/GraphQL.Benchmarks.dll}
if [ -z "${BENCH_DLL:-}" ]; then
  dotnet build bench/GraphQL.Benchmarks -c Release -v quiet -nologo >/dev/null
fi
# Alternate the two three times and keep each side's best: other load on the machine only ever slows a run down.
ours=""
theirs=""
for _ in 1 2 3; do
  ours+=$(dotnet "$dll" --throughput)$'\n'
  theirs+=$(node bench/parse-throughput.mjs)$'\n'
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
    console.log(`${name} (${ours[name].bytes} chars): ours ${ours[name].opsPerSecond} parses/s, graphql-js ${theirs[name].opsPerSecond} parses/s`);
    const ratio = ours[name].opsPerSecond / theirs[name].opsPerSecond;
    console.log(`${name}: ours/graphql-js parse throughput = ${ratio.toFixed(2)}x (${ours[name].allocatedBytesPerOp} bytes allocated per parse)`);
  }
' "$ours" "$theirs"
