using Headless.Domain.SeedWork;

namespace Headless.Domain.Tests.Builders;

internal static class DomainAssert
{
    public static void Fails(string expectedCode, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(expectedCode, exception.Code);
    }
}
