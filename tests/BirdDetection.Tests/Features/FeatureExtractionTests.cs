using SkiaSharp;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Features;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Tests.Features;

public sealed class FeatureExtractionTests : IDisposable
{
    // 64-pixel input (a 2 x 2 map) keeps the real ResNet18 cheap on the shared CPU.
    private const int InputSize = 64;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"feature-extraction-{Guid.NewGuid():N}");
    private readonly ResNetBackbone _backbone = new(new ResNetBackboneOptions { InputSize = InputSize, IntraOpThreads = 1 });

    public void Dispose()
    {
        _backbone.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Maps_are_computed_once_then_read_from_the_cache_and_a_corrupt_entry_is_recomputed()
    {
        var images = WriteImages(3);
        var cache = new FeatureCache(Path.Combine(_folder, "features"), _backbone.ModelIdentity, InputSize);
        var log = new StringWriter();
        var extraction = new FeatureExtraction(_backbone, cache, new PlainProgressDisplay(log));

        var cold = await extraction.ExtractAsync(images, ImageFlips.Both);
        var warm = await extraction.ExtractAsync(images, ImageFlips.Both);
        File.WriteAllBytes(cache.PathFor(FeatureCache.ContentHash(File.ReadAllBytes(images[1])), mirrored: true), [1, 2, 3]);
        var repaired = await extraction.ExtractAsync(images, ImageFlips.Both);

        Assert.Equal((0, 6, 0), (cold.CacheHits, cold.Computed, cold.InvalidCacheEntries));
        Assert.Equal((6, 0, 0), (warm.CacheHits, warm.Computed, warm.InvalidCacheEntries));
        Assert.Equal((5, 1, 1), (repaired.CacheHits, repaired.Computed, repaired.InvalidCacheEntries));
        Assert.Equal(images, cold.Images.Select(image => image.ImagePath));
        for (var i = 0; i < images.Length; i++)
        {
            Assert.Equal(cold.Images[i].Plain!.Values, warm.Images[i].Plain!.Values);
            Assert.Equal(cold.Images[i].Mirrored!.Values, warm.Images[i].Mirrored!.Values);
            Assert.Equal(cold.Images[i].Mirrored!.Values, repaired.Images[i].Mirrored!.Values);
            Assert.NotEqual(cold.Images[i].Plain!.Values, cold.Images[i].Mirrored!.Values);
        }

        Assert.Contains("Computing backbone features of 3 of 3 images (0 maps cached)... ", log.ToString());
        Assert.Contains("Computing backbone features of 1 of 3 images (5 maps cached)... ", log.ToString());
    }

    [Fact]
    public async Task Only_the_requested_flip_is_computed()
    {
        var images = WriteImages(1);
        var cache = new FeatureCache(_folder, _backbone.ModelIdentity, InputSize);
        var extraction = new FeatureExtraction(_backbone, cache, new PlainProgressDisplay(TextWriter.Null));

        var result = await extraction.ExtractAsync(images, ImageFlips.Mirrored);

        Assert.Equal(1, result.Computed);
        Assert.Null(result.Images[0].Plain);
        Assert.Equal((512, 2, 2), (result.Images[0].Mirrored!.Channels, result.Images[0].Mirrored!.Height, result.Images[0].Mirrored!.Width));
    }

    [Fact]
    public async Task A_corrupt_image_file_is_named_in_the_error()
    {
        var images = WriteImages(1);
        var broken = Path.Combine(_folder, "broken.jpg");
        File.WriteAllBytes(broken, File.ReadAllBytes(images[0])[..40]);
        var extraction = new FeatureExtraction(_backbone, new FeatureCache(_folder, _backbone.ModelIdentity, InputSize),
            new PlainProgressDisplay(TextWriter.Null));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => extraction.ExtractAsync([images[0], broken], ImageFlips.Plain));

        Assert.StartsWith(broken, error.Message);
    }

    [Fact]
    public async Task A_cancelled_extraction_stops()
    {
        var images = WriteImages(2);
        var extraction = new FeatureExtraction(_backbone, new FeatureCache(_folder, _backbone.ModelIdentity, InputSize),
            new PlainProgressDisplay(TextWriter.Null));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            extraction.ExtractAsync(images, ImageFlips.Both, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_cache_for_another_input_size_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new FeatureExtraction(_backbone,
            new FeatureCache(_folder, _backbone.ModelIdentity, 320), new PlainProgressDisplay(TextWriter.Null)));

        Assert.Contains("320-pixel input but the backbone takes 64", error.Message);
    }

    private string[] WriteImages(int count)
    {
        Directory.CreateDirectory(_folder);
        return Enumerable.Range(0, count).Select(i =>
        {
            using var image = TestImages.Bird(80 + 10 * i, 60, seed: 10 + i);
            var path = Path.Combine(_folder, $"bird-{i}.{(i % 2 == 0 ? "jpg" : "png")}");
            File.WriteAllBytes(path, TestImages.Encode(image, i % 2 == 0 ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png));
            return path;
        }).ToArray();
    }
}
