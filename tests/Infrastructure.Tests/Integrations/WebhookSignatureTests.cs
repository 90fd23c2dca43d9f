using Headless.Infrastructure.Integrations.Webhooks;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class WebhookSignatureTests
{
    // The example of the Standard Webhooks specification: a receiver using any of its libraries accepts our signatures.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";

    [Fact]
    public void TheSignatureMatchesTheStandardWebhooksExample() =>
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody));

    [Fact]
    public void VerificationAcceptsOneMatchingSignatureAmongSeveralAndRefusesChangedOrStaleMessages()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(SpecTimestamp);
        var signature = WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);
        var tolerance = TimeSpan.FromMinutes(5);

        Assert.True(WebhookSignature.Verify(SpecSecret, SpecId, "1614265330", SpecBody, $"v1,bm90IGl0 {signature}", now, tolerance));
        Assert.False(WebhookSignature.Verify(SpecSecret, SpecId, "1614265330", SpecBody + " ", signature, now, tolerance));
        Assert.False(WebhookSignature.Verify(SpecSecret, "msg_other", "1614265330", SpecBody, signature, now, tolerance));
        Assert.False(WebhookSignature.Verify(SpecSecret, SpecId, "1614265330", SpecBody, signature, now.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify(WebhookSignature.NewSecret(), SpecId, "1614265330", SpecBody, signature, now, tolerance));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_c2hvcnQ=")]
    public void ASecretThatIsNotWhsecBase64OfSixteenBytesIsRefused(string secret) =>
        Assert.Throws<ArgumentException>(() => WebhookSignature.KeyFrom(secret));
}
