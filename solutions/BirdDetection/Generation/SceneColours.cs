using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>Colours a bird might wear, for the clutter that should not be told from a bird by colour alone.</summary>
internal static class SceneColours
{
    private static readonly SKColor[] Saturated =
    [
        new(196, 30, 45), new(240, 160, 20), new(245, 205, 40), new(50, 130, 230), new(140, 70, 170), new(230, 110, 150),
        new(20, 130, 140), new(40, 38, 42), new(238, 238, 232), new(160, 75, 35),
    ];

    public static SKColor BirdLike(Random random) => Saturated[random.Next(Saturated.Length)];
}
