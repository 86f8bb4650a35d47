using Solutions.Shared.Data.Splits;

namespace Solutions.LungSurvival.Evaluation;

/// <summary>Repeated stratified k-fold: each repeat reshuffles with its own seed, derived from one seed.</summary>
public static class RepeatedFolds
{
    public static IReadOnlyList<RepeatedFold> Create(IReadOnlyList<bool> labels, int folds, int repeats, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var minority = Math.Min(labels.Count(l => l), labels.Count(l => !l));
        if (minority < folds)
        {
            throw new ArgumentException(
                $"Stratified {folds}-fold cross-validation needs at least {folds} patients of each status; the smaller class has {minority}.", nameof(labels));
        }
        return [.. Enumerable.Range(0, repeats).SelectMany(r =>
            KFold.Stratified(labels, folds, RepeatSeed(seed, r)).Select(f => new RepeatedFold(r, f)))];
    }

    /// <summary>Fixed arithmetic rather than <see cref="HashCode"/>, which differs between processes.</summary>
    public static int RepeatSeed(int seed, int repeat) => unchecked((seed * 7919) + (repeat * 104_729) + 1);
}
