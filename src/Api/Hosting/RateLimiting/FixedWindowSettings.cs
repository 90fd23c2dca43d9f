namespace Headless.Api.Hosting.RateLimiting;

/// <summary><see cref="PermitLimit"/> permits per <see cref="Window"/>, per client address.</summary>
public sealed class FixedWindowSettings
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
