namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// The <c>@cost</c> directive the cost analysis reads. Declare it in the schema's SDL (or add <see cref="Sdl"/>
/// to the builder) and put it on the fields or object types whose resolvers do more than read a property.
/// </summary>
public static class CostDirective
{
    public const string Name = "cost";

    public const string WeightArgument = "weight";

    public const string Sdl = """
        "How much resolving a field (or any field returning this type) costs, for the request cost limit."
        directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT
        """;
}
