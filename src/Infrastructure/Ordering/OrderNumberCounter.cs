namespace Headless.Infrastructure.Ordering;

/// <summary>A named counter row; order numbers come from the one named <see cref="OrdersName"/>.</summary>
public sealed class OrderNumberCounter
{
    public const string OrdersName = "orders";

    public OrderNumberCounter(string name, long value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; }

    public long Value { get; private set; }
}
