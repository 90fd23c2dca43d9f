namespace Headless.GraphQL.Language;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, IHasDirectives
{
    StringValueNode? Description { get; }

    NameNode Name { get; }
}
