// Reference answers from graphql-js for the .NET type-system differential tests.
// stdin: a JSON array of cases {mode, sdl?, introspection?}:
//   print        -> {printed: printSchema(buildSchema(sdl))}
//   introspection-print -> {printed: printIntrospectionSchema(buildSchema(sdl))}
//   validate     -> {errors: [messages of validateSchema(buildSchema(sdl, {assumeValidSDL: true}))]}
//   build        -> like validate, but buildSchema also checks the SDL (assertValidSDL throws its errors joined by blank lines)
//   client       -> {printed: printSchema(buildClientSchema(introspection))}
//   query        -> {query: getIntrospectionQuery(options)}
//   scalar       -> {result: <built-in scalar>[op](input)} (op: serialize | parseValue | parseLiteral, literal as text)
//   execute      -> {result: graphqlSync({schema: buildSchema(sdl), source: query, variableValues: variables})} (no resolvers: for introspection and request errors)
// Any thrown error is reported as {error: message}.
import {
  GraphQLInt, GraphQLFloat, GraphQLString, GraphQLBoolean, GraphQLID, parseValue,
  buildSchema, printSchema, graphqlSync, printIntrospectionSchema, validateSchema, buildClientSchema, getIntrospectionQuery,
} from 'graphql';

const scalars = { Int: GraphQLInt, Float: GraphQLFloat, String: GraphQLString, Boolean: GraphQLBoolean, ID: GraphQLID };

function answer(item) {
  try {
    switch (item.mode) {
      case 'print':
        return { printed: printSchema(buildSchema(item.sdl)) };
      case 'introspection-print':
        return { printed: printIntrospectionSchema(buildSchema(item.sdl)) };
      case 'validate':
        return { errors: validateSchema(buildSchema(item.sdl, { assumeValidSDL: true })).map((e) => e.message) };
      case 'build':
        return { errors: validateSchema(buildSchema(item.sdl)).map((e) => e.message) };
      case 'client':
        return { printed: printSchema(buildClientSchema(item.introspection)) };
      case 'scalar': {
        const scalar = scalars[item.scalar];
        const result = item.op === 'parseLiteral' ? scalar.parseLiteral(parseValue(item.input)) : scalar[item.op](item.input);
        return { result };
      }
      case 'execute':
        return { result: JSON.parse(JSON.stringify(graphqlSync({ schema: buildSchema(item.sdl), source: item.query, variableValues: item.variables }))) };
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
