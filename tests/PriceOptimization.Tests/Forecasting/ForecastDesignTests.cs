using Solutions.PriceOptimization.Forecasting;

namespace Solutions.PriceOptimization.Tests.Forecasting;

/// <summary>Checks the design against reference values from Prophet's own test suite (python/prophet/tests/test_prophet.py).</summary>
public sealed class ForecastDesignTests
{
    /// <summary>
    /// Prophet's test_fourier_series_weekly and test_fourier_series_yearly: the first row of its data.csv
    /// (2012-05-18, 15,478 days after the epoch) for order 3, values "from the R forecast package directly".
    /// </summary>
    [Theory]
    [InlineData(7.0, new[] { 0.7818315, 0.6234898, 0.9749279, -0.2225209, 0.4338837, -0.9009689 })]
    [InlineData(365.25, new[] { 0.7006152, -0.7135393, -0.9998330, 0.01827656, 0.7262249, 0.6874572 })]
    public void Fourier_terms_match_prophets_reference_rows(double period, double[] expected)
    {
        var row = new double[6];
        FourierTerms.Fill(new DateTime(2012, 5, 18), period, 3, row);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(expected[i], row[i], 1e-6);
        }
    }

    /// <summary>
    /// Prophet's test_piecewise_linear: k = 1, m = 0, δ = 0.5 at t = 5 on t = 0..10 gives
    /// [0, 1, 2, 3, 4, 5, 6.5, 8, 9.5, 11, 12.5]. Here the 11 days scale to t = d/10, so the same line is
    /// k = 10, δ = 5 per unit of scaled time; one changepoint with range 0.55 lands on row ⌊11·0.55⌋ − 1 = 5, t = 0.5.
    /// </summary>
    [Fact]
    public void Hinge_columns_reproduce_prophets_piecewise_linear_reference()
    {
        var dates = Enumerable.Range(0, 11).Select(d => new DateTime(2020, 1, 1).AddDays(d)).ToArray();
        var input = new ForecastInput(dates, dates.Select((_, d) => (double)d).ToArray());
        var design = ForecastDesign.Create(input, new ForecastOptions { Changepoints = 1, ChangepointRange = 0.55 });
        Assert.Equal([0.5], design.ChangepointTimes);

        var matrix = design.BuildMatrix(dates, null);
        double[] expected = [0, 1, 2, 3, 4, 5, 6.5, 8, 9.5, 11, 12.5];
        for (var d = 0; d < 11; d++)
        {
            var row = matrix.AsSpan(d * design.Width, design.Width);
            var trend = (10 * row[0]) + (0 * row[1]) + (5 * row[ForecastDesign.ChangepointOffset]);
            Assert.Equal(expected[d], trend, 1e-12);
        }
    }

    /// <summary>Prophet's test_override_n_changepoints: 20 rows leave ⌊0.8·20⌋ − 1 = 15 changepoints.</summary>
    [Fact]
    public void Short_history_cuts_the_changepoint_count_as_prophet_does()
    {
        var input = Daily(20);
        var design = ForecastDesign.Create(input, new ForecastOptions());
        Assert.Equal(15, design.ChangepointTimes.Length);
        // linspace(0, 15, 16) is 0, 1, …, 15: rows 1..15, t = row/19.
        Assert.Equal(Enumerable.Range(1, 15).Select(r => r / 19.0), design.ChangepointTimes);
    }

    /// <summary>3 years of days: ⌊0.8·1096⌋ = 876 and linspace(0, 875, 26) steps by 35, so rows 35, 70, …, 875.</summary>
    [Fact]
    public void Default_changepoints_spread_over_the_first_80_percent()
    {
        var design = ForecastDesign.Create(Daily(1096), new ForecastOptions());
        Assert.Equal(Enumerable.Range(1, 25).Select(j => 35.0 * j / 1095), design.ChangepointTimes);
    }

    /// <summary>
    /// Prophet's test_holidays: xmas on 2016-12-25 with window [−1, 0] over 2016-12-20..31 gives 2 columns each
    /// summing to 1; window [−1, 10] gives 12 columns even though only 8 of those days are in the range.
    /// </summary>
    [Theory]
    [InlineData(0, 2)]
    [InlineData(10, 12)]
    public void Holiday_windows_give_one_column_per_day_offset(int upperWindow, int columns)
    {
        var terms = HolidayTerms.Create([new Holiday("xmas", new DateTime(2016, 12, 25), -1, upperWindow)]);
        Assert.Equal(columns, terms.Columns.Count);

        var sums = new int[columns];
        for (var day = new DateTime(2016, 12, 20); day <= new DateTime(2016, 12, 31); day = day.AddDays(1))
        {
            foreach (var column in terms.ColumnsOn(day))
            {
                sums[column]++;
            }
        }

        // Offsets −1..6 fall on 24..31 December; 7..10 fall in January.
        Assert.Equal(Enumerable.Range(-1, columns).Select(o => o <= 6 ? 1 : 0), sums);
        Assert.Equal(new HolidayColumn("xmas", -1), terms.Columns[0]);
    }

    [Fact]
    public void Regressors_are_standardized_unless_binary_or_constant()
    {
        // Sample standard deviation of 1, 2, 3, 4: mean 2.5, squares 2.25 + 0.25 + 0.25 + 2.25 = 5, √(5/3).
        Assert.Equal(new RegressorTerm("x", 2.5, Math.Sqrt(5.0 / 3)), RegressorTerm.Create("x", [1, 2, 3, 4]));
        Assert.Equal(new RegressorTerm("promo", 0, 1), RegressorTerm.Create("promo", [0, 1, 1, 0]));
        Assert.Equal(new RegressorTerm("flat", 0, 1), RegressorTerm.Create("flat", [7, 7, 7]));
    }

    [Fact]
    public void Seasonalities_switch_off_as_prophets_auto_rule()
    {
        var options = new ForecastOptions();
        // 729 days: under two years, so no yearly terms; weekly stays.
        var shortDesign = ForecastDesign.Create(Daily(730), options);
        Assert.Equal((3, 0), (shortDesign.WeeklyOrder, shortDesign.YearlyOrder));
        Assert.Equal((3, 10), (ForecastDesign.Create(Daily(731), options).WeeklyOrder, ForecastDesign.Create(Daily(731), options).YearlyOrder));

        // Weekly observations cannot carry a weekly cycle.
        var weeklyDates = Enumerable.Range(0, 20).Select(w => new DateTime(2020, 1, 6).AddDays(7 * w)).ToArray();
        var weekly = ForecastDesign.Create(new ForecastInput(weeklyDates, weeklyDates.Select((_, i) => (double)i).ToArray()), options);
        Assert.Equal(0, weekly.WeeklyOrder);
    }

    private static ForecastInput Daily(int days)
    {
        var dates = Enumerable.Range(0, days).Select(d => new DateTime(2020, 1, 1).AddDays(d)).ToArray();
        return new ForecastInput(dates, dates.Select((_, d) => 10.0 + (d % 5)).ToArray());
    }
}
