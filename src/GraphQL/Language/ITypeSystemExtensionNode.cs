namespace Headless.GraphQL.Language;

/// <summary>A schema extension or a type extension (<c>extend ...</c>).</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode, IHasDirectives;
