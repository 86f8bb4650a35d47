using SkiaSharp;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Tests.Data;
using Solutions.BirdDetection.Training;

namespace Solutions.BirdDetection.Tests.Training;

public sealed class DatasetFingerprintTests
{
    [Fact]
    public void The_fingerprint_changes_with_a_box_an_image_or_the_split_and_not_otherwise()
    {
        using var folder = new CubFolder();
        var original = DatasetFingerprint.Compute(CubDataset.Load(folder.Parent));
        Assert.Matches("^[0-9a-f]{64}$", original);
        Assert.Equal(original, DatasetFingerprint.Compute(CubDataset.Load(folder.Parent)));

        folder.Write(CubLayout.BoundingBoxesFile, "1 11.0 6.0 20.0 12.0", "2 0.0 0.0 50.0 20.0", "3 4.0 3.0 8.0 6.0", "4 16.0 12.0 32.0 24.0");
        var movedBox = DatasetFingerprint.Compute(CubDataset.Load(folder.Parent));
        folder.Write(CubLayout.TrainTestSplitFile, "1 1", "2 1", "3 1", "4 0");
        var otherSplit = DatasetFingerprint.Compute(CubDataset.Load(folder.Parent));
        var image = Path.Combine(folder.Root, CubLayout.ImagesFolder, "003.Grey_Lark", "Grey_Lark_0001.png");
        using (var bitmap = TestImages.Solid(64, 48, SKColors.Red))
            File.WriteAllBytes(image, TestImages.Encode(bitmap, SKEncodedImageFormat.Png));
        var otherPixels = DatasetFingerprint.Compute(CubDataset.Load(folder.Parent));

        Assert.Equal(4, new[] { original, movedBox, otherSplit, otherPixels }.Distinct().Count());
    }
}
