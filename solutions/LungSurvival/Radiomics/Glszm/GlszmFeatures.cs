namespace Solutions.LungSurvival.Radiomics.Glszm;

/// <summary>
/// pyradiomics' 16 grey level size zone matrix features. A zone is a 26-connected set of masked voxels of one grey
/// level; P(i, j) counts the zones of level i and size j voxels, over N_z zones in N_p voxels. IBSI names:
/// small/large zone emphasis for <see cref="SmallAreaEmphasis"/>/<see cref="LargeAreaEmphasis"/>, zone size
/// non-uniformity (normalised) for <see cref="SizeZoneNonUniformity"/>(<c>Normalized</c>), zone size entropy for
/// <see cref="ZoneEntropy"/>; <see cref="GrayLevelNonUniformity"/> is IBSI's (not normalised) grey level non-uniformity.
/// </summary>
public sealed record GlszmFeatures(
    double SmallAreaEmphasis,
    double LargeAreaEmphasis,
    double GrayLevelNonUniformity,
    double GrayLevelNonUniformityNormalized,
    double SizeZoneNonUniformity,
    double SizeZoneNonUniformityNormalized,
    double ZonePercentage,
    double GrayLevelVariance,
    double ZoneVariance,
    double ZoneEntropy,
    double LowGrayLevelZoneEmphasis,
    double HighGrayLevelZoneEmphasis,
    double SmallAreaLowGrayLevelEmphasis,
    double SmallAreaHighGrayLevelEmphasis,
    double LargeAreaLowGrayLevelEmphasis,
    double LargeAreaHighGrayLevelEmphasis)
{
    internal const string Prefix = "original_glszm_";

    /// <summary>The features under pyradiomics' names, in the order of the constructor.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(SmallAreaEmphasis), SmallAreaEmphasis);
        yield return new(Prefix + nameof(LargeAreaEmphasis), LargeAreaEmphasis);
        yield return new(Prefix + nameof(GrayLevelNonUniformity), GrayLevelNonUniformity);
        yield return new(Prefix + nameof(GrayLevelNonUniformityNormalized), GrayLevelNonUniformityNormalized);
        yield return new(Prefix + nameof(SizeZoneNonUniformity), SizeZoneNonUniformity);
        yield return new(Prefix + nameof(SizeZoneNonUniformityNormalized), SizeZoneNonUniformityNormalized);
        yield return new(Prefix + nameof(ZonePercentage), ZonePercentage);
        yield return new(Prefix + nameof(GrayLevelVariance), GrayLevelVariance);
        yield return new(Prefix + nameof(ZoneVariance), ZoneVariance);
        yield return new(Prefix + nameof(ZoneEntropy), ZoneEntropy);
        yield return new(Prefix + nameof(LowGrayLevelZoneEmphasis), LowGrayLevelZoneEmphasis);
        yield return new(Prefix + nameof(HighGrayLevelZoneEmphasis), HighGrayLevelZoneEmphasis);
        yield return new(Prefix + nameof(SmallAreaLowGrayLevelEmphasis), SmallAreaLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(SmallAreaHighGrayLevelEmphasis), SmallAreaHighGrayLevelEmphasis);
        yield return new(Prefix + nameof(LargeAreaLowGrayLevelEmphasis), LargeAreaLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(LargeAreaHighGrayLevelEmphasis), LargeAreaHighGrayLevelEmphasis);
    }
}
