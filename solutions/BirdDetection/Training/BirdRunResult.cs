using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Training;

/// <summary>What a <see cref="BirdRun"/> produced: the data, both trained heads and how long the steps took.</summary>
/// <param name="Species">The selected species in class-index order.</param>
/// <param name="TrainingImages">Images the heads were trained on (before mirroring).</param>
/// <param name="EvaluationImages">Images measured after every epoch: the test split, or the validation split when tuning.</param>
/// <param name="EvaluationMaps">Plain feature maps of <paramref name="EvaluationImages"/>, in the same order.</param>
/// <param name="IsValidation">True when the evaluation images were carved from the training split.</param>
/// <param name="Timings">Wall-clock seconds of the steps; not part of the deterministic outputs.</param>
public sealed record BirdRunResult(
    CubDataset Data,
    IReadOnlyList<SpeciesLabel> Species,
    IReadOnlyList<CubImage> TrainingImages,
    IReadOnlyList<CubImage> EvaluationImages,
    IReadOnlyList<FeatureMap> EvaluationMaps,
    bool IsValidation,
    TrainedBirdModel Baseline,
    TrainedBirdModel Flipped,
    BirdRunTimings Timings);
