namespace Headless.Infrastructure.Identity.Customers;

/// <summary>Settings under <c>Accounts:Throttling</c>: how many attempts are free and how the wait grows after.</summary>
public sealed class ThrottleOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Failed sign-ins per account (known or not) before each further one waits.</summary>
    public int AccountFreeAttempts { get; set; } = 5;

    /// <summary>Failed sign-ins per client address before each further one waits.</summary>
    public int AddressFreeAttempts { get; set; } = 20;

    /// <summary>Sign-ups (and password-reset requests) per client address before each further one waits.</summary>
    public int SignUpsPerAddress { get; set; } = 10;

    /// <summary>The first wait; it doubles with every further attempt.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A key with no attempt for this long starts again from zero.</summary>
    public TimeSpan ResetAfter { get; set; } = TimeSpan.FromHours(1);
}
