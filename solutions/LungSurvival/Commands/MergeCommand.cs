using Solutions.LungSurvival.Extraction;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary><c>merge [--out DIR]</c>: joins the shard tables written by <c>extract --shard i/N</c> into <c>radiomics.csv</c>.</summary>
public sealed class MergeCommand : ISolutionCommand
{
    public string Name => "merge";

    public string Summary => "join extract's shard tables (radiomics.shard-i-of-N.csv) into radiomics.csv";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Out("artifacts/lung/features/, where extract writes the shards"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.GetPath("out", () => ExtractCommand.DefaultOutputFolder);
        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            var summary = ShardMerger.Merge(folder);
            Console.WriteLine($"{summary.Shards} shards, {summary.Patients} patients -> {summary.FeaturesFile}");
            foreach (var failure in summary.Failures)
                Console.Error.WriteLine($"skipped patient {failure.CaseId}: {failure.Message}");
            return 0;
        }));
    }
}
