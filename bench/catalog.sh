#!/usr/bin/env bash
# Catalog reads against the bare-Kestrel ceiling, interleaved in one run (issue 13).
# Starts PostgreSQL and Redis privately, publishes the API in Release and runs it in Production (seeded demo catalog),
# records the 20-product page and the by-slug product page, serves those very bytes from bench/Ceiling, then runs wrk
# ceiling / API / ceiling / API … for ROUNDS rounds and prints req/s, the ratio to the ceiling, CPU ms per request
# (server + PostgreSQL + Redis from /proc/<pid>/stat) and SQL statements / Redis commands per request.
# Settings (environment): ROUNDS (3), DURATION seconds per wrk run (5), CONNECTIONS (10), THREADS (2),
# API_ENV extra "KEY=VALUE" settings for the API (space-separated), NO_REDIS=1 to run the API without Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/servers.sh

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-10}
THREADS=${THREADS:-2}
bench_need wrk curl jq dotnet redis-server python3

echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
bench_publish src/Api "$BENCH_ROOT/api"
bench_publish bench/Ceiling "$BENCH_ROOT/ceiling"
bench_start_postgres
redis_env=()
if [ -z "${NO_REDIS:-}" ]; then bench_start_redis; redis_env=(Redis__Configuration="127.0.0.1:$REDIS_PORT"); fi
# shellcheck disable=SC2086
bench_start_api "${redis_env[@]}" ${API_ENV:-}
server_pids=("$API_PID" "$PG_PID" ${REDIS_PID:-})

mkdir -p "$BENCH_ROOT/requests" "$BENCH_ROOT/responses"
slug=$(curl -s "$API_URL/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ products(first: 1, order: [{ field: POPULARITY, direction: DESC }]) { nodes { slug } } }"}' | jq -r '.data.products.nodes[0].slug')
jq -n --rawfile q schema/operations/CatalogPage.graphql '{query: $q, operationName: "CatalogPage", variables: {first: 20}}' > "$BENCH_ROOT/requests/page.json"
jq -n --rawfile q schema/operations/ProductPage.graphql --arg slug "$slug" '{query: $q, operationName: "ProductPage", variables: {slug: $slug}}' > "$BENCH_ROOT/requests/slug.json"
for name in page slug; do
  curl -s "$API_URL/graphql" -H 'content-type: application/json' -H 'accept: application/graphql-response+json' \
    --data-binary @"$BENCH_ROOT/requests/$name.json" -o "$BENCH_ROOT/responses/$name.json"
  jq -e '.errors == null and .data != null' "$BENCH_ROOT/responses/$name.json" >/dev/null \
    || { echo "bench: $name answered errors:" >&2; head -c 2000 "$BENCH_ROOT/responses/$name.json" >&2; exit 1; }
done
echo "# responses: page $(stat -c %s "$BENCH_ROOT/responses/page.json") bytes (20 products), by-slug $(stat -c %s "$BENCH_ROOT/responses/slug.json") bytes ($slug)"

ceiling_port=$(bench_free_port)
dotnet "$BENCH_ROOT/ceiling/Ceiling.dll" "$BENCH_ROOT/responses" --urls "http://127.0.0.1:$ceiling_port" >"$BENCH_ROOT/ceiling.log" 2>&1 &
CEILING_PID=$!
BENCH_PIDS+=("$CEILING_PID")
for _ in $(seq 100); do curl -sf -X POST "http://127.0.0.1:$ceiling_port/page" -o /dev/null && break; sleep 0.1; done

# SQL statements and Redis commands per request, counted over 20 requests of each kind after a warm-up.
declare -A sql_per redis_per
for name in page slug; do
  for _ in 1 2 3; do curl -s "$API_URL/graphql" -H 'content-type: application/json' --data-binary @"$BENCH_ROOT/requests/$name.json" -o /dev/null; done
  bench_sql_log_on
  before_redis=$([ -n "${REDIS_PID:-}" ] && bench_redis_commands || echo 0)
  for _ in $(seq 20); do curl -s "$API_URL/graphql" -H 'content-type: application/json' --data-binary @"$BENCH_ROOT/requests/$name.json" -o /dev/null; done
  after_redis=$([ -n "${REDIS_PID:-}" ] && bench_redis_commands || echo 0)
  statements=$(bench_sql_log_off)
  sql_per[$name]=$(awk -v s="$statements" 'BEGIN {printf "%.2f", s / 20}')
  discards=$(grep -c 'DISCARD ALL' "$BENCH_ROOT/sql.log" || true)
  sql_per[$name]+=" (DISCARD ALL $(awk -v s="$discards" 'BEGIN {printf "%.2f", s / 20}'))"
  redis_per[$name]=$(awk -v a="$before_redis" -v b="$after_redis" 'BEGIN {printf "%.2f", (b - a) / 20}')
done

# One wrk run; prints "req/s requests cpu_ms_per_request".
run_wrk() {
  local url=$1 body=$2; shift 2
  local before after out requests rps
  before=$(bench_cpu_ticks "$@")
  out=$(BODY=$body wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/lib/post.lua "$url")
  after=$(bench_cpu_ticks "$@")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  if echo "$out" | grep -q 'Non-2xx'; then echo "bench: non-2xx answers: $out" >&2; exit 1; fi
  awk -v r="$rps" -v n="$requests" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.0f %d %.3f\n", r, n, t * 1000 / hz / n}'
}

# Warm-up (JIT, caches, pools) before anything is measured.
for name in page slug; do
  BODY=$BENCH_ROOT/requests/$name.json wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s bench/lib/post.lua "$API_URL/graphql" >/dev/null
  BODY=$BENCH_ROOT/requests/$name.json wrk -t"$THREADS" -c"$CONNECTIONS" -d1s -s bench/lib/post.lua "http://127.0.0.1:$ceiling_port/$name" >/dev/null
done

printf '\n| round | load | case | ceiling req/s | API req/s | API / ceiling | ceiling CPU ms/req | API CPU ms/req (server+db+redis) |\n|---|---|---|---:|---:|---:|---:|---:|\n'
results=()
for round in $(seq "$ROUNDS"); do
  for name in page slug; do
    read -r c_rps _ c_cpu < <(run_wrk "http://127.0.0.1:$ceiling_port/$name" "$BENCH_ROOT/requests/$name.json" "$CEILING_PID")
    read -r a_rps _ a_cpu < <(run_wrk "$API_URL/graphql" "$BENCH_ROOT/requests/$name.json" "${server_pids[@]}")
    ratio=$(awk -v a="$a_rps" -v c="$c_rps" 'BEGIN {printf "%.2f %%", a * 100 / c}')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$round" "$(cut -d' ' -f1 /proc/loadavg)" "$name" "$c_rps" "$a_rps" "$ratio" "$c_cpu" "$a_cpu"
  done
done
printf '\nSQL statements per request: page %s, by-slug %s; Redis commands per request: page %s, by-slug %s\n' \
  "${sql_per[page]}" "${sql_per[slug]}" "${redis_per[page]}" "${redis_per[slug]}"
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
