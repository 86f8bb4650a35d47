using Solutions.Shared.Reporting.Charts;

namespace Solutions.Shared.Reporting.Tests.Charts;

/// <summary>One small, seeded example of every chart, so each test and the gallery cover them all.</summary>
internal static class SampleCharts
{
    public static IReadOnlyDictionary<string, Func<ChartFrame, Chart>> All { get; } = new Dictionary<string, Func<ChartFrame, Chart>>
    {
        ["roc"] = f => new RocChart([0, 0.05, 0.1, 0.3, 0.6, 1], [0, 0.35, 0.5, 0.8, 0.95, 1], 0.8125)
        {
            Width = f.Width, Height = f.Height, Title = f.Title ?? "ROC curve",
        },
        ["precision-recall"] = f => new PrecisionRecallChart([0, 0.2, 0.5, 0.8, 1], [1, 0.9, 0.7, 0.45, 0.26], 0.68, 0.26)
        {
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Precision-recall curve",
        },
        ["score-distribution"] = f => new ScoreDistributionChart(Scores(7, 400, 0.3, 0.12), Scores(8, 140, 0.65, 0.15))
        {
            Cutoff = 0.5, NegativeName = "Stayed", PositiveName = "Churned",
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Score distribution by actual class",
        },
        ["cost-versus-cutoff"] = f => new CostVersusCutoffChart(
            Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray(),
            Enumerable.Range(0, 21).Select(i => 1000 + 4000 * Math.Pow(i / 20.0 - 0.35, 2)).ToArray(),
            0.35)
        {
            CostLabel = "Expected cost (EUR)", Width = f.Width, Height = f.Height, Title = f.Title ?? "Cost by decision cutoff",
        },
        ["confusion-matrix"] = f => new ConfusionMatrixChart(new[,] { { 880, 120 }, { 95, 305 } }, ["Stayed", "Churned"])
        {
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Confusion matrix",
        },
        ["confusion-matrix-5"] = f => new ConfusionMatrixChart(
            new[,] { { 50, 3, 0, 1, 0 }, { 4, 41, 6, 0, 0 }, { 0, 7, 38, 5, 1 }, { 2, 0, 4, 44, 3 }, { 0, 0, 1, 6, 47 } },
            ["Very low", "Low", "Medium", "High", "Very high"])
        {
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Confusion matrix (five classes)",
        },
        ["feature-importance"] = f => new FeatureImportanceChart(
            ["Tenure (months)", "Monthly charges", "Contract: month-to-month", "Fiber optic internet", "Electronic check payment",
             "Total charges", "Senior citizen", "Paperless billing"],
            [0.021, 0.048, 0.083, 0.035, 0.012, 0.029, 0.004, 0.009])
        {
            Errors = [0.003, 0.006, 0.008, 0.004, 0.002, 0.005, 0.001, 0.002], ValueLabel = "Decrease in AUC when shuffled",
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Feature importance",
        },
        ["reliability"] = f => new ReliabilityChart(
            [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95],
            [0.02, 0.12, 0.22, 0.38, 0.41, 0.58, 0.70, 0.73, 0.88, 0.97])
        {
            Width = f.Width, Height = f.Height, Title = f.Title ?? "Reliability (calibration)",
        },
        ["line"] = Forecast,
        ["bar"] = f => new BarChart(f.Title ?? "Churn rate by contract", "Contract", "Churn rate",
            ["Month-to-month", "One year", "Two year"], [0.427, 0.113, 0.028]) { Width = f.Width, Height = f.Height },
        ["bar-crowded"] = f => new BarChart(f.Title ?? "Revenue by product line", "Product line", "Revenue (kEUR)",
            Enumerable.Range(1, 12).Select(i => $"Product line number {i}").ToArray(),
            Enumerable.Range(1, 12).Select(i => 100.0 + 37 * (i % 5)).ToArray()) { Width = f.Width, Height = f.Height },
        ["histogram"] = f => new HistogramChart(f.Title ?? "Monthly charges", "Monthly charges (USD)", Normal(9, 500, 65, 20))
        {
            Width = f.Width, Height = f.Height,
        },
        ["scatter"] = f => new ScatterChart(f.Title ?? "Predicted against actual", "Actual length of stay (days)", "Predicted (days)",
            [new ChartSeries("Patients", Normal(10, 200, 6, 2), Normal(11, 200, 6, 2))])
        {
            ShowIdentityLine = true, Width = f.Width, Height = f.Height,
        },
    };

    private static LineChart Forecast(ChartFrame frame)
    {
        var start = new DateTime(2024, 1, 1);
        var history = Enumerable.Range(0, 24).Select(d => start.AddDays(d)).ToArray();
        var future = Enumerable.Range(23, 14).Select(d => start.AddDays(d)).ToArray();
        var actual = history.Select((_, i) => 100 + 10 * Math.Sin(i / 3.0)).ToArray();
        var forecast = future.Select((_, i) => actual[^1] + 1.5 * i).ToArray();
        return new LineChart(frame.Title ?? "Daily demand forecast", "Date", "Units sold",
            [ChartSeries.OfDates("Actual", history, actual), ChartSeries.OfDates("Forecast", future, forecast)])
        {
            Bands =
            [
                ShadedBand.OfDates("95% interval", future,
                    forecast.Select((f, i) => f - 4 - 1.2 * i).ToArray(), forecast.Select((f, i) => f + 4 + 1.2 * i).ToArray()),
                ShadedBand.OfDates("80% interval", future,
                    forecast.Select((f, i) => f - 2.5 - 0.8 * i).ToArray(), forecast.Select((f, i) => f + 2.5 + 0.8 * i).ToArray()),
            ],
            DateAxis = true,
            Width = frame.Width,
            Height = frame.Height,
        };
    }

    private static double[] Scores(int seed, int count, double mean, double sd) =>
        Normal(seed, count, mean, sd).Select(s => Math.Clamp(s, 0, 1)).ToArray();

    /// <summary>Seeded normal samples (Box-Muller), so every run draws the same picture.</summary>
    private static double[] Normal(int seed, int count, double mean, double sd)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))
            .ToArray();
    }
}
