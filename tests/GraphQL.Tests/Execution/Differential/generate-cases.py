#!/usr/bin/env python3
"""Writes cases.json: the operations the execution differential test runs on both graphql-js and ours.
Hand-written operations, plus systematic variants (every field of User at each nesting depth, variable sets)."""
import json, os

cases = []
def add(name, query, variables=None, operation=None):
    case = {"name": name, "query": query}
    if variables is not None: case["variables"] = variables
    if operation is not None: case["operationName"] = operation
    cases.append(case)

# --- basics, aliases, __typename
add("viewer-scalars", "{ viewer { id name age email role } }")
add("aliases", "{ me: viewer { handle: name years: age } again: viewer { name } }")
add("same-field-merged", "{ viewer { name name id } viewer { age } }")
add("typename-everywhere", "{ __typename viewer { __typename friends { __typename } } }")
add("list-with-null-items", "{ users { id name } }")
add("nested-friends", "{ users { name friends { name friends { name } } } }")
add("deep-nesting", "{ viewer { bestFriend { bestFriend { bestFriend { bestFriend { name bestFriend { id } } } } } } }")
add("posts-and-comments", "{ viewer { posts { title comments { text author { name } } } } }")
add("lists-of-scalars", "{ users { tags tagsWithNull strictTags } }")
add("enum-outputs", "{ users { role } }")
add("float-output", "{ viewer { posts { score } } user(id: \"u2\") { posts { score } } }")
# --- fragments, abstract types
add("named-fragment", "query { viewer { ...UserBits } } fragment UserBits on User { id name }")
add("nested-fragments", "{ viewer { ...A } } fragment A on User { name ...B } fragment B on User { age friends { ...A2 } } fragment A2 on User { id }")
add("inline-fragment-no-type", "{ viewer { ... { name } ... @include(if: true) { age } } }")
add("union-search", "{ search { __typename ... on User { name } ... on Post { title } ... on Comment { text } } }")
add("union-partial", "{ search { ... on Post { id score } } }")
add("interface-node", "{ node(id: \"p1\") { id __typename ... on Post { title } } }")
add("interface-nodes-mixed", "{ nodes(ids: [\"u1\", \"p2\", \"c3\", \"zz\"]) { id ... on User { name } ... on Comment { text } } }")
add("interface-named", "{ nodes(ids: [\"c1\", \"c2\", \"c3\"]) { ... on Comment { author { name __typename ... on User { age } } } } }")
add("fragment-on-interface", "{ search { ...N } } fragment N on Node { id }")
add("fragment-on-union-in-union", "{ search { ...S } } fragment S on SearchResult { __typename ... on User { id } }")
add("abstract-spread-into-object", "{ viewer { ...OnNode ...OnNamed } } fragment OnNode on Node { id } fragment OnNamed on Named { name }")
add("missing-node", "{ node(id: \"nope\") { id } }")
# --- errors at nullable and non-null positions
add("throw-nullable-root", "{ throwError viewer { name } }")
add("throw-nonnull-root", "{ viewer { name } nonNullThrow }")
add("null-nonnull-root", "{ nonNullNull viewer { id } }")
add("throw-nullable-nested", "{ users { id throwField } }")
add("throw-nonnull-nested", "{ users { id nonNullThrow } }")
add("null-nonnull-nested", "{ viewer { id nullName } }")
add("nonnull-email-null", "{ users { id email } }")
add("nonnull-email-null-deep", "{ viewer { friends { friends { email } } } }")
add("strict-list-null-item", "{ users { strictTags } }")
add("tags-with-null-nonnull-list", "{ users { id tagsWithNull } }")
add("strict-users", "{ strictUsers { id } }")
add("strict-users-then-sibling", "{ viewer { name } strictUsers { name } }")
add("posts-nonnull-item-null", "{ user(id: \"u3\") { posts { id } } }")
add("post-title-null", "{ viewer { posts { id title } } }")
add("throw-title-nonnull-in-list", "{ viewer { posts { id throwTitle } } }")
add("comment-null-in-list", "{ user(id: \"u2\") { posts { comments { id text } } } }")
add("bad-int-root", "{ badInt }")
add("bad-int-users", "{ users { id badInt } }")
add("bad-enum", "{ badRole }")
add("bad-enum-users", "{ users { role } }")
add("not-a-list", "{ notAList }")
add("errors-both-positions", "{ users { throwField friends { nonNullThrow } } }")
add("multiple-errors-same-object", "{ viewer { throwField nullName } }")
# --- async resolvers
add("async-viewer", "{ asyncViewer { name asyncName } }")
add("async-users", "{ asyncUsers { id asyncName asyncFriends { name } } }")
add("async-mixed-errors", "{ asyncUsers { asyncName throwField email } }")
add("async-nonnull-propagation", "{ asyncViewer { asyncFriends { nonNullThrow } } users { id } }")
# --- directives
add("skip-true", "{ viewer { name @skip(if: true) age } }")
add("skip-false", "{ viewer { name @skip(if: false) age } }")
add("include-false", "{ viewer { name @include(if: false) age } }")
add("include-and-skip", "{ viewer { name @include(if: true) @skip(if: true) age @include(if: true) @skip(if: false) } }")
add("skip-fragment-spread", "{ viewer { ...F @skip(if: true) id } } fragment F on User { name }")
add("include-inline", "{ viewer { ... on User @include(if: false) { name } id } }")
for flag in (True, False):
    add(f"skip-variable-{str(flag).lower()}", "query ($s: Boolean!) { viewer { name @skip(if: $s) age } }", {"s": flag})
    add(f"include-variable-{str(flag).lower()}", "query ($i: Boolean!) { users { name @include(if: $i) id } }", {"i": flag})
    add(f"include-default-{str(flag).lower()}", "query ($i: Boolean = %s) { viewer { name @include(if: $i) } }" % str(flag).lower())
