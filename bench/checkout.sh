#!/usr/bin/env bash
# Full checkouts (issue 13): PostgreSQL and Redis private, the API in Release/Production, then BUYERS_LIST (10 50)
# concurrent buyers each running create cart → add line → address → shipping → place order for RUN_SECONDS (10)
# seconds. Prints orders/s, checkout p50/p99, CPU ms per checkout (API + PostgreSQL + Redis, procfs) and SQL
# statements per checkout from PostgreSQL's own log (one checkout, after a warm-up). Node's own fetch is the client.
#
# What the CPU covers: the five requests and what they cause (the outbox publisher's claims, publishes and marks,
# cache invalidation, Redis). Not the order pipeline's steps (risk screening, capture, shipment booking…), which
# run later and are measured by bench/pipeline.sh: this Production host has no carrier or fulfilment sandbox, so
# shipment booking failed and retried six times per order with a logged stack trace, and that was most of the
# database's CPU per "checkout". PIPELINE=on runs the steps anyway (the steps are written in both cases).
# WARMUP_SECONDS (20) of 10 buyers first: a fresh process runs unoptimised (tier-0) code and JITs for minutes on a
# loaded machine, which made short runs measure the JIT rather than the checkout. The API is published ReadyToRun.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/servers.sh
BUYERS_LIST=${BUYERS_LIST:-10 50}
# Not $SECONDS: bash keeps its own seconds-since-start there, and a SECONDS=… prefix sets that counter.
RUN_SECONDS=${RUN_SECONDS:-10}
WARMUP_SECONDS=${WARMUP_SECONDS:-20}
PIPELINE=${PIPELINE:-off}
bench_need node curl dotnet redis-server python3

echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); pipeline steps $PIPELINE; warm-up ${WARMUP_SECONDS} s"
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$BENCH_ROOT/api" -v quiet -nologo >/dev/null
steps=false
[ "$PIPELINE" = on ] && steps=true
bench_start_postgres
bench_start_redis
# Production refuses the public development webhook secret: a private one for this run.
bench_start_api Redis__Configuration="127.0.0.1:$REDIS_PORT" RateLimiting__Enabled=false Payments__Sandbox__Enabled=true Outbox__Steps__Enabled=$steps \
  Payments__Sandbox__WebhookSecret="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")"
server_pids=("$API_PID" "$PG_PID" "$REDIS_PID")

# Warm-up, then the statements of exactly one checkout.
env BUYERS=10 SECONDS="$WARMUP_SECONDS" node bench/checkout.mjs "$API_URL" >/dev/null
sleep 1.5 # let the outbox publisher finish what the warm-up wrote
bench_sql_log_on
env BUYERS=1 SECONDS=0.001 node bench/checkout.mjs "$API_URL" > "$BENCH_ROOT/one.json"
sleep 0.2
statements=$(bench_sql_log_off)
publisher=$(grep -c 'outbox_messages AS o' "$BENCH_ROOT/sql.log" || true)
echo "# one checkout: $statements SQL statements logged by PostgreSQL, of which $publisher the outbox publisher's (claims, marks) and $(grep -c 'DISCARD ALL' "$BENCH_ROOT/sql.log" || true) DISCARD ALL; $(cat "$BENCH_ROOT/one.json")"

printf '\n| buyers | orders | failures | orders/s | p50 ms | p99 ms | CPU ms per checkout (API+db+redis) | API | PostgreSQL | Redis | load |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
for buyers in $BUYERS_LIST; do
  before=(); for pid in "${server_pids[@]}"; do before+=("$(bench_cpu_ticks "$pid")"); done
  result=$(env BUYERS=$buyers SECONDS=$RUN_SECONDS node bench/checkout.mjs "$API_URL")
  spent=(); i=0; for pid in "${server_pids[@]}"; do spent+=($(($(bench_cpu_ticks "$pid") - before[i]))); i=$((i + 1)); done
  python3 - "$result" "$(getconf CLK_TCK)" "$(cut -d' ' -f1 /proc/loadavg)" "${spent[@]}" <<'PY'
import json, sys
r, hz, load = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ms = [int(t) * 1000 / hz / max(1, r['orders']) for t in sys.argv[4:]]
parts = ' | '.join(f'{m:.1f}' for m in ms)
print(f"| {r['buyers']} | {r['orders']} | {r['failures']} | {r['ordersPerSecond']} | {r['p50ms']} | {r['p99ms']} | {sum(ms):.1f} | {parts} | {load} |")
if r['firstError']: print(f"# first failure: {r['firstError']}", file=sys.stderr)
PY
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
