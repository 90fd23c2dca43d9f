namespace Headless.GraphQL.Language;

/// <summary>A node that may carry directives; validation of directive locations walks these.</summary>
public interface IHasDirectives : INode
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
