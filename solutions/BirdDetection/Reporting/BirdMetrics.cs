using Solutions.BirdDetection.Training;

namespace Solutions.BirdDetection.Reporting;

/// <summary>
/// The run's metrics.json: mAP@0.5 of both heads after the last epoch and after every epoch, AP per species, and what
/// they were measured on. Nothing in it depends on timing, so the same seed and data give the same file.
/// </summary>
/// <param name="EvaluatedOn">"test", or "validation" when tuning on a share of the training images.</param>
/// <param name="TrainingImages">Training images (the flipped head also sees their mirrored copies).</param>
/// <param name="EvaluationImages">Images measured after every epoch.</param>
public sealed record BirdMetrics(
    int Seed,
    int Epochs,
    string EvaluatedOn,
    int TrainingImages,
    int EvaluationImages,
    IReadOnlyList<string> ClassNames,
    IReadOnlyList<int> CubClassIds,
    double Map50Baseline,
    double Map50Flipped,
    IReadOnlyList<double> Map50ByEpochBaseline,
    IReadOnlyList<double> Map50ByEpochFlipped,
    IReadOnlyList<SpeciesAveragePrecision> Ap50PerClass)
{
    public static BirdMetrics From(BirdRunResult run, int seed)
    {
        ArgumentNullException.ThrowIfNull(run);
        var perClass = run.Species.Select(species =>
        {
            var baseline = run.Baseline.Final.PerClass[species.ClassIndex];
            var flipped = run.Flipped.Final.PerClass[species.ClassIndex];
            return new SpeciesAveragePrecision(species.ClassIndex, species.CubClassId, species.Name, baseline.GroundTruthCount,
                baseline.AveragePrecision, flipped.AveragePrecision);
        }).ToList();
        return new BirdMetrics(
            seed,
            run.Baseline.MapByEpoch.Count,
            run.IsValidation ? "validation" : "test",
            run.TrainingImages.Count,
            run.EvaluationImages.Count,
            [.. run.Species.Select(s => s.Name)],
            [.. run.Species.Select(s => s.CubClassId)],
            run.Baseline.Final.MeanAveragePrecision,
            run.Flipped.Final.MeanAveragePrecision,
            run.Baseline.MapByEpoch,
            run.Flipped.MapByEpoch,
            perClass);
    }
}
