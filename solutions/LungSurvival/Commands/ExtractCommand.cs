using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>extract [--data DIR] [--out DIR] [--shard i/N] [--bin-width W | --bin-count N] [--resample X,Y,Z [--interpolator I]] [--resegment MIN,MAX]</c>: every patient's radiomics
/// into <c>radiomics.csv</c> (or a shard's table), on all cores, resuming from the per-patient cache. Patients whose
/// files fail are skipped and listed; the command then exits 1 so a script notices, though the table is written.
/// </summary>
public sealed class ExtractCommand : ISolutionCommand
{
    public static string DefaultOutputFolder => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "lung", "features");

    public string Name => "extract";

    public string Summary => "extract every patient's radiomics of a generated cohort into radiomics.csv (cached, resumable, shardable)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("artifacts/lung/cohort/, as generate-cohort writes it"),
        CommandOption.Out("artifacts/lung/features/"),
        new("shard", "i/N", "only the patients at positions i-1, i-1+N, ... of the Case-ID-sorted list, into radiomics.shard-i-of-N.csv"),
        .. RadiomicsCommand.BinningOptions,
        .. RadiomicsCommand.ResamplingOptions,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var cohort = new CohortLayout(arguments.GetPath("data", () => GenerateCohortCommand.DefaultOutputFolder));
        var output = arguments.GetPath("out", () => DefaultOutputFolder);
        var settings = RadiomicsCommand.Settings(Name, arguments);
        CohortShard? shard;
        try
        {
            shard = arguments.Get("shard") is { } text ? CohortShard.Parse(text) : null;
        }
        catch (FormatException e)
        {
            throw new CommandLineException($"'{Name}': --shard: {e.Message}");
        }
        if (!Directory.Exists(cohort.Folder))
            throw new DirectoryNotFoundException($"--data: the folder '{cohort.Folder}' does not exist (run generate-cohort first).");

        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            var what = shard is null ? "all patients" : $"shard {shard}";
            var summary = ProgressDisplay.ForConsole().Step($"Extracting radiomics of {what} on {Environment.ProcessorCount} cores",
                progress => CohortFeatureExtractor.Extract(cohort, output, new ExtractionOptions(settings, shard), progress, cancellationToken));
            Console.WriteLine($"{summary.Patients} patients in {summary.FeaturesFile} ({summary.Computed} computed, {summary.Cached} from the cache)");
            foreach (var failure in summary.Failures)
                Console.Error.WriteLine($"skipped patient {failure.CaseId}: {failure.Message}");
            if (summary.Failures.Count == 0) return 0;
            Console.Error.WriteLine($"{summary.Failures.Count} patients skipped (left out of the table; listed in {summary.ManifestFile}).");
            return SolutionCommandLine.Failure;
        }));
    }
}
