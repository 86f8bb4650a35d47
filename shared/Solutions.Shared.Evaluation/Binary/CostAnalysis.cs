using System.Globalization;

namespace Solutions.Shared.Evaluation.Binary;

/// <summary>Prices every cutoff of a scored, labelled set with a <see cref="CostMatrix"/> and finds the cheapest.</summary>
public static class CostAnalysis
{
    /// <summary>Sorts the rows once and sweeps the distinct scores from highest to lowest: O(n log n).</summary>
    /// <param name="labels">True for a positive row.</param>
    /// <param name="scores">One finite score per label; higher means more likely positive.</param>
    /// <param name="costs">Cost of each outcome per row.</param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, a score is not finite, or a cost is not finite.</exception>
    public static CostCurve Evaluate(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, CostMatrix costs)
    {
        InputValidation.RequirePairedRows(labels, nameof(labels), scores, nameof(scores));
        InputValidation.RequireFinite(scores, nameof(scores));
        ArgumentNullException.ThrowIfNull(costs);
        RequireFiniteCosts(costs);

        var positives = labels.Count(label => label);
        var negatives = labels.Count - positives;

        // Start by flagging nobody, then flag one score group at a time, highest first.
        var outcomes = new BinaryConfusionMatrix(0, 0, negatives, positives);
        var optimal = Price(double.PositiveInfinity, outcomes, costs);
        var points = new List<CostPoint> { optimal };
        foreach (var group in ScoreRanking.GroupDescending(labels, scores))
        {
            outcomes = new BinaryConfusionMatrix(
                outcomes.TruePositives + group.Positives,
                outcomes.FalsePositives + group.Negatives,
                outcomes.TrueNegatives - group.Negatives,
                outcomes.FalseNegatives - group.Positives);
            var point = Price(group.Score, outcomes, costs);
            points.Add(point);

            // Strictly lower only: on a tie the higher cutoff, met first, is kept.
            if (point.TotalCost < optimal.TotalCost)
            {
                optimal = point;
            }
        }

        points.Reverse();
        return new CostCurve(costs, points.AsReadOnly(), optimal);
    }

    private static CostPoint Price(double cutoff, BinaryConfusionMatrix outcomes, CostMatrix costs)
    {
        var total = costs.TotalCost(outcomes);
        return new CostPoint(cutoff, outcomes, total, total / outcomes.Total);
    }

    private static void RequireFiniteCosts(CostMatrix costs)
    {
        (string Outcome, double Cost)[] entries =
        [
            (nameof(CostMatrix.TruePositive), costs.TruePositive),
            (nameof(CostMatrix.FalsePositive), costs.FalsePositive),
            (nameof(CostMatrix.TrueNegative), costs.TrueNegative),
            (nameof(CostMatrix.FalseNegative), costs.FalseNegative),
        ];
        foreach (var (outcome, cost) in entries)
        {
            if (!double.IsFinite(cost))
            {
                throw new ArgumentException($"costs.{outcome} is {cost.ToString(CultureInfo.InvariantCulture)}; expected a finite cost per row.", nameof(costs));
            }
        }
    }
}
