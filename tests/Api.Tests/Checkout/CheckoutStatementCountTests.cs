using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Xunit.Abstractions;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>
/// The SQL statements a full checkout sends to PostgreSQL (create cart, add a line, address, shipping, place the
/// order), counted by the EF Core command interceptor. A count is deterministic, so it is guarded here; the time a
/// checkout takes is measured by bench/checkout.sh.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class CheckoutStatementCountTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>
    /// What the five mutations take today (a guard against more; the goal of issue 13 was 25): createCart 1 (the
    /// email is written with the cart), addToCart 6, setShippingAddress 3, setShippingMethod 3, placeOrder 10. Each
    /// change locks and loads the cart, with its reservation expiry, in one statement; variants are read once per
    /// request; stock levels are locked and read in one; placeOrder reads nothing outside its transaction and takes
    /// its number from a sequence.
    /// </summary>
    private const int MaxStatements = 23;

    private StorefrontApiFactory? _factory;

    public async Task InitializeAsync()
    {
        _factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("checkout_statements"));
        _factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task AFullCheckoutStaysWithinItsStatementBudget()
    {
        using var client = _factory!.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 2);
        // One checkout first, so nothing measured below is a first-use cost (the catalog cache, the shipping rates).
        AssertNoErrors(await PlaceOrderAsync(client, await ReadyCartAsync(client, variantId, 1)));

        var counts = new List<(string Step, int Statements)>();
        var statements = _factory.Statements;
        statements.Reset();
        var created = await CreateCartAsync(client, new { email = "ada@example.com" });
        AssertNoErrors(created);
        var cartId = created["cart"]!["id"]!.GetValue<string>();
        counts.Add(("createCart", Take(statements)));
        AssertNoErrors((await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 1 }))["addCartLines"]!);
        counts.Add(("addToCart", Take(statements)));
        AssertNoErrors((await client.DataAsync(Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!);
        counts.Add(("setShippingAddress", Take(statements)));
        AssertNoErrors((await client.DataAsync(Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        counts.Add(("setShippingMethod", Take(statements)));
        AssertNoErrors(await PlaceOrderAsync(client, cartId));
        counts.Add(("placeOrder", Take(statements)));

        foreach (var (step, count) in counts)
        {
            output.WriteLine($"{step}: {count}");
        }

        var total = counts.Sum(c => c.Statements);
        output.WriteLine($"total: {total}");
        Assert.True(total <= MaxStatements, $"{total} statements: {string.Join(", ", counts)}");
    }

    private int Take(SqlStatementCounter statements)
    {
        // The outbox publisher claims and marks what the previous steps wrote, on its own schedule: not the checkout's statements.
        // Nor is the background catalog import worker's poll for a job to run (once a second on every instance).
        var commands = statements.Commands.Where(c => !c.Contains("outbox_messages AS o", StringComparison.Ordinal)
            && !c.Contains("FROM catalog_import_jobs", StringComparison.Ordinal)).ToList();
        statements.Reset();
        foreach (var command in commands)
        {
            output.WriteLine("  " + command.ReplaceLineEndings(" ")[..Math.Min(160, command.Length)]);
        }

        return commands.Count;
    }
}
