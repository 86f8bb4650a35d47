using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>
/// One patient's joined row as the radiomics model answers it: the archive's clinical.csv columns as written (text,
/// <c>Case ID</c> and genes included), then the radiomic features by pyradiomics name. Rendered as a CSV header and row,
/// or as the serving contract's <c>{"instances": [{...}]}</c>, it is exactly a survival model request: columns by name,
/// extra ones ignored. A feature that is not a finite number is written as missing, which the survival model imputes.
/// </summary>
/// <param name="Clinical">The clinical.csv row, in its column order; empty when the archive has none.</param>
/// <param name="Radiomic">Feature name to value, in <see cref="Radiomics.RadiomicsFeatures.ToNamedValues"/> order.</param>
public sealed record PatientFeatureRow(IReadOnlyList<KeyValuePair<string, string>> Clinical, IReadOnlyList<KeyValuePair<string, double>> Radiomic)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Joins a clinical row (null: none) to the radiomic features.</summary>
    /// <exception cref="InvalidDataException">A clinical column shares its name with a radiomic feature (keys are case-insensitive in JSON requests).</exception>
    public static PatientFeatureRow Join(IReadOnlyDictionary<string, string>? clinical, IEnumerable<KeyValuePair<string, double>> radiomic)
    {
        var features = radiomic.ToArray();
        var names = features.Select(f => f.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var row = clinical?.ToArray() ?? [];
        if (row.FirstOrDefault(c => names.Contains(c.Key)) is { Key: not null } clash)
        {
            throw new InvalidDataException(
                $"clinical.csv: column '{clash.Key}' has the name of a radiomic feature; rename it, the answer cannot hold both.");
        }
        return new PatientFeatureRow(row, features);
    }

    /// <summary>Every column, clinical first.</summary>
    public IEnumerable<string> Columns => Clinical.Select(c => c.Key).Concat(Radiomic.Select(f => f.Key));

    /// <summary>UTF-8 CSV: a header line and one row, '\n' endings, round-trip numbers.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(Escape)).Append('\n');
        text.AppendJoin(',', Clinical.Select(c => Escape(c.Value)).Concat(Radiomic.Select(f => Number(f.Value)))).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>UTF-8 JSON <c>{"instances": [{column: value, ...}]}</c>: clinical values as strings, features as numbers (null when not finite).</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("instances");
            json.WriteStartObject();
            foreach (var (name, value) in Clinical)
            {
                json.WriteString(name, value);
            }
            foreach (var (name, value) in Radiomic)
            {
                if (double.IsFinite(value))
                {
                    json.WriteNumber(name, value);
                }
                else
                {
                    json.WriteNull(name);
                }
            }
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The row in <paramref name="mediaType"/>: <c>text/csv</c> or <c>application/json</c>.</summary>
    public DocumentResponse ToResponse(string mediaType) => mediaType switch
    {
        ServingContract.CsvMediaType => new DocumentResponse(ToCsv(), ServingContract.CsvMediaType + "; charset=utf-8"),
        ServingContract.JsonMediaType => new DocumentResponse(ToJson(), ServingContract.JsonMediaType),
        _ => throw new InvalidOperationException($"cannot write a feature row as '{mediaType}'; expected {ServingContract.CsvMediaType} or {ServingContract.JsonMediaType}"),
    };

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    // Padding is quoted too, so readers that trim unquoted fields keep it.
    internal static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
