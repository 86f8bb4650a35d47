using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Detection;

public sealed class DetectionHeadTests
{
    private const int Classes = 3;

    private static readonly Lazy<(DetectionHead Head, List<LabelledFeatureMap> Maps)> Trained = new(() =>
    {
        var maps = SyntheticMaps.Generate(60, Classes, seed: 11);
        var trainer = new DetectorTrainer(maps, SyntheticMaps.Head(Classes), new TrainingOptions { Epochs = 3, LearningRate = 1e-2 });
        while (trainer.EpochsCompleted < 3) trainer.TrainEpoch();
        return (trainer.Head, maps);
    });

    [Fact]
    public void A_saved_and_loaded_head_predicts_identically()
    {
        var (head, maps) = Trained.Value;
        using var stream = new MemoryStream();
        head.Save(stream);
        stream.Position = 0;

        var loaded = DetectionHead.Load(stream);

        Assert.Equal(head.Options, loaded.Options);
        foreach (var map in maps.Take(10)) Assert.Equal(head.Predict(map.Map), loaded.Predict(map.Map));
        Assert.Equal(stream.ToArray(), Saved(loaded));
    }

    [Fact]
    public void A_damaged_file_is_refused_with_the_reason()
    {
        var bytes = Saved(Trained.Value.Head);

        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 2] ^= 0x40;
        Assert.Contains("checksum does not match", LoadError(flipped));
        Assert.Contains("truncated: it ends in the weights", LoadError(bytes[..(bytes.Length / 2)]));
        Assert.Contains("does not start with \"BIRDHEAD\"", LoadError([.. "PK\u0003\u0004 not a head"u8]));

        // The version is the int32 right after the 8-byte marker.
        var future = (byte[])bytes.Clone();
        BitConverter.GetBytes(2).CopyTo(future, 8);
        Assert.Contains("version 2; this build reads version 1", LoadError(future));

        var hugeChannels = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(hugeChannels, 12);
        Assert.Contains("header is corrupt: InputChannels", LoadError(hugeChannels));
    }

    [Fact]
    public void Predictions_respect_the_threshold_top_k_and_score_order()
    {
        var (head, maps) = Trained.Value;
        var loose = new InferenceOptions { ScoreThreshold = 0, NmsIouThreshold = 1, TopK = 1000 };

        foreach (var map in maps.Take(5))
        {
            var all = head.Predict(map.Map, loose);
            // No suppression and no threshold: every cell offers every class.
            Assert.Equal(SyntheticMaps.Side * SyntheticMaps.Side * Classes, all.Count);
            Assert.Equal(all.OrderByDescending(d => d.Score).Select(d => d.Score), all.Select(d => d.Score));
            Assert.Equal(3, head.Predict(map.Map, loose with { TopK = 3 }).Count);
            Assert.All(head.Predict(map.Map, new InferenceOptions { ScoreThreshold = 0.3 }), d => Assert.True(d.Score >= 0.3));
        }
    }

    [Fact]
    public void A_map_with_the_wrong_channel_count_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Trained.Value.Head.Predict(new FeatureMap(4, 6, 6, new float[4 * 36])));

        Assert.Contains("the feature map has 4 channels; this head reads 16", error.Message);
    }

    private static byte[] Saved(DetectionHead head)
    {
        using var stream = new MemoryStream();
        head.Save(stream);
        return stream.ToArray();
    }

    private static string LoadError(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => DetectionHead.Load(new MemoryStream(bytes))).Message;
}
