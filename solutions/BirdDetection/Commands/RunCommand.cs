using System.Globalization;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Generation;
using Solutions.BirdDetection.Reporting;
using Solutions.BirdDetection.Training;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Commands;

/// <summary>
/// <c>run [--data DIR] [--out DIR] [--seed S] [--epochs E] [--classes 17,36,...] [--validation F]</c>: featurize, train the
/// baseline and flip-augmented heads, measure mAP@0.5 per epoch, and write bundles, metrics, chart, pictures and report.
/// </summary>
public sealed class RunCommand : ISolutionCommand
{
    public static string DefaultOutputFolder => Path.Combine(RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory(), "artifacts", "birds");

    public string Name => "run";

    public string Summary => "train the baseline and flip-augmented bird detectors; write metrics.json, report.md, pictures and both model bundles";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("artifacts/birds/data/, generated when missing"),
        CommandOption.Out("artifacts/birds/"),
        CommandOption.Seed,
        new("epochs", "E", $"training epochs, fixed in advance (default: {BirdRunOptions.DefaultEpochs})"),
        new("classes", "IDS", "comma-separated 1-based CUB class ids to keep, e.g. 17,36,47,68,73 (default: all)"),
        new("validation", "F", "tuning only: measure on this share of the training images instead of the test split (default: 0)"),
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var dataGiven = arguments.Get("data") is not null;
        var options = new BirdRunOptions(arguments.GetPath("data", () => GenerateCommand.DefaultOutputFolder), arguments.GetPath("out", () => DefaultOutputFolder))
        {
            Seed = arguments.Seed,
            Epochs = arguments.GetInt("epochs", BirdRunOptions.DefaultEpochs),
            ClassIds = ParseClasses(arguments.Get("classes")),
            ValidationFraction = ParseFraction(arguments.Get("validation")),
        };
        if (options.Epochs is < 1 or > 10_000)
            throw new CommandLineException($"'{Name}': --epochs must be 1 to 10000, not {options.Epochs}.");
        var progress = ProgressDisplay.ForConsole();
        if (!dataGiven && !IsDataSet(options.DataFolder))
        {
            progress.Step("Generating the default synthetic data set", p =>
                CubDatasetGenerator.Generate(options.DataFolder, new BirdGenerationOptions(), p, cancellationToken));
        }

        using var backbone = new ResNetBackbone();
        BirdRunResult run;
        try
        {
            run = await BirdRun.ExecuteAsync(options, backbone, progress, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            // An unreadable image or a split without images: the message names the file; no stack trace.
            Console.Error.WriteLine($"BirdDetection: {e.Message}");
            return SolutionCommandLine.Failure;
        }

        var metrics = progress.Step("Writing bundles, metrics, chart, pictures and report", () => BirdRunOutputs.Write(options, run, backbone));

        var t = run.Timings;
        var on = metrics.EvaluatedOn;
        Console.WriteLine();
        Console.WriteLine($"{metrics.ClassNames.Count} species, {metrics.TrainingImages} training and {metrics.EvaluationImages} {on} images");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Features: {t.FeaturesComputed} maps computed, {t.FeaturesCached} cached, in {t.FeaturizeSeconds:F1} s; {metrics.Epochs} epochs in {t.EpochSeconds.Sum():F1} s ({t.EpochSeconds.Average():F2} s each, both heads)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mAP@0.5 on {on}: baseline {metrics.Map50Baseline:F3}, horizontal flips {metrics.Map50Flipped:F3}"));
        Console.WriteLine($"Report: {Path.Combine(options.OutputFolder, BirdRunOutputs.ReportFile)}");
        Console.WriteLine($"Model bundles: {Path.Combine(options.ModelsFolder, BirdRunOutputs.BaselineModel)}, {Path.Combine(options.ModelsFolder, BirdRunOutputs.FlippedModel)}");
        return 0;
    }

    private static bool IsDataSet(string folder)
    {
        try
        {
            CubLayout.FindRoot(folder);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    private IReadOnlyList<int> ParseClasses(string? text)
    {
        if (text is null) return [];
        var ids = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
                throw new CommandLineException($"'{Name}': --classes must be comma-separated CUB class ids of 1 or more, e.g. 17,36; '{part}' is not one.");
            ids.Add(id);
        }

        return ids;
    }

    private double ParseFraction(string? text)
    {
        if (text is null) return 0;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 1
            ? value
            : throw new CommandLineException($"'{Name}': --validation must be a share from 0 to below 1, e.g. 0.25, not '{text}'.");
    }
}
