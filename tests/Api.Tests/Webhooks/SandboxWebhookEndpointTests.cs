using System.Net;
using System.Text;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Payments.Webhooks;

namespace Headless.Api.Tests.Webhooks;

public sealed class SandboxWebhookEndpointTests
{
    private const string Body = """{"id":"evt_http","type":"payment.captured","data":{"authorizationId":"sbx_auth_unknown"}}""";

    [Theory]
    [InlineData("whsec_sandbox_development_only", 0, HttpStatusCode.NotFound)]
    [InlineData("some-other-secret", 0, HttpStatusCode.Unauthorized)]
    [InlineData("whsec_sandbox_development_only", -10, HttpStatusCode.Unauthorized)]
    public async Task TheEndpointVerifiesTheSignatureBeforeLookingForThePayment(string secret, int minutesOld, HttpStatusCode expected)
    {
        await using var api = new HeadlessApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxWebhookEndpoints.Path)
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(secret, DateTimeOffset.UtcNow.AddMinutes(minutesOld), Body));

        var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
