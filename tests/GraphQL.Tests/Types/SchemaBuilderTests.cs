using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private const string ShopSdl = """
        "The shop"
        type Query {
          product(id: ID!): Product
          products(filter: ProductFilter, first: Int = 10): [Product!]!
        }

        type Product implements Node {
          id: ID!
          name: String!
          unitPrice: Float
          availability: Availability!
          legacyCode: String @deprecated(reason: "Use id")
        }

        interface Node { id: ID! }

        enum Availability { IN_STOCK, OUT_OF_STOCK, PRE_ORDER @deprecated }

        input ProductFilter @oneOf { nameContains: String, availability: Availability }
        """;

    [Fact]
    public void BuildsTypesFieldsAndRootsFromSdl()
    {
        var schema = SchemaBuilder.FromSdl(ShopSdl).BuildWithoutResolvers();

        Assert.Equal("Query", schema.QueryType?.Name);
        Assert.Null(schema.MutationType);
        var product = Assert.IsType<ObjectType>(schema.GetType("Product"));
        Assert.Equal(["id", "name", "unitPrice", "availability", "legacyCode"], product.Fields.Keys);
        Assert.Equal("Node", Assert.Single(product.Interfaces).Name);
        Assert.Equal("Use id", product.Fields["legacyCode"].DeprecationReason);
        Assert.Equal("String!", product.Fields["name"].Type.ToString());
        var availability = Assert.IsType<EnumType>(schema.GetType("Availability"));
        Assert.Equal("No longer supported", availability.GetValue("PRE_ORDER")!.DeprecationReason);
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("ProductFilter")).IsOneOf);
        Assert.Same(BuiltInScalars.ID, schema.GetType("ID"));
        Assert.NotNull(schema.GetType("__Schema"));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void OneBuildErrorListsEveryMissingResolverUnknownBindingAndUnimplementedScalar()
    {
        var builder = SchemaBuilder.FromSdl("""
            scalar DateTime
            scalar Money
            type Query { product(id: ID!): Product products: [Product!]! now: DateTime }
            type Mutation { placeOrder: Boolean }
            type Product { id: ID! name: String! price: Money }
            """)
            .AddResolver("Query", "product", _ => null)
            .AddResolver("Query", "nope", _ => null)
            .AddResolver("Ghost", "field", _ => null)
            .BindObject<ProductRecord>("Product");

        var error = Assert.Throws<SchemaBuildException>(() => builder.Build());

        Assert.Equal(
            [
                "Scalar \"DateTime\" is declared in SDL but has no implementation: add one with AddScalar.",
                "Scalar \"Money\" is declared in SDL but has no implementation: add one with AddScalar.",
                "A resolver is bound to \"Query.nope\", but type \"Query\" has no field \"nope\".",
                "A resolver is bound to \"Ghost.field\", but type \"Ghost\" does not exist.",
                "Field \"Query.products\" has no resolver.",
                "Field \"Query.now\" has no resolver.",
                "Field \"Mutation.placeOrder\" has no resolver.",
                "Field \"Product.price\" has no resolver, and CLR type ProductRecord bound to \"Product\" has no member \"price\".",
            ],
            error.Errors);
        Assert.Contains("Field \"Query.products\" has no resolver.", error.Message);
    }

    [Fact]
    public void UnboundObjectTypesFallBackToTheDefaultResolverUnlessStrict()
    {
        var builder = SchemaBuilder.FromSdl("type Query { product: Product } type Product { id: ID }")
            .AddResolver("Query", "product", _ => null);

        var schema = builder.Build();
        var strict = Assert.Throws<SchemaBuildException>(() => builder.Build(new SchemaBuildOptions { StrictResolvers = true }));

        Assert.NotNull(((ObjectType)schema.GetType("Product")!).Fields["id"].Resolve);
        Assert.Equal(["Field \"Product.id\" has no resolver."], strict.Errors);
    }

    [Fact]
    public async Task DefaultResolverReadsPascalCasePropertiesExactNamesAndDictionaryKeys()
    {
        var record = new ProductRecord("p1", "Mug") { unit_code = "EA" };
        var dictionary = new Dictionary<string, object?> { ["id"] = "p2", ["name"] = "Cup" };
        IReadOnlyDictionary<string, object?> readOnly = new Dictionary<string, object?> { ["id"] = "p3" };

        Assert.Equal("p1", await Resolve(record, "id"));
        Assert.Equal("Mug", await Resolve(record, "name"));
        Assert.Equal("EA", await Resolve(record, "unit_code"));
        Assert.Null(await Resolve(record, "missing"));
        Assert.Equal("Cup", await Resolve(dictionary, "name"));
        Assert.Null(await Resolve(dictionary, "missing"));
        Assert.Equal("p3", await Resolve(readOnly, "id"));
        Assert.Null(await Resolve(null, "id"));
    }

    [Fact]
    public void BoundEnumMapsValuesToClrMembersIgnoringCaseAndUnderscores()
    {
        var schema = SchemaBuilder.FromSdl(ShopSdl).BindEnum<Availability>("Availability").BuildWithoutResolvers();
        var availability = (EnumType)schema.GetType("Availability")!;

        Assert.Equal(Availability.InStock, availability.GetValue("IN_STOCK")!.Value);
        Assert.Equal("PRE_ORDER", availability.Serialize(Availability.PreOrder));
        Assert.Equal(Availability.OutOfStock, availability.ParseLiteral(new Headless.GraphQL.Language.EnumValueNode("OUT_OF_STOCK")));
    }

    [Fact]
    public void BindingAnEnumWithoutAMatchingClrMemberFails()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Color } enum Color { RED BLUE_GREEN }").BindEnum<Availability>("Color");

        var error = Assert.Throws<SchemaBuildException>(() => builder.BuildWithoutResolvers());

        Assert.Contains($"Enum value \"Color.RED\" has no member in CLR enum {typeof(Availability).FullName}.", error.Errors);
        Assert.Contains($"Enum value \"Color.BLUE_GREEN\" has no member in CLR enum {typeof(Availability).FullName}.", error.Errors);
    }

    [Fact]
    public void BindingsSetClrTypesAndTypeResolvers()
    {
        TypeResolver resolver = (_, s) => (ObjectType)s.GetType("Product")!;
        var schema = SchemaBuilder.FromSdl(ShopSdl)
            .BindInput<ProductFilter>("ProductFilter")
            .BindObject<ProductRecord>("Product")
            .AddTypeResolver("Node", resolver)
            .BuildWithoutResolvers();

        Assert.Equal(typeof(ProductFilter), ((InputObjectType)schema.GetType("ProductFilter")!).ClrType);
        Assert.Equal(typeof(ProductRecord), ((ObjectType)schema.GetType("Product")!).ClrType);
        Assert.Same(resolver, ((InterfaceType)schema.GetType("Node")!).ResolveType);
    }

    [Fact]
    public void DefaultTypeResolverUsesTypenameThenBoundClrTypeThenIsTypeOf()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { item: Item }
            union Item = Book | Film | Song
            type Book { title: String }
            type Film { title: String }
            type Song { title: String }
            """).BindObject<BookRecord>("Book").BuildWithoutResolvers();
        ((ObjectType)schema.GetType("Song")!).IsTypeOf = value => value is string;
        var item = (UnionType)schema.GetType("Item")!;

        Assert.Equal("Film", item.ResolveType!(new Dictionary<string, object?> { ["__typename"] = "Film" }, schema)?.Name);
        Assert.Equal("Book", item.ResolveType!(new BookRecord("Dune"), schema)?.Name);
        Assert.Equal("Song", item.ResolveType!("a song", schema)?.Name);
        Assert.Null(item.ResolveType!(42, schema));
    }

    [Fact]
    public void ExtensionsOfEveryKindAreApplied()
    {
        var schema = SchemaBuilder.FromSdl(
            "type Query { a: Int } interface Named { name: String } type Person { name: String } union Thing = Person enum Kind { ONE } input Filter { a: Int } scalar Url",
            """
            directive @tag(name: String!) repeatable on OBJECT | SCALAR | INPUT_OBJECT
            extend type Query @tag(name: "root") { b: String }
            extend type Person implements Named @tag(name: "p") { age: Int }
            extend interface Named { nick: String }
            extend union Thing = Pet
            type Pet { name: String }
            extend enum Kind { TWO }
            extend input Filter @oneOf { b: Int }
            extend scalar Url @tag(name: "u")
            type Mutation { m: Int }
            extend schema { mutation: Mutation }
            """).Build(new SchemaBuildOptions { RequireResolvers = false, ValidateSchema = false });

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Keys);
        Assert.Equal("root", schema.QueryType.AppliedDirectives.Single().Arguments["name"]);
        var person = (ObjectType)schema.GetType("Person")!;
        Assert.Equal(["name", "age"], person.Fields.Keys);
        Assert.Equal("Named", person.Interfaces.Single().Name);
        Assert.Equal(["name", "nick"], ((InterfaceType)schema.GetType("Named")!).Fields.Keys);
        Assert.Equal(["Person", "Pet"], ((UnionType)schema.GetType("Thing")!).Types.Select(t => t.Name));
        Assert.Equal(["ONE", "TWO"], ((EnumType)schema.GetType("Kind")!).Values.Select(v => v.Name));
        var filter = (InputObjectType)schema.GetType("Filter")!;
        Assert.True(filter.IsOneOf);
        Assert.Equal(["a", "b"], filter.Fields.Keys);
        Assert.Equal("u", ((ScalarType)schema.GetType("Url")!).AppliedDirectives.Single().Arguments["name"]);
        Assert.Equal("Mutation", schema.MutationType?.Name);
    }

    [Fact]
    public void CustomDirectiveApplicationsAreCarriedWithCoercedArguments()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @auth(roles: [Role!]! = [ADMIN], level: Int = 1) on FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION
            directive @cost(weight: Float!, limits: Limits) on FIELD_DEFINITION
            enum Role { ADMIN CLERK @auth(roles: CLERK) }
            input Limits { max: Int = 100, min: Int }
            type Query {
              orders(status: String @auth(roles: [CLERK], level: 2)): Int @auth @cost(weight: 2, limits: { min: 1 })
            }
            """).BuildWithoutResolvers();
        var orders = schema.QueryType!.Fields["orders"];

        var auth = orders.AppliedDirectives.Single(d => d.Name == "auth");
        Assert.Equal(["ADMIN"], (IEnumerable<object?>)auth.Arguments["roles"]!);
        Assert.Equal(1, auth.Arguments["level"]);
        var cost = orders.AppliedDirectives.Single(d => d.Name == "cost");
        Assert.Equal(2d, cost.Arguments["weight"]);
        var limits = Assert.IsType<Dictionary<string, object?>>(cost.Arguments["limits"]);
        Assert.Equal(100, limits["max"]);
        Assert.Equal(1, limits["min"]);
        Assert.Equal(2, orders.Arguments[0].AppliedDirectives.Single().Arguments["level"]);
        Assert.Equal(["CLERK"], (IEnumerable<object?>)((EnumType)schema.GetType("Role")!).GetValue("CLERK")!.AppliedDirectives.Single().Arguments["roles"]!);
    }

    [Fact]
    public void SdlMistakesAreReportedTogetherWithGraphQLJsWording()
    {
        var builder = SchemaBuilder.FromSdl("""
            type Query { a: Missing b: Int @unknown c(x: Int @deprecated(reason: 1)): Int }
            type Query { d: Int }
            extend type Nowhere { e: Int }
            extend enum Query { X }
            directive @once on FIELD_DEFINITION
            type Other { f: Int @once @once g: Int @deprecated(nope: "x") }
            """);

        var error = Assert.Throws<SchemaBuildException>(() => builder.BuildWithoutResolvers());

        Assert.Equal(
            [
                "There can be only one type named \"Query\".",
                "Cannot extend type \"Nowhere\" because it is not defined.",
                "Cannot extend non-enum type \"Query\".",
                "Unknown type \"Missing\".",
                "Unknown directive \"@unknown\".",
                "Argument \"reason\" has invalid value 1.",
                "The directive \"@once\" can only be used once at this location.",
                "Unknown argument \"nope\" on directive \"@deprecated\".",
            ],
            error.Errors);
    }

    [Fact]
    public async Task SynchronousResolversMayReturnTasksAndSubscriptionsEmitEvents()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { ticks: Int }")
            .AddResolver("Query", "a", _ => Task.FromResult(42))
            .AddSubscription("Subscription", "ticks", _ => Ticks())
            .Build();

        var a = await schema.QueryType!.Fields["a"].Resolve!(new Context(null));
        var ticks = schema.SubscriptionType!.Fields["ticks"];
        var events = new List<object?>();
        await foreach (var tick in await ticks.Subscribe!(new Context(null)))
        {
            events.Add(await ticks.Resolve!(new Context(tick)));
        }

        Assert.Equal(42, a);
        Assert.Equal([1, 2], events);
    }

    private static async IAsyncEnumerable<int> Ticks()
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }

    private static ValueTask<object?> Resolve(object? source, string field) => DefaultFieldResolver.For(field)(new Context(source));

    public enum Availability
    {
        InStock,
        OutOfStock,
        PreOrder,
    }

    public sealed record ProductRecord(string Id, string Name)
    {
#pragma warning disable IDE1006, SA1300 // an exact-name member, as the default resolver must find it
        public string? unit_code { get; init; }
#pragma warning restore IDE1006, SA1300
    }

    public sealed record ProductFilter(string? NameContains, Availability? Availability);

    public sealed record BookRecord(string Title);

    private sealed class Context(object? source) : IResolveFieldContext
    {
        public object? Source { get; } = source;

        public IReadOnlyDictionary<string, object?> Arguments { get; } = new Dictionary<string, object?>();

        public FieldDefinition FieldDefinition => throw new NotSupportedException();

        public ObjectType ParentType => throw new NotSupportedException();

        public IReadOnlyList<Headless.GraphQL.Language.FieldNode> FieldNodes => [];

        public ResponsePath Path { get; } = new(null, "x");

        public Schema Schema => throw new NotSupportedException();

        public Headless.GraphQL.Language.OperationDefinitionNode Operation => throw new NotSupportedException();

        public IReadOnlyDictionary<string, object?> VariableValues { get; } = new Dictionary<string, object?>();

        public IServiceProvider RequestServices => throw new NotSupportedException();

        public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();

        public CancellationToken CancellationToken => CancellationToken.None;
    }
}
