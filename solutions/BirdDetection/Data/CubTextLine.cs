using System.Globalization;
using Solutions.Shared.Data.Tabular;

namespace Solutions.BirdDetection.Data;

/// <summary>One non-blank line of a CUB text file, split on white space, able to parse its fields and to blame itself.</summary>
internal sealed class CubTextLine(string file, int lineNumber, string[] fields, IReadOnlyList<string> fieldNames)
{
    public string File { get; } = file;

    public int LineNumber { get; } = lineNumber;

    /// <summary>"images.txt, line 7": where a person finds this line.</summary>
    public string Location => $"{System.IO.Path.GetFileName(File)}, line {LineNumber}";

    /// <summary>The text of field <paramref name="index"/> (0-based).</summary>
    public string Text(int index) => fields[index];

    public int PositiveInteger(int index)
    {
        var text = fields[index];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Error(index, "a positive whole number", $"'{text}' is not a positive whole number");
    }

    public double Number(int index)
    {
        var text = fields[index];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(index, "a number", $"'{text}' is not a number");
    }

    /// <summary>An error about field <paramref name="index"/> (0-based) of this line.</summary>
    public TabularDataException Error(int index, string expected, string problem) =>
        new(new DataError(File, LineNumber, index + 1, fieldNames[index], fields[index], expected,
            $"{Location}, field {index + 1} '{fieldNames[index]}': {problem} (expected {expected})"));

    /// <summary>Reads every non-blank line of <paramref name="file"/>, refusing any with a field count other than the names given.</summary>
    /// <param name="lastFieldTakesRest">True when the last field may hold spaces (a path), so the line splits into at most that many fields.</param>
    public static IReadOnlyList<CubTextLine> ReadAll(string file, IReadOnlyList<string> fieldNames, bool lastFieldTakesRest = false)
    {
        if (!System.IO.File.Exists(file))
            throw new TabularDataException(file, $"{file}: the file does not exist; a CUB-200-2011 data set needs it.");
        var lines = new List<CubTextLine>();
        var number = 0;
        foreach (var raw in System.IO.File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var fields = lastFieldTakesRest
                ? raw.Trim().Split((char[]?)null, fieldNames.Count, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != fieldNames.Count)
            {
                var expected = $"{fieldNames.Count} fields: {string.Join(' ', fieldNames.Select(n => $"<{n}>"))}";
                throw new TabularDataException(new DataError(file, number, Math.Min(fields.Length, fieldNames.Count) + 1, null, raw, expected,
                    $"{System.IO.Path.GetFileName(file)}, line {number}: found {fields.Length} field(s) in '{raw}' (expected {expected})"));
            }
            lines.Add(new CubTextLine(file, number, fields, fieldNames));
        }
        return lines;
    }
}
