using System.Globalization;
using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// Parses one field's text to its column's type (invariant culture). An empty or blank field is a missing
/// value: null for an optional column, an error for a required one.
/// </summary>
internal static class ColumnValue
{
    private const int QuotedTextLimit = 40;
    private static readonly object True = true;
    private static readonly object False = false;

    /// <returns>Null on success, else what is wrong, phrased to follow "row r, column c 'Name': ".</returns>
    public static string? TryParse(string text, ColumnSpec column, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return column.Required ? "a value is required" : null;
        }
        switch (column.Kind)
        {
            case ColumnKind.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{Quote(text)} is not a number";
                }
                if (!double.IsFinite(number))
                {
                    return $"{Quote(text)} is not a finite number";
                }
                value = number;
                return null;
            case ColumnKind.Integer:
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
                {
                    value = whole;
                    return null;
                }
                // Exports often write whole numbers as "3.0"; accept any exactly whole value in long's range.
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                    && real == Math.Floor(real) && real is >= -9.2e18 and <= 9.2e18)
                {
                    value = (long)real;
                    return null;
                }
                return $"{Quote(text)} is not a whole number";
            case ColumnKind.Boolean:
                if (TryParseBoolean(text.AsSpan().Trim(), out var flag))
                {
                    value = flag ? True : False;
                    return null;
                }
                return $"{Quote(text)} is not a boolean (expected true/false, yes/no or 1/0)";
            case ColumnKind.DateTime:
                if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment))
                {
                    value = moment;
                    return null;
                }
                return $"{Quote(text)} is not a date-time (expected ISO 8601, e.g. 2024-05-31T13:45:00Z)";
            case ColumnKind.Text:
                value = text;
                return null;
            default:
                return $"column kind {column.Kind} is not supported by the serving contract";
        }
    }

    /// <summary>The text in single quotes, cut short when long so a message stays readable.</summary>
    public static string Quote(string text) =>
        text.Length <= QuotedTextLimit ? $"'{text}'" : $"'{text[..QuotedTextLimit]}…'";

    private static bool TryParseBoolean(ReadOnlySpan<char> text, out bool flag)
    {
        // Some datasets spell labels "True." / "False.".
        if (text.Length > 1 && text[^1] == '.')
        {
            text = text[..^1];
        }
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.SequenceEqual("1"))
        {
            flag = true;
            return true;
        }
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase)
            || text.SequenceEqual("0"))
        {
            flag = false;
            return true;
        }
        flag = false;
        return false;
    }
}
