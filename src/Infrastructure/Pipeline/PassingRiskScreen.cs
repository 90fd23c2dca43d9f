using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Pipeline;

/// <summary>Lets every order through until the fraud rules exist; the step is in place so they only replace this.</summary>
public sealed class PassingRiskScreen : IRiskScreen
{
    public Task<string?> WhyRejectAsync(Order order, CancellationToken ct) => Task.FromResult<string?>(null);
}
