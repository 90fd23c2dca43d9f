namespace Headless.Infrastructure.Identity;

/// <summary>Values of the <see cref="HeadlessClaimTypes.Kind"/> claim.</summary>
public static class CallerKinds
{
    public const string Customer = "customer";

    public const string Staff = "staff";

    public const string ApiKey = "api_key";
}
