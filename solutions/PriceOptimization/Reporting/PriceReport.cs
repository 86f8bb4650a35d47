using System.Globalization;
using Solutions.Shared.Reporting.Markdown;

namespace Solutions.PriceOptimization.Reporting;

/// <summary>report.md: the run told as a story, from the confounded history to the recommended prices.</summary>
public static class PriceReport
{
    public static MarkdownReport Build(PriceRunResult result, PriceMetrics metrics, string dataPath)
    {
        static string F(double value, string format = "0.000") =>
            double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";
        var simulated = result.Market is not null;
        var report = new MarkdownReport()
            .Title("Price optimization")
            .Paragraph($"Data: `{Path.GetFileName(dataPath)}`, {metrics.Rows:N0} days over {metrics.Products} products" +
                (simulated ? " (simulated: the true elasticities and demand curve are known)." : "."))
            .Image("history", PriceCharts.History)
            .Heading("1. Price elasticity")
            .Paragraph("Prices were not set at random: they rose when demand was expected to be high. Regressing log volume on " +
                "log price alone (naive) mixes the price effect with that demand. Double machine learning (partially linear " +
                "model; for E[log price | X] and E[log volume − θ̃ log price | X] a spline ridge or LightGBM, whichever has the lower " +
                $"out-of-fold error (chosen: {result.Products[0].Elasticity.PriceLearner} for price, {result.Products[0].Elasticity.OutcomeLearner} " +
                "for volume); 5-fold cross-fitting repeated " +
                $"{result.Products[0].Elasticity.Repetitions.Count} times, median aggregation, sandwich standard errors) keeps " +
                "only the price variation the demand drivers do not explain. Estimated on all but the held-out days.")
            .Table(["product", "true", "DML", "95% CI", "naive"],
                result.Products.Select(p => (IReadOnlyList<string>)[p.Product, F(p.TrueElasticity), F(p.Elasticity.Elasticity),
                    $"{F(p.Elasticity.CiLow)} to {F(p.Elasticity.CiHigh)}", F(p.Elasticity.Naive.Elasticity)]))
            .Image("elasticity", PriceCharts.Elasticity);
        if (simulated)
        {
            report.Paragraph($"Mean absolute error against the truth: DML {F(metrics.MeanAbsErrorDml)}, naive {F(metrics.MeanAbsErrorNaive)}; " +
                $"the 95% interval covers the truth for {F(metrics.TruthInsideCi * 100, "0")}% of the products.");
        }
        report.Heading("2. Baseline forecast")
            .Paragraph("The forecaster (Prophet's model: piecewise-linear trend, weekly and yearly Fourier seasons, holidays, " +
                "regressors temperature, competitor price, marketing and promotion) fits the baseline log volume − θ log(price / base price): " +
                "what each day would have sold at the base price. Volume at a price p is then baseline × (p / base price)^θ. " +
                "Checked on the held-out days at the prices charged:")
            .Table(["product", "MAPE", "MASE (vs weekly naive)", "80% interval coverage"],
                result.Products.Select(p => (IReadOnlyList<string>)[p.Product, F(p.Check.Mape), F(p.Check.Mase), F(p.Check.Coverage, "0.00")]));
        foreach (var p in result.Products)
        {
            report.Image($"forecast {p.Product}", PriceCharts.Forecast(p.Product))
                .Image($"components {p.Product}", PriceCharts.Components(p.Product));
        }
        if (result.Counterfactual.Count > 0)
        {
            report.Heading("3. Causal versus predictive, away from the historical prices")
                .Paragraph("On every day of the training history, the price is moved to a multiple of what the policy charged and " +
                    "both models predict the volume; the generator gives the true volume. The predictive model is the same forecaster " +
                    "on log volume with the same regressors plus log price, fitted on the confounded history; the causal model is the " +
                    "baseline forecast with the DML elasticity. Mean absolute percentage error over days and products:")
                .Table(["price ÷ policy", "causal MAPE", "predictive MAPE"],
                    metrics.CausalVersusPredictive.Select(c => (IReadOnlyList<string>)[F(c.PriceMultiplier, "0.00"), F(c.CausalMape), F(c.PredictiveMape)]))
                .Image("causal versus predictive", PriceCharts.CausalVersusPredictive);
        }
        report.Heading(simulated ? "4. Recommended prices" : "3. Recommended prices")
            .Table(["product", "date", "objective", "price", "expected volume", "objective value"],
                result.Products.Select(p => (IReadOnlyList<string>)[p.Product, p.Recommendation.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    p.Recommendation.Objective, F(p.Recommendation.Price, "0.00"), F(p.Recommendation.ExpectedVolume, "0.0"), F(p.Recommendation.ObjectiveValue, "0.00")]));
        foreach (var p in result.Products)
        {
            report.Image($"objective {p.Product}", PriceCharts.Objective(p.Product));
        }
        return report.Paragraph($"Double ML on all products took {F(metrics.DmlSeconds, "0.0")} s; a forecaster fit {F(metrics.ForecastMsPerSeries, "0")} ms per series.");
    }
}
