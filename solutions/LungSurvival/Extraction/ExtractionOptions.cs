using Solutions.LungSurvival.Radiomics;

namespace Solutions.LungSurvival.Extraction;

/// <summary>How to extract a cohort's radiomics.</summary>
/// <param name="Settings">The extractor's settings; part of every cache key and of the settings fingerprint.</param>
/// <param name="Shard">Only this part of the cohort; null for all of it.</param>
/// <param name="Parallelism">Patients computed at once. <value>The default value is <see cref="Environment.ProcessorCount"/>.</value></param>
public sealed record ExtractionOptions(RadiomicsSettings? Settings = null, CohortShard? Shard = null, int? Parallelism = null)
{
    public RadiomicsSettings RadiomicsSettings => Settings ?? new RadiomicsSettings();

    public int MaxDegreeOfParallelism => Parallelism ?? Environment.ProcessorCount;
}
