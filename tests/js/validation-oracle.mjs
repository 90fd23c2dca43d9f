// Validates many documents against one schema with graphql-js, for the .NET differential tests.
// stdin: {"schema": "<SDL>", "documents": ["...", ...]}
// stdout: [{"errors": [{"message", "locations": [{"line","column"}]}]} | {"syntaxError": "..."} | {"crash": "..."}, ...]
import { buildSchema, parse, validate } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(input.schema);

const answers = input.documents.map((source) => {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { syntaxError: error.message };
  }
  try {
    const errors = validate(schema, document, undefined, { hideSuggestions: input.hideSuggestions === true });
    return {
      errors: errors.map((e) => ({
        message: e.message,
        locations: (e.locations ?? []).map(({ line, column }) => ({ line, column })),
      })),
    };
  } catch (error) {
    return { crash: String(error && error.message) };
  }
});
process.stdout.write(JSON.stringify(answers));
