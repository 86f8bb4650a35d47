using System.Diagnostics;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Evaluation;
using Solutions.BirdDetection.Features;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Training;

/// <summary>
/// The run's story: load the data set, featurize every image once (training images plain and mirrored), then train
/// the baseline head (training images) and the flip-augmented head (training images and their mirrored copies with
/// mirrored boxes) the same way with the same seed, measuring mAP@0.5 of both after every epoch.
/// </summary>
public static class BirdRun
{
    public static async Task<BirdRunResult> ExecuteAsync(
        BirdRunOptions options, ResNetBackbone backbone, IProgressDisplay progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(backbone);
        ArgumentNullException.ThrowIfNull(progress);
        options.Validate();

        var clock = Stopwatch.StartNew();
        var data = progress.Step("Loading the data set", () => CubDataset.Load(options.DataFolder, options.ClassIds));
        var (training, evaluation) = Split(data, options);
        if (training.Count == 0) throw new InvalidDataException($"{data.Root}: the selected classes have no training images.");
        if (evaluation.Count == 0)
            throw new InvalidDataException($"{data.Root}: the selected classes have no {(options.ValidationFraction > 0 ? "validation" : "test")} images.");
        var loadSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var extraction = new FeatureExtraction(backbone, new FeatureCache(options.FeaturesFolder, backbone.ModelIdentity, backbone.InputSize), progress);
        var trainingFeatures = await extraction.ExtractAsync([.. training.Select(i => i.Path)], ImageFlips.Both, cancellationToken).ConfigureAwait(false);
        var evaluationFeatures = await extraction.ExtractAsync([.. evaluation.Select(i => i.Path)], ImageFlips.Plain, cancellationToken).ConfigureAwait(false);
        var featurizeSeconds = clock.Elapsed.TotalSeconds;

        var plain = training.Select((image, i) => new LabelledFeatureMap(trainingFeatures.Images[i].Plain!, [Truth(image)])).ToList();
        var mirrored = training.Select((image, i) => new LabelledFeatureMap(trainingFeatures.Images[i].Mirrored!,
            [new GroundTruthObject(image.ClassIndex, image.NormalisedBox.MirroredHorizontally())])).ToList();
        var evaluationMaps = evaluationFeatures.Images.Select(features => features.Plain!).ToList();
        var evaluationTruth = evaluation.Select(image => (IReadOnlyList<GroundTruthObject>)[Truth(image)]).ToList();

        var head = options.Head with { InputChannels = ResNetBackbone.Channels, ClassCount = data.Classes.Count };
        var trainingOptions = options.Training with { Epochs = options.Epochs, Seed = options.Seed };
        var baseline = new ModelInTraining("baseline", new DetectorTrainer(plain, head, trainingOptions), plain.Count);
        var flipped = new ModelInTraining("flipped", new DetectorTrainer([.. plain, .. mirrored], head, trainingOptions), 2 * plain.Count);
        var epochSeconds = new List<double>();
        progress.Step($"Training both heads for {options.Epochs} epochs on {plain.Count} images ({2 * plain.Count} with mirrored copies)", p =>
        {
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock.Restart();
                foreach (var model in (ModelInTraining[])[baseline, flipped])
                {
                    model.Losses.Add(model.Trainer.TrainEpoch());
                    model.Last = Measure(model.Trainer.Head, evaluationMaps, evaluationTruth, data.Classes.Count);
                    model.MapByEpoch.Add(model.Last.MeanAveragePrecision);
                }

                epochSeconds.Add(clock.Elapsed.TotalSeconds);
                p.Report((double)epoch / options.Epochs);
            }

            return 0;
        });

        var species = data.Classes.Select((c, i) => new SpeciesLabel(i, c.Id, c.Name)).ToList();
        var timings = new BirdRunTimings(loadSeconds, featurizeSeconds,
            trainingFeatures.Computed + evaluationFeatures.Computed, trainingFeatures.CacheHits + evaluationFeatures.CacheHits, epochSeconds);
        return new BirdRunResult(data, species, training, evaluation, evaluationMaps, options.ValidationFraction > 0,
            baseline.ToResult(), flipped.ToResult(), timings);
    }

    private static GroundTruthObject Truth(CubImage image) => new(image.ClassIndex, image.NormalisedBox);

    private static DetectionMetrics Measure(
        DetectionHead head, IReadOnlyList<FeatureMap> maps, IReadOnlyList<IReadOnlyList<GroundTruthObject>> truth, int classCount)
    {
        var found = new IReadOnlyList<DetectedObject>[maps.Count];
        Parallel.For(0, maps.Count, i => found[i] = head.Predict(maps[i]));
        return DetectionEvaluator.Evaluate(truth, found, classCount);
    }

    /// <summary>
    /// The training and evaluation images: the data set's own split, or, when tuning, a seeded share of each species'
    /// training images held out so that the test split is never looked at.
    /// </summary>
    private static (IReadOnlyList<CubImage> Training, IReadOnlyList<CubImage> Evaluation) Split(CubDataset data, BirdRunOptions options)
    {
        if (options.ValidationFraction == 0) return (data.TrainingImages, data.TestImages);
        var random = new Random(options.Seed);
        var heldOut = new HashSet<int>();
        foreach (var species in data.TrainingImages.GroupBy(image => image.ClassIndex))
        {
            var ids = species.Select(image => image.Id).ToArray();
            random.Shuffle(ids);
            heldOut.UnionWith(ids.Take((int)Math.Round(ids.Length * options.ValidationFraction)));
        }

        return ([.. data.TrainingImages.Where(i => !heldOut.Contains(i.Id))], [.. data.TrainingImages.Where(i => heldOut.Contains(i.Id))]);
    }

    private sealed class ModelInTraining(string name, DetectorTrainer trainer, int maps)
    {
        public DetectorTrainer Trainer { get; } = trainer;

        public List<EpochLosses> Losses { get; } = [];

        public List<double> MapByEpoch { get; } = [];

        public DetectionMetrics? Last { get; set; }

        public TrainedBirdModel ToResult() => new(name, Trainer.Head, MapByEpoch, Last!, Losses, maps);
    }
}
