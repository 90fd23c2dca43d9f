using Headless.Api.Storefront;

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>OrderOrder</c> input.</summary>
internal sealed record OrderOrder(OrderOrderField Field, SortDirection Direction);
