using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class CsvLoaderTests
{
    private static LoadResult<CustomerRow> Load(string body, CsvLoadOptions? options = null) =>
        CsvLoader.Load<CustomerRow>(new StringReader(CustomerRow.Header + "\n" + body), "customers.csv", options);

    [Fact]
    public void Good_rows_are_typed()
    {
        var result = Load("KS,128,265.1,False.\nOH,107,161.6,True.\n");

        Assert.Equal(2, result.RowsRead);
        Assert.Equal(0, result.RowsRejected);
        Assert.Empty(result.Errors);
        var first = result.Rows[0];
        Assert.Equal(("KS", 128, 265.1, false), (first.State, first.AccountLength, first.DayMins, first.Churned));
        Assert.True(result.Rows[1].Churned);
        Assert.Equal("customers.csv", result.Source);
    }

    [Fact]
    public void A_bad_number_is_reported_with_file_line_column_value_and_expected_type()
    {
        var result = Load("KS,128,265.1,False.\nOH,107,abc,True.\n");

        var error = Assert.Single(result.Errors);
        // Line 3: the header is line 1, the good row line 2. Day Mins is the third field.
        Assert.Equal("customers.csv, line 3, column 3 'Day Mins': 'abc' is not a number", error.Message);
        Assert.Equal(new DataError("customers.csv", 3, 3, "Day Mins", "abc", "number", error.Message), error);
    }

    [Fact]
    public void Bad_rows_are_rejected_and_counted_while_good_rows_load()
    {
        var result = Load("KS,128,265.1,no\nOH,x,161.6,no\nNJ,84,299.4,no\nOK,75,166.7,maybe\nAL,118,223.4,no\n");

        Assert.Equal(["KS", "NJ", "AL"], result.Rows.Select(r => r.State));
        Assert.Equal((5L, 2L), (result.RowsRead, result.RowsRejected));
        Assert.Equal([3L, 5L], result.Errors.Select(e => e.Line));
        Assert.Equal("'x' is not a whole number", result.Errors[0].Message.Split(": ")[1]);
        Assert.StartsWith("customers.csv, line 5, column 4 'Churn?': 'maybe' is not a boolean (accepted: true,",
            result.Errors[1].Message);
    }

    [Fact]
    public void Errors_beyond_the_limit_are_counted_but_not_kept()
    {
        var result = Load("KS,a,1,no\nOH,b,1,no\nNJ,c,1,no\n", new CsvLoadOptions { MaxErrors = 2 });

        Assert.Equal(3, result.RowsRejected);
        Assert.Equal(2, result.Errors.Count);
        Assert.True(result.ErrorsTruncated);
    }

    [Fact]
    public void Strict_mode_throws_on_the_first_bad_row()
    {
        var error = Assert.Throws<TabularDataException>(() =>
            Load("KS,128,265.1,no\nOH,107,abc,no\nNJ,x,1,no\n", new CsvLoadOptions { Strict = true }));

        Assert.Equal(3, error.Error!.Line);
        Assert.Equal("customers.csv, line 3, column 3 'Day Mins': 'abc' is not a number", error.Message);
    }

    [Fact]
    public void An_empty_value_in_a_required_column_is_a_missing_value()
    {
        var error = Assert.Single(Load("KS,128, ,no\n").Errors);

        Assert.Equal("customers.csv, line 2, column 3 'Day Mins': missing value (expected number)", error.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void Non_finite_numbers_are_rejected(string value)
    {
        var error = Assert.Single(Load($"KS,128,{value},no\n").Errors);

        Assert.EndsWith($"'{value}' is not a finite number", error.Message);
    }

    [Theory]
    [InlineData("12.5", "'12.5' is not a whole number")]
    [InlineData("99999999999", "'99999999999' is outside the range of a whole number of type int")]
    public void Whole_number_columns_reject_fractions_and_overflow(string value, string problem)
    {
        var error = Assert.Single(Load($"KS,{value},1,no\n").Errors);

        Assert.EndsWith(problem, error.Message);
    }

    [Theory]
    [InlineData("4,2")]
    [InlineData("KS,128,265.1,no,extra")]
    public void A_row_with_the_wrong_number_of_fields_is_rejected(string line)
    {
        var result = Load("KS,128,265.1,no\n" + line + "\n");

        var error = Assert.Single(result.Errors);
        var found = line.Split(',').Length;
        Assert.Equal($"customers.csv, line 3: expected 4 fields (as in the header) but found {found}", error.Message);
        Assert.Equal("4 fields", error.Expected);
        Assert.Single(result.Rows);
    }

    [Theory]
    [InlineData("True.", true)]
    [InlineData("FALSE.", false)]
    [InlineData("true", true)]
    [InlineData("No", false)]
    [InlineData("y", true)]
    [InlineData("F", false)]
    [InlineData("1", true)]
    [InlineData(" 0 ", false)]
    public void Booleans_accept_the_default_spellings_in_any_case(string value, bool expected)
    {
        var result = Load($"KS,128,1,{value}\n");

        Assert.Equal(expected, Assert.Single(result.Rows).Churned);
    }

    [Fact]
    public void Boolean_spellings_can_be_replaced()
    {
        var options = new CsvLoadOptions { TrueTokens = ["churned"], FalseTokens = ["stayed"] };

        var result = Load("KS,1,1,Churned\nOH,1,1,stayed\nNJ,1,1,yes\n", options);

        Assert.Equal([true, false], result.Rows.Select(r => r.Churned));
        Assert.EndsWith("'yes' is not a boolean (accepted: churned, stayed)", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_token_that_is_both_true_and_false_is_refused()
    {
        var options = new CsvLoadOptions { TrueTokens = ["y"], FalseTokens = ["Y"] };

        Assert.Throws<ArgumentException>(() => Load("KS,1,1,y\n", options));
    }

    [Fact]
    public void A_quoted_value_over_two_lines_keeps_the_physical_line_numbers_of_later_rows()
    {
        var result = Load("\"Kansas\nCity\",1,1,no\nOH,1,abc,no\n");

        Assert.Equal("Kansas\nCity", result.Rows[0].State);
        // The first record takes lines 2-3, so the bad record is on line 4.
        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Text_after_a_closing_quote_rejects_that_row_only()
    {
        var result = Load("\"KS\"x,1,1,no\nOH,2,2,no\n");

        Assert.Equal("OH", Assert.Single(result.Rows).State);
        Assert.Equal((2L, 1L), (result.RowsRead, result.RowsRejected));
        Assert.Equal("customers.csv, line 2, column 1 'State': unexpected character 'x' after a closing quote " +
                     "(expected ',' or end of line)", result.Errors[0].Message);
    }

    [Fact]
    public void An_unterminated_quote_stops_the_load_even_when_not_strict()
    {
        var error = Assert.Throws<TabularDataException>(() => Load("KS,1,1,no\nOH,\"2,2,no\nNJ,3,3,no\n"));

        Assert.StartsWith("customers.csv, line 3, column 2 'Account Length': unterminated quoted field", error.Message);
    }

    [Fact]
    public void Loading_from_a_path_names_the_file_in_errors()
    {
        using var temp = new TempFolder();
        var path = temp.File("churn.csv");
        File.WriteAllText(path, "\uFEFF" + CustomerRow.Header + "\r\nKS,128,oops,no\r\n");

        var result = CsvLoader.Load<CustomerRow>(path);

        Assert.Equal("churn.csv, line 2, column 3 'Day Mins': 'oops' is not a number", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<FileNotFoundException>(() => CsvLoader.Load<CustomerRow>(temp.File("absent.csv")));

        Assert.Contains("absent.csv", error.Message);
    }
}
