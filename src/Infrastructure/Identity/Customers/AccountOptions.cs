namespace Headless.Infrastructure.Identity.Customers;

/// <summary>Settings under <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    public TimeSpan PasswordResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan EmailVerificationTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    public ThrottleOptions Throttling { get; set; } = new();
}
