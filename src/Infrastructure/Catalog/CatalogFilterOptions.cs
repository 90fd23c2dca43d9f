namespace Headless.Infrastructure.Catalog;

/// <summary>
/// How large a product filter may be (<c>Catalog:Filters:*</c>). A storefront's facets stay far below these; the
/// limits exist so that one request cannot make the server build and compile an unbounded predicate.
/// </summary>
public sealed class CatalogFilterOptions
{
    public const string SectionName = "Catalog:Filters";

    /// <summary>Ceiling on <see cref="MaxDepth"/>: predicates are built by recursion over the nesting, so it stays shallow.</summary>
    public const int DepthCeiling = 32;

    /// <summary>
    /// Ceiling on <see cref="MaxConditions"/> and <see cref="MaxConditionsPerRequest"/>. SQL prints an <c>or</c> of n
    /// terms as a flat chain that SQLite parses n deep (it refuses past 1000), and PostgreSQL's planning time grows
    /// with n, so no configuration may allow thousands.
    /// </summary>
    public const int ConditionCeiling = 500;

    /// <summary>Conditions one filter may hold (see <see cref="ProductFilterSize"/> for what counts).</summary>
    public int MaxConditions { get; set; } = 100;

    /// <summary>Levels of filters, the outermost being 1; every <c>and</c>/<c>or</c> opens one more.</summary>
    public int MaxDepth { get; set; } = 5;

    /// <summary>Conditions all the filters of one operation may hold together.</summary>
    public int MaxConditionsPerRequest { get; set; } = 200;

    /// <summary>The options with every value inside its allowed range (misconfiguration cannot lift the guard).</summary>
    public CatalogFilterOptions Clamped() => new()
    {
        MaxConditions = Math.Clamp(MaxConditions, 1, ConditionCeiling),
        MaxDepth = Math.Clamp(MaxDepth, 1, DepthCeiling),
        MaxConditionsPerRequest = Math.Clamp(MaxConditionsPerRequest, 1, ConditionCeiling),
    };
}
