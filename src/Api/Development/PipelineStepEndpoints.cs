using Headless.Infrastructure.Pipeline;

namespace Headless.Api.Development;

/// <summary>
/// Development only, until the admin API exposes them: <c>GET /dev/pipeline/parked</c> lists steps that failed their
/// last attempt (with the reason), <c>POST /dev/pipeline/steps/{id}/retry</c> runs one again. Not mapped elsewhere.
/// </summary>
public static class PipelineStepEndpoints
{
    public const string PathPrefix = "/dev/pipeline";

    public static WebApplication MapPipelineStepsInDevelopment(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapGet(PathPrefix + "/parked", async (PipelineSteps steps, CancellationToken ct) => Results.Ok(await steps.ListParkedAsync(100, ct)));
            app.MapPost(PathPrefix + "/steps/{id:guid}/retry", async (Guid id, PipelineSteps steps, CancellationToken ct) =>
                await steps.RetryAsync(id, ct) ? Results.Accepted() : Results.NotFound(new { error = "No parked step has this id." }));
        }

        return app;
    }
}
