using Microsoft.Extensions.Configuration;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>Registers the request limits and the introspection policy on an endpoint's options.</summary>
public static class LimitsOptionsExtensions
{
    /// <summary>
    /// Applies every request limit with safe defaults, changed by <paramref name="configure"/>: the parser's size,
    /// token and depth limits, then cost (first, so <c>extensions.cost</c> is reported whatever else refuses),
    /// depth, root fields and aliases.
    /// </summary>
    public static RequestLimits AddDefaultLimits(this GraphQLTransportOptions options, Action<RequestLimits>? configure = null)
    {
        var limits = new RequestLimits();
        configure?.Invoke(limits);
        options.Parser = options.Parser with
        {
            MaxTokens = limits.MaxTokens,
            MaxDocumentLength = limits.MaxDocumentLength,
            MaxDepth = limits.MaxParserDepth,
        };
        options.Rules.Add(new CostAnalysisRule(limits));
        options.Rules.Add(new MaxDepthRule(limits.MaxDepth));
        options.Rules.Add(new MaxRootFieldsRule(limits.MaxRootFields));
        options.Rules.Add(new MaxAliasesRule(limits.MaxAliases));
        return limits;
    }

    /// <summary>The same, with the values of a configuration section (e.g. <c>GraphQL:Limits</c>) over the defaults.</summary>
    public static RequestLimits AddDefaultLimits(this GraphQLTransportOptions options, IConfiguration section) =>
        options.AddDefaultLimits(section.Bind);

    /// <summary>
    /// Refuses introspection to callers <paramref name="configure"/>'s policy denies (checked before any other rule)
    /// and hides "Did you mean …?" suggestions from them, which would otherwise leak the schema field by field.
    /// </summary>
    public static IntrospectionPolicy AddIntrospectionPolicy(this GraphQLTransportOptions options, Action<IntrospectionPolicy>? configure = null)
    {
        var policy = new IntrospectionPolicy();
        configure?.Invoke(policy);
        options.Rules.Insert(0, new IntrospectionPolicyRule(policy));
        var hideSuggestions = options.HideSuggestions;
        options.HideSuggestions = context => hideSuggestions?.Invoke(context) == true || !policy.IsAllowed(context);
        return policy;
    }

    /// <summary>The same, with the values of a configuration section (e.g. <c>GraphQL:Introspection</c>).</summary>
    public static IntrospectionPolicy AddIntrospectionPolicy(this GraphQLTransportOptions options, IConfiguration section) =>
        options.AddIntrospectionPolicy(section.Bind);
}
