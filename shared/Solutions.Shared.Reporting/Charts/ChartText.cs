using System.Globalization;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Chart annotations use the invariant culture so a report reads the same on every machine.</summary>
internal static class ChartText
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
