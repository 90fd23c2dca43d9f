// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a live server.
// stdin: the endpoint's URL.
// stdout: a JSON array, one entry per audit: {id, name, status: "ok" | "notice" | "warn" | "error", reason?}.
import { serverAudits } from 'graphql-http';

const url = (await new Promise((resolve) => {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => resolve(input));
})).trim();

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason });
}
process.stdout.write(JSON.stringify(results));
