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
}
