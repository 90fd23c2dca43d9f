namespace Headless.GraphQL.Transport.Limits;

/// <summary>Arithmetic that stops at <see cref="long.MaxValue"/>: a hostile document's cost must not wrap around to a small number.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
