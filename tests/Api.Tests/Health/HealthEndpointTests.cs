using System.Net;
using Headless.Api.Health;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Health;

public sealed class HealthEndpointTests
{
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
        await using var api = new HeadlessApiFactory(redisConfiguration: $"127.0.0.1:{LoopbackPort.Next()}");

        var ready = await HealthResponse.GetAsync(api.CreateClient(), HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", ready.Status);
        Assert.Equal("Unhealthy", ready.CheckStatuses["redis"]);
    }
}
