using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>An <c>ExportMyDataPayload</c>.</summary>
internal sealed record ExportMyDataPayloadResult(string? Data, IReadOnlyList<AccountError> Errors);
