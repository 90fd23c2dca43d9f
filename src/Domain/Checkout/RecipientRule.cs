using System.Collections.Frozen;
using Headless.Domain.Catalog;

namespace Headless.Domain.Checkout;

/// <summary>
/// Checks what a service line says it is for. A phone number must be E.164 (<c>+</c>, country calling code, at most
/// 15 digits, no spaces) and, when the product names a country, start with that country's calling code; an account
/// number is 4 to 34 letters, digits or dashes. Returns the reason it is refused, or null.
/// </summary>
public static class RecipientRule
{
    private static readonly FrozenDictionary<string, string> CallingCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AT"] = "43", ["BE"] = "32", ["BR"] = "55", ["CA"] = "1", ["CH"] = "41", ["CN"] = "86", ["CZ"] = "420",
        ["DE"] = "49", ["DK"] = "45", ["ES"] = "34", ["FI"] = "358", ["FR"] = "33", ["GB"] = "44", ["IE"] = "353",
        ["IN"] = "91", ["IT"] = "39", ["JP"] = "81", ["LU"] = "352", ["NL"] = "31", ["NO"] = "47", ["PL"] = "48",
        ["PT"] = "351", ["SE"] = "46", ["US"] = "1",
    }.ToFrozenDictionary();

    public static string? WhyNot(ServiceRecipient? field, string? country, string? recipient) => field switch
    {
        null => recipient is null ? null : "This product takes no recipient.",
        _ when string.IsNullOrEmpty(recipient) => field == ServiceRecipient.PhoneNumber
            ? "This service needs the recipient's phone number (E.164, e.g. +4915112345678)."
            : "This service needs the recipient's account number.",
        ServiceRecipient.PhoneNumber => PhoneWhyNot(country, recipient),
        _ => recipient.Length is >= 4 and <= 34 && recipient.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? null
            : "An account number has 4 to 34 letters, digits or dashes.",
    };

    private static string? PhoneWhyNot(string? country, string phone)
    {
        if (phone.Length is < 8 or > 16 || phone[0] != '+' || phone[1] == '0' || !phone.AsSpan(1).ContainsOnlyDigits())
        {
            return "A phone number must be in E.164 form: + and 7 to 15 digits, no spaces (e.g. +4915112345678).";
        }

        return country is not null && CallingCodes.TryGetValue(country, out var code) && !phone.AsSpan(1).StartsWith(code)
            ? $"This service is for {country} numbers: they start with +{code}."
            : null;
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
