namespace Headless.Api.Storefront.Ordering;

/// <summary><c>Order.nextAction</c>.</summary>
internal sealed record NextAction(NextActionType Type, string? RedirectUrl)
{
    public static NextAction Redirect(string url) => new(NextActionType.Redirect, url);
}
