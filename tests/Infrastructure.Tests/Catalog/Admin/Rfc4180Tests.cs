using Headless.Infrastructure.Catalog.Admin.Csv;

namespace Headless.Infrastructure.Tests.Catalog.Admin;

public sealed class Rfc4180Tests
{
    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKnowTheirLine()
    {
        var records = Rfc4180.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void BlankLinesAndAByteOrderMarkAreNotData()
    {
        var records = Rfc4180.Parse("\uFEFFname\n\nvalue");

        Assert.Equal(["name"], records[0].Fields);
        Assert.Equal(["value"], records[1].Fields);
        Assert.Equal(3, records[1].Line);
    }

    [Theory]
    [InlineData("a,\"open\n", 1)]
    [InlineData("a\nb\"c", 2)]
    [InlineData("\"x\"y", 1)]
    public void MalformedQuotingIsRefusedWithItsLine(string text, int line)
    {
        var refused = Assert.Throws<CsvFormatException>(() => Rfc4180.Parse(text));

        Assert.Equal(line, refused.Line);
    }

    [Fact]
    public void ARecordWithTooManyFieldsIsRefused() =>
        Assert.Throws<CsvFormatException>(() => Rfc4180.Parse(string.Join(',', Enumerable.Repeat("x", 10)), maxFields: 5));

    [Fact]
    public void WrittenRecordsReadBackTheSame()
    {
        string[][] records = [["plain", "with, comma", "with \"quote\"", "line\r\nbreak", ""]];

        var text = Rfc4180.Write(records);

        Assert.Equal("plain,\"with, comma\",\"with \"\"quote\"\"\",\"line\r\nbreak\",\r\n", text);
        Assert.Equal(records[0], Rfc4180.Parse(text)[0].Fields);
    }
}
