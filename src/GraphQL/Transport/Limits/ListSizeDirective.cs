namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// The <c>@listSize</c> directive the cost analysis reads, after IBM's GraphQL cost directive specification, with two
/// additions: <c>slicingArgumentDefaultValue</c> (as HotChocolate has it) for a page size that applies when no
/// slicing argument is given, and <c>slicingArgumentMaximum</c>, the largest page the field serves. Declare it in the
/// schema's SDL (or add <see cref="Sdl"/> to the builder) and put it on list fields and connection fields.
/// </summary>
public static class ListSizeDirective
{
    public const string Name = "listSize";

    public const string Sdl = """"
        """
        How many items a list field returns, for the request cost limit (after IBM's GraphQL cost directive
        specification).
        """
        directive @listSize(
          """The size to assume when no slicing argument gives one."""
          assumedSize: Int

          """
          Arguments whose value is the number of items returned (the largest when several are given; a list
          argument counts its entries).
          """
          slicingArguments: [String!]

          """
          Child fields the size applies to instead of this field, e.g. `edges` and `nodes` of a connection.
          """
          sizedFields: [String!]

          """Whether a request must give exactly one of the slicing arguments."""
          requireOneSlicingArgument: Boolean = true

          """
          The size when no slicing argument is given, e.g. a connection's default page size.
          """
          slicingArgumentDefaultValue: Int

          """
          The largest size the field serves; a larger slicing argument is counted as this, and refused by the field.
          """
          slicingArgumentMaximum: Int
        ) on FIELD_DEFINITION
        """";
}
