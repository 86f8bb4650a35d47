using Solutions.Shared.Data.Tabular;

namespace Solutions.PriceOptimization.Serving;

/// <summary>
/// The columns of an <c>/invocations</c> row: product and date, optionally the candidate prices as text
/// (<c>"10.5;11;12"</c>, since the serving contract's values are scalars) and the objective (revenue or profit).
/// </summary>
public static class PriceRequest
{
    public const string Product = "product";
    public const string Date = "date";
    public const string CandidatePrices = "candidate_prices";
    public const string Objective = "objective";

    public static TabularSchema Schema { get; } = new(
    [
        new ColumnSpec(Product, ColumnKind.Text),
        new ColumnSpec(Date, ColumnKind.DateTime),
        new ColumnSpec(CandidatePrices, ColumnKind.Text, Required: false),
        new ColumnSpec(Objective, ColumnKind.Text, Required: false),
    ]);

    /// <summary>Parses <c>"10.5;11;12"</c> (also commas or spaces between prices).</summary>
    /// <exception cref="FormatException">A price that is not a positive number.</exception>
    public static IReadOnlyList<double> ParsePrices(string text) =>
        [.. text.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
            double.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var price) && price > 0 && double.IsFinite(price)
                ? price
                : throw new FormatException($"'{CandidatePrices}': '{part}' is not a positive price"))];
}
