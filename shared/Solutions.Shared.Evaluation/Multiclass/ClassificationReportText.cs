using System.Globalization;
using System.Text;

namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Renders a report character for character in the layout of scikit-learn's <c>classification_report</c>.</summary>
internal static class ClassificationReportText
{
    private const int ColumnWidth = 9;
    private const string LongestSummaryHeading = "weighted avg";

    public static string Render(ClassificationReport report, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);

        var width = Math.Max(Math.Max(report.Classes.Max(c => c.Label.Length), LongestSummaryHeading.Length), digits);
        var text = new StringBuilder();

        Line(text, width, string.Empty, "precision", "recall", "f1-score", "support");
        text.Append('\n');
        foreach (var metrics in report.Classes)
        {
            MetricsLine(text, width, digits, metrics.Label, metrics.Precision, metrics.Recall, metrics.F1, metrics.Support);
        }

        text.Append('\n');
        Line(text, width, "accuracy", string.Empty, string.Empty, Number(report.Accuracy, digits), Count(report.Support));
        MetricsLine(text, width, digits, "macro avg", report.MacroAverage);
        MetricsLine(text, width, digits, LongestSummaryHeading, report.WeightedAverage);
        return text.ToString();
    }

    private static void MetricsLine(StringBuilder text, int width, int digits, string heading, AverageMetrics average) =>
        MetricsLine(text, width, digits, heading, average.Precision, average.Recall, average.F1, average.Support);

    private static void MetricsLine(
        StringBuilder text, int width, int digits, string heading, double precision, double recall, double f1, int support) =>
        Line(text, width, heading, Number(precision, digits), Number(recall, digits), Number(f1, digits), Count(support));

    private static void Line(StringBuilder text, int width, string heading, params string[] cells)
    {
        text.Append(heading.PadLeft(width)).Append(' ');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(cell.PadLeft(ColumnWidth));
        }

        text.Append('\n');
    }

    // .NET's fixed-point format rounds the exact binary value half to even, as Python's format does.
    private static string Number(double value, int digits) => value.ToString("F" + digits, CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
