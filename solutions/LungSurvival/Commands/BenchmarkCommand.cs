using Solutions.LungSurvival.Benchmarks;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>benchmark --series DIR [--runs N]</c>: times reading and assembling a DICOM series (run it in Release). The
/// pydicom and dcmtk counterparts are <c>Benchmarks/read_series_pydicom.py</c> and <c>Benchmarks/read_series_dcmtk.sh</c>.
/// </summary>
public sealed class BenchmarkCommand : ISolutionCommand
{
    public string Name => "benchmark";

    public string Summary => "time reading and assembling a DICOM series into a volume (MB/s of file bytes)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("series", "DIR", "folder holding one series (e.g. from generate-cohort --size 512x512x150)", Required: true),
        new("runs", "N", "timed runs after one warm-up (default: 5)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.GetPath("series", () => arguments.Required("series"));
        var runs = arguments.GetInt("runs", 5);
        if (runs is < 1 or > 1000)
        {
            throw new CommandLineException($"'{Name}': --runs must be 1 to 1000, not {runs}.");
        }
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"--series: the folder '{folder}' does not exist.");
        }
        return Task.FromResult(ImagingInputFailure.Run(() =>
        {
            var t = SeriesReadBenchmark.Measure(folder, runs);
            Console.WriteLine(
                $"LungSurvival ({Environment.ProcessorCount} cores): {t.Slices} slices of {t.Columns} x {t.Rows}, {t.Bytes / 1e6:0.0} MB, " +
                $"best {t.BestSeconds:0.000} s ({t.BestMegabytesPerSecond:0} MB/s), median {t.MedianSeconds:0.000} s ({t.MedianMegabytesPerSecond:0} MB/s), {t.Runs} runs");
            return 0;
        }));
    }
}
