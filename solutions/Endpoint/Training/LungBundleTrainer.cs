using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>
/// Trains one of the lung survival solution's three bundles for <c>--train-missing</c>. The radiomics bundle is its
/// settings alone (pyradiomics' defaults). The survival and one-step bundles need a model: a cohort is generated into
/// <c>endpoint-training/cohort/</c> beside the bundle folder when missing, its radiomics extracted into <c>features/</c> (cached per
/// patient), and the survival study run into <c>study/</c> as the solution's own study does, with fewer repeats. Same
/// cohort and seed, same model: the survival and one-step bundles trained from one folder agree.
/// </summary>
public sealed class LungBundleTrainer : IBundleTrainer
{
    /// <summary>Patients generated when the cohort is missing by default: enough for 5 folds, small enough for a host start.</summary>
    public const int DefaultPatients = 60;

    /// <summary>The folder beside the bundle folders that holds the generated cohort, its radiomics and the study.</summary>
    public const string TrainingFolderName = "endpoint-training";

    private readonly int _patients;
    private readonly VolumeSize _size;
    private readonly SurvivalStudyOptions _study;

    private LungBundleTrainer(string solution, int patients, VolumeSize? size, SurvivalStudyOptions? study)
    {
        Solution = solution;
        _patients = patients;
        // 96 x 96 x 60 voxels (3.6 x 3.6 x 5 mm) is the coarsest grid on which the smallest (8 mm) generated tumour covers a voxel.
        _size = size ?? new VolumeSize(96, 96, 60);
        _study = study ?? new SurvivalStudyOptions(Folds: 5, Repeats: 2, PicturesLinked: 0);
    }

    public string Solution { get; }

    /// <summary>The radiomics extraction settings every lung bundle uses: pyradiomics' defaults, as the study's features.</summary>
    public static RadiomicsSettings Settings { get; } = new();

    /// <summary>The survival model's bundle (joined rows in, P(Dead) out).</summary>
    /// <param name="patients">Patients to generate when the cohort is missing.</param>
    /// <param name="size">Their CT voxels; default 96 x 96 x 60.</param>
    /// <param name="study">The study's folds and candidates; default 5 folds x 2 repeats of the default candidates.</param>
    public static LungBundleTrainer Survival(int patients = DefaultPatients, VolumeSize? size = null, SurvivalStudyOptions? study = null) =>
        new(SurvivalBundle.SolutionName, patients, size, study);

    /// <summary>The radiomics model's bundle (a patient's zip in, the joined feature row out).</summary>
    public static LungBundleTrainer Radiomics() => new(RadiomicsBundle.SolutionName, DefaultPatients, null, null);

    /// <summary>The one-step bundle (a patient's zip in, P(Dead) out); trained as <see cref="Survival"/>.</summary>
    public static LungBundleTrainer Archive(int patients = DefaultPatients, VolumeSize? size = null, SurvivalStudyOptions? study = null) =>
        new(ArchiveSurvivalBundle.SolutionName, patients, size, study);

    public void Train(string bundleFolder, int seed, IProgressDisplay progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (Solution == RadiomicsBundle.SolutionName)
        {
            progress.Step($"Saving the radiomics bundle to {bundleFolder}", () => RadiomicsBundle.Save(bundleFolder, Settings, DateTimeOffset.UtcNow));
            return;
        }
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(bundleFolder))!;
        var (inputs, study) = RunStudy(outputFolder, seed, progress);
        var metrics = ModelBundle.ReadManifest(study.BundleFolder).Metrics;
        progress.Step($"Saving the {Solution} bundle to {bundleFolder}", () =>
        {
            if (Solution == ArchiveSurvivalBundle.SolutionName)
            {
                ArchiveSurvivalBundle.Save(bundleFolder, Settings, study.Encoder, study.FinalModel, inputs.ClinicalCsv, metrics, DateTimeOffset.UtcNow);
            }
            else
            {
                SurvivalBundle.Save(bundleFolder, study.Encoder, study.FinalModel, inputs.ClinicalCsv, metrics, DateTimeOffset.UtcNow);
            }
        });
    }

    private (SurvivalStudyInputs Inputs, SurvivalStudyResult Study) RunStudy(string outputFolder, int seed, IProgressDisplay progress)
    {
        // Its own folder, so that LungSurvival's `run` (whose default cohort is artifacts/lung/cohort) never mistakes this
        // small cohort for its 150-patient one.
        var trainingFolder = Path.Combine(outputFolder, TrainingFolderName);
        var cohort = new CohortLayout(Path.Combine(trainingFolder, "cohort"));
        if (!File.Exists(cohort.Clinical))
        {
            progress.Step($"Generating {_patients} patients of {_size} voxels into {cohort.Folder}",
                () => CohortGenerator.Generate(cohort.Folder, new CohortOptions(_patients, seed, _size, Pictures: false)));
        }
        var extraction = progress.Step("Extracting the cohort's radiomics",
            p => CohortFeatureExtractor.Extract(cohort, Path.Combine(trainingFolder, "features"), new ExtractionOptions(Settings), p));
        if (extraction.Failures.Count > 0)
        {
            throw new InvalidOperationException(
                $"{extraction.Failures.Count} patients of {cohort.Folder} failed radiomics extraction (first: {extraction.Failures[0].CaseId}: {extraction.Failures[0].Message})");
        }
        var inputs = new SurvivalStudyInputs(cohort.Clinical, cohort.Genes, extraction.FeaturesFile);
        return (inputs, SurvivalStudy.Run(inputs, seed, Path.Combine(trainingFolder, "study"), progress, _study));
    }
}
