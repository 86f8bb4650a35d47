using System.Collections.Frozen;
using System.Globalization;

namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Reads one cell's text as a typed value under a load's options. Each method returns null on success,
/// else the problem in words (<c>"'abc' is not a number"</c>), so the caller can locate it in the file.
/// </summary>
internal sealed class CellParser
{
    private const NumberStyles RealStyle = NumberStyles.Float;
    private const NumberStyles WholeStyle = NumberStyles.Integer;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly FrozenDictionary<string, bool> _booleans;
    private readonly string[] _dateTimeFormats;
    private readonly string _acceptedBooleans;
    private readonly string _acceptedDateTimes;

    public CellParser(CsvLoadOptions options)
    {
        var booleans = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in options.TrueTokens)
        {
            booleans[token.Trim()] = true;
        }
        foreach (var token in options.FalseTokens)
        {
            if (booleans.ContainsKey(token.Trim()))
            {
                throw new ArgumentException(
                    $"The boolean token '{token}' is in both TrueTokens and FalseTokens.", nameof(options));
            }
            booleans[token.Trim()] = false;
        }
        _booleans = booleans.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _acceptedBooleans = string.Join(", ", options.TrueTokens.Concat(options.FalseTokens));
        _dateTimeFormats = [.. options.DateTimeFormats];
        _acceptedDateTimes = string.Join(", ", _dateTimeFormats);
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    public string? Double(string text, out double value)
    {
        if (!double.TryParse(text, RealStyle, Invariant, out value))
        {
            return $"{Quote(text)} is not a number";
        }
        return double.IsFinite(value) ? null : $"{Quote(text)} is not a finite number";
    }

    public string? Single(string text, out float value)
    {
        if (!float.TryParse(text, RealStyle, Invariant, out value))
        {
            return $"{Quote(text)} is not a number";
        }
        if (float.IsFinite(value))
        {
            return null;
        }
        return Double(text, out _) is null
            ? $"{Quote(text)} is too large for a float"
            : $"{Quote(text)} is not a finite number";
    }

    public string? Decimal(string text, out decimal value) =>
        decimal.TryParse(text, RealStyle, Invariant, out value) ? null : $"{Quote(text)} is not a number";

    public string? Int32(string text, out int value) =>
        int.TryParse(text, WholeStyle, Invariant, out value) ? null : WholeNumberProblem(text, "int");

    public string? Int64(string text, out long value) =>
        long.TryParse(text, WholeStyle, Invariant, out value) ? null : WholeNumberProblem(text, "long");

    public string? Boolean(string text, out bool value)
    {
        if (_booleans.TryGetValue(text.Trim(), out value))
        {
            return null;
        }
        return $"{Quote(text)} is not a boolean (accepted: {_acceptedBooleans})";
    }

    public string? DateTime(string text, out DateTime value) =>
        System.DateTime.TryParseExact(text.Trim(), _dateTimeFormats, Invariant, DateTimeStyles.RoundtripKind, out value)
            ? null
            : $"{Quote(text)} is not a date/time (accepted formats: {_acceptedDateTimes})";

    /// <summary>Quotes a value for a message, shortened and kept on one line.</summary>
    public static string Quote(string text)
    {
        const int MaxShown = 60;
        var shown = text.Length > MaxShown ? string.Concat(text.AsSpan(0, MaxShown - 3), "...") : text;
        return $"'{shown.ReplaceLineEndings("\\n")}'";
    }

    private static string WholeNumberProblem(string text, string typeName)
    {
        var digits = text.Trim().TrimStart('-', '+');
        return digits.Length > 0 && digits.All(char.IsAsciiDigit)
            ? $"{Quote(text)} is outside the range of a whole number of type {typeName}"
            : $"{Quote(text)} is not a whole number";
    }
}
