using SkiaSharp;
using Solutions.BirdDetection.Generation;

namespace Solutions.BirdDetection.Tests.Generation;

public sealed class BirdSceneRendererTests
{
    private static readonly BirdAppearance Look = SpeciesCatalogue.Create(2, seed: 4)[1].Appearance;

    [Fact]
    public void The_same_seed_gives_the_same_jpeg_bytes()
    {
        var first = BirdSceneRenderer.Render(Look, facesRight: true, seed: 123);
        var second = BirdSceneRenderer.Render(Look, facesRight: true, seed: 123);

        Assert.Equal(first.Jpeg, second.Jpeg);
        Assert.Equal(first.Box, second.Box);
        Assert.NotEqual(first.Jpeg, BirdSceneRenderer.Render(Look, facesRight: true, seed: 124).Jpeg);
    }

    [Fact]
    public void Scenes_are_jpegs_of_a_few_hundred_pixels_with_the_bird_inside_at_25_to_60_percent()
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var scene = BirdSceneRenderer.Render(Look, facesRight: seed % 2 == 0, seed);

            using var codec = SKCodec.Create(new SKMemoryStream(scene.Jpeg));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.Equal((scene.Width, scene.Height), (codec.Info.Width, codec.Info.Height));
            Assert.InRange(scene.Width, BirdSceneRenderer.MinimumWidth, BirdSceneRenderer.MaximumWidth);
            // Aspect width / height between 0.75 and 1.35: height from 256 / 1.35 = 190 to 400 / 0.75 = 533.
            Assert.InRange(scene.Height, 189, 534);
            Assert.InRange(scene.Box.X, 0, scene.Width);
            Assert.InRange(scene.Box.Right, 0, scene.Width);
            Assert.InRange(scene.Box.Y, 0, scene.Height);
            Assert.InRange(scene.Box.Bottom, 0, scene.Height);
            var share = Math.Max(scene.Box.Width / scene.Width, scene.Box.Height / scene.Height);
            Assert.InRange(share, 0.25 - 1e-6, 0.60 + 1e-6);
        }
    }
}
