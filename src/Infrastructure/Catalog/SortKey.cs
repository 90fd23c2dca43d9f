using System.Linq.Expressions;
using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Catalog;

/// <summary>One column of a keyset: how to read it from a product in SQL, and its direction.</summary>
internal sealed record SortKey(string Name, LambdaExpression Selector, bool Descending)
{
    public Type ValueType => Selector.ReturnType;

    public static SortKey Id { get; } = Create("ID", p => p.Id, descending: false);

    public static SortKey Create<T>(string name, Expression<Func<Product, T>> selector, bool descending) =>
        new(name, selector, descending);

    public SortKey Reversed() => this with { Descending = !Descending };
}
