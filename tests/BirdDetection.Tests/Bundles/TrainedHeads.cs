using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Bundles;

/// <summary>Heads for ResNet18's 512-channel maps, trained one epoch on seeded random maps: small and fast, not good.</summary>
internal static class TrainedHeads
{
    public static DetectionHead OnRandomMaps(int classCount, int seed)
    {
        var random = new Random(seed);
        var maps = Enumerable.Range(0, 4).Select(i =>
        {
            var values = new float[ResNetBackbone.Channels * 100];
            for (var v = 0; v < values.Length; v++) values[v] = (float)random.NextDouble();
            return new LabelledFeatureMap(new FeatureMap(ResNetBackbone.Channels, 10, 10, values),
                [new GroundTruthObject(i % classCount, new NormalisedBox(0.2, 0.3, 0.6, 0.9))]);
        }).ToList();
        var trainer = new DetectorTrainer(maps, new DetectionHeadOptions { ClassCount = classCount, ReducedChannels = 8 },
            new TrainingOptions { Epochs = 1, Seed = seed });
        trainer.TrainEpoch();
        return trainer.Head;
    }

    public static IReadOnlyList<SpeciesLabel> Species(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SpeciesLabel(i, 10 + i, $"Species {i}"))];

    public static byte[] Bytes(DetectionHead head)
    {
        using var stream = new MemoryStream();
        head.Save(stream);
        return stream.ToArray();
    }
}
