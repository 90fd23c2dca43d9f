// Holds graphql-ws subscriptions open for a .NET test, line by line.
// stdin, one JSON object per line: {"subscribe": "<id>", "url", "query", "variables"} or {"stop": "<id>"}.
// stdout, one JSON object per line: {"id", "next": <result>} | {"id", "error": <error>} | {"id", "complete": true}.
import { createInterface } from 'node:readline';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const subscriptions = new Map();
const emit = (line) => process.stdout.write(JSON.stringify(line) + '\n');

function describe(error) {
  if (Array.isArray(error)) return { graphqlErrors: error };
  if (error && typeof error.code === 'number') return { closeCode: error.code, reason: error.reason };
  return { message: String(error?.message ?? error) };
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const command = JSON.parse(line);
  if (command.subscribe) {
    const id = command.subscribe;
    const client = createClient({ url: command.url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const dispose = client.subscribe(
      { query: command.query, variables: command.variables },
      {
        next: (result) => emit({ id, next: result }),
        error: (error) => emit({ id, error: describe(error) }),
        complete: () => emit({ id, complete: true }),
      },
    );
    subscriptions.set(id, { client, dispose });
  } else if (command.stop) {
    const subscription = subscriptions.get(command.stop);
    subscriptions.delete(command.stop);
    subscription?.dispose();
    await subscription?.client.dispose();
  }
}

for (const { client, dispose } of subscriptions.values()) {
  dispose();
  await client.dispose();
}
