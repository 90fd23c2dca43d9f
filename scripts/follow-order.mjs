// The README's live-status snippet, as scripts/demo.sh runs it: subscribes to orderStatusChanged and prints one
// line per update until the order reaches the status given, or 30 s (the fifth argument) pass.
//   node scripts/follow-order.mjs <ws url> <order id> <order token> <final status>
// graphql-ws and ws come from tests/js (npm ci there); Node before 22 has no global WebSocket, hence ws.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/js/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, orderId, token, finalStatus, seconds = '30'] = process.argv.slice(2);
const query = readFileSync(new URL('../schema/operations/OrderStatus.graphql', import.meta.url), 'utf8');
const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
const timer = setTimeout(() => { console.error(`follow-order: no final status within ${seconds} s`); process.exit(1); }, Number(seconds) * 1000);

client.subscribe({ query, variables: { orderId, token, after: 0 } }, {
  next: (result) => {
    const update = result.data?.orderStatusChanged;
    if (!update) { console.error(JSON.stringify(result)); process.exit(1); }
    console.log(`live: ${update.event.sequence} ${update.status} by ${update.event.actor}`);
    if (update.status === finalStatus) { clearTimeout(timer); client.dispose(); process.exit(0); }
  },
  error: (error) => { console.error('follow-order:', error?.message ?? error?.reason ?? error); process.exit(1); },
  complete: () => {},
});
