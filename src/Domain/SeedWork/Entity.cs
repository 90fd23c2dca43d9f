namespace Headless.Domain.SeedWork;

/// <summary>An object with identity; collects the domain events it raises until someone publishes them.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    // Version 7 ids sort by creation time, which keeps database indexes compact.
    protected Entity()
        : this(Guid.CreateVersion7())
    {
    }

    protected Entity(Guid id)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An entity id cannot be empty.", nameof(id));
        }

        Id = id;
    }

    public Guid Id { get; private init; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
