using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Features;

namespace Solutions.BirdDetection.Tests.Features;

public sealed class FeatureCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"feature-cache-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_written_map_reads_back_at_half_precision()
    {
        var cache = new FeatureCache(_folder, "model-a", 64);
        var hash = FeatureCache.ContentHash("image bytes"u8);
        // 1/3 is not a half: the nearest is 0.333251953125 (1365 / 4096). 0, 2 and 0.5 are exact.
        var map = new FeatureMap(2, 1, 2, [0f, 1f / 3, 2f, 0.5f]);

        cache.Write(hash, mirrored: false, map);
        var lookup = cache.TryRead(hash, mirrored: false, out var read);

        Assert.Equal(FeatureCacheLookup.Hit, lookup);
        Assert.Equal((2, 1, 2), (read!.Channels, read.Height, read.Width));
        Assert.Equal([0f, 0.333251953125f, 2f, 0.5f], read.Values);
        Assert.Equal(read.Values, FeatureCache.RoundToStoredPrecision(map).Values);
    }

    [Fact]
    public void Entries_are_keyed_by_mirror_flag_model_and_input_size()
    {
        var hash = FeatureCache.ContentHash("image bytes"u8);
        new FeatureCache(_folder, "model-a", 64).Write(hash, mirrored: false, new FeatureMap(1, 1, 1, [1f]));

        Assert.Equal(FeatureCacheLookup.Missing, new FeatureCache(_folder, "model-a", 64).TryRead(hash, mirrored: true, out _));
        Assert.Equal(FeatureCacheLookup.Missing, new FeatureCache(_folder, "model-b", 64).TryRead(hash, mirrored: false, out _));
        Assert.Equal(FeatureCacheLookup.Missing, new FeatureCache(_folder, "model-a", 96).TryRead(hash, mirrored: false, out _));
        Assert.Equal(FeatureCacheLookup.Missing,
            new FeatureCache(_folder, "model-a", 64).TryRead(FeatureCache.ContentHash("other"u8), mirrored: false, out _));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped bit")]
    [InlineData("empty")]
    [InlineData("another key's file")]
    public void A_damaged_entry_is_invalid_not_trusted(string damage)
    {
        var cache = new FeatureCache(_folder, "model-a", 64);
        var hash = FeatureCache.ContentHash("image bytes"u8);
        cache.Write(hash, mirrored: false, new FeatureMap(4, 2, 2, Enumerable.Range(0, 16).Select(i => i * 0.25f).ToArray()));
        var path = cache.PathFor(hash, mirrored: false);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(path, bytes[..^5]); break;
            case "flipped bit": bytes[100] ^= 0x10; File.WriteAllBytes(path, bytes); break;
            case "empty": File.WriteAllBytes(path, []); break;
            default: File.Copy(path, cache.PathFor(hash, mirrored: true)); path = cache.PathFor(hash, mirrored: true); break;
        }

        var lookup = cache.TryRead(hash, mirrored: damage == "another key's file", out var read);

        Assert.Equal(FeatureCacheLookup.Invalid, lookup);
        Assert.Null(read);
    }

    [Fact]
    public void A_value_too_large_for_half_precision_is_refused()
    {
        var cache = new FeatureCache(_folder, "model-a", 64);

        var error = Assert.Throws<ArgumentException>(() =>
            cache.Write(FeatureCache.ContentHash("x"u8), false, new FeatureMap(1, 1, 2, [1f, 70_000f])));

        Assert.Contains("feature value 1 (70000)", error.Message);
    }
}
