namespace Headless.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectives
{
    NameNode? Name { get; }

    SelectionSetNode SelectionSet { get; }

    StringValueNode? Description { get; }
}
