#!/usr/bin/env python3
"""Writes tests/GraphQL.Tests/Fixtures/introspection-query.graphql: the full introspection query plus one aliased
__type selection per object type of the GitHub schema fixture, about 50 KB — the size of what tooling sends."""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "tests/GraphQL.Tests/Fixtures"
schema = (fixtures / "graphql-js/github-schema.graphql").read_text()
types = re.findall(r"^type (\w+)", schema, re.M)

head = '''query IntrospectionQuery($includeDeprecated: Boolean = true) {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: $includeDeprecated) { ...InputValue }
    }
  }
'''
body = []
for i, name in enumerate(types):
    body.append(f'''  type{i}: __type(name: "{name}") {{
    kind
    name
    fields(includeDeprecated: $includeDeprecated) {{ name args {{ ...InputValue }} type {{ ...TypeRef }} isDeprecated deprecationReason }}
    interfaces {{ ...TypeRef }}
  }}
''')
    if sum(map(len, body)) > 48_500:
        break

tail = '''}

fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL
  isOneOf
  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}

fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}

fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType { kind name ofType { kind name } }
            }
          }
        }
      }
    }
  }
}
'''
text = head + "".join(body) + tail
(fixtures / "introspection-query.graphql").write_text(text)
print(len(text), "bytes,", len(body), "types")
