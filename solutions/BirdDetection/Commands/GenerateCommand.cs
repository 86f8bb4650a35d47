using System.Diagnostics;
using Solutions.BirdDetection.Generation;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Commands;

/// <summary><c>generate [--out DIR] [--species K] [--images-per-species N] [--seed S]</c>: writes a synthetic CUB-format data set.</summary>
public sealed class GenerateCommand : ISolutionCommand
{
    public const string CommandName = "generate";

    public static string DefaultOutputFolder => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "birds", "data");

    public string Name => CommandName;

    public string Summary => "draw a synthetic bird data set in the CUB-200-2011 layout: JPEG images, boxes, classes, train/test split";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Out("artifacts/birds/data/"),
        new("species", "K", $"number of species, 1 to {SpeciesCatalogue.MaximumSpecies} (default: {BirdGenerationOptions.DefaultSpecies})"),
        new("images-per-species", "N", $"images of each species, half for training (default: {BirdGenerationOptions.DefaultImagesPerSpecies})"),
        CommandOption.Seed,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var species = arguments.GetInt("species", BirdGenerationOptions.DefaultSpecies);
        if (species is < 1 or > SpeciesCatalogue.MaximumSpecies)
        {
            throw new CommandLineException($"'{Name}': --species must be 1 to {SpeciesCatalogue.MaximumSpecies}, not {species}.");
        }
        var images = arguments.GetInt("images-per-species", BirdGenerationOptions.DefaultImagesPerSpecies);
        if (images is < 2 or > BirdGenerationOptions.MaximumImagesPerSpecies)
        {
            throw new CommandLineException(
                $"'{Name}': --images-per-species must be 2 to {BirdGenerationOptions.MaximumImagesPerSpecies:N0} (half train, half test), not {images}.");
        }
        var options = new BirdGenerationOptions(species, images, arguments.Seed);
        var folder = arguments.GetPath("out", () => DefaultOutputFolder);

        var clock = Stopwatch.StartNew();
        var data = ProgressDisplay.ForConsole().Step(
            $"Drawing {options.Species} species x {options.ImagesPerSpecies} images",
            p => CubDatasetGenerator.Generate(folder, options, p, cancellationToken));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"{data.Images} images ({data.TrainingImages} training, {data.TestImages} test) of {data.Species.Count} species in {seconds:F1} s ({data.Images / seconds:F0} images/s)");
        Console.WriteLine($"Facing right: {data.RightFacingTrainingImages} of {data.TrainingImages} training, {data.RightFacingTestImages} of {data.TestImages} test; {data.OccludedImages} partly hidden by leaves");
        Console.WriteLine($"Data set: {data.Root}");
        return Task.FromResult(0);
    }
}
