using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.DataLoader;

/// <summary>Loaders dispatched by the executor: one batch per level of a nested list, not one call per object.</summary>
public sealed class DataLoaderBatchingTests
{
    private const string Sdl = """
        type Query { authors: [Author!]! }
        type Author { id: Int! name: String! books: [Book!]! }
        type Book { id: Int! title: String! reviews: [Review!]! publisher: Publisher }
        type Review { stars: Int! }
        type Publisher { name: String! }
        """;

    private sealed record Author(int Id, string Name);

    private sealed record Book(int Id, int AuthorId, string Title);

    private sealed class Counters
    {
        public List<int> BookBatchSizes { get; } = [];

        public List<int> ReviewBatchSizes { get; } = [];

        public List<int> PublisherBatchSizes { get; } = [];
    }

    private sealed class BooksByAuthor(Counters counters) : GroupedDataLoader<int, Book>
    {
        protected override async Task<ILookup<int, Book>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            counters.BookBatchSizes.Add(keys.Count);
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            return keys.SelectMany(a => Enumerable.Range(0, 3).Select(i => new Book((a * 10) + i, a, $"Book {a}-{i}"))).ToLookup(b => b.AuthorId);
        }
    }

    private sealed class ReviewsByBook(Counters counters) : GroupedDataLoader<int, int>
    {
        protected override Task<ILookup<int, int>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            counters.ReviewBatchSizes.Add(keys.Count);
            return Task.FromResult(keys.SelectMany(k => new[] { (k, 4), (k, 5) }).ToLookup(p => p.k, p => p.Item2));
        }
    }

    private sealed class PublisherByBook(Counters counters) : BatchDataLoader<int, string>
    {
        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            counters.PublisherBatchSizes.Add(keys.Count);

            // Odd books have no publisher: those keys load as null.
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => $"Press {k}"));
        }
    }

    private static Schema BuildSchema(Counters counters, int authorCount) =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "authors", _ => Enumerable.Range(1, authorCount).Select(i => new Author(i, $"Author {i}")).ToList())
            .AddResolver("Author", "books", context =>
                context.DataLoader(() => new BooksByAuthor(counters)).LoadAsync(((Author)context.Source!).Id))
            .AddResolver("Book", "reviews", context =>
                context.DataLoader(() => new ReviewsByBook(counters)).LoadAsync(((Book)context.Source!).Id))
            .AddResolver("Book", "publisher", async context =>
                await context.DataLoader(() => new PublisherByBook(counters)).LoadAsync(((Book)context.Source!).Id).ConfigureAwait(false) is { } name
                    ? new Dictionary<string, object?> { ["name"] = name }
                    : null)
            .AddResolver("Review", "stars", context => context.Source)
            .Build();

    [Fact]
    public async Task NestedListsOfAHundredAuthorsCostOneBatchPerLevel()
    {
        var counters = new Counters();
        var executor = new GraphQLExecutor(BuildSchema(counters, authorCount: 100));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ authors { name books { title reviews { stars } publisher { name } } } }"));

        Assert.Empty(result.Errors);
        Assert.Equal([100], counters.BookBatchSizes);
        Assert.Equal([300], counters.ReviewBatchSizes);
        Assert.Equal([300], counters.PublisherBatchSizes);
        var authors = (IReadOnlyList<object?>)result.Data!["authors"]!;
        var firstBook = (ResultMap)((IReadOnlyList<object?>)((ResultMap)authors[0]!)["books"]!)[0]!;
        Assert.Equal("Book 1-0", firstBook["title"]);
        Assert.Equal(2, ((IReadOnlyList<object?>)firstBook["reviews"]!).Count);
        Assert.Equal("Press 10", ((ResultMap)firstBook["publisher"]!)["name"]);
    }

    [Fact]
    public async Task TheSameKeyRequestedTwiceIsFetchedOnce()
    {
        var counters = new Counters();
        var executor = new GraphQLExecutor(BuildSchema(counters, authorCount: 5));

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ a: authors { books { id } } b: authors { books { title } } }"));

        Assert.Empty(result.Errors);
        Assert.Equal([5], counters.BookBatchSizes);
    }

    [Fact]
    public async Task EachRequestGetsItsOwnLoadersAndCache()
    {
        var counters = new Counters();
        var executor = new GraphQLExecutor(BuildSchema(counters, authorCount: 3));

        await executor.ExecuteAsync(new GraphQLRequest("{ authors { books { id } } }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ authors { books { id } } }"));

        Assert.Equal([3, 3], counters.BookBatchSizes);
    }

    [Fact]
    public async Task AFailingBatchBecomesAFieldErrorForEveryKeyInIt()
    {
        var schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { id: Int! detail: String }")
            .AddResolver("Query", "items", _ => new[] { 1, 2 }.Select(i => new Dictionary<string, object?> { ["id"] = i }).ToList())
            .AddResolver("Item", "detail", context => context.DataLoader(() => new FailingLoader()).LoadAsync((int)((Dictionary<string, object?>)context.Source!)["id"]!))
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ items { id detail } }"));

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("Unexpected error.", e.Message));
        Assert.Equal(["items", 1, "detail"], result.Errors.Select(e => e.Path!).OrderBy(p => p[1]).Last());
    }

    private sealed class FailingLoader : BatchDataLoader<int, string>
    {
        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database down");
    }
}
