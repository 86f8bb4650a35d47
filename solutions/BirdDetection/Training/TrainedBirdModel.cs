using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Evaluation;

namespace Solutions.BirdDetection.Training;

/// <summary>One of the run's two heads after its last epoch, and how it did on the evaluation images after every epoch.</summary>
/// <param name="Name">"baseline" or "flipped".</param>
/// <param name="Head">The last epoch's head (never the best epoch's: that would pick on the test set).</param>
/// <param name="MapByEpoch">mAP@0.5 on the evaluation images after epochs 1, 2, ...</param>
/// <param name="Final">The last epoch's metrics with average precision per species.</param>
/// <param name="Losses">The training losses of every epoch.</param>
/// <param name="TrainingMaps">Feature maps it was trained on (twice the training images for the flipped head).</param>
public sealed record TrainedBirdModel(
    string Name, DetectionHead Head, IReadOnlyList<double> MapByEpoch, DetectionMetrics Final, IReadOnlyList<EpochLosses> Losses, int TrainingMaps);
