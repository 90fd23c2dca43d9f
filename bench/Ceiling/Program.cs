// The ceiling of the catalog benchmark: a bare Kestrel app that answers every request with bytes recorded from the
// API (GET /{name} or POST /{name} returns the file <name>.json of the directory given as the first argument),
// with the same content type. What the API does beyond this is what the benchmark measures.
var directory = args.Length > 0 ? args[0] : throw new ArgumentException("usage: Ceiling <directory of recorded responses> [--urls …]");
var responses = Directory.GetFiles(directory, "*.json")
    .ToDictionary(path => Path.GetFileNameWithoutExtension(path), File.ReadAllBytes, StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();

app.Map("/{name}", async (HttpContext context, string name) =>
{
    // Read the request body like the API must, so both sides do the same network work.
    await context.Request.Body.CopyToAsync(Stream.Null);
    if (!responses.TryGetValue(name, out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});

app.Run();
