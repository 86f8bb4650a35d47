using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Training;
using Solutions.Shared.Data.IO;

namespace Solutions.LungSurvival;

/// <summary>What a lung survival run reads, where it writes, and its knobs.</summary>
/// <param name="DataFolder">The cohort folder; generated there first when it holds no cohort (missing or empty).</param>
/// <param name="OutputFolder">Receives metrics.json, report.md, charts/, pictures/, the bundles model/, radiomics/ and archive/, and features/ (the radiomics table and its cache).</param>
/// <param name="Seed">Seed of the generated cohort, the folds and the classifiers.</param>
public sealed record LungRunOptions(string DataFolder, string OutputFolder, int Seed = 42)
{
    /// <summary>Patients to generate when the data folder holds no cohort; an existing cohort is used as it is.</summary>
    /// <value>The default value is 150, about the NSCLC Radiogenomics collection's size.</value>
    public int Patients { get; init; } = CohortOptions.DefaultPatients;

    /// <summary>CT voxels per generated patient.</summary>
    /// <value>The default value is 128x128x60.</value>
    public VolumeSize VolumeSize { get; init; } = VolumeSize.Default;

    /// <summary>How the model study cross-validates (folds, repeats, candidates).</summary>
    public SurvivalStudyOptions Study { get; init; } = new();

    /// <summary>How the radiomics are extracted (binning, resampling); also written into the radiomics bundle.</summary>
    /// <value>The default value is pyradiomics' defaults: bin width 25, no resampling.</value>
    public RadiomicsSettings RadiomicsSettings { get; init; } = new();

    /// <summary>Patients whose radiomics are computed at once; null for one per core.</summary>
    public int? Parallelism { get; init; }

    /// <summary><c>artifacts/lung/cohort</c>, where <c>generate-cohort</c> writes by default.</summary>
    public static string DefaultDataFolder => Commands.GenerateCohortCommand.DefaultOutputFolder;

    /// <summary><c>artifacts/lung</c>, so the radiomics land where <c>extract</c> writes by default and either reuses the other's cache.</summary>
    public static string DefaultOutputFolder => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "lung");

    /// <summary>The cohort's radiomics table, its manifest and the per-patient cache, so a rerun resumes.</summary>
    public string RadiomicsFolder => Path.Combine(OutputFolder, RadiomicsFolderName);

    public const string RadiomicsFolderName = "features";

    /// <summary>The radiomics model's bundle (a patient's zip in, the joined feature row out), as <c>serve --mode radiomics</c> expects it.</summary>
    public string RadiomicsBundleFolder => Path.Combine(OutputFolder, "radiomics");

    /// <summary>The one-step bundle (a patient's zip in, P(Dead) out).</summary>
    public string ArchiveBundleFolder => Path.Combine(OutputFolder, "archive");

    internal ExtractionOptions Extraction => new(RadiomicsSettings, Parallelism: Parallelism);
}
