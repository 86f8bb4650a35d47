using Microsoft.ML.OnnxRuntime;
using SkiaSharp;
using Solutions.BirdDetection.Imaging;

namespace Solutions.BirdDetection.Tests.Imaging;

public sealed class ResNetInputTests
{
    [Fact]
    public void A_solid_colour_gives_flat_planes_of_value_minus_mean_in_bgr_order()
    {
        using var image = TestImages.Solid(50, 30, new SKColor(200, 100, 10));

        var tensor = ResNetInput.FromImage(image, 8);

        // Plane 0 is blue: 10 - 103.0626 = -93.0626; plane 1 green: 100 - 115.9029 = -15.9029;
        // plane 2 red: 200 - 123.1516 = 76.8484. Resizing a constant image leaves it constant.
        Assert.All(tensor[..64], value => Assert.Equal(-93.0626f, value, 0.0001f));
        Assert.All(tensor[64..128], value => Assert.Equal(-15.9029f, value, 0.0001f));
        Assert.All(tensor[128..], value => Assert.Equal(76.8484f, value, 0.0001f));
    }

    [Fact]
    public void The_tensor_of_a_mirrored_image_is_the_mirror_of_the_tensor()
    {
        using var image = TestImages.Bird(90, 70, seed: 4);
        using var mirroredImage = new SKBitmap(image.Info);
        using (var canvas = new SKCanvas(mirroredImage))
        {
            canvas.Translate(image.Width, 0);
            canvas.Scale(-1, 1);
            canvas.DrawBitmap(image, 0, 0);
        }

        const int size = 32;
        var mirroredByFlag = ResNetInput.FromImage(image, size, mirrored: true);
        var ofMirroredImage = ResNetInput.FromImage(mirroredImage, size);
        var plain = ResNetInput.FromImage(image, size);

        // The stretch filter is symmetric, so mirroring before or after resizing agrees up to 8-bit rounding.
        var worst = mirroredByFlag.Zip(ofMirroredImage, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst <= 1.0f, $"largest difference {worst} grey levels");
        for (var c = 0; c < 3; c++)
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                    Assert.Equal(plain[(c * size + y) * size + x], mirroredByFlag[(c * size + y) * size + size - 1 - x]);
    }

    [Fact]
    public void The_means_are_the_channel_averages_of_the_packaged_preprocessing_model()
    {
        // ResNetPreprocess.onnx takes RGB planes, reorders them to BGR and subtracts its mean image, so a black
        // input comes out as minus the mean image; its per-plane averages must be the constants used here.
        var path = Path.Combine(AppContext.BaseDirectory, "DnnImageModels", "ResNetPrepOnnx", "ResNetPreprocess.onnx");
        using var session = new InferenceSession(path);
        using var black = OrtValue.CreateTensorValueFromMemory(new float[3 * 224 * 224], [1, 3, 224, 224]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [session.InputMetadata.Keys.Single()], [black], [session.OutputMetadata.Keys.Single()]);
        var minusMean = outputs[0].GetTensorDataAsSpan<float>().ToArray();

        const int plane = 224 * 224;
        double PlaneMean(int c) => -minusMean.Skip(c * plane).Take(plane).Average(value => (double)value);
        Assert.Equal(ResNetInput.BlueMean, PlaneMean(0), 0.001);
        Assert.Equal(ResNetInput.GreenMean, PlaneMean(1), 0.001);
        Assert.Equal(ResNetInput.RedMean, PlaneMean(2), 0.001);
    }

    [Fact]
    public void A_destination_of_the_wrong_length_is_refused()
    {
        using var image = TestImages.Solid(4, 4, SKColors.White);

        var error = Assert.Throws<ArgumentException>(() => ResNetInput.Write(image, 8, false, new float[10]));

        Assert.Contains("3 x 8 x 8", error.Message);
    }
}
