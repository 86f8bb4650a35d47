namespace Solutions.Shared.Evaluation.Binary;

/// <summary>The cost of flagging every row whose score is at least <see cref="Cutoff"/>.</summary>
/// <param name="Cutoff">Rows with score &gt;= cutoff are flagged; +∞ flags nobody.</param>
/// <param name="ConfusionMatrix">Outcome counts at this cutoff.</param>
/// <param name="TotalCost">Sum of the outcome costs over all rows.</param>
/// <param name="CostPerRow">Total cost divided by the number of rows.</param>
public sealed record CostPoint(double Cutoff, BinaryConfusionMatrix ConfusionMatrix, double TotalCost, double CostPerRow)
{
    /// <summary>Rows flagged at this cutoff.</summary>
    public int FlaggedCount => ConfusionMatrix.PredictedPositives;
}
