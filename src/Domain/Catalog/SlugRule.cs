using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>URL-safe handles: lower-case ASCII letters and digits separated by single hyphens.</summary>
internal static class SlugRule
{
    public const int MaxLength = 200;

    public static string Validate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !IsWellFormed(value))
        {
            throw new DomainException(
                CatalogErrorCodes.InvalidSlug,
                $"A slug uses lower-case letters, digits and single hyphens (at most {MaxLength} characters), was '{value}'.");
        }

        return value;
    }

    private static bool IsWellFormed(string value)
    {
        if (value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var allowed = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && value[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
