using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Checkout;

/// <summary>A SQLite storefront of its own for <see cref="CartConcurrencyContract"/> (it sets stock levels), with its host settings.</summary>
public sealed class SqliteStorefrontForCartConcurrency() : SqliteStorefront(CartConcurrencyContract.HostSettings);
