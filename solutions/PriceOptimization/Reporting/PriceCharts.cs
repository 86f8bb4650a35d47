using Solutions.PriceOptimization.Evaluation;
using Solutions.Shared.Reporting.Charts;

namespace Solutions.PriceOptimization.Reporting;

/// <summary>The run's charts, one PNG each, named by what they show.</summary>
public static class PriceCharts
{
    public const string History = "history.png";
    public const string Elasticity = "elasticity.png";
    public const string CausalVersusPredictive = "causal_vs_predictive.png";

    public static string Forecast(string product) => $"forecast_{product}.png";

    public static string Components(string product) => $"components_{product}.png";

    public static string Objective(string product) => $"objective_{product}.png";

    public static void WriteAll(string folder, PriceRunResult result)
    {
        Directory.CreateDirectory(folder);
        new LineChart("Daily volume by product", "date", "units sold",
            [.. result.History.Products.Select(p => ChartSeries.OfDates(p.Product, [.. p.Days.Select(d => d.Date)], [.. p.Days.Select(d => d.Volume)]))])
        { DateAxis = true, Width = 1000 }.Save(Path.Combine(folder, History));

        var products = result.Products;
        var series = new List<ChartSeries>
        {
            new("naive OLS", [.. products.Select((_, i) => i + 0.2)], [.. products.Select(p => p.Elasticity.Naive.Elasticity)]),
            new("DML (95% CI bars)", [.. products.Select((_, i) => (double)i)], [.. products.Select(p => p.Elasticity.Elasticity)]),
        };
        foreach (var (p, i) in products.Select((p, i) => (p, i)))
        {
            series.Add(new($"CI {p.Product}", [i, i], [p.Elasticity.CiLow, p.Elasticity.CiHigh]));
        }
        if (result.Market is not null)
        {
            series.Insert(0, new("true", [.. products.Select((_, i) => i - 0.2)], [.. products.Select(p => p.TrueElasticity)]));
        }
        new ScatterChart($"Elasticity by product ({string.Join(", ", products.Select((p, i) => $"{i} = {p.Product}"))})",
            "product", "price elasticity", series).Save(Path.Combine(folder, Elasticity));

        foreach (var outcome in products)
        {
            var check = outcome.Check;
            var train = result.History[outcome.Product].Days.SkipLast(check.Dates.Count).TakeLast(56).ToArray();
            new LineChart($"{outcome.Product}: held-out volume forecast at the prices charged", "date", "units sold",
            [
                ChartSeries.OfDates("actual", [.. train.Select(d => d.Date), .. check.Dates], [.. train.Select(d => d.Volume), .. check.Actual]),
                ChartSeries.OfDates("forecast", check.Dates, check.Predicted),
            ])
            { DateAxis = true, Bands = [ShadedBand.OfDates("80% interval", check.Dates, check.Lower, check.Upper)] }
                .Save(Path.Combine(folder, Forecast(outcome.Product)));

            var f = outcome.Holdout.LogBaseline;
            var components = new List<ChartSeries>
            {
                ChartSeries.OfDates("weekly", f.Dates, f.Weekly),
                ChartSeries.OfDates("yearly", f.Dates, f.Yearly),
                ChartSeries.OfDates("holidays", f.Dates, f.Holidays),
            };
            components.AddRange(f.RegressorEffects.Select(r => ChartSeries.OfDates(r.Key, f.Dates, r.Value)));
            components.Add(ChartSeries.OfDates("trend − mean", f.Dates, [.. f.Trend.Select(t => t - f.Trend.Average())]));
            new LineChart($"{outcome.Product}: forecast components (log volume at the base price)", "date", "effect on log volume", components)
            { DateAxis = true }.Save(Path.Combine(folder, Components(outcome.Product)));

            var r = outcome.Recommendation;
            new LineChart($"{outcome.Product}: expected {r.Objective} on {r.Date:yyyy-MM-dd} (best {r.Price:0.00})", "price", r.Objective,
                [new ChartSeries(r.Objective, [.. r.Curve.Select(c => c.Price)], [.. r.Curve.Select(c => c.ObjectiveValue)])])
                .Save(Path.Combine(folder, Objective(outcome.Product)));
        }

        if (result.Counterfactual.Count > 0)
        {
            var average = CounterfactualComparison.Average(result.Counterfactual);
            new LineChart("Error vs true volume away from the policy price", "price ÷ policy price", "MAPE (%)",
            [
                new ChartSeries("predictive (forecaster with log price)", [.. average.Select(a => a.PriceMultiplier)], [.. average.Select(a => 100 * a.PredictiveMape)]),
                new ChartSeries("causal (forecast + DML elasticity)", [.. average.Select(a => a.PriceMultiplier)], [.. average.Select(a => 100 * a.CausalMape)]),
            ])
            { ShowMarkers = true }.Save(Path.Combine(folder, CausalVersusPredictive));
        }
    }
}