# --- arguments & variables
add("arg-literal", "{ user(id: \"u4\") { name } }")
add("arg-int-as-id", "{ user(id: 4) { name } echoId(value: 123) }")
add("echo-literals", "{ echoInt(value: 7) echoFloat(value: 1.5) echoString(value: \"hi\") echoBool(value: false) echoRole(value: EDITOR) echoId(value: \"x\") }")
add("echo-defaults", "{ echoString echoInt echoList }")
add("echo-null-literal", "{ echoString(value: null) echoInt(value: null) }")
add("echo-list-literals", "{ a: echoList(values: [1, 2, null]) b: echoList(values: 3) c: echoStrictList(values: [4]) d: echoStrictList(values: 5) }")
add("echo-float-int-literal", "{ echoFloat(value: 3) }")
add("echo-review-literal", "{ echoReview(input: {stars: 5, tags: [\"a\"], role: ADMIN}) }")
add("echo-review-defaults", "{ echoReview(input: {stars: 1}) }")
add("echo-review-null-comment", "{ echoReview(input: {stars: 1, comment: null}) }")
add("echo-review-single-tag", "{ echoReview(input: {stars: 2, tags: \"solo\"}) }")
add("oneof-literal", "{ echoOneOf(input: {byId: \"1\"}) }")
review_query = "query ($r: ReviewInput) { echoReview(input: $r) }"
for i, value in enumerate([
    {"stars": 4}, {"stars": 4, "comment": "ok"}, {"stars": 4, "tags": ["x", "y"]}, {"stars": 4, "tags": "single"},
    {"stars": 4, "role": "EDITOR"}, None, {"stars": 4, "comment": None},
]):
    add(f"var-review-{i}", review_query, {"r": value})
add("var-review-absent", review_query, {})
for i, value in enumerate([
    {"comment": "missing stars"}, {"stars": "five"}, {"stars": 4, "extra": 1}, {"stars": 4, "tag": ["x"]},
    {"stars": 4, "tags": [None]}, {"stars": 4, "role": "admin"}, "not an object", [1, 2], {"stars": 2147483648},
    {"stars": 1.5}, {"stars": 4, "role": "ADMINN"}, {"stars": None},
]):
    add(f"var-review-bad-{i}", review_query, {"r": value})
scalar_vars = [
    ("Int", "echoInt", [5, -3, 0, None, 2147483647]),
    ("Float", "echoFloat", [1.25, 7, -0.5, None]),
    ("String", "echoString", ["hello", "", None, "ünï"]),
    ("ID", "echoId", ["abc", 42, None]),
    ("Role", "echoRole", ["ADMIN", "VIEWER", None]),
]
for type_name, field, values in scalar_vars:
    for i, value in enumerate(values):
        add(f"var-{type_name.lower()}-{i}", f"query ($v: {type_name}) {{ {field}(value: $v) }}", {"v": value})
bad_scalars = [
    ("Int", "echoInt", ["5", 1.5, 2147483648, True, [1], {"a": 1}]),
    ("Float", "echoFloat", ["1.5", True, {"x": 1}]),
    ("String", "echoString", [5, True, ["a"], {"s": "t"}]),
    ("ID", "echoId", [True, 1.5, {"id": 1}]),
    ("Role", "echoRole", ["admin", "NOPE", 1, "EDITORR"]),
    ("Boolean!", "echoBool", ["true", 1, None]),
]
for type_name, field, values in bad_scalars:
    for i, value in enumerate(values):
        add(f"var-bad-{type_name.lower().rstrip('!')}-{i}", f"query ($v: {type_name}) {{ {field}(value: $v) }}", {"v": value})
