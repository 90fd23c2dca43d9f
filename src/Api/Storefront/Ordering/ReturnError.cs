namespace Headless.Api.Storefront.Ordering;

/// <summary>The <c>ReturnError</c> type.</summary>
internal sealed record ReturnError(ReturnErrorCode Code, string Message, IReadOnlyList<string> Path);
