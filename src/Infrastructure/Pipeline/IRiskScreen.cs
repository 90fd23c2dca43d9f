using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Pipeline;

/// <summary>The fraud check between authorization and everything else; null means the order may go on, a text is why not.</summary>
public interface IRiskScreen
{
    Task<string?> WhyRejectAsync(Order order, CancellationToken ct);
}
