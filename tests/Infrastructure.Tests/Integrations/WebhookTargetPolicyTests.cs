using System.Net;
using Headless.Infrastructure.Integrations.Webhooks;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class WebhookTargetPolicyTests
{
    private static readonly WebhookTargetPolicy Strict = new(allowInsecure: false);

    [Theory]
    [InlineData("https://hooks.example.com/headless")]
    [InlineData("https://93.184.216.34/hook")]
    public void PublicHttpsTargetsAreAllowed(string url) => Assert.Null(Strict.WhyNot(new Uri(url)));

    [Theory]
    [InlineData("http://hooks.example.com/headless")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.20.0.1/hook")]
    [InlineData("https://192.168.1.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    [InlineData("https://user:pass@hooks.example.com/hook")]
    [InlineData("ftp://hooks.example.com/hook")]
    public void InsecureOrPrivateTargetsAreRefused(string url) => Assert.NotNull(Strict.WhyNot(new Uri(url)));

    [Fact]
    public void AllowingInsecureTargetsLetsHttpAndLoopbackThrough() =>
        Assert.Null(new WebhookTargetPolicy(allowInsecure: true).WhyNot(new Uri("http://127.0.0.1:5000/hook")));

    [Fact]
    public async Task TheConnectStepRefusesAHostNameThatResolvesToLoopback()
    {
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = Strict.ConnectAsync });

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://localhost:9/"));

        Assert.Contains("no public address", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.15.255.255", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("2606:4700::1111", true)]
    public void AddressesAreClassified(string address, bool isPublic) => Assert.Equal(isPublic, WebhookTargetPolicy.IsPublic(IPAddress.Parse(address)));
}
