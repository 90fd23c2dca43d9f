using Headless.GraphQL.Diagnostics;

namespace Headless.GraphQL.Tests.Diagnostics;

public sealed class OperationNamesTests
{
    [Fact]
    public void NamesBeyondTheCapacityBecomeOtherWhileKnownOnesKeepTheirLabel()
    {
        var names = new OperationNames(capacity: 2);

        Assert.Equal("First", names.LabelFor("First", trusted: false));
        Assert.Equal("Second", names.LabelFor("Second", trusted: false));
        Assert.Equal(OperationNames.Other, names.LabelFor("Third", trusted: false));
        Assert.Equal("First", names.LabelFor("First", trusted: false));
    }

    [Fact]
    public void TrustedDocumentsKeepTheirNamesWhenTheBudgetIsSpent()
    {
        var names = new OperationNames(capacity: 1);
        names.LabelFor("Flood1", trusted: false);

        Assert.Equal("ProductPage", names.LabelFor("ProductPage", trusted: true));
        Assert.Equal(OperationNames.Other, names.LabelFor("Flood2", trusted: false));
    }

    [Fact]
    public void AnonymousOperationsShareOneLabelAndLongNamesAreCut()
    {
        var names = new OperationNames(capacity: 10);

        Assert.Equal(OperationNames.Anonymous, names.LabelFor(null, trusted: false));
        Assert.Equal(OperationNames.MaxLength, names.LabelFor(new string('a', 5000), trusted: false).Length);
    }
}
