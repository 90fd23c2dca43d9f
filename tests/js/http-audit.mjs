// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a live server.
// usage: node http-audit.mjs <url>
// stdout: a JSON array, one entry per audit: {id, name, status: "ok" | "notice" | "warn" | "error", reason?}.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason });
}
process.stdout.write(JSON.stringify(results));
