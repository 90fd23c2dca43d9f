namespace Headless.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode
{
    NameNode Name { get; }
}
