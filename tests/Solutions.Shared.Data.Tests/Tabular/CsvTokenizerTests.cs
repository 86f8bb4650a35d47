using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class CsvTokenizerTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text)
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), "test.csv");
        var records = new List<(long, string[])>();
        while (tokenizer.TryRead(out var fields))
        {
            records.Add((tokenizer.RecordLine, fields));
        }
        return records;
    }

    [Fact]
    public void Splits_plain_fields()
    {
        Assert.Equal(["a", " b ", "3.5"], CsvTokenizer.SplitLine("a, b ,3.5"));
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_read_doubled_quotes_as_one()
    {
        Assert.Equal(["x, y", "say \"hi\"", "", "z"], CsvTokenizer.SplitLine("\"x, y\",\"say \"\"hi\"\"\",\"\",z"));
    }

    [Theory]
    [InlineData("a,b,", new[] { "a", "b", "" })]
    [InlineData(",,", new[] { "", "", "" })]
    [InlineData("\"a\",", new[] { "a", "" })]
    public void A_trailing_comma_gives_a_trailing_empty_field(string line, string[] expected)
    {
        Assert.Equal(expected, CsvTokenizer.SplitLine(line));
    }

    [Fact]
    public void A_quoted_newline_stays_in_the_field_and_later_lines_keep_their_numbers()
    {
        var records = ReadAll("h1,h2\n\"line one\nline two\",v\nnext,row\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["line one\nline two", "v"], records[1].Fields);
        Assert.Equal(["next", "row"], records[2].Fields);
        // The quoted field used lines 2 and 3, so the next record starts on line 4.
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_and_CRLF_is_removed()
    {
        var records = ReadAll("a,b\r\n\r\nc,d\r\n");

        Assert.Equal([1L, 3L], records.Select(r => r.Line));
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void An_unterminated_quote_reports_the_line_where_the_record_starts()
    {
        var tokenizer = new CsvTokenizer(new StringReader("a,b\n1,\"oops\n2,3\n"), "test.csv");
        Assert.True(tokenizer.TryRead(out _));

        var error = Assert.Throws<CsvSyntaxException>(() => tokenizer.TryRead(out _));

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column); // the opening quote is the third character of line 2
        Assert.StartsWith("test.csv, line 2, column 3: unterminated quoted field", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_and_reading_resumes_on_the_next_line()
    {
        var tokenizer = new CsvTokenizer(new StringReader("\"ab\"c,d\ne,f\n"), "test.csv");

        var error = Assert.Throws<CsvSyntaxException>(() => tokenizer.TryRead(out _));
        Assert.Equal((1L, 5), (error.Line, error.Column));

        Assert.True(tokenizer.TryRead(out var next));
        Assert.Equal(["e", "f"], next);
    }
}
