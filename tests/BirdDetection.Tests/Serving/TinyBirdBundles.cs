using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Generation;
using Solutions.BirdDetection.Training;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>
/// Two bundles, baseline and flipped, trained once for all serving tests: 3 generated species x 4 images (6 training,
/// 6 test) featurized by the real ResNet18 at 320 pixels, both heads trained 3 epochs, saved with <see cref="BirdBundle.Save"/>.
/// Small enough for a shared CPU; the heads are weak, which the tests do not mind: they compare answers, not accuracy.
/// </summary>
public sealed class TinyBirdBundles : IDisposable
{
    public TinyBirdBundles()
    {
        Parent = Directory.CreateTempSubdirectory("bird-serving-").FullName;
        var data = Path.Combine(Parent, "data");
        var generated = CubDatasetGenerator.Generate(data, new BirdGenerationOptions(Species: 3, ImagesPerSpecies: 4, Seed: 3));
        var options = new BirdRunOptions(data, Parent) { Seed = 5, Epochs = 3 };
        using var backbone = new ResNetBackbone();
        var run = BirdRun.ExecuteAsync(options, backbone, new PlainProgressDisplay(TextWriter.Null)).GetAwaiter().GetResult();
        BaselineFolder = Save("baseline", run.Baseline, run, backbone);
        FlippedFolder = Save("flipped", run.Flipped, run, backbone);
        Jpeg = File.ReadAllBytes(run.EvaluationImages[0].Path);
        Species = generated.Species.Count;
    }

    public string Parent { get; }

    public string BaselineFolder { get; }

    public string FlippedFolder { get; }

    /// <summary>A test image of the generated data set, as its file holds it (256 to 400 pixels wide).</summary>
    public byte[] Jpeg { get; }

    public int Species { get; }

    public void Dispose() => Directory.Delete(Parent, recursive: true);

    private string Save(string name, TrainedBirdModel model, BirdRunResult run, ResNetBackbone backbone)
    {
        var folder = Path.Combine(Parent, "models", name);
        BirdBundle.Save(folder, model.Head, run.Species, backbone.InputSize, backbone.ModelIdentity, DatasetFingerprint.Compute(run.Data),
            new Dictionary<string, double> { ["map50_test"] = model.Final.MeanAveragePrecision }, $"{name} head, tiny test run");
        return folder;
    }
}
