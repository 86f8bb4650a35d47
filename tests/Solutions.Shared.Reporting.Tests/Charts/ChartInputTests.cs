using Solutions.Shared.Reporting.Charts;

namespace Solutions.Shared.Reporting.Tests.Charts;

public sealed class ChartInputTests
{
    [Fact]
    public void Curves_with_unpaired_points_are_rejected_naming_both_arrays()
    {
        var error = Assert.Throws<ArgumentException>(() => new RocChart([0, 0.5, 1], [0, 1], 0.7));

        Assert.Contains("falsePositiveRates", error.Message);
        Assert.Contains("has 3 values", error.Message);
        Assert.Contains("'truePositiveRates' has 2", error.Message);
    }

    [Fact]
    public void Nan_input_is_rejected_with_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScoreDistributionChart([0.1, 0.2], [0.3, double.NaN]));

        Assert.Contains("'scoresOfPositives'[1] is NaN", error.Message);
    }

    [Fact]
    public void Confusion_matrix_must_be_square_with_one_label_per_class()
    {
        Assert.Throws<ArgumentException>(() => new ConfusionMatrixChart(new int[2, 3], ["a", "b"]));
        var error = Assert.Throws<ArgumentException>(() => new ConfusionMatrixChart(new int[2, 2], ["a", "b", "c"]));
        Assert.Contains("'labels' has 3 entries but 2 are needed", error.Message);
    }

    [Fact]
    public void Feature_importance_errors_must_pair_with_values()
    {
        var chart = new FeatureImportanceChart(["a", "b"], [0.2, 0.1]) { Errors = [0.01] };

        var error = Assert.Throws<ArgumentException>(() => chart.ToPng());
        Assert.Contains("'Errors' has 1", error.Message);
    }

    [Fact]
    public void Line_chart_band_with_short_bound_names_the_band()
    {
        var chart = new LineChart("Forecast", "Day", "Units", [new ChartSeries("Forecast", [1, 2, 3], [5, 6, 7])])
        {
            Bands = [new ShadedBand("95% interval", [1, 2, 3], [4, 5], [6, 7, 8])],
        };

        var error = Assert.Throws<ArgumentException>(() => chart.ToPng());
        Assert.Contains("band '95% interval'", error.Message);
    }

    [Theory]
    [InlineData(50, 600)]
    [InlineData(800, 20_000)]
    public void Unreasonable_sizes_are_rejected(int width, int height)
    {
        var chart = new RocChart([0, 1], [0, 1], 0.5) { Width = width, Height = height };

        Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToPng());
    }

    [Fact]
    public void A_single_repeated_value_still_makes_a_histogram()
    {
        var png = new HistogramChart("Constant", "Value", [3, 3, 3]).ToPng();

        Assert.Equal((800, 600), PngFile.Size(png));
    }
}
