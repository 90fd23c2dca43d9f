using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.GraphQL.Transport.Ide;

/// <summary>The GraphiQL page a browser gets at <c>GET {path}</c>.</summary>
public sealed class IdeOptions
{
    /// <summary>
    /// True or false decides; unset (the default) serves the page in the Development environment only, so a
    /// deployment shows no IDE unless someone chose to. An app without a host environment counts as production.
    /// </summary>
    public bool? Enabled { get; set; }

    public string Title { get; set; } = "GraphiQL";

    /// <summary>
    /// The operation a new editor opens with (a browser that already edited one keeps its own). Unset: GraphiQL's
    /// own welcome text. The host supplies it, since only the host knows a working example for its schema.
    /// </summary>
    public string? DefaultQuery { get; set; }

    public bool IsEnabled(HttpContext context) =>
        Enabled ?? context.RequestServices?.GetService<IHostEnvironment>()?.IsDevelopment() == true;
}
