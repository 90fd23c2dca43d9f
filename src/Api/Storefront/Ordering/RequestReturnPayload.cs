using Headless.Domain.Ordering.Returns;

namespace Headless.Api.Storefront.Ordering;

/// <summary>The <c>RequestReturnPayload</c> type.</summary>
internal sealed record RequestReturnPayload(OrderReturn? Return, IReadOnlyList<ReturnError> Errors);
