using System.Text.Json;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Reporting;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Tests.Commands;

/// <summary>
/// The end-to-end run on tiny cohorts (20 patients of 64 x 64 x 24 voxels): generate, extract, study; the same seed
/// gives the same outputs, a rerun resumes from the radiomics cache, and a bad data folder is a clear error.
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private const int Patients = 20;
    private const int Seed = 23;
    private static readonly VolumeSize Size = new(64, 64, 24);

    private readonly string _folder = Directory.CreateTempSubdirectory("lung-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Generates_extracts_and_trains_and_the_same_seed_gives_the_same_metrics_and_report()
    {
        var first = LungRun.Execute(Options("first"));
        var second = LungRun.Execute(Options("second"));

        Assert.NotNull(first.Generated);
        Assert.Equal(Patients, first.Generated.Patients);
        Assert.Equal((Patients, Patients, 0), (first.Extraction.Patients, first.Extraction.Computed, first.Extraction.Cached));
        Assert.Equal(Path.Combine(_folder, "first", "out", LungRunOptions.RadiomicsFolderName, "radiomics.csv"), first.Extraction.FeaturesFile);
        Assert.Equal(Patients, first.Study.Patients);
        using (var metrics = JsonDocument.Parse(File.ReadAllText(first.Study.MetricsPath)))
        {
            Assert.Equal(Seed, metrics.RootElement.GetProperty("seed").GetInt32());
            Assert.Equal(first.Study.CrossValidation.Auc.Mean, metrics.RootElement.GetProperty("cv_auc_mean").GetDouble());
        }
        var outputs = Path.GetDirectoryName(first.Study.ReportPath)!;
        Assert.True(File.Exists(Path.Combine(outputs, SurvivalCharts.Roc)));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(outputs, SurvivalReport.PicturesFolder), "*.png"));
        Assert.True(File.Exists(Path.Combine(first.Study.BundleFolder, "manifest.json")));

        // The two zip-taking bundles load as what `serve --mode radiomics|both` serves.
        var options = Options("first");
        Assert.Equal(RadiomicsBundle.SolutionName, RadiomicsBundle.Load(options.RadiomicsBundleFolder).Manifest.Solution);
        Assert.Equal(ArchiveSurvivalBundle.SolutionName, ArchiveSurvivalBundle.Load(options.ArchiveBundleFolder).Manifest.Solution);

        // A separately generated cohort from the same seed, separately extracted and trained: the same bytes.
        Assert.Equal(File.ReadAllText(first.Extraction.FeaturesFile), File.ReadAllText(second.Extraction.FeaturesFile));
        Assert.Equal(File.ReadAllText(first.Study.MetricsPath), File.ReadAllText(second.Study.MetricsPath));
        Assert.Equal(File.ReadAllText(first.Study.ReportPath), File.ReadAllText(second.Study.ReportPath));
    }

    [Fact]
    public void A_rerun_uses_the_cohort_it_finds_and_takes_every_patient_from_the_radiomics_cache()
    {
        var first = LungRun.Execute(Options("once"));
        var metrics = File.ReadAllText(first.Study.MetricsPath);

        // --patients only applies when generating: the existing 20-patient cohort is used as it is.
        var rerun = LungRun.Execute(Options("once") with { Patients = 3 });

        Assert.Null(rerun.Generated);
        Assert.Equal(TimeSpan.Zero, rerun.Timings.Generation);
        Assert.Equal((Patients, 0, Patients), (rerun.Extraction.Patients, rerun.Extraction.Computed, rerun.Extraction.Cached));
        Assert.Equal(metrics, File.ReadAllText(rerun.Study.MetricsPath));
    }

    [Fact]
    public void The_command_line_runs_by_default_and_prints_the_auc_the_modalities_and_where_the_report_is()
    {
        var data = Path.Combine(_folder, "cli", "data");
        var output = Path.Combine(_folder, "cli", "out");

        // No command name: run is the default.
        var (code, error) = Run("--data", data, "--out", output, "--seed", $"{Seed}", "--patients", $"{Patients}", "--size", Size.ToString(), "--repeats", "1");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(new CohortLayout(data).Clinical));
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, SurvivalStudy.MetricsFileName)));
        Assert.Equal(1, metrics.RootElement.GetProperty("repeats").GetInt32());
        Assert.Equal(5, metrics.RootElement.GetProperty("folds").GetInt32());
        Assert.True(File.Exists(Path.Combine(output, LungRunOptions.RadiomicsFolderName, "radiomics.csv")));

        var summary = new StringWriter();
        RunCommand.WriteSummary(summary, LungRun.Execute(new LungRunOptions(data, output, Seed) { Study = new SurvivalStudyOptions(Repeats: 1) }));
        var text = summary.ToString();
        Assert.Contains($"{Patients} patients", text);
        Assert.Contains("radiomics of 0 computed, 20 from the cache", text);
        Assert.Matches(@"Cross-validated AUC \d\.\d{3} \(95% CI -?\d\.\d{3} to \d\.\d{3}\) over 5 outer folds", text);
        foreach (var label in ModalityComparison.FeatureSets.Select(s => SurvivalCharts.Label(s.Name)))
        {
            Assert.Contains(label, text);
        }
        Assert.Contains($"Report: {Path.Combine(output, SurvivalStudy.ReportFileName)}", text);
        Assert.Contains("Not for clinical use", text);
    }

    [Fact]
    public void A_data_folder_holding_files_but_no_cohort_is_an_error_naming_it_and_is_left_untouched()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "photos")).FullName;
        File.WriteAllText(Path.Combine(data, "holiday.jpg"), "not a cohort");

        var (code, error) = Run("run", "--data", data, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains($"The data folder '{data}' is not empty but has no clinical.csv", error);
        Assert.Equal([Path.Combine(data, "holiday.jpg")], Directory.GetFileSystemEntries(data));
    }

    [Fact]
    public void A_data_path_naming_a_file_is_an_error()
    {
        var file = Path.Combine(_folder, "clinical.csv");
        File.WriteAllText(file, "Case ID\n");

        var (code, error) = Run("run", "--data", file, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains($"The data folder '{file}' is a file", error);
    }

    [Fact]
    public void A_cohort_without_its_genes_or_a_patient_s_scan_is_an_error_naming_the_missing_file()
    {
        var data = Path.Combine(_folder, "broken");
        CohortGenerator.Generate(data, new CohortOptions(3, Seed, Size, Pictures: false));
        var layout = new CohortLayout(data);
        var genes = File.ReadAllText(layout.Genes);
        File.Delete(layout.Genes);

        var (noGenes, noGenesError) = Run("run", "--data", data, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(SolutionCommandLine.Failure, noGenes);
        Assert.Contains($"{layout.Genes}: no such file", noGenesError);

        File.WriteAllText(layout.Genes, genes);
        var caseId = File.ReadLines(layout.Clinical).Skip(1).First().Split(',')[0];
        Directory.Delete(layout.Seg(caseId), recursive: true);

        var (noSeg, noSegError) = Run("run", "--data", data, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(SolutionCommandLine.Failure, noSeg);
        Assert.Contains("The radiomics of 1 of the 3 patients could not be computed", noSegError);
        Assert.Contains($"patient {caseId}", noSegError);
    }

    [Theory]
    [InlineData("--patients", "0", "--patients must be 1 to 100,000, not 0")]
    [InlineData("--repeats", "0", "--repeats must be 1 to 100, not 0")]
    [InlineData("--size", "64x64", "--size")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var (code, error) = Run("run", "--data", Path.Combine(_folder, "never"), option, value);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "never")));
    }

    /// <summary>Tiny and quick: 3 folds x 2 repeats, one logistic candidate and the boosted trees.</summary>
    private LungRunOptions Options(string name) =>
        new(Path.Combine(_folder, name, "data"), Path.Combine(_folder, name, "out"), Seed)
        {
            Patients = Patients,
            VolumeSize = Size,
            Study = new SurvivalStudyOptions(Folds: 3, Repeats: 2, Candidates: [ClassifierCandidate.Logistic(10), ClassifierCandidate.BoostedTrees()]),
        };

    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new RunCommand(), new GenerateCohortCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }
}
