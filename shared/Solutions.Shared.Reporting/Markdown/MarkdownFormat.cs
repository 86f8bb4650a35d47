using System.Globalization;

namespace Solutions.Shared.Reporting.Markdown;

/// <summary>Number formatting for report text and tables: invariant culture, thousands separators, NaN as "n/a".</summary>
public static class MarkdownFormat
{
    public const string NotAvailable = "n/a";

    /// <summary>Formats with a fixed number of decimals, e.g. <c>Number(12345.678, 1)</c> gives "12,345.7".</summary>
    public static string Number(double value, int decimals = 4) =>
        NonFinite(value) ?? value.ToString("N" + CheckDecimals(decimals), CultureInfo.InvariantCulture);

    /// <summary>Formats a fraction as a percentage, e.g. <c>Percent(0.1234)</c> gives "12.3%".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        NonFinite(fraction) ?? (fraction * 100).ToString("N" + CheckDecimals(decimals), CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats a whole count with thousands separators, e.g. "7,043".</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string? NonFinite(double value) =>
        double.IsNaN(value) ? NotAvailable
        : double.IsPositiveInfinity(value) ? "∞"
        : double.IsNegativeInfinity(value) ? "-∞"
        : null;

    private static int CheckDecimals(int decimals) =>
        decimals is >= 0 and <= 15
            ? decimals
            : throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 15.");
}
