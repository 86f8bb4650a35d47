using System.Globalization;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Generation;
using Solutions.BirdDetection.Reporting;
using Solutions.BirdDetection.Training;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>
/// Trains a bird bundle as the bird solution's <c>run</c> does (featurize with ResNet18, train the baseline and the
/// flip-augmented heads) on a small generated data set, and saves one head: the baseline one when the bundle folder is
/// named <c>baseline</c> (as <c>run</c> names it), the flipped one otherwise. The data and the feature cache go beside the
/// bundle folder, so training its sibling next reuses both and only retrains the heads.
/// </summary>
/// <param name="dataFolder">A CUB-200-2011-layout folder; default <c>data</c> beside the bundle folder, generated when missing.</param>
/// <param name="species">Species of the data set generated when the folder is missing; default 4.</param>
/// <param name="imagesPerSpecies">Images of each generated species, half for training; default 12 (about 5 s of featurizing).</param>
/// <param name="epochs">Training epochs; default 10 (the solution's <c>run</c> trains 30 on 800 images).</param>
public sealed class BirdBundleTrainer(string? dataFolder = null, int species = 4, int imagesPerSpecies = 12, int epochs = 10) : IBundleTrainer
{
    public string Solution => BirdBundle.SolutionName;

    public void Train(string bundleFolder, int seed, IProgressDisplay progress)
    {
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(bundleFolder))!;
        var options = new BirdRunOptions(dataFolder ?? Path.Combine(outputFolder, "data"), outputFolder) { Seed = seed, Epochs = epochs };
        if (!File.Exists(Path.Combine(options.DataFolder, CubLayout.TopFolder, CubLayout.ImagesFile)))
        {
            progress.Step($"Generating {species} x {imagesPerSpecies} bird images in {options.DataFolder}", p =>
                CubDatasetGenerator.Generate(options.DataFolder, new BirdGenerationOptions(species, imagesPerSpecies, seed), p));
        }

        using var backbone = new ResNetBackbone();
        var run = BirdRun.ExecuteAsync(options, backbone, progress).GetAwaiter().GetResult();
        var model = string.Equals(Path.GetFileName(Path.GetFullPath(bundleFolder).TrimEnd(Path.DirectorySeparatorChar)), BirdRunOutputs.BaselineModel, StringComparison.Ordinal)
            ? run.Baseline
            : run.Flipped;
        var trainer = string.Create(CultureInfo.InvariantCulture,
            $"{model.Name} detection head on {backbone.ModelIdentity}, {model.Losses.Count} epochs on {model.TrainingMaps} maps, seed {seed}");
        progress.Step($"Saving the {model.Name} bird bundle to {bundleFolder}", () => BirdBundle.Save(
            bundleFolder, model.Head, run.Species, backbone.InputSize, backbone.ModelIdentity, DatasetFingerprint.Compute(run.Data),
            new Dictionary<string, double> { [$"map50_{(run.IsValidation ? "validation" : "test")}"] = model.Final.MeanAveragePrecision }, trainer));
    }
}
