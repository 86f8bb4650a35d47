namespace Solutions.LungSurvival.Radiomics.Glrlm;

/// <summary>
/// pyradiomics' 16 grey level run length matrix features: runs of equal grey level along each of the 13 3-D
/// directions (voxels outside the mask end a run), each feature computed per direction and averaged (IBSI's
/// "3D averaged"). <see cref="RunPercentage"/> divides a direction's run count by the region's voxel count.
/// </summary>
public sealed record GlrlmFeatures(
    double ShortRunEmphasis,
    double LongRunEmphasis,
    double GrayLevelNonUniformity,
    double GrayLevelNonUniformityNormalized,
    double RunLengthNonUniformity,
    double RunLengthNonUniformityNormalized,
    double RunPercentage,
    double GrayLevelVariance,
    double RunVariance,
    double RunEntropy,
    double LowGrayLevelRunEmphasis,
    double HighGrayLevelRunEmphasis,
    double ShortRunLowGrayLevelEmphasis,
    double ShortRunHighGrayLevelEmphasis,
    double LongRunLowGrayLevelEmphasis,
    double LongRunHighGrayLevelEmphasis)
{
    internal const string Prefix = "original_glrlm_";

    internal const int Count = 16;

    internal static GlrlmFeatures FromArray(ReadOnlySpan<double> v) => new(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);

    /// <summary>The features under pyradiomics' names, in the order of the constructor.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(ShortRunEmphasis), ShortRunEmphasis);
        yield return new(Prefix + nameof(LongRunEmphasis), LongRunEmphasis);
        yield return new(Prefix + nameof(GrayLevelNonUniformity), GrayLevelNonUniformity);
        yield return new(Prefix + nameof(GrayLevelNonUniformityNormalized), GrayLevelNonUniformityNormalized);
        yield return new(Prefix + nameof(RunLengthNonUniformity), RunLengthNonUniformity);
        yield return new(Prefix + nameof(RunLengthNonUniformityNormalized), RunLengthNonUniformityNormalized);
        yield return new(Prefix + nameof(RunPercentage), RunPercentage);
        yield return new(Prefix + nameof(GrayLevelVariance), GrayLevelVariance);
        yield return new(Prefix + nameof(RunVariance), RunVariance);
        yield return new(Prefix + nameof(RunEntropy), RunEntropy);
        yield return new(Prefix + nameof(LowGrayLevelRunEmphasis), LowGrayLevelRunEmphasis);
        yield return new(Prefix + nameof(HighGrayLevelRunEmphasis), HighGrayLevelRunEmphasis);
        yield return new(Prefix + nameof(ShortRunLowGrayLevelEmphasis), ShortRunLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(ShortRunHighGrayLevelEmphasis), ShortRunHighGrayLevelEmphasis);
        yield return new(Prefix + nameof(LongRunLowGrayLevelEmphasis), LongRunLowGrayLevelEmphasis);
        yield return new(Prefix + nameof(LongRunHighGrayLevelEmphasis), LongRunHighGrayLevelEmphasis);
    }
}
