namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// The files cohort extraction writes into its output folder: the features table, a manifest beside it (settings
/// fingerprint, patients, failures), a table and manifest per shard, and the per-patient cache.
/// </summary>
public sealed record RadiomicsFiles(string Folder)
{
    public const string FeaturesFileName = "radiomics.csv";
    public const string CacheFolderName = "cache";

    /// <summary><c>radiomics.csv</c>, or <c>radiomics.shard-i-of-N.csv</c> for a shard.</summary>
    public string Features(CohortShard? shard = null) => Path.Combine(Folder, FileName(shard, ".csv"));

    /// <summary><c>radiomics.json</c>, or <c>radiomics.shard-i-of-N.json</c> for a shard.</summary>
    public string Manifest(CohortShard? shard = null) => Path.Combine(Folder, FileName(shard, ".json"));

    /// <summary>One small file per patient, so an interrupted run resumes where it stopped.</summary>
    public string Cache => Path.Combine(Folder, CacheFolderName);

    internal static string FileName(CohortShard? shard, string extension) =>
        shard is null ? "radiomics" + extension : $"radiomics.shard-{shard.Index}-of-{shard.Count}{extension}";
}
