namespace Solutions.LungSurvival.Radiomics.Glcm;

/// <summary>
/// pyradiomics' 24 grey level co-occurrence matrix features: symmetric matrices at distance 1 in each of the 13 3-D
/// directions, each feature computed per direction and averaged (IBSI's "3D averaged"). Logarithms are base 2.
/// IBSI names: <see cref="JointAverage"/> joint average, <see cref="SumSquares"/> joint variance,
/// <see cref="JointEnergy"/> angular second moment, <see cref="MaximumProbability"/> joint maximum,
/// <see cref="Id"/>/<see cref="Idn"/>/<see cref="Idm"/>/<see cref="Idmn"/> inverse difference (normalised) (moment),
/// <see cref="Imc1"/>/<see cref="Imc2"/> information correlation 1/2, <see cref="Mcc"/> maximal correlation coefficient.
/// </summary>
public sealed record GlcmFeatures(
    double Autocorrelation,
    double JointAverage,
    double ClusterProminence,
    double ClusterShade,
    double ClusterTendency,
    double Contrast,
    double Correlation,
    double DifferenceAverage,
    double DifferenceEntropy,
    double DifferenceVariance,
    double JointEnergy,
    double JointEntropy,
    double Imc1,
    double Imc2,
    double Idm,
    double Idmn,
    double Id,
    double Idn,
    double InverseVariance,
    double MaximumProbability,
    double SumAverage,
    double SumEntropy,
    double SumSquares,
    double Mcc)
{
    internal const string Prefix = "original_glcm_";

    internal const int Count = 24;

    internal static GlcmFeatures FromArray(ReadOnlySpan<double> v) => new(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
        v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23]);

    /// <summary>The features under pyradiomics' names, in the order of the constructor.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(Autocorrelation), Autocorrelation);
        yield return new(Prefix + nameof(JointAverage), JointAverage);
        yield return new(Prefix + nameof(ClusterProminence), ClusterProminence);
        yield return new(Prefix + nameof(ClusterShade), ClusterShade);
        yield return new(Prefix + nameof(ClusterTendency), ClusterTendency);
        yield return new(Prefix + nameof(Contrast), Contrast);
        yield return new(Prefix + nameof(Correlation), Correlation);
        yield return new(Prefix + nameof(DifferenceAverage), DifferenceAverage);
        yield return new(Prefix + nameof(DifferenceEntropy), DifferenceEntropy);
        yield return new(Prefix + nameof(DifferenceVariance), DifferenceVariance);
        yield return new(Prefix + nameof(JointEnergy), JointEnergy);
        yield return new(Prefix + nameof(JointEntropy), JointEntropy);
        yield return new(Prefix + nameof(Imc1), Imc1);
        yield return new(Prefix + nameof(Imc2), Imc2);
        yield return new(Prefix + nameof(Idm), Idm);
        yield return new(Prefix + nameof(Idmn), Idmn);
        yield return new(Prefix + nameof(Id), Id);
        yield return new(Prefix + nameof(Idn), Idn);
        yield return new(Prefix + nameof(InverseVariance), InverseVariance);
        yield return new(Prefix + nameof(MaximumProbability), MaximumProbability);
        yield return new(Prefix + nameof(SumAverage), SumAverage);
        yield return new(Prefix + nameof(SumEntropy), SumEntropy);
        yield return new(Prefix + nameof(SumSquares), SumSquares);
        yield return new(Prefix + "MCC", Mcc);
    }
}
