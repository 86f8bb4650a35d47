using Solutions.LungSurvival.Benchmarks;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Commands;

/// <summary>
/// <c>benchmark --series DIR [--runs N]</c>: times reading and assembling a DICOM series (run it in Release). The
/// pydicom and dcmtk counterparts are <c>Benchmarks/read_series_pydicom.py</c> and <c>Benchmarks/read_series_dcmtk.sh</c>.
/// <c>benchmark --radiomics COHORT_DIR [--runs N]</c>: times each radiomics feature class on one synthetic tumour, then
/// the whole-cohort extraction of a generated cohort on all cores (into a temporary folder, so nothing is cached).
/// </summary>
public sealed class BenchmarkCommand : ISolutionCommand
{
    public string Name => "benchmark";

    public string Summary => "time reading a DICOM series (MB/s), or radiomics per feature class and over a whole cohort";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("series", "DIR", "folder holding one series (e.g. from generate-cohort --size 512x512x150)"),
        new("radiomics", "DIR", "instead of --series: a generated cohort whose radiomics extraction is timed"),
        new("runs", "N", "timed runs after one warm-up (default: 5)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var runs = arguments.GetInt("runs", 5);
        if (runs is < 1 or > 1000)
        {
            throw new CommandLineException($"'{Name}': --runs must be 1 to 1000, not {runs}.");
        }
        if ((arguments.Get("series") is null) == (arguments.Get("radiomics") is null))
        {
            throw new CommandLineException($"'{Name}' needs exactly one of --series DIR and --radiomics DIR.");
        }
        if (arguments.Get("radiomics") is not null)
        {
            var cohort = arguments.GetPath("radiomics", () => arguments.Required("radiomics"));
            return Task.FromResult(ImagingInputFailure.Run(() => RadiomicsBenchmarkReport.Run(cohort, runs, cancellationToken)));
        }
        var folder = arguments.GetPath("series", () => arguments.Required("series"));
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
