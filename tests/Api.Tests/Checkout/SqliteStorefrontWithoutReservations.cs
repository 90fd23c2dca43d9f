using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Checkout;

/// <summary>A SQLite storefront whose carts reserve nothing (see <see cref="ConcurrentCheckoutContract.HostSettings"/>).</summary>
public sealed class SqliteStorefrontWithoutReservations() : SqliteStorefront(ConcurrentCheckoutContract.HostSettings);
