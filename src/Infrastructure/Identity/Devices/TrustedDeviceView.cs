namespace Headless.Infrastructure.Identity.Devices;

/// <summary>A trusted device as the customer sees it in <c>me.trustedDevices</c> (never its token).</summary>
public sealed record TrustedDeviceView(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, DateTimeOffset ExpiresAt);
