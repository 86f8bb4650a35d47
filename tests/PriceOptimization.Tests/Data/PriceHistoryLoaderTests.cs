using Solutions.PriceOptimization.Data;
using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Tests.Fixtures;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PriceOptimization.Tests.Data;

public sealed class PriceHistoryLoaderTests
{
    private static string[] GeneratedLines()
    {
        var market = MarketGenerator.Generate(SmallMarket.Options(products: 2, days: 150));
        var writer = new StringWriter();
        CsvWriter.Write(writer, market.History.All);
        return writer.ToString().TrimEnd('\n').Split('\n');
    }

    private static PriceHistory Load(IEnumerable<string> lines) =>
        PriceHistoryLoader.Load(new StringReader(string.Join('\n', lines)), "history.csv");

    [Fact]
    public void A_generated_history_loads_back_per_product()
    {
        var history = Load(GeneratedLines());

        Assert.Equal(["cola", "crisps"], history.Products.Select(p => p.Product));
        Assert.All(history.Products, p => Assert.Equal(150, p.Days.Count));
    }

    [Fact]
    public void A_duplicate_day_names_both_lines()
    {
        var lines = GeneratedLines().ToList();
        lines.Insert(11, lines[10]); // line 11 of the file (record 10) appears again as line 12

        var error = Assert.Throws<TabularDataException>(() => Load(lines));

        Assert.Equal("history.csv, line 12, column 1 'date': product 'cola' already has a row for " +
            $"{lines[10][..10]} on line 11", error.Message);
    }

    [Fact]
    public void A_missing_day_is_a_gap_with_its_dates()
    {
        var lines = GeneratedLines().ToList();
        var missing = lines[20][..10];
        lines.RemoveAt(20); // the day on file line 21

        var error = Assert.Throws<TabularDataException>(() => Load(lines));

        Assert.StartsWith($"history.csv, line 21, column 1 'date': product 'cola' has a gap: {missing} is missing between line 20", error.Message);
    }

    [Theory]
    [InlineData(3, "price")]
    [InlineData(4, "volume")]
    public void A_non_positive_price_or_volume_is_refused_with_line_and_column(int column, string name)
    {
        var lines = GeneratedLines();
        var fields = lines[5].Split(',');
        fields[column - 1] = "0";
        lines[5] = string.Join(',', fields);

        var error = Assert.Throws<TabularDataException>(() => Load(lines));

        Assert.Equal($"history.csv, line 6, column {column} '{name}': 0 is not positive (prices and volumes enter the model as logarithms)", error.Message);
        Assert.Equal(6, error.Error!.Line);
    }

    [Fact]
    public void A_short_history_is_refused()
    {
        var error = Assert.Throws<TabularDataException>(() => Load(GeneratedLines().Take(60)));

        Assert.Contains("product 'cola' has 59 days of history; at least 120", error.Message);
    }
}
