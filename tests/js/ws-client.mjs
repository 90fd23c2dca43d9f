// Drives a graphql-transport-ws server with the real graphql-ws client.
// stdin: {url, steps: [...]}, each step being
//   {name, connectionParams?, query, variables?, take?}  (take: stop after that many results, completing early)
// stdout: a JSON object by step name: {results: [...], error?} where error is the client's error (close code or GraphQL errors).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, steps } = JSON.parse(await new Promise((resolve) => {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => resolve(input));
}));

function describe(error) {
  if (Array.isArray(error)) return { graphqlErrors: error };
  if (error && typeof error.code === 'number') return { closeCode: error.code, reason: error.reason };
  return { message: String(error?.message ?? error) };
}

const answers = {};
for (const step of steps) {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: step.connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  const results = [];
  let error;
  try {
    const iterator = client.iterate({ query: step.query, variables: step.variables });
    for await (const result of iterator) {
      results.push(result);
      if (step.take && results.length >= step.take) {
        await iterator.return?.();
        break;
      }
    }
  } catch (caught) {
    error = describe(caught);
  }
  await client.dispose();
  answers[step.name] = { results, error };
}
process.stdout.write(JSON.stringify(answers));
