namespace Solutions.PriceOptimization.Elasticity;

/// <summary>One product's price elasticity by double machine learning, with the naive estimate beside it.</summary>
/// <param name="Product">The product.</param>
/// <param name="Elasticity">Median over repetitions of the cross-fitted residual-on-residual slope.</param>
/// <param name="StandardError">Heteroskedasticity-robust (sandwich) standard error, adjusted for the spread of the repetitions.</param>
/// <param name="CiLow">Lower end of the confidence interval.</param>
/// <param name="CiHigh">Upper end of the confidence interval.</param>
/// <param name="Rows">Days used.</param>
/// <param name="Repetitions">Each repetition's estimate, in order.</param>
/// <param name="Naive">Log volume regressed on log price alone: biased when prices followed demand.</param>
/// <param name="Heterogeneity">The elasticity as a linear function of a covariate, when asked for.</param>
/// <param name="OutcomeLearner">The learner of E[log volume | X] (chosen by out-of-fold error when <see cref="NuisanceLearner.Selected"/>).</param>
/// <param name="PriceLearner">The learner of E[log price | X].</param>
public sealed record ElasticityEstimate(
    string Product, double Elasticity, double StandardError, double CiLow, double CiHigh, int Rows,
    IReadOnlyList<double> Repetitions, NaiveElasticity Naive, ElasticityByCovariate? Heterogeneity,
    NuisanceLearner OutcomeLearner, NuisanceLearner PriceLearner)
{
    public bool Covers(double value) => CiLow <= value && value <= CiHigh;
}
