using System.Collections.Concurrent;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.DataLoader;

/// <summary>
/// Dispatch is decided by the work the operation has left, not by timing: resolvers that yield and await on
/// whatever context they were called from, loaders that answer at once or after real I/O, one batch per level
/// every time.
/// </summary>
public sealed class DataLoaderDispatchTests
{
    private const int Iterations = 50;

    private const string Sdl = """
        type Query { shelves: [Shelf!]! }
        type Shelf { id: Int! books: [Book!]! }
        type Book { id: Int! authors: [Author!]! }
        type Author { id: Int! awards: [Award!]! }
        type Award { id: Int! }
        """;

    private const string NestedQuery = "{ shelves { id books { id authors { id awards { id } } } } }";

    public enum Context
    {
        /// <summary>ASP.NET Core: no synchronization context at all.</summary>
        None,

        /// <summary>Whatever xunit runs the test under (its own posting context).</summary>
        Xunit,

        /// <summary>A context that runs every continuation on some pool thread after a random pause.</summary>
        Scattering,
    }

    public enum Fetch
    {
        Synchronous,
        Delayed,
    }

    /// <summary>Batch sizes per loader; shared by the loaders of one execution.</summary>
    private sealed class Batches
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _sizes = new();

        public void Record(string loader, int size) => _sizes.GetOrAdd(loader, _ => new ConcurrentQueue<int>()).Enqueue(size);

