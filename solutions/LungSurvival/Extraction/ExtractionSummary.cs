namespace Solutions.LungSurvival.Extraction;

/// <summary>What a cohort extraction did.</summary>
/// <param name="FeaturesFile">The table written: <c>radiomics.csv</c> or a shard's.</param>
/// <param name="Patients">Patients in the table.</param>
/// <param name="Computed">Patients whose features were computed in this run.</param>
/// <param name="Cached">Patients whose features came from the cache (same settings, same input files).</param>
/// <param name="Failures">Patients skipped, with why; they are not in the table.</param>
/// <param name="SettingsFingerprint">Identifies the settings and feature list; shards merge only when theirs agree.</param>
public sealed record ExtractionSummary(string FeaturesFile, string ManifestFile, int Patients, int Computed, int Cached,
    IReadOnlyList<PatientFailure> Failures, string SettingsFingerprint);
