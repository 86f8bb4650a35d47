using Solutions.Shared.Reporting.Charts;

namespace Solutions.BirdDetection.Reporting;

/// <summary>The report's line chart of mAP@0.5 after every epoch, baseline against flip-augmented.</summary>
public static class MapByEpochChart
{
    public const string FileName = "map50_by_epoch.png";

    public static LineChart Create(BirdMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var epochs = Enumerable.Range(1, metrics.Epochs).Select(e => (double)e).ToArray();
        return new LineChart($"mAP@0.5 on the {metrics.EvaluatedOn} images after each epoch", "Epoch", "mAP@0.5",
        [
            new ChartSeries("Baseline", epochs, metrics.Map50ByEpochBaseline),
            new ChartSeries("Horizontal flips", epochs, metrics.Map50ByEpochFlipped),
        ])
        { ShowMarkers = metrics.Epochs <= 40 };
    }
}
