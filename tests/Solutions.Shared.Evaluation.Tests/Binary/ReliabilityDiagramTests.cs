using Solutions.Shared.Evaluation.Binary;

namespace Solutions.Shared.Evaluation.Tests.Binary;

public sealed class ReliabilityDiagramTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void BinsScoresIntoTenthsAndLeavesEmptyBinsOut()
    {
        // Bins of width 0.1: [0, 0.1) holds 0.05 (neg); [0.1, 0.2) holds 0.15 (neg) and 0.15 (pos);
        // [0.3, 0.4) holds 0.3 (pos, on the edge so in the bin above); [0.9, 1] holds 0.95 and 0.99 (both pos).
        bool[] labels = [false, false, true, true, true, true];
        double[] scores = [0.05, 0.15, 0.15, 0.3, 0.95, 0.99];

        var calibration = BinaryClassificationEvaluator.Evaluate(labels, scores).Calibration;

        Assert.Equal(10, calibration.BinCount);
        Assert.Collection(
            calibration.Bins,
            bin => AssertBin(bin, 0.0, 0.1, 1, 0.05, 0.0),
            bin => AssertBin(bin, 0.1, 0.2, 2, 0.15, 0.5),
            bin => AssertBin(bin, 0.3, 0.4, 1, 0.3, 1.0),
            bin => AssertBin(bin, 0.9, 1.0, 2, 0.97, 1.0));

        // ECE = (1*|0 - 0.05| + 2*|0.5 - 0.15| + 1*|1 - 0.3| + 2*|1 - 0.97|) / 6 = (0.05 + 0.7 + 0.7 + 0.06) / 6 = 1.51 / 6.
        Assert.Equal(1.51 / 6, calibration.ExpectedCalibrationError, Tolerance);
    }

    [Fact]
    public void ScoreJustBelowAnEdgeStaysInTheLowerBin()
    {
        // 0.8999999999999999 * 10 rounds to exactly 9.0, yet the score is below the edge 0.9.
        var calibration = BinaryClassificationEvaluator.Evaluate([true, false], [0.8999999999999999, 1.0]).Calibration;

        Assert.Collection(
            calibration.Bins,
            bin => Assert.Equal((0.8, 1), (bin.Lower, bin.Count)),
            bin => Assert.Equal((0.9, 1), (bin.Lower, bin.Count)));
    }

    [Fact]
    public void PerfectlyCalibratedBinsHaveZeroError()
    {
        // Four rows at 0.25, one positive; four at 0.75, three positive: each bin's observed rate equals its score.
        bool[] labels = [true, false, false, false, true, true, true, false];
        double[] scores = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];

        var calibration = BinaryClassificationEvaluator.Evaluate(labels, scores, calibrationBinCount: 2).Calibration;

        Assert.Equal(2, calibration.Bins.Count);
        Assert.Equal(0.0, calibration.ExpectedCalibrationError, Tolerance);
    }

    private static void AssertBin(CalibrationBin bin, double lower, double upper, int count, double meanPredicted, double observedRate)
    {
        Assert.Equal(lower, bin.Lower, Tolerance);
        Assert.Equal(upper, bin.Upper, Tolerance);
        Assert.Equal(count, bin.Count);
        Assert.Equal(meanPredicted, bin.MeanPredicted, Tolerance);
        Assert.Equal(observedRate, bin.ObservedRate, Tolerance);
    }
}
