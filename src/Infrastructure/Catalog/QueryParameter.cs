using System.Linq.Expressions;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// A value placed in an expression tree as a closure member, which EF Core sends as a SQL parameter
/// (a plain constant would be inlined as a literal and give every cursor its own query plan).
/// </summary>
internal static class QueryParameter
{
    public static Expression Of(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
