using Solutions.Shared.Data.Splits;

namespace Solutions.ChurnPrediction.Data;

/// <summary>
/// The labelled customers cut three ways, keeping the churn rate in each: training rows fit (and
/// cross-validate) the trees, validation rows calibrate the probabilities and choose the cutoff, test rows
/// are looked at once, for the final figures.
/// </summary>
public sealed record ChurnSplit(IReadOnlyList<ChurnRecord> Train, IReadOnlyList<ChurnRecord> Validation, IReadOnlyList<ChurnRecord> Test)
{
    public static ChurnSplit Create(IReadOnlyList<ChurnRecord> rows, (double Train, double Validation, double Test) fractions, int seed)
    {
        var split = StratifiedSplit.TrainValidationTest(
            rows.Select(r => r.Churned).ToArray(), fractions.Train, fractions.Validation, fractions.Test, seed);
        return new ChurnSplit(Pick(split.Train), Pick(split.Validation), Pick(split.Test));

        ChurnRecord[] Pick(IReadOnlyList<int> indices) => [.. indices.Select(i => rows[i])];
    }
}
