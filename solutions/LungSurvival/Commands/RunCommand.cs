using System.Globalization;
using Solutions.LungSurvival.Evaluation;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Reporting;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>run [--data DIR] [--out DIR] [--seed N] [--patients N] [--size CxRxS] [--repeats N] [--resample X,Y,Z [--interpolator I]] [--resegment MIN,MAX]</c>: generate the cohort
/// when there is none, extract its radiomics (resuming from the cache), train, evaluate, report and bundle.
/// </summary>
public sealed class RunCommand : ISolutionCommand
{
    public string Name => "run";

    public string Summary => "generate the cohort if needed, extract radiomics, cross-validate, compare modalities; write report.md, metrics.json, charts and the model (not for clinical use)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("artifacts/lung/cohort/; generated there when the folder is missing or empty"),
        CommandOption.Out("artifacts/lung/; radiomics and their cache in <out>/features"),
        CommandOption.Seed,
        new("patients", "N", "patients to generate when there is no cohort (default: 150)"),
        new("size", "CxRxS", $"CT voxels of a generated patient (default: {VolumeSize.Default})"),
        new("repeats", "N", "repeats of the stratified 5-fold cross-validation (default: 10)"),
        .. RadiomicsCommand.ResamplingOptions,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var options = Parse(arguments);
        LungRunResult? result = null;
        try
        {
            ImagingInputFailure.Run(() =>
            {
                result = LungRun.Execute(options, ProgressDisplay.ForConsole(), cancellationToken);
                return 0;
            });
        }
        catch (SurvivalDataException e)
        {
            // Bad data, not bad usage: the command line reports it as a failure, without the usage hint.
            throw new TabularDataException(options.DataFolder, e.Message, e);
        }
        if (result!.Generated is null && arguments.Get("patients") is not null)
        {
            Console.Error.WriteLine($"note: --patients applies only when generating; used the {result.Study.Patients}-patient cohort already in {options.DataFolder}.");
        }
        WriteSummary(Console.Out, result);
        return Task.FromResult(0);
    }

    internal LungRunOptions Parse(CommandArguments arguments)
    {
        var patients = arguments.GetInt("patients", Cohort.CohortOptions.DefaultPatients);
        if (patients is < 1 or > Cohort.CohortOptions.MaximumPatients)
        {
            throw new CommandLineException($"'{Name}': --patients must be 1 to {Cohort.CohortOptions.MaximumPatients:N0}, not {patients}.");
        }
        var repeats = arguments.GetInt("repeats", new SurvivalStudyOptions().Repeats);
        if (repeats is < 1 or > 100)
        {
            throw new CommandLineException($"'{Name}': --repeats must be 1 to 100, not {repeats}.");
        }
        VolumeSize size;
        try
        {
            size = arguments.Get("size") is { } text ? VolumeSize.Parse(text) : VolumeSize.Default;
        }
        catch (FormatException e)
        {
            throw new CommandLineException($"'{Name}': --size: {e.Message}");
        }
        return new LungRunOptions(
            arguments.GetPath("data", () => LungRunOptions.DefaultDataFolder),
            arguments.GetPath("out", () => LungRunOptions.DefaultOutputFolder),
            arguments.Seed)
        {
            Patients = patients,
            VolumeSize = size,
            Study = new SurvivalStudyOptions(Repeats: repeats),
            RadiomicsSettings = RadiomicsCommand.Resampling(Name, arguments, new RadiomicsSettings()),
        };
    }

    /// <summary>The headline numbers, the modality comparison, the phase times and where the outputs are.</summary>
    internal static void WriteSummary(TextWriter output, LungRunResult result)
    {
        var study = result.Study;
        var auc = study.CrossValidation.Auc;
        var gain = ModalityComparison.Gain(study.Modalities[^1].CrossValidation, study.Modalities[0].CrossValidation);
        output.WriteLine();
        output.WriteLine(F($"{study.Patients} patients ({study.Dead} dead), {study.FeatureCount} features; radiomics of {result.Extraction.Computed} computed, {result.Extraction.Cached} from the cache"));
        output.WriteLine(F($"Cross-validated AUC {auc.Mean:0.000} (95% CI {auc.Low:0.000} to {auc.High:0.000}) over {study.CrossValidation.FoldAucs.Count} outer folds"));
        foreach (var modality in study.Modalities)
        {
            var m = modality.CrossValidation.Auc;
            output.WriteLine(F($"  {SurvivalCharts.Label(modality.FeatureSet),-32} {modality.FeatureCount,4} features  AUC {m.Mean:0.000} ({m.Low:0.000} to {m.High:0.000})"));
        }
        output.WriteLine(F($"Adding genes and radiomics to the clinical data changes the AUC by {gain.Mean:+0.000;-0.000} (95% CI {gain.Low:+0.000;-0.000} to {gain.High:+0.000;-0.000})"));
        output.WriteLine(F($"Final model: {study.FinalModel.Classifier.Name} on {study.FinalModel.Pca.Count} principal components"));
        var t = result.Timings;
        output.WriteLine(F($"Time: generation {t.Generation.TotalSeconds:0.0} s, extraction {t.Extraction.TotalSeconds:0.0} s, study {t.Study.TotalSeconds:0.0} s, total {t.Total.TotalSeconds:0.0} s"));
        output.WriteLine($"Report: {study.ReportPath}");
        output.WriteLine($"Model bundle: {study.BundleFolder}");
        output.WriteLine("Not for clinical use: synthetic data, illustrative model.");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
