using Solutions.LungSurvival.Radiomics.Discretisation;

namespace Solutions.LungSurvival.Radiomics;

/// <summary>Extraction settings; the defaults are pyradiomics' (bin width 25, label 1).</summary>
public sealed record RadiomicsSettings
{
    /// <summary>How intensities are binned into grey levels. <value>The default is a fixed bin width of 25.</value></summary>
    public GreyLevelDiscretisation Discretisation { get; init; } = GreyLevelDiscretisation.Default;
}
