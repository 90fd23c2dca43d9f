namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>An <c>after</c> cursor that <see cref="OrderSearch"/> did not issue for this sort.</summary>
public sealed class OrderSearchCursorException() : Exception("The cursor did not come from `orders` with this `order`.")
{
    public const string Code = "INVALID_CURSOR";
}
