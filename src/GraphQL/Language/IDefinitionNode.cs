namespace Headless.GraphQL.Language;

/// <summary>A top-level definition of a document: executable or type system.</summary>
public interface IDefinitionNode : INode;
