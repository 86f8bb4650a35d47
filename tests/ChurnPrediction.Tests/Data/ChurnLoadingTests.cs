using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Tests.Data;

public sealed class ChurnLoadingTests
{
    [Fact]
    public void The_bundled_file_loads_5000_customers_with_707_churners()
    {
        var data = ChurnFiles.Real;

        Assert.Equal(5_000, data.Rows.Count);
        Assert.Equal(5_000, data.RowsRead);
        Assert.Equal(0, data.RowsRejected);
        Assert.Empty(data.IgnoredColumns);
        Assert.Equal(707, data.Rows.Count(r => r.Churned));
    }

    [Fact]
    public void Every_column_of_a_line_lands_in_its_property()
    {
        // Line 2 of churn.csv: KS,128,415,no,yes,25,265.1,110,45.07,197.4,99,16.78,244.7,91,11.01,10,3,2.7,1,False.
        var first = ChurnFiles.Real.Rows[0];

        Assert.Equal(
            ["KS", 128L, "415", false, true, 25L, 265.1, 110L, 45.07, 197.4, 99L, 16.78, 244.7, 91L, 11.01, 10.0, 3L, 2.7, 1L],
            CustomerValues.ToRow(first));
        Assert.False(first.Churned);
    }

    [Fact]
    public void A_copy_with_the_public_examples_Phone_column_loads_the_same_customers_and_ignores_Phone()
    {
        using var folder = new TempFolder();
        // The public SageMaker file has Phone (e.g. 382-4657) after Area Code.
        var lines = ChurnFiles.Lines.Take(301).Select((line, i) =>
        {
            var fields = line.Split(',').ToList();
            fields.Insert(3, i == 0 ? "Phone" : $"{350 + i % 50}-{1000 + i}");
            return string.Join(',', fields);
        });
        var path = folder.Combine("with-phone.csv");
        File.WriteAllLines(path, lines);

        var data = CsvLoader.Load<ChurnRecord>(path);

        Assert.Equal(["Phone"], data.IgnoredColumns);
        Assert.Equal(0, data.RowsRejected);
        Assert.Equal(300, data.Rows.Count);
        for (var i = 0; i < 300; i++)
        {
            var expected = ChurnFiles.Real.Rows[i];
            Assert.Equal(CustomerValues.ToRow(expected), CustomerValues.ToRow(data.Rows[i]));
            Assert.Equal(expected.Churned, data.Rows[i].Churned);
        }
    }

    [Fact]
    public void A_bad_Day_Mins_value_is_rejected_with_file_line_column_value_and_expected_type_and_counted()
    {
        using var folder = new TempFolder();
        var path = WriteWithBadDayMinutes(folder);

        var data = CsvLoader.Load<ChurnRecord>(path);

        Assert.Equal(50, data.RowsRead);
        Assert.Equal(49, data.Rows.Count);
        Assert.Equal(1, data.RowsRejected);
        var error = Assert.Single(data.Errors);
        // Data line 17 is file line 18 (the header is line 1); Day Mins is the 7th field.
        Assert.Equal(("bad.csv", 18L, 7, "Day Mins", "abc", "number"), (error.File, error.Line, error.Column, error.ColumnName, error.Value, error.Expected));
        Assert.Contains("bad.csv", error.Message);
        Assert.Contains("line 18", error.Message);
        Assert.Contains("'Day Mins'", error.Message);
        Assert.Contains("'abc'", error.Message);
        Assert.Contains("number", error.Message);
    }

    [Fact]
    public void Strict_loading_throws_on_the_bad_value_with_the_same_message()
    {
        using var folder = new TempFolder();
        var path = WriteWithBadDayMinutes(folder);

        var thrown = Assert.Throws<TabularDataException>(() => CsvLoader.Load<ChurnRecord>(path, new CsvLoadOptions { Strict = true }));

        Assert.Equal("Day Mins", thrown.Error?.ColumnName);
        Assert.Contains("bad.csv, line 18, column 7 'Day Mins'", thrown.Message);
        Assert.Contains("'abc' is not a number", thrown.Message);
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused_naming_it()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("no-calls.csv");
        File.WriteAllLines(path, ChurnFiles.Lines.Take(5).Select(l => string.Join(',', l.Split(',')[..^2].Append(l.Split(',')[^1]))));

        var thrown = Assert.Throws<TabularDataException>(() => CsvLoader.Load<ChurnRecord>(path));

        Assert.Contains("'CustServ Calls'", thrown.Message);
    }

    /// <summary>The first 50 customers, the 17th with Day Mins 'abc'.</summary>
    private static string WriteWithBadDayMinutes(TempFolder folder)
    {
        var lines = ChurnFiles.Lines.Take(51).ToArray();
        var fields = lines[17].Split(',');
        fields[6] = "abc";
        lines[17] = string.Join(',', fields);
        var path = folder.Combine("bad.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
