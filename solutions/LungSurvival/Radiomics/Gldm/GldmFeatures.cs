namespace Solutions.LungSurvival.Radiomics.Gldm;

/// <summary>
/// pyradiomics' 14 grey level dependence matrix features (IBSI's NGLDM) with distance 1 and alpha 0: P(i, j) counts the
/// masked voxels of level i with j - 1 masked neighbours (of 26) of the same level, over N_z = the voxel count. IBSI
/// names: low/high dependence emphasis for <see cref="SmallDependenceEmphasis"/>/<see cref="LargeDependenceEmphasis"/>,
/// dependence count non-uniformity (normalised) for <see cref="DependenceNonUniformity"/>(<c>Normalized</c>), dependence
/// count entropy for <see cref="DependenceEntropy"/>. pyradiomics no longer reports the normalised grey level
/// non-uniformity nor the dependence percentage (always 1), so neither is here.
/// </summary>
public sealed record GldmFeatures(
    double SmallDependenceEmphasis,
    double LargeDependenceEmphasis,
    double GrayLevelNonUniformity,
    double DependenceNonUniformity,
    double DependenceNonUniformityNormalized,
    double GrayLevelVariance,
    double DependenceVariance,
    double DependenceEntropy,
    double LowGrayLevelEmphasis,
    double HighGrayLevelEmphasis,
    double SmallDependenceLowGrayLevelEmphasis,
    double SmallDependenceHighGrayLevelEmphasis,
    double LargeDependenceLowGrayLevelEmphasis,
    double LargeDependenceHighGrayLevelEmphasis)
{
    internal const string Prefix = "original_gldm_";

    /// <summary>The features under pyradiomics' names, in the order of the constructor.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(SmallDependenceEmphasis), SmallDependenceEmphasis);
        yield return new(Prefix + nameof(LargeDependenceEmphasis), LargeDependenceEmphasis);
        yield return new(Prefix + nameof(GrayLevelNonUniformity), GrayLevelNonUniformity);
        yield return new(Prefix + nameof(DependenceNonUniformity), DependenceNonUniformity);
        yield return new(Prefix + nameof(DependenceNonUniformityNormalized), DependenceNonUniformityNormalized);
        yield return new(Prefix + nameof(GrayLevelVariance), GrayLevelVariance);
        yield return new(Prefix + nameof(DependenceVariance), DependenceVariance);
        yield return new(Prefix + nameof(DependenceEntropy), DependenceEntropy);
        yield return new(Prefix + nameof(LowGrayLevelEmphasis), LowGrayLevelEmphasis);
        yield return new(Prefix + nameof(HighGrayLevelEmphasis), HighGrayLevelEmphasis);
        yield return new(Prefix + nameof(SmallDependenceLowGrayLevelEmphasis), SmallDependenceLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(SmallDependenceHighGrayLevelEmphasis), SmallDependenceHighGrayLevelEmphasis);
        yield return new(Prefix + nameof(LargeDependenceLowGrayLevelEmphasis), LargeDependenceLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(LargeDependenceHighGrayLevelEmphasis), LargeDependenceHighGrayLevelEmphasis);
    }
}
