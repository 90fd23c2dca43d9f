namespace Headless.Infrastructure.Identity.Mfa;

/// <summary>Settings of two-factor sign-in for customers (<c>Identity:Mfa</c>).</summary>
public sealed class MfaOptions
{
    public const string SectionName = "Identity:Mfa";

    /// <summary>
    /// Off (the default): a customer with an authenticator app gives a code at every sign-in. On: only at a sign-in
    /// from a new device; a sign-in that passed the code answers a device token, and a later sign-in that sends it
    /// back needs no code. Customers without a second factor are not affected either way; staff always need theirs.
    /// </summary>
    public bool RequireOnNewDevice { get; set; }

    /// <summary>How long a device token spares the code, from the sign-in that issued it.</summary>
    public TimeSpan DeviceLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>At most this many active devices per customer; the oldest is revoked to make room.</summary>
    public int MaxDevices { get; set; } = 20;
}
