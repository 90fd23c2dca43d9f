using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation;

/// <summary>
/// Runs every rule's visitor in one walk (graphql-js <c>visitInParallel</c>): a visitor that skips a node's
/// children is left out until the walk leaves that node, without affecting the others.
/// </summary>
internal sealed class ParallelVisitor(IReadOnlyList<ValidationVisitor> visitors) : ValidationVisitor
{
    private readonly INode?[] _skipping = new INode?[visitors.Count];

    public override bool Enter(INode node)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null && !visitors[i].Enter(node))
            {
                _skipping[i] = node;
            }
        }

        return true;
    }

    public override void Leave(INode node)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
    }
}
