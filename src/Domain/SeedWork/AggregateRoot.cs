namespace Headless.Domain.SeedWork;

/// <summary>
/// The only entry point to a cluster of objects: outside code loads, saves and references
/// (by id) aggregate roots, never the entities inside them.
/// </summary>
public abstract class AggregateRoot : Entity
{
    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }
}
