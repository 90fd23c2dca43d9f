#!/usr/bin/env bash
# orderStatusChanged at scale on one instance (issue 13): PostgreSQL + Redis private, the API in Release/Production.
# Two cases: all SUBSCRIBERS on one order, and spread over ORDERS_SPREAD orders. Prints the API's memory (VmRSS from
# procfs) before subscribing and with every subscriber idle, and the delivery latency of one status change to all.
# Case two: all SUBSCRIBERS on one order, split over two API instances sharing PostgreSQL and Redis, the change made
# through the first (delivery to the second's subscribers goes through Redis); its RSS columns are the first instance's.
# Also prints the CPU seconds the API(s) and the Node client used from the status change until the last delivery, so
# a saturated client shows. Settings: SUBSCRIBERS (10000), ORDERS_SPREAD (1000), CONNECTIONS (200),
# CASES ("one spread two"), CASE_TIMEOUT, PIPELINE (on). Needs `npm ci --prefix tests/js`.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/servers.sh
SUBSCRIBERS=${SUBSCRIBERS:-10000}
ORDERS_SPREAD=${ORDERS_SPREAD:-1000}
CONNECTIONS=${CONNECTIONS:-200}
bench_need node curl dotnet redis-server python3
[ -d tests/js/node_modules ] || { echo "bench: run npm ci --prefix tests/js first" >&2; exit 1; }

echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); pipeline steps ${PIPELINE:-on}"
bench_publish src/Api "$BENCH_ROOT/api"
bench_start_postgres
bench_start_redis
secret=bench_webhook_secret_$RANDOM$RANDOM
printf '\n| case | subscribers | orders | RSS before (MB) | RSS idle (MB) | extra (MB) | opened in (s) | delivered | failures | p50 ms | p99 ms | max ms | API CPU s | client CPU s | load |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
api_settings=(Redis__Configuration="127.0.0.1:$REDIS_PORT" RateLimiting__Enabled=false
  Payments__Sandbox__Enabled=true Payments__Sandbox__WebhookSecret="$secret"
  GraphQL__WebSockets__MaxConnectionsPerClient=$((CONNECTIONS + 10)) GraphQL__WebSockets__MaxSubscribesPerSecond=100)
# PIPELINE=off leaves the order pipeline's steps unrun (risk screening, capture… each a further event per order), to
# tell their share of the delay; on (the default) is what production does.
[ "${PIPELINE:-on}" = off ] && api_settings+=(Outbox__Steps__Enabled=false)
# Mean of a histogram on an API's /metrics (management port): "mean_s count".
metric_mean() {
  curl -sf "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 ~ "^"m"_sum" {s+=$2} $1 ~ "^"m"_count" {c+=$2} END {printf "%.3f %d", (c ? s/c : 0), c}'
}
for case in ${CASES:-one spread two}; do
  orders=1; [ "$case" = spread ] && orders=$ORDERS_SPREAD
  metrics_ports=($(bench_free_port) $(bench_free_port))
  bench_start_api "${api_settings[@]}" Telemetry__Prometheus__Port="${metrics_ports[0]}"
  api_pids=("$API_PID"); urls=("$API_URL")
  if [ "$case" = two ]; then
    bench_start_api "${api_settings[@]}" Telemetry__Prometheus__Port="${metrics_ports[1]}"
    api_pids+=("$API_PID"); urls+=("$API_URL")
  fi
  before=$(bench_rss_kb "${api_pids[0]}")
  coproc NODE { ORDERS=$orders SUBSCRIBERS=$SUBSCRIBERS CONNECTIONS=$CONNECTIONS timeout "${CASE_TIMEOUT:-900}" node bench/subscriptions.mjs "${urls[0]}" "$secret" "${urls[1]:-}"; }
  node_pid=$NODE_PID
  read -r ready <&"${NODE[0]}"
  echo "# $case: $ready" >&2
  idle=$(bench_rss_kb "${api_pids[0]}")
  api_ticks=$(bench_cpu_ticks "${api_pids[@]}")
  echo go >&"${NODE[1]}"
  read -r result <&"${NODE[0]}"
  api_ticks=$(( $(bench_cpu_ticks "${api_pids[@]}") - api_ticks ))
  for i in "${!api_pids[@]}"; do
    echo "# $case instance $((i + 1)): outbox publish delay mean/count $(metric_mean "${metrics_ports[$i]}" headless_outbox_publish_delay_seconds), live delivery lag mean/count $(metric_mean "${metrics_ports[$i]}" headless_subscription_delivery_lag_seconds)" >&2
  done
  # The pipeline's steps yield to the outbox publisher: how long after the last delivery until every step had its first
  # attempt (one waiting for a retry is not waited for), so a pipeline starved by that precedence shows.
  started_ns=$(date +%s%N)
  while [ "${PIPELINE:-on}" = on ] && [ "$(bench_psql headless -At -c "SELECT count(*) FROM pipeline_steps WHERE status = 'Pending' AND attempts = 0")" != 0 ] \
    && [ $(( $(date +%s%N) - started_ns )) -lt 120000000000 ]; do
    sleep 0.1
  done
  echo "# $case: every pipeline step started within $(( ($(date +%s%N) - started_ns) / 1000000 )) ms after the last delivery (steps by status $(bench_psql headless -At -F= -R, -c 'SELECT status, count(*) FROM pipeline_steps GROUP BY status'))" >&2
  wait "$node_pid" || true
  echo "# $case: outbox rows $(bench_psql headless -At -c 'SELECT count(*) FROM outbox_messages'), orders by state $(bench_psql headless -At -F= -R, -c 'SELECT state, count(*) FROM orders GROUP BY state')" >&2
  python3 - "$case" "$before" "$idle" "$result" "$(cut -d' ' -f1 /proc/loadavg)" "$api_ticks" "$(getconf CLK_TCK)" <<'PY'
import json, sys
case, before, idle, result, load = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5]
api, tck = int(sys.argv[6]), int(sys.argv[7])
print(f"| {case} | {result['subscribers']} | {result['orders']} | {before/1024:.0f} | {idle/1024:.0f} | {(idle-before)/1024:.0f} | {result['openSeconds']:.0f} | {result['delivered']} | {result['failures']} | {result['p50ms']} | {result['p99ms']} | {result['maxms']} | {api/tck:.1f} | {result['clientCpuSeconds']:.1f} | {load} |")
PY
  for pid in "${api_pids[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  bench_psql postgres -c "DROP DATABASE headless WITH (FORCE)" -c "CREATE DATABASE headless" >/dev/null
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
