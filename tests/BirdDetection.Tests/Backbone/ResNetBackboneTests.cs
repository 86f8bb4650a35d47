using SkiaSharp;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Imaging;

namespace Solutions.BirdDetection.Tests.Backbone;

public sealed class ResNetBackboneTests
{
    [Fact]
    public void A_320_pixel_image_gives_a_512_by_10_by_10_map_of_rectified_values()
    {
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { IntraOpThreads = 1 });
        using var image = TestImages.Bird(400, 300, seed: 1);

        var map = backbone.Extract(image);

        Assert.Equal((512, 10, 10), (map.Channels, map.Height, map.Width));
        Assert.All(map.Values, value => Assert.True(value >= 0 && float.IsFinite(value)));
        Assert.Contains(map.Values, value => value > 0);
    }

    [Fact]
    public void The_same_image_gives_the_same_map_in_a_batch_alone_and_with_other_thread_counts()
    {
        using var one = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 128, IntraOpThreads = 1 });
        using var two = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 128, IntraOpThreads = 2 });
        using var first = TestImages.Bird(200, 150, seed: 2);
        using var second = TestImages.Bird(150, 200, seed: 3);
        var firstTensor = ResNetInput.FromImage(first, 128);
        var secondTensor = ResNetInput.FromImage(second, 128);

        var alone = one.Extract(firstTensor);
        var again = one.Extract(firstTensor);
        var batch = one.ExtractBatch([secondTensor, firstTensor]);
        var otherThreads = two.Extract(firstTensor);

        Assert.Equal((512, 4, 4), (alone.Channels, alone.Height, alone.Width));
        Assert.Equal(alone.Values, again.Values);
        Assert.Equal(alone.Values, otherThreads.Values);
        // A batch may take another convolution kernel path, so it matches closely rather than bit for bit.
        AssertClose(alone.Values, batch[1].Values, 1e-3f);
        Assert.NotEqual(alone.Values, batch[0].Values);
    }

    [Fact]
    public void Input_sizes_that_are_not_multiples_of_32_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ResNetBackbone(new ResNetBackboneOptions { InputSize = 300 }));

        Assert.Contains("multiple of 32", error.Message);
    }

    [Fact]
    public void A_missing_model_file_is_named_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder", "ResNet18.onnx");

        var error = Assert.Throws<FileNotFoundException>(() => new ResNetBackbone(new ResNetBackboneOptions { ModelPath = path }));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_tensor_of_the_wrong_length_is_refused()
    {
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 64, IntraOpThreads = 1 });

        var error = Assert.Throws<ArgumentException>(() => backbone.Extract(new float[10]));

        Assert.Contains("3 x 64 x 64", error.Message);
    }

    private static void AssertClose(float[] expected, float[] actual, float tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a) / Math.Max(1, Math.Abs(e))).Max();
        Assert.True(worst <= tolerance, $"largest relative difference {worst}");
    }
}
