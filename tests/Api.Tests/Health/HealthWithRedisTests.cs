using System.Net;
using Headless.Api.Health;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Health;

public sealed class HealthWithRedisTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task ReadinessAnswersHealthyWhenConfiguredRedisAnswers()
    {
        await using var api = new HeadlessApiFactory(redis.Configuration);

        var ready = await HealthResponse.GetAsync(api.CreateClient(), HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", ready.CheckStatuses["redis"]);
    }
}
