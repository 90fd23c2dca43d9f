using System.Net;
using Headless.Api.Health;
using Headless.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests.Health;

public sealed class HealthEndpointTests
{
    private const string HealthCheckCategory = "Microsoft.Extensions.Diagnostics.HealthChecks";

    [Fact]
    public async Task LivenessAnswersHealthyWithoutConsultingDependencies()
    {
        await using var api = new HeadlessApiFactory(redisConfiguration: $"127.0.0.1:{LoopbackPort.Next()}");

        var live = await HealthResponse.GetAsync(api.CreateClient(), HealthEndpoints.LivePath);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", live.Status);
        Assert.Empty(live.CheckStatuses);
    }

    [Fact]
    public async Task ReadinessAnswersHealthyWithInProcessMessagingAndNoRedis()
    {
        await using var api = new HeadlessApiFactory();

        var ready = await HealthResponse.GetAsync(api.CreateClient(), HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", ready.Status);
        Assert.DoesNotContain("redis", ready.CheckStatuses.Keys);
        Assert.All(ready.CheckStatuses.Values, status => Assert.Equal("Healthy", status));
    }

    [Fact]
    public async Task ReadinessAnswers503WhenConfiguredRedisDoesNotListen()
    {
        // The check's failure is what this test causes: kept in the captured log, out of the test output.
        await using var api = new HeadlessApiFactory(
            redisConfiguration: $"127.0.0.1:{LoopbackPort.Next()}",
            expectedFailureCategories: [HealthCheckCategory]);

        var ready = await HealthResponse.GetAsync(api.CreateClient(), HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", ready.Status);
        Assert.Equal("Unhealthy", ready.CheckStatuses["redis"]);
        var reported = Assert.Single(api.Logs.Entries, e => e.Category.StartsWith(HealthCheckCategory, StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
        Assert.Contains("redis", reported.Message, StringComparison.Ordinal);
        Assert.Null(reported.Exception);
    }

}
