namespace Headless.GraphQL.Transport.Ide;

/// <summary>The GraphiQL page a browser gets at <c>GET {path}</c>.</summary>
public sealed class IdeOptions
{
    /// <summary>
    /// On by default: the page shows nothing the endpoint does not already answer (without introspection it cannot
    /// even load the schema), and it is the quickest way to try a query.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public string Title { get; set; } = "GraphiQL";
}
