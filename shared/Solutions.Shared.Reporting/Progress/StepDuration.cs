using System.Globalization;

namespace Solutions.Shared.Reporting.Progress;

/// <summary>Formats how long a step took: "0.4 s", "2 min 05 s", "1 h 02 min".</summary>
internal static class StepDuration
{
    public static string Format(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            // Truncated, not rounded, so 59.96 s never shows as "60.0 s".
            var tenths = Math.Floor(Math.Max(0, elapsed.TotalSeconds) * 10) / 10;
            return tenths.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        }

        return elapsed < TimeSpan.FromHours(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours} h {elapsed.Minutes:00} min");
    }
}
