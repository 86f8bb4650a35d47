using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Evaluation;
using Xunit.Abstractions;

namespace Solutions.BirdDetection.Tests.Detection;

public sealed class DetectorTrainerTests(ITestOutputHelper output)
{
    private const int Classes = 3;

    [Fact]
    public void Training_finds_the_synthetic_birds_on_held_out_maps()
    {
        var training = SyntheticMaps.Generate(200, Classes, seed: 1);
        var heldOut = SyntheticMaps.Generate(100, Classes, seed: 2);
        var trainer = new DetectorTrainer(training, SyntheticMaps.Head(Classes), new TrainingOptions { Epochs = 12, LearningRate = 1e-2, Seed = 7 });

        var before = MeanAveragePrecision(trainer.Head, heldOut);
        var losses = new List<EpochLosses>();
        while (trainer.EpochsCompleted < trainer.Options.Epochs) losses.Add(trainer.TrainEpoch());
        var after = MeanAveragePrecision(trainer.Head, heldOut);

        output.WriteLine($"held-out mAP@0.5 before {before:F3}, after {after:F3}; last epoch {losses[^1]}");
        Assert.True(after > 0.9, $"held-out mAP@0.5 after training is {after:F3}; expected above 0.9 (before: {before:F3})");
        Assert.True(losses[^1].Total < losses[0].Total / 2, $"loss went from {losses[0].Total} to {losses[^1].Total}");
        Assert.Equal(Enumerable.Range(1, 12), losses.Select(l => l.Epoch));
    }

    [Fact]
    public void The_same_seed_gives_the_same_head_on_any_number_of_threads()
    {
        var maps = SyntheticMaps.Generate(40, Classes, seed: 3);
        byte[] Train(int seed, int threads)
        {
            var trainer = new DetectorTrainer(maps, SyntheticMaps.Head(Classes),
                new TrainingOptions { Epochs = 2, BatchSize = 8, Seed = seed, MaxDegreeOfParallelism = threads });
            trainer.TrainEpoch();
            trainer.TrainEpoch();
            using var stream = new MemoryStream();
            trainer.Head.Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Train(seed: 4, threads: 1), Train(seed: 4, threads: 2));
        Assert.NotEqual(Train(seed: 4, threads: 2), Train(seed: 5, threads: 2));
    }

    [Fact]
    public void Weight_decay_shrinks_the_weights()
    {
        var maps = SyntheticMaps.Generate(40, Classes, seed: 6);
        double NormAfterTraining(double decay)
        {
            var trainer = new DetectorTrainer(maps, SyntheticMaps.Head(Classes),
                new TrainingOptions { Epochs = 4, BatchSize = 8, WeightDecay = decay, LearningRate = 1e-2 });
            EpochLosses last = null!;
            while (trainer.EpochsCompleted < 4) last = trainer.TrainEpoch();
            return last.WeightNorm;
        }

        // Each step multiplies a weight by 1 - lr x decay, at least 0.99 here; over 20 steps the cosine schedule
        // averages lr to about 0.005, so decay 1 alone shrinks the weights by roughly 1 - e^(-20 x 0.005) = 10%.
        var free = NormAfterTraining(0);
        var decayed = NormAfterTraining(1);
        Assert.True(decayed < 0.95 * free, $"weight norm {decayed} with decay 1, {free} without");
    }

    [Fact]
    public void Training_past_the_planned_epochs_is_refused()
    {
        var trainer = new DetectorTrainer(SyntheticMaps.Generate(4, Classes, seed: 1), SyntheticMaps.Head(Classes), new TrainingOptions { Epochs = 1 });
        trainer.TrainEpoch();

        var error = Assert.Throws<InvalidOperationException>(trainer.TrainEpoch);
        Assert.Contains("all 1 epochs are trained", error.Message);
    }

    [Fact]
    public void Bad_training_maps_are_refused_with_the_map_and_object_named()
    {
        var maps = SyntheticMaps.Generate(3, Classes, seed: 1);
        maps[2] = maps[2] with { Objects = [maps[2].Objects[0] with { ClassIndex = 5 }] };

        var classIndex = Assert.Throws<ArgumentException>(() => new DetectorTrainer(maps, SyntheticMaps.Head(Classes)));
        Assert.Contains("examples[2].Objects[0].ClassIndex is 5; expected 0..2", classIndex.Message);
        var channels = Assert.Throws<ArgumentException>(() => new DetectorTrainer(maps, SyntheticMaps.Head(Classes) with { InputChannels = 8 }));
        Assert.Contains("examples[0].Map has 16 channels; expected 8", channels.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DetectorTrainer(maps, SyntheticMaps.Head(Classes) with { ReducedChannels = 0 }));
    }

    internal static double MeanAveragePrecision(DetectionHead head, IReadOnlyList<LabelledFeatureMap> maps) =>
        DetectionEvaluator.Evaluate(
            [.. maps.Select(map => map.Objects)],
            [.. maps.Select(map => head.Predict(map.Map))],
            head.Options.ClassCount).MeanAveragePrecision;
}
