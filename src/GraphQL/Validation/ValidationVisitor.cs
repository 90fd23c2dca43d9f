using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation;

/// <summary>
/// Receives every node of the document on the way in and on the way out, with <see cref="TypeInfo"/> already
/// describing the node. Rules switch on the node kinds they care about.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Returns false to skip the node's children (and this visitor's <see cref="Leave"/> for it).</summary>
    public virtual bool Enter(INode node) => true;

    public virtual void Leave(INode node)
    {
    }
}
