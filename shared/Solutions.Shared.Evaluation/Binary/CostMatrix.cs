namespace Solutions.Shared.Evaluation.Binary;

/// <summary>
/// What each outcome costs, per row. A negative value is a gain. For churn, for example: a missed churner
/// costs $500 (<see cref="FalseNegative"/>), and every flagged customer gets a $100 retention offer
/// (<see cref="TruePositive"/> and <see cref="FalsePositive"/> = 100), while a loyal customer left alone costs 0.
/// </summary>
/// <param name="TruePositive">Cost of flagging a row that is positive.</param>
/// <param name="FalsePositive">Cost of flagging a row that is negative.</param>
/// <param name="TrueNegative">Cost of not flagging a row that is negative.</param>
/// <param name="FalseNegative">Cost of not flagging a row that is positive.</param>
public sealed record CostMatrix(double TruePositive, double FalsePositive, double TrueNegative, double FalseNegative)
{
    /// <summary>Total cost of the outcomes counted in <paramref name="outcomes"/>.</summary>
    public double TotalCost(BinaryConfusionMatrix outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return (outcomes.TruePositives * TruePositive) + (outcomes.FalsePositives * FalsePositive)
            + (outcomes.TrueNegatives * TrueNegative) + (outcomes.FalseNegatives * FalseNegative);
    }
}
