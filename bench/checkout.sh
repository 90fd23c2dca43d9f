#!/usr/bin/env bash
# Full checkouts (issue 13): PostgreSQL and Redis private, the API in Release/Production, then BUYERS_LIST (10 50)
# concurrent buyers each running create cart → add line → address → shipping → place order for RUN_SECONDS (10)
# seconds. Prints orders/s, checkout p50/p99, CPU ms per checkout (API + PostgreSQL + Redis, procfs) and SQL
# statements per checkout from PostgreSQL's own log (one checkout, after a warm-up). Node's own fetch is the client.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/servers.sh
BUYERS_LIST=${BUYERS_LIST:-10 50}
# Not $SECONDS: bash keeps its own seconds-since-start there, and a SECONDS=… prefix sets that counter.
RUN_SECONDS=${RUN_SECONDS:-10}
bench_need node curl dotnet redis-server python3

echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
bench_publish src/Api "$BENCH_ROOT/api"
bench_start_postgres
bench_start_redis
# Production refuses the public development webhook secret: a private one for this run.
bench_start_api Redis__Configuration="127.0.0.1:$REDIS_PORT" RateLimiting__Enabled=false Payments__Sandbox__Enabled=true \
  Payments__Sandbox__WebhookSecret="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")"
server_pids=("$API_PID" "$PG_PID" "$REDIS_PID")

# Warm-up, then the statements of exactly one checkout.
env BUYERS=2 SECONDS=3 node bench/checkout.mjs "$API_URL" >/dev/null
sleep 1.5 # let the outbox publisher finish what the warm-up wrote
bench_sql_log_on
env BUYERS=1 SECONDS=0.001 node bench/checkout.mjs "$API_URL" > "$BENCH_ROOT/one.json"
sleep 0.2
statements=$(bench_sql_log_off)
publisher=$(grep -c 'outbox_messages AS o' "$BENCH_ROOT/sql.log" || true)
echo "# one checkout: $statements SQL statements logged by PostgreSQL, of which $publisher the outbox publisher's (claims, marks) and $(grep -c 'DISCARD ALL' "$BENCH_ROOT/sql.log" || true) DISCARD ALL; $(cat "$BENCH_ROOT/one.json")"

printf '\n| buyers | orders | failures | orders/s | p50 ms | p99 ms | CPU ms per checkout (API+db+redis) | load |\n|---:|---:|---:|---:|---:|---:|---:|---|\n'
for buyers in $BUYERS_LIST; do
  before=$(bench_cpu_ticks "${server_pids[@]}")
  result=$(env BUYERS=$buyers SECONDS=$RUN_SECONDS node bench/checkout.mjs "$API_URL")
  after=$(bench_cpu_ticks "${server_pids[@]}")
  python3 - "$result" $((after - before)) "$(getconf CLK_TCK)" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import json, sys
r, ticks, hz, load = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
cpu = ticks * 1000 / hz / max(1, r['orders'])
print(f"| {r['buyers']} | {r['orders']} | {r['failures']} | {r['ordersPerSecond']} | {r['p50ms']} | {r['p99ms']} | {cpu:.1f} | {load} |")
if r['firstError']: print(f"# first failure: {r['firstError']}", file=sys.stderr)
PY
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
