using System.Globalization;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// The features CSV: <c>Case ID</c> then the feature names, one row per patient in Case-ID order, invariant culture,
/// round-trip doubles, '\n' line endings. Rows are kept as text so a merge reproduces the shards' bytes exactly.
/// </summary>
internal static class FeatureTable
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Header(IEnumerable<string> featureNames) =>
        string.Join(",", new[] { ClinicalColumns.CaseId }.Concat(featureNames).Select(Escape));

    /// <summary>The values part of a row (without the Case ID), as the cache stores it.</summary>
    public static string Values(IEnumerable<double> values) =>
        string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    public static string Row(string caseId, string values) => Escape(caseId) + "," + values;

    public static void Write(string path, string header, IEnumerable<string> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows) text.Append(row).Append('\n');
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>The header and each row's Case ID with the row's text.</summary>
    public static (string Header, IReadOnlyList<(string CaseId, string Line)> Rows) Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such features table", path);
        var lines = File.ReadAllText(path).Split('\n');
        if (lines.Length < 2 || lines[^1].Length != 0)
            throw new InvalidDataException($"{path}: expected a header line and rows, each ending in a newline");
        var header = lines[0];
        if (!header.StartsWith(Escape(ClinicalColumns.CaseId) + ",", StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: line 1 should start with '{ClinicalColumns.CaseId},', the features table's first column");
        var rows = new List<(string, string)>();
        for (var i = 1; i < lines.Length - 1; i++)
            rows.Add((CsvTokenizer.SplitLine(lines[i], path, i + 1)[0], lines[i]));
        return (header, rows);
    }

    private static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