add("var-required-missing", "query ($v: Boolean!) { echoBool(value: $v) }", {})
add("var-required-null", "query ($v: Boolean!) { echoBool(value: $v) }", {"v": None})
add("var-default-used", "query ($v: Int = 42) { echoInt(value: $v) }", {})
add("var-default-overridden", "query ($v: Int = 42) { echoInt(value: $v) }", {"v": 1})
add("var-default-null-given", "query ($v: Int = 42) { echoInt(value: $v) }", {"v": None})
add("var-string-default-arg", "query ($v: String) { echoString(value: $v) }", {})
add("var-list", "query ($v: [Int]) { echoList(values: $v) }", {"v": [1, None, 3]})
add("var-list-single", "query ($v: [Int]) { echoList(values: $v) }", {"v": 9})
add("var-list-bad-item", "query ($v: [Int]) { echoList(values: $v) }", {"v": [1, "two", 3.5]})
add("var-strict-list", "query ($v: [Int!]!) { echoStrictList(values: $v) }", {"v": [1, 2]})
add("var-strict-list-null-item", "query ($v: [Int!]!) { echoStrictList(values: $v) }", {"v": [1, None]})
add("var-in-list-literal", "query ($a: Int, $b: Int) { echoList(values: [$a, 2, $b]) }", {"a": 1})
add("var-in-object-literal", "query ($s: Int!, $c: String) { echoReview(input: {stars: $s, comment: $c}) }", {"s": 3})
add("var-in-object-literal-given", "query ($s: Int!, $c: String) { echoReview(input: {stars: $s, comment: $c}) }", {"s": 3, "c": "given"})
add("var-id-list", "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["u1", "p3"]})
add("var-id-single", "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": "c2"})
add("var-oneof-ok", "query ($o: OneOfInput!) { echoOneOf(input: $o) }", {"o": {"byName": "Ada"}})
add("var-oneof-two", "query ($o: OneOfInput!) { echoOneOf(input: $o) }", {"o": {"byName": "Ada", "byId": "1"}})
add("var-oneof-none", "query ($o: OneOfInput!) { echoOneOf(input: $o) }", {"o": {}})
add("var-oneof-null", "query ($o: OneOfInput!) { echoOneOf(input: $o) }", {"o": {"byId": None}})
add("var-multiple-errors", "query ($a: Int, $b: Boolean!, $c: Role) { echoInt(value: $a) echoBool(value: $b) echoRole(value: $c) }", {"a": "x", "c": "bad"})
add("var-unused-extra", "query ($a: Int) { echoInt(value: $a) }", {"a": 1, "zzz": "ignored"})
add("var-user-lookup", "query ($id: ID!) { user(id: $id) { name friends { name } } }", {"id": "u2"})
add("var-user-lookup-missing", "query ($id: ID!) { user(id: $id) { name } }", {"id": "u9"})
# --- operations
add("operation-by-name", "query A { viewer { id } } query B { users { id } }", None, "B")
add("operation-unknown", "query A { viewer { id } }", None, "C")
add("operation-ambiguous", "query A { viewer { id } } query B { users { id } }")
# --- mutations in order
add("mutation-serial", "mutation { a: increment b: increment(by: 5) c: increment(by: -2) }")
add("mutation-log", "mutation { first: appendLog(entry: \"one\") second: appendLog(entry: \"two\") third: appendLog(entry: \"three\") }")
add("mutation-nullable-error", "mutation { a: increment throwMutation b: increment }")
add("mutation-nonnull-error", "mutation { a: increment nonNullThrow b: increment }")
add("mutation-variables", "mutation ($by: Int, $e: String!) { increment(by: $by) appendLog(entry: $e) }", {"by": 10, "e": "v"})
add("mutation-typename", "mutation { __typename increment }")
add("mutation-skip", "mutation ($s: Boolean!) { a: increment @skip(if: $s) b: increment }", {"s": True})

# --- systematic: every User field at three depths
user_fields = ["id", "name", "age", "email", "role", "tags", "tagsWithNull", "strictTags", "throwField", "nonNullThrow",
               "nullName", "asyncName", "badInt", "bestFriend { name }", "posts { title }"]
for f in user_fields:
    key = f.split()[0]
    add(f"user-field-{key}-root-list", f"{{ users {{ {f} }} }}")
    add(f"user-field-{key}-friends", f"{{ viewer {{ friends {{ {f} }} }} }}")
    add(f"user-field-{key}-search", f"{{ search {{ ... on User {{ {f} }} }} }}")

os.makedirs(os.path.dirname(os.path.abspath(__file__)), exist_ok=True)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w") as out:
    json.dump(cases, out, indent=1, ensure_ascii=False)
print(len(cases), "cases")
