// graphql-js's side of bench/execute-ratio.sh: the schema, data and query of ExecutionFixture.cs, the procedure of
// ExecuteThroughput.cs (warm up, best of seven rounds, JSON response included). "uncached" parses and validates
// every time; "cached" reuses the parsed and validated document, as our document cache does.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { buildSchema, parse, validate, execute } = createRequire(root + 'tests/js/package.json')('graphql');

const schema = buildSchema(`
  type Query { products: [Product!]! }
  type Product { id: ID! name: String! price: Float! variants: [Variant!]! }
  type Variant { sku: String! stock: Int! warehouse: Warehouse! }
  type Warehouse { code: String! city: String }
`);
const query = '{ products { id name price variants { sku stock warehouse { code city } } } }';
const products = Array.from({ length: 1000 }, (_, i) => ({
  id: `p${i}`, name: `Product ${i}`, price: i * 1.5,
  variants: [
    { sku: `p${i}-a`, stock: i % 7, warehouse: { code: 'AMS', city: 'Amsterdam' } },
    { sku: `p${i}-b`, stock: i % 3, warehouse: { code: 'BER', city: null } },
  ],
}));
const rootValue = { products: () => products };

const cachedDocument = parse(query);
function run(cached) {
  let document = cachedDocument;
  if (!cached) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
  }
  return JSON.stringify(execute({ schema, document, rootValue }));
}

for (const cached of [false, true]) {
  const iterations = 100;
  for (let i = 0; i < iterations; i++) run(cached);
  let best = Infinity;
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run(cached);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9 / iterations);
  }
  console.log(JSON.stringify({ input: cached ? 'cached' : 'uncached', opsPerSecond: Number((1 / best).toFixed(1)) }));
}
