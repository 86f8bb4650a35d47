using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class CsvLoaderValueTests
{
    private const string RequiredHeader = "Real,Single,Money,Count,Big,Flag,Name,When";
    private const string RequiredValues = "-0.5,1e3,12.34,-7,9000000000,t,Ann,2024-01-31";

    private static LoadResult<AllTypesRow> Load(string text) =>
        CsvLoader.Load<AllTypesRow>(new StringReader(text), "values.csv");

    [Fact]
    public void Every_supported_type_is_parsed_in_invariant_culture()
    {
        var row = Assert.Single(Load($"{RequiredHeader}\n{RequiredValues}\n").Rows);

        Assert.Equal(-0.5, row.Real);
        Assert.Equal(1000f, row.Single);
        Assert.Equal(12.34m, row.Money);
        Assert.Equal(-7, row.Count);
        Assert.Equal(9_000_000_000L, row.Big);
        Assert.True(row.Flag);
        Assert.Equal("Ann", row.Name);
        Assert.Equal(new DateTime(2024, 1, 31), row.When);
    }

    [Fact]
    public void Optional_columns_may_be_absent_or_empty()
    {
        var result = Load(
            $"{RequiredHeader},Maybe Real,Maybe Count,Note\n" +
            $"{RequiredValues},,,\n" +
            $"{RequiredValues},2.5,4,hello\n");

        Assert.Equal(0, result.RowsRejected);
        var (empty, full) = (result.Rows[0], result.Rows[1]);
        Assert.Equal((null, null, null), (empty.MaybeReal, empty.MaybeCount, empty.Note));
        Assert.Equal((2.5, 4, "hello"), (full.MaybeReal, full.MaybeCount, full.Note));
        // Absent from the header altogether: left at their default.
        Assert.Equal((null, null), (full.MaybeFlag, full.MaybeWhen));
    }

    [Fact]
    public void An_optional_column_still_rejects_a_bad_value()
    {
        var result = Load($"{RequiredHeader},Maybe Count\n{RequiredValues},many\n");

        Assert.Equal("values.csv, line 2, column 9 'Maybe Count': 'many' is not a whole number",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Required_text_must_not_be_empty_but_keeps_its_spaces()
    {
        var result = Load($"{RequiredHeader}\n" +
                          "1,1,1,1,1,no,,2024-01-31\n" +
                          "1,1,1,1,1,no,  Bo ,2024-01-31\n");

        Assert.EndsWith("column 7 'Name': missing value (expected text)", Assert.Single(result.Errors).Message);
        Assert.Equal("  Bo ", Assert.Single(result.Rows).Name);
    }

    [Theory]
    [InlineData("2024-01-31", 0, 0, 0, DateTimeKind.Unspecified)]
    [InlineData("2024-01-31 13:45:00", 13, 45, 0, DateTimeKind.Unspecified)]
    [InlineData("2024-01-31T13:45:00", 13, 45, 0, DateTimeKind.Unspecified)]
    [InlineData("2024-01-31 13:45", 13, 45, 0, DateTimeKind.Unspecified)]
    [InlineData("2024-01-31T13:45:00.250Z", 13, 45, 250, DateTimeKind.Utc)]
    public void Dates_are_read_in_ISO_formats(string text, int hour, int minute, int millisecond, DateTimeKind kind)
    {
        var row = Assert.Single(Load($"{RequiredHeader}\n1,1,1,1,1,no,A,{text}\n").Rows);

        Assert.Equal(new DateTime(2024, 1, 31, hour, minute, 0, millisecond), row.When);
        Assert.Equal(kind, row.When.Kind);
    }

    [Fact]
    public void A_non_ISO_date_is_rejected_with_the_accepted_formats()
    {
        var error = Assert.Single(Load($"{RequiredHeader}\n1,1,1,1,1,no,A,31/01/2024\n").Errors);

        Assert.StartsWith("values.csv, line 2, column 8 'When': '31/01/2024' is not a date/time (accepted formats: yyyy-MM-dd,",
            error.Message);
        Assert.Equal("date/time", error.Expected);
    }

    [Fact]
    public void A_float_too_large_for_its_type_is_named_as_such()
    {
        var error = Assert.Single(Load($"{RequiredHeader}\n1,1e39,1,1,1,no,A,2024-01-31\n").Errors);

        Assert.EndsWith("'1e39' is too large for a float", error.Message);
    }
}
