using Solutions.PriceOptimization.Data.Generation;
using Solutions.PriceOptimization.Elasticity;

namespace Solutions.PriceOptimization.Evaluation;

/// <summary>How often DML's confidence interval covers the true elasticity over many generated markets.</summary>
/// <param name="Datasets">Markets generated.</param>
/// <param name="Intervals">Product intervals checked.</param>
/// <param name="Covered">Intervals holding the true elasticity.</param>
/// <param name="MeanBias">Mean of DML − truth.</param>
/// <param name="MeanAbsErrorDml">Mean |DML − truth|.</param>
/// <param name="MeanAbsErrorNaive">Mean |naive − truth|.</param>
public sealed record CoverageStudy(int Datasets, int Intervals, int Covered, double MeanBias, double MeanAbsErrorDml, double MeanAbsErrorNaive)
{
    public double Coverage => (double)Covered / Intervals;

    /// <summary>Generates <paramref name="datasets"/> markets with seeds <paramref name="seed"/>, +1, ... and estimates each.</summary>
    public static CoverageStudy Run(int datasets, int seed, MarketOptions market, DmlOptions dml, IProgress<double>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(datasets);
        var errors = new List<(double Dml, double Naive, bool Covered)>();
        for (var d = 0; d < datasets; d++)
        {
            var generated = MarketGenerator.Generate(market with { Seed = seed + d });
            foreach (var estimate in DoubleMachineLearning.Estimate(generated.History, dml with { Seed = seed + d }))
            {
                var truth = generated.Truth(estimate.Product).Elasticity;
                errors.Add((estimate.Elasticity - truth, estimate.Naive.Elasticity - truth, estimate.Covers(truth)));
            }
            progress?.Report((d + 1.0) / datasets);
        }
        return new CoverageStudy(datasets, errors.Count, errors.Count(e => e.Covered),
            errors.Average(e => e.Dml), errors.Average(e => Math.Abs(e.Dml)), errors.Average(e => Math.Abs(e.Naive)));
    }
}
