#!/usr/bin/env bash
# The README walkthrough, end to end: catalog -> cart -> order -> the pipeline captures, ships and (in Development)
# delivers it; then a top-up that is credited and a gift card whose code shows on the order. No webhook is signed by hand.
#   ./build.sh demo                        builds src/Api, starts it in Development on a free loopback port with
#                                          a temporary SQLite database, runs every step, and stops it again
#   HEADLESS_URL=http://localhost:5080 ./build.sh demo
#                                          runs the steps against an API that is already running
# Needs curl and jq. Every run uses fresh idempotency keys, so it can be repeated. A running API must be in
# Development (its sandbox carrier moves parcels along by itself) with the pipeline on.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { printf 'demo: %s\n' "$*" >&2; exit 1; }
uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

for tool in curl jq; do
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
  node scripts/follow-order.mjs "ws${HEADLESS_URL#http}/graphql" "$order_id" "$order_token" DELIVERED 60 >"$workdir/live.log" 2>&1 &
  follower=$!
else
  step "8. (Skipped following live: run npm ci in tests/js for graphql-ws and ws)"
fi

# Polls OrderProgress until the order is in status $3 (or 60 s pass), printing each new status once.
progress() { gql OrderProgress "$(jq -n --arg i "$1" --arg t "$2" '{id: $i, token: $t}')"; }
wait_for() {
  local id=$1 token=$2 want=$3 seen="" now answer
  for _ in $(seq 1 600); do
    answer="$(progress "$id" "$token")"
    now="$(jq -r '.data.order | "\(.status) \(.shipmentProgress // "")"' <<<"$answer")"
    [ "$now" = "$seen" ] || { echo "  $(date +%T) $now"; seen=$now; }
    if [ "$(jq -r .data.order.status <<<"$answer")" = "$want" ]; then printf '%s' "$answer" >"$workdir/progress.json"; return; fi
    case "$now" in REFUNDED*|PAYMENT_FAILED*|CANCELLED*) die "the order ended $now";; esac
    sleep 0.1
  done
  die "the order did not reach $want in 60 s"
}

step "9. Nobody signs anything: the pipeline captures, books a parcel and the Development carrier delivers it"
wait_for "$order_id" "$order_token" DELIVERED
jq -c '.data.order | {status, trackingNumber, shipments: [.shipments[] | {number, carrier, trackingNumber, status}]}' "$workdir/progress.json"
jq -r '.data.order.events[] | "  \(.sequence) \(.toStatus) by \(.actor)\(if .note then ": " + .note else "" end)"' "$workdir/progress.json"
if [ -n "$follower" ]; then
  wait "$follower" || { cat "$workdir/live.log" >&2; die "the live subscription did not see the delivery"; }
  echo "live updates:"; tail -n +3 "$workdir/live.log"
fi
delivered="$(jq -r .data.order.number "$workdir/progress.json")"

step "10. A top-up and a gift card: the phone number goes on the cart line, the code comes from the order"
services="$(curl -fsS "$HEADLESS_URL/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ topUps: products(first: 20, where: { kinds: [SERVICE] }) { nodes { slug serviceFields { label countryCode } variants { id } } } gifts: products(first: 1, where: { kinds: [DIGITAL] }) { nodes { variants { id } } } }"}')"
top_up="$(jq -r '[.data.topUps.nodes[] | select(.slug | contains("top-up"))][0].variants[0].id' <<<"$services")"
gift="$(jq -r '.data.gifts.nodes[0].variants[0].id' <<<"$services")"
jq -c '[.data.topUps.nodes[] | select(.slug | contains("top-up"))][0] | {slug, serviceFields}' <<<"$services"
created="$(gql CreateCart "$(jq -n --arg t "$top_up" --arg g "$gift" '{input: {email: "ada@example.com", lines: [{variantId: $t, quantity: 1, recipient: "+4915112345678"}, {variantId: $g, quantity: 1}]}}')")"
no_errors createCart "$created"
placed="$(gql PlaceOrder "$(jq -n --arg c "$(jq -r .data.createCart.cart.id <<<"$created")" --arg k "checkout-$(uuid)" '{cartId: $c, paymentToken: "tok_approve", idempotencyKey: $k}')")"
no_errors placeOrder "$placed"
wait_for "$(jq -r .data.placeOrder.order.id <<<"$placed")" "$(jq -r .data.placeOrder.orderToken <<<"$placed")" FULFILLED
jq -c '.data.order.lines[] | {sku, recipient, fulfillment}' "$workdir/progress.json"
credited="$(jq -r .data.order.number "$workdir/progress.json")"

printf '\n\033[1mDone:\033[0m order %s is DELIVERED; order %s is FULFILLED (top-up credited, gift-card code shown).\n' "$delivered" "$credited"
