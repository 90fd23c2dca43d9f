#!/usr/bin/env bash
# The order pipeline goals of issue 15, as a benchmark: placeOrder → FULFILLED for a top-up (goal p99 ≤ 2 s), and
# placeOrder → SHIPPED with a tracking number (≤ 5 s) → DELIVERED (≤ 30 s) for a physical order, with no webhook
# signed by hand. Starts PostgreSQL privately, publishes the API in Release and runs it in Development (sandbox
# payment, operator and carrier; the carrier moves parcels along by itself), then drives it with bench/pipeline.mjs.
# Settings (environment): TOP_UPS (40), PARCELS (20), CONCURRENCY (4), POLL_MS (20), API_ENV extra "KEY=VALUE"
# settings for the API (space-separated), e.g. API_ENV="Carriers__Sandbox__AdvanceEvery=00:00:01".
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/servers.sh

bench_need curl node dotnet python3
echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
bench_publish src/Api "$BENCH_ROOT/api"
bench_start_postgres
# Development: the sandboxes and the carrier's own progress (appsettings.Development.json), the pipeline on.
# Rate limits off: one client places every order, which a storefront spreads over many addresses.
# shellcheck disable=SC2086
bench_start_api ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development Redis__Configuration= RateLimiting__Enabled=false ${API_ENV:-}
echo "# API in Development on PostgreSQL: $API_URL; top-ups ${TOP_UPS:-40}, parcels ${PARCELS:-20}, concurrency ${CONCURRENCY:-4}, poll ${POLL_MS:-20} ms"
node bench/pipeline.mjs "$API_URL"
echo "# load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
