using System.Globalization;

namespace Solutions.Shared.Data.Tabular;

/// <summary>The codecs of the property types a <see cref="CsvColumnAttribute"/> may sit on.</summary>
internal static class CellCodecs
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static readonly CellCodec<double> Double = new(ColumnKind.Number, "number", false,
        (CellParser p, string text, out double value) => p.Double(text, out value),
        value => value.ToString("R", Invariant));

    public static readonly CellCodec<float> Single = new(ColumnKind.Number, "number", false,
        (CellParser p, string text, out float value) => p.Single(text, out value),
        value => value.ToString("R", Invariant));

    public static readonly CellCodec<decimal> Decimal = new(ColumnKind.Number, "number", false,
        (CellParser p, string text, out decimal value) => p.Decimal(text, out value),
        value => value.ToString(Invariant));

    public static readonly CellCodec<int> Int32 = new(ColumnKind.Integer, "whole number", false,
        (CellParser p, string text, out int value) => p.Int32(text, out value),
        value => value.ToString(Invariant));

    public static readonly CellCodec<long> Int64 = new(ColumnKind.Integer, "whole number", false,
        (CellParser p, string text, out long value) => p.Int64(text, out value),
        value => value.ToString(Invariant));

    public static readonly CellCodec<bool> Boolean = new(ColumnKind.Boolean, "boolean", false,
        (CellParser p, string text, out bool value) => p.Boolean(text, out value),
        value => value ? "true" : "false");

    public static readonly CellCodec<DateTime> DateTime = new(ColumnKind.DateTime, "date/time", false,
        (CellParser p, string text, out DateTime value) => p.DateTime(text, out value),
        FormatDateTime);

    public static CellCodec<string> Text(bool optional) => new(ColumnKind.Text, "text", optional,
        (CellParser _, string text, out string value) =>
        {
            value = text;
            return null;
        },
        value => value ?? string.Empty);

    /// <summary>The codec of <c>TValue?</c>: the same text, but the column may be absent or empty.</summary>
    public static CellCodec<TValue?> Nullable<TValue>(CellCodec<TValue> inner) where TValue : struct
    {
        var parse = inner.Parse;
        var format = inner.Format;
        return new(inner.Kind, inner.Expected, true,
            (CellParser p, string text, out TValue? value) =>
            {
                var problem = parse(p, text, out var parsed);
                value = parsed;
                return problem;
            },
            value => value is { } present ? format(present) : string.Empty);
    }

    // Dates alone stay dates; times keep their fraction and kind ('Z' for UTC), so a load reads them back.
    private static string FormatDateTime(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero && value.Kind == DateTimeKind.Unspecified
            ? value.ToString("yyyy-MM-dd", Invariant)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", Invariant);
}
