using System.Globalization;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PriceOptimization.Data;

/// <summary>
/// Loads a price history CSV (the <see cref="PriceObservation"/> schema) and checks what the models assume:
/// every price and volume positive, and per product one row per day with no day missing. The first problem is
/// thrown with file, line, column and what was expected.
/// </summary>
public static class PriceHistoryLoader
{
    /// <summary>Fewest days per product: below about four months, cross-fitting and the weekly season have too little to learn from.</summary>
    public const int MinimumDays = 120;

    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="TabularDataException">A bad value, a non-positive price or volume, a duplicate or missing day.</exception>
    public static PriceHistory Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The price history '{path}' does not exist.", path);
        }
        using var reader = new StreamReader(path);
        return Load(reader, Path.GetFileName(path));
    }

    /// <param name="reader">CSV text, header first.</param>
    /// <param name="source">What messages call the input.</param>
    public static PriceHistory Load(TextReader reader, string source)
    {
        var text = reader.ReadToEnd();
        // Strict: a history with a hole in it cannot be modelled, so the first bad value stops the load.
        var loaded = CsvLoader.Load<PriceObservation>(new StringReader(text), source, new CsvLoadOptions { Strict = true });
        if (loaded.Rows.Count == 0)
        {
            throw new TabularDataException(source, $"{source}: the file has a header but no rows.");
        }
        var header = FileColumns(text);
        // Strict loading accepted every record, so record i is on line i + 2 (the header is line 1); the schema's
        // numbers, names and flags never span lines.
        var lines = new Dictionary<PriceObservation, long>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < loaded.Rows.Count; i++)
        {
            var row = loaded.Rows[i];
            lines[row] = i + 2;
            RequirePositive(source, header, i + 2, PriceObservation.PriceColumn, row.Price);
            RequirePositive(source, header, i + 2, PriceObservation.VolumeColumn, row.Volume);
            if (string.IsNullOrWhiteSpace(row.Product))
            {
                throw Error(source, header, i + 2, PriceObservation.ProductColumn, row.Product, "a product name",
                    "the product name is empty");
            }
        }

        var products = loaded.Rows
            .GroupBy(r => r.Product.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => Check(source, header, g.Key, [.. g.OrderBy(r => r.Date).ThenBy(r => lines[r])], lines))
            .ToArray();
        return new PriceHistory(source, products);
    }

    private static ProductHistory Check(
        string source, IReadOnlyList<string> header, string product, PriceObservation[] days, Dictionary<PriceObservation, long> lines)
    {
        for (var i = 1; i < days.Length; i++)
        {
            var (previous, current) = (days[i - 1], days[i]);
            var step = (current.Date.Date - previous.Date.Date).Days;
            if (step == 0)
            {
                throw Error(source, header, lines[current], PriceObservation.DateColumn, current.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "one row per product and day", $"product '{product}' already has a row for {current.Date:yyyy-MM-dd} on line {lines[previous]}");
            }
            if (step > 1)
            {
                var missing = step == 2
                    ? $"{previous.Date.AddDays(1):yyyy-MM-dd} is missing"
                    : $"{previous.Date.AddDays(1):yyyy-MM-dd} to {current.Date.AddDays(-1):yyyy-MM-dd} ({step - 1} days) are missing";
                throw Error(source, header, lines[current], PriceObservation.DateColumn, current.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "consecutive days per product",
                    $"product '{product}' has a gap: {missing} between line {lines[previous]} and this row; fill the days (volume and price of each) or cut the history");
            }
        }
        if (days.Length < MinimumDays)
        {
            throw new TabularDataException(source,
                $"{source}: product '{product}' has {days.Length} days of history; at least {MinimumDays} are needed to estimate its elasticity and seasonality.");
        }
        return new ProductHistory(product, days);
    }

    private static void RequirePositive(string source, IReadOnlyList<string> header, long line, string column, double value)
    {
        if (!(value > 0))
        {
            throw Error(source, header, line, column, value.ToString(CultureInfo.InvariantCulture), "a positive number",
                $"{value.ToString(CultureInfo.InvariantCulture)} is not positive (prices and volumes enter the model as logarithms)");
        }
    }

    /// <summary>The header's names in file order, so an error gives the column number the user sees.</summary>
    private static string[] FileColumns(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).TrimStart('\uFEFF').Split(',');
    }

    private static TabularDataException Error(
        string source, IReadOnlyList<string> header, long line, string column, string value, string expected, string problem)
    {
        var index = header.Select(h => h.Trim().Trim('"')).ToList().FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase)) + 1;
        return new TabularDataException(new DataError(
            source, line, index, column, value, expected, $"{source}, line {line}, column {index} '{column}': {problem}"));
    }
}
