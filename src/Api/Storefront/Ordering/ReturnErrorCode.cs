namespace Headless.Api.Storefront.Ordering;

/// <summary>The <c>ReturnErrorCode</c> enum.</summary>
internal enum ReturnErrorCode
{
    OrderNotFound,
    NotDelivered,
    NotReturnable,
    QuantityExceeded,
    LineNotFound,
    InvalidReturn,
}
