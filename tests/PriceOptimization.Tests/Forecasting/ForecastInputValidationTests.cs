using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

public sealed class ForecastInputValidationTests
{
    private static readonly DateTime Start = new(2022, 3, 1);

    [Fact]
    public void Dates_out_of_order_are_named_by_index()
    {
        DateTime[] dates = [Start, Start.AddDays(1), Start.AddDays(3), Start.AddDays(2)];
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(dates, [1.0, 2, 3, 4])));
        Assert.Contains("ForecastInput.Dates[3] is 2022-03-03", error.Message);
        Assert.Contains("strictly increasing", error.Message);
    }

    [Fact]
    public void Duplicate_dates_are_refused()
    {
        DateTime[] dates = [Start, Start, Start.AddDays(1)];
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(dates, [1.0, 2, 3])));
        Assert.Contains("ForecastInput.Dates[1]", error.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Non_finite_values_are_named_by_index(double bad, string shown)
    {
        var dates = Days(10);
        var values = Enumerable.Range(0, 10).Select(i => i == 6 ? bad : i).ToArray();
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(dates, values)));
        Assert.Contains($"ForecastInput.Values[6] is {shown}", error.Message);
    }

    [Fact]
    public void Regressor_of_the_wrong_length_is_named()
    {
        var regressors = new Dictionary<string, IReadOnlyList<double>> { ["price"] = new double[9] };
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(Days(10), new double[10], regressors)));
        Assert.Contains("ForecastInput.Regressors[\"price\"] has 9 values but there are 10 dates", error.Message);
    }

    [Fact]
    public void Regressor_nan_is_named_by_index()
    {
        var price = Enumerable.Range(0, 10).Select(i => i == 4 ? double.NaN : 1.0 + i).ToArray();
        var regressors = new Dictionary<string, IReadOnlyList<double>> { ["price"] = price };
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(Days(10), new double[10], regressors)));
        Assert.Contains("ForecastInput.Regressors[\"price\"][4] is NaN", error.Message);
    }

    [Fact]
    public void Values_and_dates_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(Days(5), new double[4])));
        Assert.Contains("ForecastInput.Values has 4 entries but ForecastInput.Dates has 5", error.Message);
    }

    [Fact]
    public void A_single_point_is_too_few()
    {
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(Days(1), [3.0])));
        Assert.Contains("ForecastInput has 1 observation(s); at least 2", error.Message);
    }

    [Fact]
    public void Holiday_window_on_the_wrong_side_is_named()
    {
        Holiday[] holidays = [new("sale", Start.AddDays(3)), new("sale", Start.AddDays(5), LowerWindow: 1)];
        var error = Assert.Throws<ArgumentException>(() => ProphetForecaster.Fit(new ForecastInput(Days(10), new double[10], null, holidays)));
        Assert.Contains("ForecastInput.Holidays[1].LowerWindow is 1", error.Message);
    }

    [Fact]
    public void Prediction_without_a_fitted_regressor_is_refused()
    {
        var dates = Days(30);
        var regressors = new Dictionary<string, IReadOnlyList<double>> { ["price"] = dates.Select((_, i) => 10.0 + (i % 3)).ToArray() };
        var fit = ProphetForecaster.Fit(new ForecastInput(dates, dates.Select((_, i) => 50.0 + i).ToArray(), regressors));
        var error = Assert.Throws<ArgumentException>(() => fit.Predict([Start.AddDays(31)]));
        Assert.Contains("regressors lacks \"price\"", error.Message);
    }

    [Fact]
    public void Options_out_of_range_are_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProphetForecaster.Fit(new ForecastInput(Days(10), new double[10]), new ForecastOptions { IntervalWidth = 1.5 }));
        Assert.Contains("ForecastOptions.IntervalWidth is 1.5", error.Message);
    }

    private static DateTime[] Days(int count) => Enumerable.Range(0, count).Select(d => Start.AddDays(d)).ToArray();
}
