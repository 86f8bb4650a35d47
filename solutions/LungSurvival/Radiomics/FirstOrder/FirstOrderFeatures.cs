namespace Solutions.LungSurvival.Radiomics.FirstOrder;

/// <summary>
/// pyradiomics' 19 first-order features of the intensities inside the mask. <see cref="Named"/> gives the 18 that
/// pyradiomics computes by default: <see cref="StandardDeviation"/> is deprecated there, being the square root of
/// <see cref="Variance"/>, so it stays a property but is not a named feature.
/// Entropy and uniformity use the discretised grey levels; the rest use the raw intensities.
/// Conventions follow pyradiomics: <see cref="Variance"/> divides by N, <see cref="Kurtosis"/> is mu4 / mu2^2
/// (IBSI's excess kurtosis + 3), percentiles interpolate linearly as numpy does, and the voxel shift is 0.
/// </summary>
public sealed record FirstOrderFeatures(
    double Energy,
    double TotalEnergy,
    double Entropy,
    double Minimum,
    double Percentile10,
    double Percentile90,
    double Maximum,
    double Mean,
    double Median,
    double InterquartileRange,
    double Range,
    double MeanAbsoluteDeviation,
    double RobustMeanAbsoluteDeviation,
    double RootMeanSquared,
    double StandardDeviation,
    double Skewness,
    double Kurtosis,
    double Variance,
    double Uniformity)
{
    internal const string Prefix = "original_firstorder_";

    /// <summary>The features under pyradiomics' names, in pyradiomics' order.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(Energy), Energy);
        yield return new(Prefix + nameof(TotalEnergy), TotalEnergy);
        yield return new(Prefix + nameof(Entropy), Entropy);
        yield return new(Prefix + nameof(Minimum), Minimum);
        yield return new(Prefix + "10Percentile", Percentile10);
        yield return new(Prefix + "90Percentile", Percentile90);
        yield return new(Prefix + nameof(Maximum), Maximum);
        yield return new(Prefix + nameof(Mean), Mean);
        yield return new(Prefix + nameof(Median), Median);
        yield return new(Prefix + nameof(InterquartileRange), InterquartileRange);
        yield return new(Prefix + nameof(Range), Range);
        yield return new(Prefix + nameof(MeanAbsoluteDeviation), MeanAbsoluteDeviation);
        yield return new(Prefix + nameof(RobustMeanAbsoluteDeviation), RobustMeanAbsoluteDeviation);
        yield return new(Prefix + nameof(RootMeanSquared), RootMeanSquared);
        yield return new(Prefix + nameof(Skewness), Skewness);
        yield return new(Prefix + nameof(Kurtosis), Kurtosis);
        yield return new(Prefix + nameof(Variance), Variance);
        yield return new(Prefix + nameof(Uniformity), Uniformity);
    }
}
