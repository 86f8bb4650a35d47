using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.LungSurvival.Commands;

/// <summary><c>generate-cohort [--patients N] [--out DIR] [--seed N] [--size 128x128x60]</c>: writes a synthetic cohort.</summary>
public sealed class GenerateCohortCommand : ISolutionCommand
{
    public static string DefaultOutputFolder => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "lung", "cohort");

    public string Name => "generate-cohort";

    public string Summary => "write a synthetic NSCLC Radiogenomics-shaped cohort: clinical and gene CSVs, CT and SEG per patient, pictures, the true risk model";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("patients", "N", $"number of patients (default: {CohortOptions.DefaultPatients})"),
        CommandOption.Out("artifacts/lung/cohort/"),
        CommandOption.Seed,
        new("size", "CxRxS", $"CT voxels: columns x rows x slices, up to 512x512 in plane (default: {VolumeSize.Default})"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var patients = arguments.GetInt("patients", CohortOptions.DefaultPatients);
        if (patients is < 1 or > CohortOptions.MaximumPatients)
        {
            throw new CommandLineException($"'{Name}': --patients must be 1 to {CohortOptions.MaximumPatients:N0}, not {patients}.");
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
        var options = new CohortOptions(patients, arguments.Seed, size);
        var folder = arguments.GetPath("out", () => DefaultOutputFolder);

        var progress = ProgressDisplay.ForConsole();
        var summary = progress.Step($"Generating {patients} patients ({size} CT each)", p => CohortGenerator.Generate(folder, options, p));
        Console.WriteLine();
        Console.WriteLine($"{summary.Patients} patients, {summary.Dead} dead ({summary.DeathRate:P0}; the true model expects {summary.MeanProbabilityOfDeath:P0}); mean tumour {summary.MeanTumourVoxels:N0} voxels");
        Console.WriteLine($"Clinical: {summary.Layout.Clinical}");
        Console.WriteLine($"Genes: {summary.Layout.Genes}");
        Console.WriteLine($"True risk model: {summary.Layout.RiskModel}");
        return Task.FromResult(0);
    }
}
