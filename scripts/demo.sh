#!/usr/bin/env bash
# The README walkthrough, end to end: catalog -> cart -> order -> a signed payment webhook -> the order moves.
#   ./build.sh demo                        builds src/Api, starts it in Development on a free loopback port with
#                                          a temporary SQLite database, runs every step, and stops it again
#   HEADLESS_URL=http://localhost:5080 ./build.sh demo
#                                          runs the steps against an API that is already running
# Needs curl, jq and openssl. Every run uses fresh idempotency keys and webhook event ids, so it can be repeated.
# HEADLESS_WEBHOOK_SECRET is the server's Payments:Sandbox:WebhookSecret (default: the development secret).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

secret="${HEADLESS_WEBHOOK_SECRET:-whsec_sandbox_development_only}"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { printf 'demo: %s\n' "$*" >&2; exit 1; }
uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

for tool in curl jq openssl; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing: apt-get install -y $tool"
done

workdir="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "found no free loopback port"
}

start_server() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is missing (or set HEADLESS_URL to a running API)"
  step "Building and starting the API (Development, temporary SQLite database)"
  dotnet build src/Api -v quiet -nologo -clp:NoSummary >"$workdir/build.log" 2>&1 || { cat "$workdir/build.log" >&2; die "build failed"; }
  local port dll
  port="$(free_port)"
  dll="$(ls src/Api/bin/Debug/net*/Headless.Api.dll | head -n 1)"
  HEADLESS_URL="http://127.0.0.1:$port"
  ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Headless="Data Source=$workdir/demo.db" \
    Database__Provider=Sqlite \
    Redis__Configuration="" \
    Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "$HEADLESS_URL" >"$workdir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$HEADLESS_URL/health/ready" >/dev/null 2>&1; then
      echo "listening on $HEADLESS_URL (pid $server_pid)"
      return
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$workdir/server.log" >&2; die "the API exited"; }
    sleep 0.5
  done
  cat "$workdir/server.log" >&2
  die "the API did not become ready"
}

if [ -z "${HEADLESS_URL:-}" ]; then
  start_server
else
  HEADLESS_URL="${HEADLESS_URL%/}"
  curl -fsS "$HEADLESS_URL/health/ready" >/dev/null || die "no API answers at $HEADLESS_URL/health/ready"
  echo "using the API at $HEADLESS_URL"
fi

# Sends an operation of schema/operations with variables; prints the response, fails on GraphQL errors.
gql() {
  local response
  response="$(jq -n --rawfile q "schema/operations/$1.graphql" --argjson v "$2" '{query: $q, variables: $v}' \
    | curl -fsS "$HEADLESS_URL/graphql" -H 'content-type: application/json' -d @-)"
  if jq -e '.errors' >/dev/null <<<"$response"; then
    jq . <<<"$response" >&2
    die "$1 answered with errors"
  fi
  printf '%s' "$response"
}

# Fails unless the payload's typed errors are empty.
no_errors() {
  jq -e --arg f "$1" '.data[$f].errors | length == 0' >/dev/null <<<"$2" || { jq ".data.$1.errors" <<<"$2" >&2; die "$1 refused"; }
}

step "1. Pick a variant (a physical product in stock)"
variant="$(curl -fsS "$HEADLESS_URL/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ products(first: 1, where: { kinds: [PHYSICAL], inStock: true }) { nodes { name variants { id sku title price { amount currency } } } } }"}' \
  | jq -c '.data.products.nodes[0] | {name} + .variants[0]')"
echo "$variant"
variant_id="$(jq -r .id <<<"$variant")"

step "2. Create a cart (its id is the cart's secret token)"
created="$(gql CreateCart '{"input": {"email": "ada@example.com"}}')"
no_errors createCart "$created"
cart_id="$(jq -r .data.createCart.cart.id <<<"$created")"
echo "cart.id = $cart_id"

step "3. Add the variant"
added="$(gql AddToCart "$(jq -n --arg c "$cart_id" --arg v "$variant_id" '{cartId: $c, variantId: $v, quantity: 2}')")"
no_errors addCartLines "$added"
jq -c '.data.addCartLines.cart | {totalQuantity, subtotal, reservedUntil}' <<<"$added"

