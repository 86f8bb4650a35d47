namespace Solutions.LungSurvival.Extraction;

/// <summary>What a merge of shards wrote.</summary>
/// <param name="Failures">Every shard's skipped patients.</param>
public sealed record MergeSummary(string FeaturesFile, int Shards, int Patients, IReadOnlyList<PatientFailure> Failures, string SettingsFingerprint);
