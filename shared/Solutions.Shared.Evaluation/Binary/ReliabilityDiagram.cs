namespace Solutions.Shared.Evaluation.Binary;

/// <summary>
/// How well scores read as probabilities: rows binned by score into equal-width bins on [0, 1], each comparing
/// its mean score with its observed positive rate.
/// </summary>
/// <param name="BinCount">Number of equal-width bins the range [0, 1] was cut into.</param>
/// <param name="Bins">The non-empty bins, lowest first (as scikit-learn's <c>calibration_curve</c>, empty bins are left out).</param>
/// <param name="ExpectedCalibrationError">
/// Σ (bin count / rows) × |observed rate − mean score|: 0 for perfect calibration.
/// </param>
public sealed record ReliabilityDiagram(int BinCount, IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError)
{
    /// <summary>
    /// Bins the scores; a score on an inner edge belongs to the bin above it, and scores outside [0, 1] are
    /// counted in the first or last bin.
    /// </summary>
    internal static ReliabilityDiagram Build(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, int binCount)
    {
        var counts = new int[binCount];
        var scoreSums = new double[binCount];
        var positiveCounts = new int[binCount];
        for (var i = 0; i < scores.Count; i++)
        {
            var bin = BinOf(scores[i], binCount);
            counts[bin]++;
            scoreSums[bin] += scores[i];
            positiveCounts[bin] += labels[i] ? 1 : 0;
        }

        var bins = new List<CalibrationBin>();
        double error = 0;
        for (var b = 0; b < binCount; b++)
        {
            if (counts[b] == 0)
            {
                continue;
            }

            var meanPredicted = scoreSums[b] / counts[b];
            var observedRate = positiveCounts[b] / (double)counts[b];
            bins.Add(new CalibrationBin(Edge(b, binCount), Edge(b + 1, binCount), counts[b], meanPredicted, observedRate));
            error += counts[b] / (double)scores.Count * Math.Abs(observedRate - meanPredicted);
        }

        return new ReliabilityDiagram(binCount, bins.AsReadOnly(), error);
    }

    private static int BinOf(double score, int binCount)
    {
        // Clamp before the cast: a score far outside [0, 1] must not overflow int.
        var bin = (int)Math.Clamp(Math.Floor(score * binCount), 0, binCount - 1);

        // score × binCount can round across an edge (0.3 × 10 is not exactly 3), so settle it against the edge itself.
        if (bin + 1 < binCount && score >= Edge(bin + 1, binCount))
        {
            bin++;
        }
        else if (bin > 0 && score < Edge(bin, binCount))
        {
            bin--;
        }

        return bin;
    }

    private static double Edge(int index, int binCount) => index / (double)binCount;
}