step "4. Set the shipping address"
addressed="$(gql SetAddress "$(jq -n --arg c "$cart_id" '{cartId: $c, address: {firstName: "Ada", lastName: "Lovelace", line1: "Hauptstraße 1", city: "Berlin", postalCode: "10115", countryCode: "DE"}}')")"
no_errors setCartShippingAddress "$addressed"
jq -c '[.data.setCartShippingAddress.cart.availableShippingMethods[] | {code, price: .price.amount}]' <<<"$addressed"

step "5. Choose standard shipping"
shipped="$(gql SetShipping "$(jq -n --arg c "$cart_id" '{cartId: $c, code: "STANDARD"}')")"
no_errors setCartShippingMethod "$shipped"
jq -c '.data.setCartShippingMethod.cart.total' <<<"$shipped"

step "6. Place the order (a fresh idempotency key; send the same one on every retry)"
key="checkout-$(uuid)"
placed="$(gql PlaceOrder "$(jq -n --arg c "$cart_id" --arg k "$key" '{cartId: $c, paymentToken: "tok_approve", idempotencyKey: $k}')")"
no_errors placeOrder "$placed"
order_id="$(jq -r .data.placeOrder.order.id <<<"$placed")"
order_token="$(jq -r .data.placeOrder.orderToken <<<"$placed")"
jq -c '.data.placeOrder | {number: .order.number, status: .order.status, paymentStatus, paymentReference: .order.paymentReference}' <<<"$placed"

step "7. Read the order as a guest (id + orderToken)"
read_order() { gql Order "$(jq -n --arg i "$order_id" --arg t "$order_token" '{id: $i, token: $t}')"; }
order="$(read_order)"
jq -c '.data.order | {status, events: [.events[] | "\(.sequence) \(.toStatus) by \(.actor)"]}' <<<"$order"
reference="$(jq -r .data.order.paymentReference <<<"$order")"

follower=""
if command -v node >/dev/null 2>&1 && [ -d tests/js/node_modules/graphql-ws ] && [ -d tests/js/node_modules/ws ]; then
  step "8. Follow it live over graphql-transport-ws (scripts/follow-order.mjs, in the background)"
  node scripts/follow-order.mjs "ws${HEADLESS_URL#http}/graphql" "$order_id" "$order_token" PAYMENT_CAPTURED >"$workdir/live.log" 2>&1 &
  follower=$!
  # The replay of the events so far shows the subscription is open before the webhook is sent.
  for _ in $(seq 1 100); do
    grep -q '^live: 2 ' "$workdir/live.log" && break
    kill -0 "$follower" 2>/dev/null || break
    sleep 0.1
  done
  cat "$workdir/live.log"
else
  step "8. (Skipped following live: run npm ci in tests/js for graphql-ws and ws)"
fi

step "9. The payment provider captures: a signed webhook (fresh event id)"
body="$(jq -cn --arg e "evt_$(uuid)" --arg a "$reference" '{id: $e, type: "payment.captured", data: {authorizationId: $a}}')"
t="$(date +%s)"
signature="$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')"
echo "POST /webhooks/payments/sandbox  Sandbox-Signature: t=$t,v1=${signature:0:16}…"
curl -fsS "$HEADLESS_URL/webhooks/payments/sandbox" -H 'content-type: application/json' \
  -H "Sandbox-Signature: t=$t,v1=$signature" -d "$body" || die "the webhook was refused (is HEADLESS_WEBHOOK_SECRET the server's secret?)"
echo

step "10. The order moved"
if [ -n "$follower" ]; then
  wait "$follower" || { cat "$workdir/live.log" >&2; die "the live subscription did not see the capture"; }
  tail -n +3 "$workdir/live.log"
fi
order="$(read_order)"
jq -c '.data.order | {status, events: [.events[] | "\(.sequence) \(.toStatus) by \(.actor)"]}' <<<"$order"
status="$(jq -r .data.order.status <<<"$order")"
[ "$status" = PAYMENT_CAPTURED ] || die "expected PAYMENT_CAPTURED, the order is $status"

printf '\n\033[1mDone:\033[0m order %s is %s.\n' "$(jq -r .data.order.number <<<"$order")" "$status"
