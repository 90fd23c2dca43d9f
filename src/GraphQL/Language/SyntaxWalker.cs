namespace Headless.GraphQL.Language;

/// <summary>
/// Depth-first walk over a syntax tree with an enter and a leave call per node, children in graphql-js's visiting
/// order (<see cref="SyntaxChildren"/>). Subclasses override <see cref="Enter"/> and <see cref="Leave"/>; the path from
/// the root to the current node's parent is in <see cref="Ancestors"/>.
/// </summary>
public abstract class SyntaxWalker
{
    private readonly List<INode> _ancestors = [];
    private bool _stopped;

    /// <summary>The nodes from the root down to the parent of the node being entered or left.</summary>
    protected IReadOnlyList<INode> Ancestors => _ancestors;

    public void Walk(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _stopped = false;
        _ancestors.Clear();
        Visit(root);
    }

    protected virtual SyntaxWalkAction Enter(INode node) => SyntaxWalkAction.Continue;

    protected virtual void Leave(INode node)
    {
    }

    private void Visit(INode node)
    {
        var action = Enter(node);
        if (action == SyntaxWalkAction.Stop)
        {
            _stopped = true;
            return;
        }

        if (action == SyntaxWalkAction.SkipChildren)
        {
            return;
        }

        _ancestors.Add(node);
        foreach (var child in SyntaxChildren.Of(node))
        {
            Visit(child);
            if (_stopped)
            {
                return;
            }
        }

        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(node);
    }
}
