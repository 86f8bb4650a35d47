namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// An elasticity that varies linearly with a covariate z: θ(z) = <see cref="AtMean"/> + <see cref="Slope"/> × (z − <see cref="CovariateMean"/>).
/// </summary>
public sealed record ElasticityByCovariate(
    string Covariate, double CovariateMean, double AtMean, double AtMeanStandardError, double Slope, double SlopeStandardError)
{
    public double At(double covariate) => AtMean + Slope * (covariate - CovariateMean);
}
