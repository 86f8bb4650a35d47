using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.ChurnPrediction.Serving;

namespace Solutions.ChurnPrediction.Training;

/// <summary>Fits the chosen candidate on the training rows and calibrates its scores on the validation rows.</summary>
public static class ChurnTrainer
{
    public static ChurnModel Train(
        MLContext mlContext, ChurnCandidate candidate, IReadOnlyList<ChurnRecord> training, IReadOnlyList<ChurnRecord> calibration)
    {
        var trainView = mlContext.Data.LoadFromEnumerable(training.Select(ChurnModelInput.From));
        var scorer = candidate.CreateEstimator(mlContext).Fit(trainView);

        // The trainers' own Platt step is fitted on the training rows, where boosted trees are overconfident;
        // refitting it on rows the trees never saw gives honest probabilities.
        var calibrationView = scorer.Transform(mlContext.Data.LoadFromEnumerable(calibration.Select(ChurnModelInput.From)));
        var calibrator = mlContext.BinaryClassification.Calibrators
            .Platt(labelColumnName: nameof(ChurnModelInput.Label), scoreColumnName: nameof(ChurnModelOutput.Score))
            .Fit(calibrationView);
        return new ChurnModel(
            mlContext, scorer.Append(calibrator), candidate.Algorithm.Name, [.. training.Take(ChurnExplainer.MaxBackgroundRows)]);
    }

    /// <summary>Scores of a candidate fitted on <paramref name="training"/> for <paramref name="scoring"/>, without calibration (for ranking metrics).</summary>
    public static double[] FitAndScore(
        MLContext mlContext, ChurnCandidate candidate, IReadOnlyList<ChurnRecord> training, IReadOnlyList<ChurnRecord> scoring)
    {
        var trainView = mlContext.Data.LoadFromEnumerable(training.Select(ChurnModelInput.From));
        var scorer = candidate.CreateEstimator(mlContext).Fit(trainView);
        var scored = scorer.Transform(mlContext.Data.LoadFromEnumerable(scoring.Select(ChurnModelInput.From)));
        return [.. scored.GetColumn<float>(nameof(ChurnModelOutput.Score)).Select(s => (double)s)];
    }
}
