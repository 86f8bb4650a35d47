namespace Solutions.LungSurvival.Cohort;

/// <summary>What the CT of one patient shows of the tumour, before it is drawn.</summary>
/// <param name="Lobe">The lobe it sits in, as the Tumor Location column spells it (RUL, RML, RLL, LUL, LLL, L Lingula).</param>
/// <param name="DiameterMm">Mean diameter of the underlying ellipsoid.</param>
/// <param name="Elongation">Ratio of the longest to the shortest ellipsoid axis, at least 1.</param>
/// <param name="Irregularity">0 (smooth ellipsoid) to 1 (strongly lobulated and spiculated margin).</param>
/// <param name="HeterogeneityHu">Standard deviation of the tumour's internal texture, HU.</param>
/// <param name="Seed">Seed of this tumour's shape and texture fields.</param>
public sealed record TumourTraits(string Lobe, double DiameterMm, double Elongation, double Irregularity, double HeterogeneityHu, int Seed)
{
    /// <summary>Mean attenuation of the solid tumour, HU.</summary>
    public const double MeanHu = 40;
}
