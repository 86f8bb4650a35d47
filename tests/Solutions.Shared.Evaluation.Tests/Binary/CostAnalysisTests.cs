using Solutions.Shared.Evaluation.Binary;

namespace Solutions.Shared.Evaluation.Tests.Binary;

public sealed class CostAnalysisTests
{
    // The churn solution's prices: a missed churner costs $500, every flagged customer gets a $100 offer.
    private static readonly CostMatrix ChurnCosts = new(TruePositive: 100, FalsePositive: 100, TrueNegative: 0, FalseNegative: 500);

    [Fact]
    public void FindsTheCheapestCutoffOnATinySet()
    {
        // Churners score 0.9 and 0.3; loyal customers 0.8, 0.2, 0.1.
        //   flag nobody (+inf): 2 FN             = 1000
        //   >= 0.9: 1 TP, 1 FN                   = 100 + 500 = 600
        //   >= 0.8: 1 TP, 1 FP, 1 FN             = 700
        //   >= 0.3: 2 TP, 1 FP                   = 300  <- cheapest
        //   >= 0.2: 2 TP, 2 FP                   = 400
        //   >= 0.1: 2 TP, 3 FP (flag everybody)  = 500
        var curve = CostAnalysis.Evaluate([true, false, true, false, false], [0.9, 0.8, 0.3, 0.2, 0.1], ChurnCosts);

        Assert.Equal(
            [(0.1, 500.0, 5), (0.2, 400.0, 4), (0.3, 300.0, 3), (0.8, 700.0, 2), (0.9, 600.0, 1), (double.PositiveInfinity, 1000.0, 0)],
            curve.Points.Select(point => (point.Cutoff, point.TotalCost, point.FlaggedCount)));
        Assert.Equal(0.3, curve.OptimalCutoff);
        Assert.Equal(300.0, curve.OptimalTotalCost);
        Assert.Equal(60.0, curve.Optimal.CostPerRow); // 300 / 5 rows
        Assert.Equal(new BinaryConfusionMatrix(2, 1, 2, 0), curve.Optimal.ConfusionMatrix);
    }

    [Fact]
    public void TiedCostsPreferTheHigherCutoff()
    {
        // Unit cost for each mistake. Positives 0.9 and 0.3, negative 0.5:
        // +inf: 2 FN = 2; 0.9: 1 FN = 1; 0.5: 1 FP + 1 FN = 2; 0.3: 1 FP = 1. Tie of 1 -> the higher cutoff, 0.9.
        var costs = new CostMatrix(TruePositive: 0, FalsePositive: 1, TrueNegative: 0, FalseNegative: 1);

        var curve = CostAnalysis.Evaluate([true, false, true], [0.9, 0.5, 0.3], costs);

        Assert.Equal(0.9, curve.OptimalCutoff);
        Assert.Equal(1.0, curve.OptimalTotalCost);
    }

    [Fact]
    public void FlaggingNobodyCanBeOptimal()
    {
        // Positive 0.4, negative 0.6, unit mistake costs: +inf: 1 FN = 1; 0.6: 1 FP + 1 FN = 2; 0.4: 1 FP = 1.
        // Tie between +inf and 0.4 -> +inf, nobody flagged.
        var costs = new CostMatrix(TruePositive: 0, FalsePositive: 1, TrueNegative: 0, FalseNegative: 1);

        var curve = CostAnalysis.Evaluate([true, false], [0.4, 0.6], costs);

        Assert.Equal(double.PositiveInfinity, curve.OptimalCutoff);
        Assert.Equal(0, curve.Optimal.FlaggedCount);
    }

    [Fact]
    public void TiedScoresMakeOneCutoff()
    {
        // Distinct scores 0.5 and 0.2, plus flag-nobody: three points.
        var curve = CostAnalysis.Evaluate([true, false, true], [0.5, 0.5, 0.2], ChurnCosts);

        Assert.Equal([0.2, 0.5, double.PositiveInfinity], curve.Points.Select(point => point.Cutoff));
        Assert.Equal(2, curve.Points[1].FlaggedCount);
    }

    [Fact]
    public void MatchesPricingEveryCutoffDirectlyOnRandomData()
    {
        var random = new Random(7);
        var labels = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.25).ToArray();
        var scores = labels.Select(label => Math.Round((random.NextDouble() * 0.7) + (label ? 0.3 : 0), 2)).ToArray();

        var curve = CostAnalysis.Evaluate(labels, scores, ChurnCosts);

        foreach (var point in curve.Points)
        {
            var flagged = scores.Select(score => score >= point.Cutoff).ToArray();
            var outcomes = new BinaryConfusionMatrix(
                labels.Where((label, i) => label && flagged[i]).Count(),
                labels.Where((label, i) => !label && flagged[i]).Count(),
                labels.Where((label, i) => !label && !flagged[i]).Count(),
                labels.Where((label, i) => label && !flagged[i]).Count());
            Assert.Equal(outcomes, point.ConfusionMatrix);
            Assert.Equal(ChurnCosts.TotalCost(outcomes), point.TotalCost);
        }

        Assert.Equal(curve.Points.Min(point => point.TotalCost), curve.OptimalTotalCost);
        Assert.Equal(200, curve.Points[0].FlaggedCount);
    }

    [Fact]
    public void NonFiniteCostIsRejectedByOutcome()
    {
        var error = Assert.Throws<ArgumentException>(
            () => CostAnalysis.Evaluate([true, false], [0.4, 0.6], ChurnCosts with { FalseNegative = double.NaN }));

        Assert.Contains("costs.FalseNegative is NaN", error.Message);
    }

    [Fact]
    public void MismatchedLengthsAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CostAnalysis.Evaluate([true], [0.4, 0.6], ChurnCosts));

        Assert.Contains("labels has 1 rows but scores has 2", error.Message);
    }
}
