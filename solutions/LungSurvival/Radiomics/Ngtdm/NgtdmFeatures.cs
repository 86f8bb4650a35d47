namespace Solutions.LungSurvival.Radiomics.Ngtdm;

/// <summary>
/// pyradiomics' 5 neighbouring grey tone difference matrix features, distance 1 over the 26 neighbours that lie in
/// the mask. Degenerate regions get pyradiomics' values: <see cref="Coarseness"/> 10^6 when no voxel differs from its
/// neighbourhood, <see cref="Contrast"/> 0 with a single grey level, <see cref="Busyness"/> and
/// <see cref="Strength"/> 0 when their denominators vanish.
/// </summary>
public sealed record NgtdmFeatures(double Coarseness, double Contrast, double Busyness, double Complexity, double Strength)
{
    internal const string Prefix = "original_ngtdm_";

    /// <summary>The features under pyradiomics' names, in the order of the constructor.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(Coarseness), Coarseness);
        yield return new(Prefix + nameof(Contrast), Contrast);
        yield return new(Prefix + nameof(Busyness), Busyness);
        yield return new(Prefix + nameof(Complexity), Complexity);
        yield return new(Prefix + nameof(Strength), Strength);
    }
}
