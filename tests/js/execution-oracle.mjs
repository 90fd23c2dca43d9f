// Executes many operations with graphql-js on one schema and one in-memory data set, for the .NET differential test.
// stdin: { sdl, data, cases: [{ name, query, variables, operationName }] }; stdout: [{ name, result }].
// Resolvers follow the naming convention the C# side implements (tests/GraphQL.Tests/Execution/Differential/DifferentialResolvers.cs).
import { buildSchema, graphql, isObjectType } from 'graphql';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));

const schema = buildSchema(input.sdl);
const { entities, root } = input.data;

const deref = (value) => {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(deref);
  if (typeof value === 'object' && '$ref' in value) return entities[value.$ref] ?? null;
  return value;
};

function makeResolver(typeName, fieldName) {
  return (source, args, state) => {
    if (fieldName.startsWith('throw') || fieldName === 'nonNullThrow') {
      throw new Error(`boom ${typeName}.${fieldName}`);
    }
    if (typeName === 'Mutation') {
      if (fieldName === 'increment') return (state.counter += args.by);
      if (fieldName === 'appendLog') { state.log.push(args.entry); return [...state.log]; }
    }
    if (fieldName.startsWith('echo')) {
      if ('input' in args) return JSON.stringify(args.input);
      if ('values' in args) return args.values;
      return args.value;
    }
    if (fieldName === 'user' || fieldName === 'node') return entities[args.id] ?? null;
    if (fieldName === 'nodes') return args.ids.map((id) => entities[id] ?? null);
    if (fieldName.startsWith('async')) {
      const inner = fieldName[5].toLowerCase() + fieldName.slice(6);
      return new Promise((resolve) => setTimeout(() => resolve(deref(source[inner])), 1));
    }
    return deref(source[fieldName]);
  };
}

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && !type.name.startsWith('__')) {
    for (const field of Object.values(type.getFields())) {
      field.resolve = makeResolver(type.name, field.name);
    }
  }
}

const answers = [];
for (const c of input.cases) {
  const state = { counter: 0, log: [] };
  const rootValue = root;
  const result = await graphql({
    schema,
    source: c.query,
    rootValue,
    contextValue: state,
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
  });
  answers.push({ name: c.name, result: JSON.parse(JSON.stringify(result)) });
}
process.stdout.write(JSON.stringify(answers));