        public int[] Of(string loader) => _sizes.TryGetValue(loader, out var sizes) ? [.. sizes] : [];
    }

    /// <summary>Children of each parent: parent <c>p</c> has <c>offset + p * 10 + 1 .. offset + p * 10 + count</c>.</summary>
    private abstract class ChildrenLoader(Batches batches, string name, int count, Fetch fetch, int delayMilliseconds = 2, int offset = 0) : GroupedDataLoader<int, int>
    {
        protected override async Task<ILookup<int, int>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Record(name, keys.Count);
            if (fetch == Fetch.Delayed)
            {
                await Task.Delay(delayMilliseconds, cancellationToken);
            }

            return keys.SelectMany(parent => Enumerable.Range(1, count).Select(i => (parent, child: offset + (parent * 10) + i))).ToLookup(p => p.parent, p => p.child);
        }
    }

    // The scope keeps one loader per type, so each level has its own.
    private sealed class BooksOfShelf(Batches batches, Fetch fetch) : ChildrenLoader(batches, "books", 3, fetch);

    private sealed class AuthorsOfBook(Batches batches, Fetch fetch) : ChildrenLoader(batches, "authors", 2, fetch);

    private sealed class AwardsOfAuthor(Batches batches, Fetch fetch) : ChildrenLoader(batches, "awards", 2, fetch);

    private sealed class SlowMagazinesOfShelf(Batches batches) : ChildrenLoader(batches, "magazines", 2, Fetch.Delayed, delayMilliseconds: 30, offset: 1000);

    /// <summary>Every resolver yields before and after loading, with plain awaits that return to the captured context.</summary>
    private static Schema NestedSchema(Batches batches, Fetch fetch) =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "shelves", _ => new[] { 1, 2, 3, 4 })
            .AddResolver("Shelf", "id", context => context.Source)
            .AddResolver("Shelf", "books", async context =>
            {
                await Task.Yield();
                var books = await context.DataLoader(() => new BooksOfShelf(batches, fetch)).LoadAsync((int)context.Source!);
                await Task.Yield();
                return books;
            })
            .AddResolver("Book", "id", context => context.Source)
            .AddResolver("Book", "authors", async context =>
            {
                var authors = await context.DataLoader(() => new AuthorsOfBook(batches, fetch)).LoadAsync((int)context.Source!);
                await Task.Yield();
                return authors;
            })
            .AddResolver("Author", "id", context => context.Source)
            .AddResolver("Author", "awards", async context =>
            {
                await Task.Yield();
                await Task.Yield();
                return await context.DataLoader(() => new AwardsOfAuthor(batches, fetch)).LoadAsync((int)context.Source!);
            })
            .AddResolver("Award", "id", context => context.Source)
            .Build();

    [Theory]
    [InlineData(Context.None, Fetch.Synchronous)]
    [InlineData(Context.None, Fetch.Delayed)]
    [InlineData(Context.Xunit, Fetch.Synchronous)]
    [InlineData(Context.Xunit, Fetch.Delayed)]
    [InlineData(Context.Scattering, Fetch.Synchronous)]
    [InlineData(Context.Scattering, Fetch.Delayed)]
    public async Task ThreeNestedListsCostExactlyOneBatchPerLevelEveryTime(Context context, Fetch fetch)
    {
        // xunit runs test methods under its own posting context; awaits inside the test may leave it.
        var xunitContext = SynchronizationContext.Current;
        Assert.NotNull(xunitContext);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var batches = new Batches();
            var executor = new GraphQLExecutor(NestedSchema(batches, fetch));

            var result = await RunUnder(context, xunitContext, () => executor.ExecuteAsync(new GraphQLRequest(NestedQuery)).AsTask());

            Assert.Empty(result.Errors);
            Assert.Equal([4], batches.Of("books"));
            Assert.Equal([12], batches.Of("authors"));
            Assert.Equal([24], batches.Of("awards"));
            var shelves = (IReadOnlyList<object?>)result.Data!["shelves"]!;
            var lastBook = (ResultMap)((IReadOnlyList<object?>)((ResultMap)shelves[3]!)["books"]!)[2]!;
            var lastAuthor = (ResultMap)((IReadOnlyList<object?>)lastBook["authors"]!)[1]!;
            Assert.Equal(43, lastBook["id"]);
            Assert.Equal(432, lastAuthor["id"]);
            Assert.Equal([4321, 4322], ((IReadOnlyList<object?>)lastAuthor["awards"]!).Select(a => ((ResultMap)a!)["id"]));
        }
    }

    private static async Task<ExecutionResult> RunUnder(Context context, SynchronizationContext xunitContext, Func<Task<ExecutionResult>> run)
    {
        switch (context)
        {
            case Context.None:
                return await Task.Run(() =>
                {
                    Assert.Null(SynchronizationContext.Current);
                    return run();
                });
            default:
                var previous = SynchronizationContext.Current;
                SynchronizationContext.SetSynchronizationContext(context == Context.Xunit ? xunitContext : new ScatteringContext());
                try
                {
                    return await run();
                }
                finally
                {
                    SynchronizationContext.SetSynchronizationContext(previous);
                }
        }
    }

    /// <summary>Posts each continuation to the pool after a random pause of up to 2 ms, in no particular order.</summary>
    private sealed class ScatteringContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback callback, object? state) =>
            _ = Task.Delay(Random.Shared.Next(3)).ContinueWith(
                _ =>
                {
                    SetSynchronizationContext(this);
                    callback(state);
                },
                TaskScheduler.Default);

        public override SynchronizationContext CreateCopy() => this;
    }

    /// <summary>Resolvers as library code writes them: leaving the context after a load, or handing back the load's task.</summary>
    private static Schema LibraryStyleSchema(Batches batches, Fetch fetch) =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "shelves", _ => new[] { 1, 2, 3, 4 })
            .AddResolver("Shelf", "id", context => context.Source)
            .AddResolver("Shelf", "books", async context =>
                await context.DataLoader(() => new BooksOfShelf(batches, fetch)).LoadAsync((int)context.Source!).ConfigureAwait(false))
            .AddResolver("Book", "id", context => context.Source)
            .AddResolver("Book", "authors", context => context.DataLoader(() => new AuthorsOfBook(batches, fetch)).LoadAsync((int)context.Source!))
            .AddResolver("Author", "id", context => context.Source)
            .AddResolver("Author", "awards", async context =>
            {
                var awards = await context.DataLoader(() => new AwardsOfAuthor(batches, fetch)).LoadAsync((int)context.Source!).ConfigureAwait(false);
                return awards.Reverse().ToArray();
            })
            .AddResolver("Award", "id", context => context.Source)
            .Build();

    [Theory]
    [InlineData(Fetch.Synchronous)]
    [InlineData(Fetch.Delayed)]
    public async Task ResolversThatLeaveTheContextAfterALoadStillCostOneBatchPerLevel(Fetch fetch)
    {
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var batches = new Batches();
            var executor = new GraphQLExecutor(LibraryStyleSchema(batches, fetch));

            var result = await executor.ExecuteAsync(new GraphQLRequest(NestedQuery));

            Assert.Empty(result.Errors);
            Assert.Equal([4], batches.Of("books"));
            Assert.Equal([12], batches.Of("authors"));
            Assert.Equal([24], batches.Of("awards"));
        }
    }

    [Fact]
    public async Task LoadersOfOneLevelAnsweringAtDifferentSpeedsFeedOneBatchOfTheNext()
    {
        var batches = new Batches();
        var schema = SchemaBuilder.FromSdl("type Query { shelves: [Shelf!]! } type Shelf { books: [Book!]! magazines: [Book!]! } type Book { id: Int! authors: [Int!]! }")
            .AddResolver("Query", "shelves", _ => new[] { 1, 2, 3 })
            .AddResolver("Shelf", "books", context => context.DataLoader(() => new BooksOfShelf(batches, Fetch.Synchronous)).LoadAsync((int)context.Source!))
            .AddResolver("Shelf", "magazines", context => context.DataLoader(() => new SlowMagazinesOfShelf(batches)).LoadAsync((int)context.Source!))
            .AddResolver("Book", "id", context => context.Source)
            .AddResolver("Book", "authors", async context =>
            {
                await Task.Yield();
                return await context.DataLoader(() => new AuthorsOfBook(batches, Fetch.Synchronous)).LoadAsync((int)context.Source!);
            })
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ shelves { books { authors } magazines { id authors } } }"));

        Assert.Empty(result.Errors);
        Assert.Equal([3], batches.Of("books"));
        Assert.Equal([3], batches.Of("magazines"));

        // 9 books arrive at once, 6 magazines 30 ms later: their authors still go in one batch.
        Assert.Equal([15], batches.Of("authors"));
    }

    private sealed record Person(int Id);

    /// <summary>Person n's manager is n / 2 (person 1 has none).</summary>
    private sealed class PersonById(Batches batches) : BatchDataLoader<int, Person>
    {
        protected override async Task<IReadOnlyDictionary<int, Person>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Record("people", keys.Count);
            batches.Record("keys", keys.Sum());
            await Task.Yield();
            return keys.ToDictionary(k => k, k => new Person(k));
        }
    }

    private static Schema PeopleSchema(Batches batches) =>
        SchemaBuilder.FromSdl("type Query { people: [Person!]! person(id: Int!): Person } type Person { id: Int! manager: Person }")
            .AddResolver("Query", "people", _ => Enumerable.Range(8, 8).Select(i => new Person(i)).ToList())
            .AddResolver("Query", "person", context => context.DataLoader(() => new PersonById(batches)).LoadAsync((int)context.Arguments["id"]!))
            .AddResolver("Person", "manager", async context =>
            {
                var id = ((Person)context.Source!).Id / 2;
                return id == 0 ? null : await context.DataLoader(() => new PersonById(batches)).LoadAsync(id);
            })
            .Build();

    [Fact]
    public async Task ALoaderUsedAtSeveralLevelsSendsOneBatchPerLevelAndNeverFetchesAKeyTwice()
    {
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var batches = new Batches();
            var executor = new GraphQLExecutor(PeopleSchema(batches));

            // Level 1 asks for 4..7 and, at the root, 2. Level 2 asks for 2 (known: its own manager 1 is asked at once)
            // and 3; level 3 only for 1 again, which is known by then.
            var result = await executor.ExecuteAsync(new GraphQLRequest("{ people { manager { manager { manager { id manager { id } } } } } two: person(id: 2) { id } }"));

            Assert.Empty(result.Errors);
            Assert.Equal([5, 2], batches.Of("people"));
            Assert.Equal([2 + 4 + 5 + 6 + 7, 3 + 1], batches.Of("keys"));
            var first = (ResultMap)((IReadOnlyList<object?>)result.Data!["people"]!)[0]!;
            var top = (ResultMap)((ResultMap)((ResultMap)first["manager"]!)["manager"]!)["manager"]!;
            Assert.Equal(1, top["id"]);
            Assert.Null(top["manager"]);
        }
    }

    private sealed class Lines(Batches batches, int poison) : GroupedDataLoader<int, int>
    {
        protected override async Task<ILookup<int, int>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Record("lines", keys.Count);
            await Task.Delay(1, cancellationToken);
            if (keys.Contains(poison))
            {
                throw new InvalidOperationException("lines table is locked");
            }

            return keys.ToLookup(k => k, k => k * 100);
        }
    }

    [Fact]
    public async Task AFailedBatchFailsEveryFieldThatWaitedOnItAndLeavesOtherLevelsIntact()
    {
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var batches = new Batches();
            var schema = SchemaBuilder.FromSdl("type Query { orders: [Order!]! } type Order { id: Int! lines: [Int!] }")
                .AddResolver("Query", "orders", _ => new[] { 1, 2, 3 })
                .AddResolver("Order", "id", context => context.Source)
                .AddResolver("Order", "lines", async context =>
                {
                    await Task.Yield();
                    return await context.DataLoader(() => new Lines(batches, poison: 2)).LoadAsync((int)context.Source!);
                })
                .Build();

            var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ orders { id lines } }"));

            Assert.Equal([3], batches.Of("lines"));
            Assert.Equal(
                ["orders.0.lines", "orders.1.lines", "orders.2.lines"],
                result.Errors.Select(e => string.Join('.', e.Path!)).Order());
            Assert.All(result.Errors, e => Assert.Equal("Unexpected error.", e.Message));
            var orders = (IReadOnlyList<object?>)result.Data!["orders"]!;
            Assert.Equal([1, 2, 3], orders.Select(o => ((ResultMap)o!)["id"]));
            Assert.All(orders, o => Assert.Null(((ResultMap)o!)["lines"]));
        }
    }

    private sealed class Waiting(Batches batches, CancellationTokenSource cancellation, bool cancelInside) : GroupedDataLoader<int, int>
    {
        protected override async Task<ILookup<int, int>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Record("waiting", keys.Count);
            if (cancelInside)
            {
                await cancellation.CancelAsync();
                return keys.ToLookup(k => k, k => k);
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return keys.ToLookup(k => k, k => k);
        }
    }

    private static Schema WaitingSchema(Batches batches, CancellationTokenSource cancellation, bool cancelInside) =>
        SchemaBuilder.FromSdl("type Query { nodes: [Node!]! } type Node { id: Int! children: [Node!]! }")
            .AddResolver("Query", "nodes", _ => new[] { 1, 2 })
            .AddResolver("Node", "id", context => context.Source)
            .AddResolver("Node", "children", async context =>
                await context.DataLoader(() => new Waiting(batches, cancellation, cancelInside)).LoadAsync((int)context.Source!))
            .Build();

    [Fact]
    public async Task CancellingWhileABatchRunsStopsTheOperationAndTheBatchSeesTheToken()
    {
        var batches = new Batches();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var executor = new GraphQLExecutor(WaitingSchema(batches, cancellation, cancelInside: false));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new GraphQLRequest("{ nodes { children { id } } }"), cancellationToken: cancellation.Token).AsTask());

        Assert.Equal([2], batches.Of("waiting"));
    }

    [Fact]
    public async Task NoFurtherBatchIsSentOnceTheRequestIsCancelled()
    {
        var batches = new Batches();
        using var cancellation = new CancellationTokenSource();
        var executor = new GraphQLExecutor(WaitingSchema(batches, cancellation, cancelInside: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new GraphQLRequest("{ nodes { children { children { id } } } }"), cancellationToken: cancellation.Token).AsTask());

        // The first level's batch cancelled the request; the level below is never fetched.
        Assert.Equal([2], batches.Of("waiting"));
    }
}
