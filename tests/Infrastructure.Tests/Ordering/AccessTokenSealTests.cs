using Headless.Domain.SeedWork;
using Headless.Infrastructure.Ordering;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class AccessTokenSealTests
{
    private readonly string _accessToken = SecretToken.Generate();
    private readonly string _cartToken = SecretToken.Generate();

    [Fact]
    public void TheSealOpensWithTheCartTokenAndKeyThatSealedIt()
    {
        var seal = AccessTokenSeal.Seal(_accessToken, _cartToken, "key-1")!;

        Assert.Equal(_accessToken, AccessTokenSeal.Open(seal, _cartToken, "key-1"));
        Assert.DoesNotContain(_accessToken, seal, StringComparison.Ordinal);
        Assert.InRange(seal.Length, 1, Domain.Ordering.Order.MaxAccessTokenSealLength);
    }

    [Fact]
    public void AnotherCartTokenOrKeyDoesNotOpenIt()
    {
        var seal = AccessTokenSeal.Seal(_accessToken, _cartToken, "key-1")!;

        Assert.Null(AccessTokenSeal.Open(seal, SecretToken.Generate(), "key-1"));
        Assert.Null(AccessTokenSeal.Open(seal, _cartToken, "key-2"));
    }

    [Fact]
    public void ADamagedSealOpensToNothingInsteadOfThrowing()
    {
        var seal = AccessTokenSeal.Seal(_accessToken, _cartToken, "key-1")!;
        // A character in the middle: the last one of base64 may carry only padding bits, so changing it can leave the bytes as they were.
        var middle = seal.Length / 2;
        var damaged = seal[..middle] + (seal[middle] == 'A' ? 'B' : 'A') + seal[(middle + 1)..];

        Assert.Null(AccessTokenSeal.Open(damaged, _cartToken, "key-1"));
        Assert.Null(AccessTokenSeal.Open("not base64 *", _cartToken, "key-1"));
        Assert.Null(AccessTokenSeal.Open("AAAA", _cartToken, "key-1"));
    }

    [Fact]
    public void SealingTheSameTokenTwiceGivesDifferentSeals()
    {
        Assert.NotEqual(AccessTokenSeal.Seal(_accessToken, _cartToken, "k"), AccessTokenSeal.Seal(_accessToken, _cartToken, "k"));
    }
}
