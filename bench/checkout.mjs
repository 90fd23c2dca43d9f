// Full checkouts against a running API (driven by bench/checkout.sh): create cart, add a line, set the address, set
// shipping, place the order, each a separate request as a storefront sends them. BUYERS concurrent buyers loop for
// SECONDS seconds (bounded); prints one JSON line with orders, failures, orders/s and checkout latency p50/p99.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [url] = process.argv.slice(2);
const buyers = Number(process.env.BUYERS ?? 10);
const seconds = Number(process.env.SECONDS ?? 10);
const op = (name) => readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), 'utf8');
const ops = Object.fromEntries(['CreateCart', 'AddToCart', 'SetAddress', 'SetShipping', 'PlaceOrder'].map((n) => [n, op(n)]));
const address = { firstName: 'Ada', lastName: 'Lovelace', line1: 'Hauptstrasse 1', city: 'Berlin', postalCode: '10115', countryCode: 'DE' };

async function gql(query, variables) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function payloadErrors(payload) {
  if (payload.errors?.length) throw new Error(JSON.stringify(payload.errors));
  return payload;
}

const catalog = await gql('{ products(first: 50, where: { kinds: [PHYSICAL], inStock: true }) { nodes { variants { id availability { quantity } } } } }');
const variants = catalog.products.nodes.flatMap((p) => p.variants).filter((v) => v.availability.quantity > 0).map((v) => v.id);
if (variants.length === 0) throw new Error('no physical variant in stock');

async function checkout(i) {
  const variantId = variants[i % variants.length];
  const cart = payloadErrors((await gql(ops.CreateCart, { input: { email: 'bench@example.com' } })).createCart).cart;
  payloadErrors((await gql(ops.AddToCart, { cartId: cart.id, variantId, quantity: 1 })).addCartLines);
  payloadErrors((await gql(ops.SetAddress, { cartId: cart.id, address })).setCartShippingAddress);
  payloadErrors((await gql(ops.SetShipping, { cartId: cart.id, code: 'STANDARD' })).setCartShippingMethod);
  payloadErrors((await gql(ops.PlaceOrder, { cartId: cart.id, paymentToken: 'tok_approve', idempotencyKey: randomUUID() })).placeOrder);
}

const latencies = [];
let failures = 0;
let next = 0;
let firstError = null;
const end = Date.now() + seconds * 1000;
const started = Date.now();
await Promise.all(Array.from({ length: buyers }, async () => {
  while (Date.now() < end) {
    const t = performance.now();
    try {
      await checkout(next++);
      latencies.push(performance.now() - t);
    } catch (e) {
      failures++;
      firstError ??= String(e.message ?? e).slice(0, 300);
    }
  }
}));
const elapsed = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
console.log(JSON.stringify({ buyers, orders: latencies.length, failures, firstError, ordersPerSecond: +(latencies.length / elapsed).toFixed(1), p50ms: at(0.5), p99ms: at(0.99) }));
