// Order pipeline latencies against a running API (bench/pipeline.sh starts one): placeOrder → FULFILLED for a
// top-up, and placeOrder → SHIPPED with a tracking number → DELIVERED for a physical order, by polling the order every
// POLL_MS (so each figure may be up to one poll late). Orders run CONCURRENCY at a time.
//   node bench/pipeline.mjs <base url>     settings (environment): TOP_UPS (40), PARCELS (20), CONCURRENCY (4), POLL_MS (20)
import { readFileSync } from 'node:fs';

const base = process.argv[2];
const topUps = Number(process.env.TOP_UPS ?? 40);
const parcels = Number(process.env.PARCELS ?? 20);
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const pollMs = Number(process.env.POLL_MS ?? 20);
const operation = (name) => readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), 'utf8');
const [createCart, addToCart, setAddress, setShipping, placeOrder] = ['CreateCart', 'AddToCart', 'SetAddress', 'SetShipping', 'PlaceOrder'].map(operation);
const progress = 'query($id: ID!, $token: String!) { order(id: $id, token: $token) { status trackingNumber } }';

async function gql(query, variables) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function typed(payload, name) {
  if (payload[name].errors?.length) throw new Error(`${name}: ${JSON.stringify(payload[name].errors)}`);
  return payload[name];
}

const catalog = await gql(`{
  services: products(first: 20, where: { kinds: [SERVICE] }) { nodes { slug variants { id } } }
  goods: products(first: 40, where: { kinds: [PHYSICAL], inStock: true }) { nodes { variants { id availability { quantity } } } }
}`);
const topUp = catalog.services.nodes.find((p) => p.slug.includes('top-up')).variants[0].id;
const goods = catalog.goods.nodes.flatMap((p) => p.variants).filter((v) => (v.availability.quantity ?? 0) > 5).map((v) => v.id);

// Places an order and returns when it was sent, with its id and token.
async function place(cartId) {
  const sent = performance.now();
  const placed = typed(await gql(placeOrder, { cartId, paymentToken: 'tok_approve', idempotencyKey: `bench-${crypto.randomUUID()}` }), 'placeOrder');
  return { sent, id: placed.order.id, token: placed.orderToken };
}

async function until(order, done) {
  for (;;) {
    const { order: now } = await gql(progress, { id: order.id, token: order.token });
    if (['REFUNDED', 'PAYMENT_FAILED', 'CANCELLED'].includes(now.status)) throw new Error(`order ended ${now.status}`);
    if (done(now)) return performance.now() - order.sent;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function runTopUp() {
  const cart = typed(await gql(createCart, { input: { email: 'bench@example.com', lines: [{ variantId: topUp, quantity: 1, recipient: '+4915112345678' }] } }), 'createCart').cart;
  const order = await place(cart.id);
  return { fulfilled: await until(order, (o) => o.status === 'FULFILLED') };
}

async function runParcel(i) {
  const cart = typed(await gql(createCart, { input: { email: 'bench@example.com' } }), 'createCart').cart;
  typed(await gql(addToCart, { cartId: cart.id, variantId: goods[i % goods.length], quantity: 1 }), 'addCartLines');
  typed(await gql(setAddress, { cartId: cart.id, address: { firstName: 'Ada', lastName: 'Lovelace', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', countryCode: 'DE' } }), 'setCartShippingAddress');
  typed(await gql(setShipping, { cartId: cart.id, code: 'STANDARD' }), 'setCartShippingMethod');
  const order = await place(cart.id);
  const shipped = await until(order, (o) => ['SHIPPED', 'DELIVERED'].includes(o.status) && o.trackingNumber);
  return { shipped, delivered: await until(order, (o) => o.status === 'DELIVERED') };
}

async function pool(jobs) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      results.push(await job());
    }
  }));
  return results;
}

function summary(name, values, goalMs) {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`${name}: n=${sorted.length} p50 ${ms(at(0.5))} p95 ${ms(at(0.95))} p99 ${ms(at(0.99))} max ${ms(sorted.at(-1))} (goal p99 ≤ ${goalMs / 1000} s: ${at(0.99) <= goalMs ? 'met' : 'NOT met'})`);
}

// Warm-up: one of each, not counted.
await runTopUp();
await runParcel(0);
const [topUpResults, parcelResults] = await Promise.all([
  pool(Array.from({ length: topUps }, () => runTopUp)),
  pool(Array.from({ length: parcels }, (_, i) => () => runParcel(i + 1))),
]);
summary('placeOrder → FULFILLED (top-up)', topUpResults.map((r) => r.fulfilled), 2000);
summary('placeOrder → SHIPPED with tracking number', parcelResults.map((r) => r.shipped), 5000);
summary('placeOrder → DELIVERED', parcelResults.map((r) => r.delivered), 30000);
