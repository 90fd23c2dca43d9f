namespace Headless.Domain.SeedWork;

/// <summary>Something that happened inside an aggregate, named in the past tense.</summary>
public interface IDomainEvent;
