namespace Headless.Domain.SeedWork;

/// <summary>Small checks shared by the aggregates; each failure is a <see cref="DomainException"/>.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string code, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(code, $"{what} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(code, $"{what} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static Guid Id(Guid value, string code, string what) =>
        value == Guid.Empty ? throw new DomainException(code, $"{what} is required.") : value;

    public static int PositiveQuantity(int quantity, string code) =>
        quantity > 0 ? quantity : throw new DomainException(code, $"Quantity must be positive, was {quantity}.");
}
