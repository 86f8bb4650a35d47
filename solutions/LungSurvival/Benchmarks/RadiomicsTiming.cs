namespace Solutions.LungSurvival.Benchmarks;

/// <summary>How fast the radiomics of one tumour were computed: the best of the timed runs, per step, in milliseconds.</summary>
/// <param name="Voxels">Voxels in the tumour's mask.</param>
/// <param name="GreyLevels">Grey levels after discretisation (N_g).</param>
/// <param name="Features">Features computed per tumour.</param>
/// <param name="PrepareMilliseconds">Masking, discretising and building the grey-level grid, done once for every class.</param>
/// <param name="Classes">Each feature class's own time, in the extractor's order.</param>
/// <param name="TotalMilliseconds">A whole <c>RadiomicsExtractor.Extract</c> call (best run).</param>
public sealed record RadiomicsTiming(int Voxels, int GreyLevels, int Features, double PrepareMilliseconds,
    IReadOnlyList<FeatureClassTiming> Classes, double TotalMilliseconds, int Runs)
{
    public double FeaturesPerSecond => Features / (TotalMilliseconds / 1000);
}
