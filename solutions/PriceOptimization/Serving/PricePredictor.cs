using System.Globalization;
using Solutions.PriceOptimization.Simulation;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;

namespace Solutions.PriceOptimization.Serving;

/// <summary>
/// The demand models behind the serving contract: each request row (product, date, candidate prices?, objective?)
/// gets the recommended price, its expected volume and objective value, and the whole curve as three aligned
/// <c>;</c>-separated lists (prices, volumes, objective values), the contract's outputs being scalars.
/// </summary>
public sealed class PricePredictor(IReadOnlyList<DemandModel> models) : IPredictor
{
    public const string RecommendedPrice = "recommended_price";
    public const string ExpectedVolume = "expected_volume";
    public const string ObjectiveValue = "objective_value";
    public const string ObjectiveName = "objective";
    public const string CurvePrices = "curve_prices";
    public const string CurveVolumes = "curve_volumes";
    public const string CurveObjective = "curve_objective";

    private readonly Dictionary<string, DemandModel> _models = models.ToDictionary(m => m.Product, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DemandModel> Models => models;

    public TabularSchema InputSchema => PriceRequest.Schema;

    public IReadOnlyList<string> OutputColumns { get; } =
        [RecommendedPrice, ExpectedVolume, ObjectiveValue, ObjectiveName, CurvePrices, CurveVolumes, CurveObjective];

    public static IReadOnlyList<ColumnSpec> OutputSchema { get; } =
    [
        new(RecommendedPrice, ColumnKind.Number), new(ExpectedVolume, ColumnKind.Number), new(ObjectiveValue, ColumnKind.Number),
        new(ObjectiveName, ColumnKind.Text), new(CurvePrices, ColumnKind.Text), new(CurveVolumes, ColumnKind.Text), new(CurveObjective, ColumnKind.Text),
    ];

    /// <exception cref="ArgumentException">An unknown product or objective, or a date without a forecast.</exception>
    public PriceRecommendation Recommend(string product, DateTime date, IReadOnlyList<double>? candidates, PriceObjective objective)
    {
        if (!_models.TryGetValue(product.Trim(), out var model))
        {
            throw new ArgumentException($"unknown product '{product}' (the model knows: {string.Join(", ", _models.Keys)})");
        }
        return PriceRecommender.Recommend(model, date, objective, candidates);
    }

    public IReadOnlyList<Prediction> Predict(IReadOnlyList<object?[]> rows, PredictionOptions options) =>
    [
        .. rows.Select(row =>
        {
            var candidates = row[2] is string text ? PriceRequest.ParsePrices(text) : null;
            var objective = row[3] is string name ? PriceObjective.Parse(name) : PriceObjective.Revenue;
            var r = Recommend((string)row[0]!, (DateTime)row[1]!, candidates, objective);
            return new Prediction(new Dictionary<string, object?>
            {
                [RecommendedPrice] = r.Price,
                [ExpectedVolume] = r.ExpectedVolume,
                [ObjectiveValue] = r.ObjectiveValue,
                [ObjectiveName] = r.Objective,
                [CurvePrices] = Join(r.Curve.Select(c => c.Price)),
                [CurveVolumes] = Join(r.Curve.Select(c => c.ExpectedVolume)),
                [CurveObjective] = Join(r.Curve.Select(c => c.ObjectiveValue)),
            });
        }),
    ];

    private static string Join(IEnumerable<double> values) =>
        string.Join(';', values.Select(v => Math.Round(v, 4).ToString(CultureInfo.InvariantCulture)));
}
