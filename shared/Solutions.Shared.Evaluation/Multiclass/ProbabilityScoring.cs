using System.Globalization;

namespace Solutions.Shared.Evaluation.Multiclass;

/// <summary>Checks a probability matrix and derives predictions, log loss and top-k accuracy from it.</summary>
internal static class ProbabilityScoring
{
    private const double ProbabilityClip = 1e-15;

    /// <exception cref="ArgumentException">A row is null or of the wrong width, or a value is not a probability.</exception>
    public static void RequireProbabilities(IReadOnlyList<IReadOnlyList<double>> probabilities, int classCount, string name)
    {
        for (var row = 0; row < probabilities.Count; row++)
        {
            var values = probabilities[row]
                ?? throw new ArgumentException($"{name}[{row}] is null; expected {classCount} probabilities, one per class.", name);
            if (values.Count != classCount)
            {
                throw new ArgumentException(
                    $"{name}[{row}] has {values.Count} values; expected {classCount}, one per class in classOrder.", name);
            }

            for (var column = 0; column < classCount; column++)
            {
                if (!(values[column] >= 0 && values[column] <= 1))
                {
                    throw new ArgumentException($"{name}[{row}][{column}] is {values[column].ToString(CultureInfo.InvariantCulture)}; expected a probability in [0, 1].", name);
                }
            }
        }
    }

    /// <summary>The most probable class of each row; the first in class order wins a tie.</summary>
    public static int[] MostProbable(IReadOnlyList<IReadOnlyList<double>> probabilities)
    {
        var predicted = new int[probabilities.Count];
        for (var row = 0; row < probabilities.Count; row++)
        {
            var values = probabilities[row];
            for (var column = 1; column < values.Count; column++)
            {
                if (values[column] > values[predicted[row]])
                {
                    predicted[row] = column;
                }
            }
        }

        return predicted;
    }

    public static ProbabilityEvaluation Evaluate(int[] actual, IReadOnlyList<IReadOnlyList<double>> probabilities, int classCount)
    {
        double logLossSum = 0;
        var hitsAtRank = new int[classCount];
        for (var row = 0; row < actual.Length; row++)
        {
            var values = probabilities[row];
            var actualProbability = values[actual[row]];
            logLossSum -= Math.Log(Math.Clamp(actualProbability, ProbabilityClip, 1 - ProbabilityClip));
            hitsAtRank[RankOf(actual[row], values)]++;
        }

        var topK = new double[classCount];
        var hits = 0;
        for (var rank = 0; rank < classCount; rank++)
        {
            hits += hitsAtRank[rank];
            topK[rank] = hits / (double)actual.Length;
        }

        return new ProbabilityEvaluation(logLossSum / actual.Length, Array.AsReadOnly(topK));
    }

    /// <summary>0-based rank of a class: classes more probable, or as probable and earlier in class order, rank above it.</summary>
    private static int RankOf(int classIndex, IReadOnlyList<double> values)
    {
        var rank = 0;
        for (var other = 0; other < values.Count; other++)
        {
            if (values[other] > values[classIndex] || (values[other] == values[classIndex] && other < classIndex))
            {
                rank++;
            }
        }

        return rank;
    }
}
