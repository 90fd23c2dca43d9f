using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog.Events;

public sealed record VariantPriceChanged(Guid ProductId, Guid VariantId, Money Price, Money? CompareAtPrice) : IDomainEvent;
