using Headless.GraphQL.Language;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;

namespace Headless.GraphQL.Tests.Types.Scalars;

public sealed class CustomScalarTests
{
    [Fact]
    public void DateTimeSerializesInUtcAndParsesOnlyStringsWithAnOffset()
    {
        var scalar = DateTimeScalar.Create();

        Assert.Equal("2025-09-01T07:00:00Z", scalar.Serialize(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal("2025-09-01T09:00:00.5Z", scalar.Serialize(new DateTimeOffset(2025, 9, 1, 9, 0, 0, 500, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 7, 0, 0, TimeSpan.Zero), scalar.ParseValue("2025-09-01T09:00:00+02:00"));
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero), scalar.ParseLiteral(new StringValueNode("2025-09-01T09:00:00Z", false)));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue("2025-09-01"));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue("2025-09-01T09:00:00"));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseLiteral(new IntValueNode("1")));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", scalar.SpecifiedByUrl);
    }

    [Fact]
    public void DecimalKeepsEveryDigitAsAString()
    {
        var scalar = DecimalScalar.Create();

        Assert.Equal("0.1000000000000000000000000001", scalar.Serialize(0.1000000000000000000000000001m));
        Assert.Equal(12.50m, scalar.ParseValue("12.50"));
        Assert.Equal(3m, scalar.ParseValue(3));
        Assert.Equal(300.5m, scalar.ParseLiteral(new FloatValueNode("300.5")));
        Assert.Equal(100m, scalar.ParseLiteral(new IntValueNode("100")));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue("12,50"));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue(true));
        Assert.Throws<ValueCoercionException>(() => scalar.Serialize(1.5d));
    }

    [Fact]
    public void UrlAcceptsOnlyAbsoluteWebAddresses()
    {
        var scalar = UrlScalar.Create();

        Assert.Equal("https://placehold.co/800x800/png?text=Nimbus%20Pro", scalar.Serialize("https://placehold.co/800x800/png?text=Nimbus%20Pro"));
        Assert.Equal(new Uri("https://example.com/a"), scalar.ParseValue("https://example.com/a"));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue("/relative"));
        Assert.Throws<ValueCoercionException>(() => scalar.ParseValue("ftp://example.com/a"));
        Assert.Throws<ValueCoercionException>(() => scalar.Serialize("javascript:alert(1)"));
    }
}
