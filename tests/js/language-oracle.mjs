// Reference answers from graphql-js for the .NET differential tests.
// stdin: a JSON array of cases, each a string (a document) or {source, kind: "document" | "value" | "type"}.
// stdout: a JSON array, one entry per case: {printed} or {error: {message, line, column}}.
import { parse, parseValue, parseType, print, GraphQLError } from 'graphql';

const parsers = { document: parse, value: parseValue, type: parseType };

function answer(item) {
  const { source, kind = 'document' } = typeof item === 'string' ? { source: item } : item;
  try {
    return { printed: print(parsers[kind](source)) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) {
      // Not a syntax error (e.g. the JS stack overflowing on deep nesting): report it as such.
      return { crash: String(error) };
    }
    const [location] = error.locations ?? [{}];
    return { error: { message: error.message, line: location.line, column: location.column } };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(answer)));
});
