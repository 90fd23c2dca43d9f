// Reference answers from graphql-js for the .NET type-system differential tests.
// stdin: a JSON array of cases {mode, sdl?, introspection?}:
//   print        -> {printed: printSchema(buildSchema(sdl))}
//   introspection-print -> {printed: printIntrospectionSchema(buildSchema(sdl))}
//   validate     -> {errors: [messages of validateSchema(buildSchema(sdl, {assumeValidSDL: true}))]}
//   client       -> {printed: printSchema(buildClientSchema(introspection))}
//   query        -> {query: getIntrospectionQuery(options)}
// Any thrown error is reported as {error: message}.
import {
  buildSchema, printSchema, printIntrospectionSchema, validateSchema, buildClientSchema, getIntrospectionQuery,
} from 'graphql';

function answer(item) {
  try {
    switch (item.mode) {
      case 'print':
        return { printed: printSchema(buildSchema(item.sdl)) };
      case 'introspection-print':
        return { printed: printIntrospectionSchema(buildSchema(item.sdl)) };
      case 'validate':
        return { errors: validateSchema(buildSchema(item.sdl, { assumeValidSDL: true })).map((e) => e.message) };
      case 'client':
        return { printed: printSchema(buildClientSchema(item.introspection)) };
      case 'query':
        return { query: getIntrospectionQuery(item.options ?? {}) };
      default:
        return { error: 'unknown mode ' + item.mode };
    }
  } catch (error) {
    return { error: String(error.message ?? error) };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(answer)));
});
