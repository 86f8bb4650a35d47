using ScottPlot;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>
/// Confusion matrix heatmap: rows are actual classes, columns predicted classes. Each cell shows its count and
/// its share of the actual class; shading follows that share, so rare classes read as clearly as common ones.
/// </summary>
public sealed class ConfusionMatrixChart : Chart
{
    private static readonly Color Empty = Colors.White;
    private static readonly Color Full = Color.FromHex("#08306b");

    private readonly int[,] _counts;
    private readonly string[] _labels;

    /// <param name="counts">counts[actual, predicted]: how many cases of class <c>actual</c> were predicted as <c>predicted</c>.</param>
    /// <param name="labels">Class names, in the order of the matrix's rows and columns.</param>
    public ConfusionMatrixChart(int[,] counts, IReadOnlyList<string> labels)
        : base("Confusion matrix")
    {
        ArgumentNullException.ThrowIfNull(counts);
        var size = counts.GetLength(0);
        if (size == 0 || counts.GetLength(1) != size)
        {
            throw new ArgumentException(
                $"ConfusionMatrixChart: 'counts' is {counts.GetLength(0)}x{counts.GetLength(1)}; it must be square and non-empty.", nameof(counts));
        }

        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException($"ConfusionMatrixChart: 'counts' holds {count}; counts cannot be negative.", nameof(counts));
            }
        }

        _counts = (int[,])counts.Clone();
        _labels = ChartData.Names(labels, nameof(ConfusionMatrixChart), nameof(labels), size);
    }

    private protected override void Draw(Plot plot)
    {
        var size = _labels.Length;
        var cellFont = size <= 4 ? 16f : size <= 8 ? 12f : 9f;
        for (var actual = 0; actual < size; actual++)
        {
            var rowTotal = Enumerable.Range(0, size).Sum(p => _counts[actual, p]);
            var y = size - 1 - actual; // first class on top, as in a printed table
            for (var predicted = 0; predicted < size; predicted++)
            {
                var count = _counts[actual, predicted];
                var share = rowTotal == 0 ? 0 : (double)count / rowTotal;

                var cell = plot.Add.Rectangle(predicted - 0.5, predicted + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = Empty.MixedWith(Full, share);
                cell.LineColor = Colors.White;
                cell.LineWidth = 2;

                var text = plot.Add.Text(ChartText.Invariant($"{count:N0}\n{share:0.0%}"), predicted, y);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = cellFont;
                text.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
            }
        }

        var positions = Enumerable.Range(0, size).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, _labels);
        plot.Axes.Left.SetTicks(positions, _labels.Reverse().ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.5, size - 0.5, -0.5, size - 0.5);
        plot.HideGrid();
        ChartStyle.Labels(plot, "Predicted", "Actual");
    }
}
