using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Support;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Payments.Webhooks;

namespace Headless.Api.Tests.Webhooks;

public sealed class SandboxWebhookEndpointTests
{
    private const string Body = """{"id":"evt_http","type":"payment.captured","data":{"authorizationId":"sbx_auth_unknown"}}""";

    [Theory]
    [InlineData(TestHostSettings.WebhookSecret, 0, HttpStatusCode.NotFound, "UNKNOWN_PAYMENT")]
    [InlineData("some-other-secret", 0, HttpStatusCode.Unauthorized, "BAD_SIGNATURE")]
    [InlineData(TestHostSettings.WebhookSecret, -10, HttpStatusCode.Unauthorized, "STALE_TIMESTAMP")]
    public async Task TheEndpointVerifiesTheSignatureBeforeLookingForThePaymentAndSaysWhy(string secret, int minutesOld, HttpStatusCode expected, string code)
    {
        await using var api = new HeadlessApiFactory();

        using var response = await PostAsync(api.CreateClient(), Body, SandboxWebhookSignature.Sign(secret, DateTimeOffset.UtcNow.AddMinutes(minutesOld), Body));

        Assert.Equal(expected, response.StatusCode);
        await AssertRefusalAsync(response, code);
    }

    [Fact]
    public async Task ASignatureHeaderOfTheWrongShapeIsBadRequestNamingTheShape()
    {
        await using var api = new HeadlessApiFactory();

        using var response = await PostAsync(api.CreateClient(), Body, "sha256=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refusal = await AssertRefusalAsync(response, "MALFORMED_SIGNATURE");
        Assert.Contains("t=", refusal["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedTimestampBeyondAnyDateIsStaleRatherThanAServerError()
    {
        await using var api = new HeadlessApiFactory();
        const long farFuture = 999_999_999_999_999;

        using var response = await PostAsync(api.CreateClient(), Body, SignRaw(TestHostSettings.WebhookSecret, farFuture, Body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertRefusalAsync(response, "STALE_TIMESTAMP");
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedWith413()
    {
        await using var api = new HeadlessApiFactory();
        using var client = api.CreateKestrelClient();
        var body = "{\"id\":\"evt_big\",\"pad\":\"" + new string('x', 256 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxWebhookEndpoints.Path)
        {
            // A stream of unknown length goes out chunked, with no Content-Length to check up front.
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(TestHostSettings.WebhookSecret, DateTimeOffset.UtcNow, body));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertRefusalAsync(response, "BODY_TOO_LARGE");
    }

    [Fact]
    public async Task WithTheSandboxOffTheEndpointAnswersNotFoundInJson()
    {
        await using var api = new HeadlessApiFactory { Environment = "Production", WithSandbox = false };

        using var response = await PostAsync(api.CreateClient(), Body, SandboxWebhookSignature.Sign(SandboxWebhookOptions.DevelopmentWebhookSecret, DateTimeOffset.UtcNow, Body));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertRefusalAsync(response, "PROVIDER_NOT_ENABLED");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxWebhookEndpoints.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SandboxWebhookSignature.HeaderName, signature);
        return await client.SendAsync(request);
    }

    private static async Task<JsonNode> AssertRefusalAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var refusal = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(code, refusal["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(refusal["error"]!.GetValue<string>()));
        return refusal;
    }

    /// <summary>The header as the provider builds it, for a timestamp no <see cref="DateTimeOffset"/> can hold.</summary>
    private static string SignRaw(string secret, long timestamp, string body)
    {
        var signed = string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}");
        var mac = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signed)));
        return string.Create(CultureInfo.InvariantCulture, $"t={timestamp},v1={mac}");
    }

    /// <summary>A readable stream that will not tell its length, so HttpClient must send it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
