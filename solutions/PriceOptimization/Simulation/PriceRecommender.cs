namespace Solutions.PriceOptimization.Simulation;

/// <summary>What-if simulation: the objective at each candidate price, and the best of them.</summary>
public static class PriceRecommender
{
    /// <summary>Candidates of the default grid.</summary>
    public const int GridSize = 41;

    /// <summary><paramref name="count"/> evenly spaced prices from the lowest to the highest historical price, rounded to cents.</summary>
    public static IReadOnlyList<double> Grid(DemandModel model, int count = GridSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        return [.. Enumerable.Range(0, count)
            .Select(i => Math.Round(model.MinPrice + (model.MaxPrice - model.MinPrice) * i / (count - 1), 2))
            .Distinct()];
    }

    /// <summary>Evaluates every candidate and recommends the one with the largest objective (the lowest price on a tie).</summary>
    /// <param name="model">The product's demand model.</param>
    /// <param name="date">A day the model has a baseline for.</param>
    /// <param name="objective">Revenue, profit or a custom objective.</param>
    /// <param name="candidates">Prices to try; null for <see cref="Grid"/>.</param>
    /// <exception cref="ArgumentException">No candidates, a non-positive candidate, or a date without a baseline.</exception>
    public static PriceRecommendation Recommend(
        DemandModel model, DateTime date, PriceObjective objective, IReadOnlyList<double>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(objective);
        candidates ??= Grid(model);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("no candidate prices were given", nameof(candidates));
        }
        var curve = candidates
            .Select(price =>
            {
                var volume = model.ExpectedVolume(date, price);
                return new PricePoint(price, volume, objective.Evaluate(price, volume, model.UnitCost));
            })
            .OrderBy(p => p.Price)
            .ToArray();
        var best = curve.Aggregate((a, b) => b.ObjectiveValue > a.ObjectiveValue ? b : a);
        return new PriceRecommendation(model.Product, date.Date, objective.Name, best.Price, best.ExpectedVolume, best.ObjectiveValue, curve);
    }
}
