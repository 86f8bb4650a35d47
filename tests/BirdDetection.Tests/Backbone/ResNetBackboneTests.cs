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
    public void A_mirrored_image_gives_roughly_but_not_exactly_the_mirror_of_the_plain_map()
    {
        // The network is not mirror-symmetric (its stride-2 layers pad only the top-left), so mirrored maps must be
        // computed rather than derived; still, they resemble the mirrored plain map far more than the plain one.
        using var backbone = new ResNetBackbone(new ResNetBackboneOptions { InputSize = 160, IntraOpThreads = 1 });
        using var image = TestImages.Bird(200, 150, seed: 6);

        var plain = backbone.Extract(image);
        var mirrored = backbone.Extract(image, mirrored: true);

        var mirrorOfPlain = new float[plain.Values.Length];
        for (var c = 0; c < plain.Channels; c++)
            for (var y = 0; y < plain.Height; y++)
                for (var x = 0; x < plain.Width; x++)
                    mirrorOfPlain[(c * plain.Height + y) * plain.Width + x] = plain[c, y, plain.Width - 1 - x];
        Assert.NotEqual(mirrorOfPlain, mirrored.Values);
        Assert.True(Cosine(mirrored.Values, mirrorOfPlain) > Cosine(mirrored.Values, plain.Values),
            $"cos(mirrored, mirror of plain) = {Cosine(mirrored.Values, mirrorOfPlain)}, cos(mirrored, plain) = {Cosine(mirrored.Values, plain.Values)}");
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

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));

    private static void AssertClose(float[] expected, float[] actual, float tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a) / Math.Max(1, Math.Abs(e))).Max();
        Assert.True(worst <= tolerance, $"largest relative difference {worst}");
    }
}
