using System.Globalization;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Training;
using Solutions.Shared.Reporting.Metrics;

namespace Solutions.BirdDetection.Reporting;

/// <summary>
/// Writes everything a run leaves in its output folder: <c>models/baseline/</c> and <c>models/flipped/</c> bundles,
/// <see cref="MetricsFile"/>, the mAP chart, sample pictures and <see cref="ReportFile"/>.
/// </summary>
public static class BirdRunOutputs
{
    public const string MetricsFile = "metrics.json";
    public const string ReportFile = "report.md";
    public const string BaselineModel = "baseline";
    public const string FlippedModel = "flipped";

    /// <returns>The metrics as written to <see cref="MetricsFile"/>.</returns>
    public static BirdMetrics Write(BirdRunOptions options, BirdRunResult run, ResNetBackbone backbone)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(backbone);
        Directory.CreateDirectory(options.OutputFolder);
        var metrics = BirdMetrics.From(run, options.Seed);
        var fingerprint = DatasetFingerprint.Compute(run.Data);
        foreach (var model in (TrainedBirdModel[])[run.Baseline, run.Flipped])
        {
            var trainer = string.Create(CultureInfo.InvariantCulture,
                $"{model.Name} detection head on {backbone.ModelIdentity}, {model.Losses.Count} epochs on {model.TrainingMaps} maps, seed {options.Seed}");
            BirdBundle.Save(Path.Combine(options.ModelsFolder, model.Name), model.Head, run.Species, backbone.InputSize, backbone.ModelIdentity,
                fingerprint, new Dictionary<string, double> { [$"map50_{metrics.EvaluatedOn}"] = model.Final.MeanAveragePrecision }, trainer);
        }

        // The pictures come from the flipped bundle as loaded back, so they also prove the bundle works.
        using var detector = new BirdDetector(BirdBundle.Load(Path.Combine(options.ModelsFolder, FlippedModel)), backbone);
        var samples = SamplePictures.Write(options.OutputFolder, run, detector);
        MapByEpochChart.Create(metrics).Save(Path.Combine(options.OutputFolder, MapByEpochChart.FileName));
        MetricsJson.Write(Path.Combine(options.OutputFolder, MetricsFile), metrics);
        BirdReport.Build(run, metrics, samples).Save(Path.Combine(options.OutputFolder, ReportFile));
        return metrics;
    }
}
