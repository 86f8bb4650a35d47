using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class CsvLoaderHeaderTests
{
    private static LoadResult<CustomerRow> Load(string text) =>
        CsvLoader.Load<CustomerRow>(new StringReader(text), "customers.csv");

    [Fact]
    public void Header_names_are_trimmed_and_matched_ignoring_case_in_any_order()
    {
        var result = Load(" churn? ,DAY MINS,state,Account length\nyes,1.5,KS,3\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(("KS", 3, 1.5, true), (row.State, row.AccountLength, row.DayMins, row.Churned));
    }

    [Fact]
    public void Extra_columns_are_ignored_and_listed()
    {
        var result = Load("State,Phone,Account Length,Day Mins,Churn?,Notes\nKS,382-4657,128,265.1,no,\n");

        Assert.Equal(128, Assert.Single(result.Rows).AccountLength);
        Assert.Equal(["Phone", "Notes"], result.IgnoredColumns);
    }

    [Fact]
    public void A_missing_required_column_names_the_file_the_column_and_the_header_found()
    {
        var error = Assert.Throws<TabularDataException>(() => Load("State,Account Length,Churn?\nKS,128,no\n"));

        Assert.Equal("customers.csv: missing required column 'Day Mins'. " +
                     "Header found (line 1): State, Account Length, Churn?", error.Message);
        Assert.Equal("customers.csv", error.FileName);
    }

    [Fact]
    public void A_duplicate_header_is_refused()
    {
        var error = Assert.Throws<TabularDataException>(() =>
            Load("State,Account Length,Day Mins,Churn?,state\nKS,1,1,no,KS\n"));

        Assert.StartsWith("customers.csv, line 1: the header names column 'state' twice (fields 1 and 5)", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void An_empty_input_is_refused(string text)
    {
        var error = Assert.Throws<TabularDataException>(() => Load(text));

        Assert.Equal("customers.csv is empty: expected a header line naming the columns " +
                     "'State', 'Account Length', 'Day Mins', 'Churn?'.", error.Message);
    }

    [Fact]
    public void A_header_only_file_loads_no_rows()
    {
        var result = Load(CustomerRow.Header + "\n");

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.RowsRead);
    }
}
