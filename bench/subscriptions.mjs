// Order-status subscribers against a running API (driven by bench/subscriptions.sh). Creates ORDERS guest orders that
// wait for payment action, opens SUBSCRIBERS orderStatusChanged subscriptions spread round-robin over them on
// CONNECTIONS graphql-ws sockets, prints "ready" and waits for a line on stdin (the shell measures idle memory), then
// sends one signed payment.authorized webhook per order and reports how long until every subscriber had its update.
// With a second URL (another instance on the same database and Redis) the sockets alternate between the two; orders
// and webhooks always go to the first, so the second's subscribers hear of the change only through Redis.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/js/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, secret, secondUrl] = process.argv.slice(2);
const socketUrls = [url, secondUrl].filter(Boolean).map((u) => u.replace(/^http/, 'ws') + '/graphql');
const orders = Number(process.env.ORDERS ?? 1);
const subscribers = Number(process.env.SUBSCRIBERS ?? 10000);
const connections = Number(process.env.CONNECTIONS ?? 200);
const op = (name) => readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), 'utf8');

async function gql(query, variables) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// Digital goods: no stock and no shipping, so a thousand orders never run out of anything.
const catalog = await gql('{ products(first: 50, where: { kinds: [DIGITAL] }) { nodes { variants { id } } } }');
const variants = catalog.products.nodes.flatMap((p) => p.variants.map((v) => v.id));
const placed = [];
for (let i = 0; i < orders; i++) {
  const cart = await gql(op('CreateCart'), { input: { email: 'bench@example.com', lines: [{ variantId: variants[i % variants.length], quantity: 1 }] } });
  const result = (await gql(op('PlaceOrder'), { cartId: cart.createCart.cart.id, paymentToken: 'tok_requires_action', idempotencyKey: randomUUID() })).placeOrder;
  if (result.errors.length) throw new Error(JSON.stringify(result.errors));
  placed.push({ orderId: result.order.id, token: result.orderToken, authorization: result.order.paymentReference });
}

const query = op('OrderStatus');
const clients = Array.from({ length: connections }, (_, c) => createClient({ url: socketUrls[c % socketUrls.length], webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 }));
const received = new Array(subscribers).fill(0);
const orderOf = (i) => i % placed.length;
const sentAt = new Array(placed.length).fill(0);
let done = 0;
let failures = 0;
let resolveAll;
const all = new Promise((resolve) => { resolveAll = resolve; });
const opened = Date.now();
for (let i = 0; i < subscribers; i++) {
  const order = placed[i % placed.length];
  clients[i % connections].subscribe({ query, variables: { orderId: order.orderId, token: order.token, after: 1 } }, {
    next: (r) => {
      if (r.errors) { failures++; return; }
      if (received[i] === 0 && sentAt[orderOf(i)] > 0) { received[i] = Date.now(); if (++done === subscribers) resolveAll(); }
    },
    error: (e) => { failures++; console.error('subscription error', String(e?.message ?? e?.reason ?? e)); },
    complete: () => {},
  });
  // Stay under the per-connection subscribe rate the server allows.
  if (i % connections === connections - 1) await new Promise((r) => setTimeout(r, 60));
}
await new Promise((r) => setTimeout(r, 3000));
console.log(JSON.stringify({ ready: true, openSeconds: (Date.now() - opened) / 1000, failures }));
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
// Its own CPU from here to the result (the process exits right after printing, before the shell could read procfs).
const cpuAtGo = process.cpuUsage();

// Latency per subscriber is counted from the moment its order's webhook was sent (the status change), so the time
// the shell spends sending a thousand webhooks is not charged to the deliveries of the last ones. Ten at a time.
let next = 0;
await Promise.all(Array.from({ length: Math.min(10, placed.length) }, async () => {
  while (next < placed.length) {
    const index = next++;
    const order = placed[index];
    sentAt[index] = Date.now();
    await sendWebhook(order);
  }
}));
async function sendWebhook(order) {
  const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'payment.authorized', data: { authorizationId: order.authorization } });
  const t = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  const response = await fetch(`${url}/webhooks/payments/sandbox`, { method: 'POST', headers: { 'content-type': 'application/json', 'Sandbox-Signature': `t=${t},v1=${signature}` }, body });
  if (!response.ok) throw new Error(`webhook ${response.status}: ${await response.text()}`);
}
await Promise.race([all, new Promise((r) => setTimeout(r, 60000))]);
const latencies = received.map((t, i) => (t > 0 ? t - sentAt[orderOf(i)] : -1)).filter((t) => t >= 0).sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? null;
console.log(JSON.stringify({ subscribers, orders, openSeconds: (sentAt[0] - opened) / 1000, delivered: latencies.length, failures, p50ms: at(0.5), p99ms: at(0.99), maxms: latencies.at(-1) ?? null, clientCpuSeconds: ((c) => (c.user + c.system) / 1e6)(process.cpuUsage(cpuAtGo)) }));
for (const c of clients) await c.dispose();
process.exit(0);
