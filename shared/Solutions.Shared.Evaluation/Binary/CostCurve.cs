namespace Solutions.Shared.Evaluation.Binary;

/// <summary>Cost at every distinct cutoff, and the cutoff that costs least.</summary>
/// <param name="Costs">The cost matrix the curve was priced with.</param>
/// <param name="Points">
/// One point per distinct score (which flags every row scoring at least that much; the lowest score flags
/// everybody), plus a point at +∞ that flags nobody. Lowest cutoff first.
/// </param>
/// <param name="Optimal">The point of lowest total cost; among equal costs, the highest cutoff (the fewest rows flagged).</param>
public sealed record CostCurve(CostMatrix Costs, IReadOnlyList<CostPoint> Points, CostPoint Optimal)
{
    public double OptimalCutoff => Optimal.Cutoff;

    public double OptimalTotalCost => Optimal.TotalCost;
}
