using SkiaSharp;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Tests.Data;

/// <summary>
/// A small hand-made CUB-200-2011 folder in a temporary directory: three classes, four images of known sizes. Tests
/// overwrite one file to make it bad.
/// </summary>
internal sealed class CubFolder : IDisposable
{
    public CubFolder()
    {
        Parent = Directory.CreateTempSubdirectory("cub-").FullName;
        Root = Path.Combine(Parent, CubLayout.TopFolder);
        WriteImage("001.Red_Finch/Red_Finch_0001.png", 40, 30);
        WriteImage("001.Red_Finch/Red_Finch_0002.jpg", 50, 20);
        WriteImage("002.Blue_Wren/Blue_Wren_0001.png", 40, 30);
        WriteImage("003.Grey_Lark/Grey_Lark_0001.png", 64, 48);
        Write(CubLayout.ClassesFile, "1 001.Red_Finch", "2 002.Blue_Wren", "3 003.Grey_Lark");
        Write(CubLayout.ImagesFile,
            "1 001.Red_Finch/Red_Finch_0001.png", "2 001.Red_Finch/Red_Finch_0002.jpg",
            "3 002.Blue_Wren/Blue_Wren_0001.png", "4 003.Grey_Lark/Grey_Lark_0001.png");
        Write(CubLayout.ImageClassLabelsFile, "1 1", "2 1", "3 2", "4 3");
        Write(CubLayout.BoundingBoxesFile, "1 10.0 6.0 20.0 12.0", "2 0.0 0.0 50.0 20.0", "3 4.0 3.0 8.0 6.0", "4 16.0 12.0 32.0 24.0");
        Write(CubLayout.TrainTestSplitFile, "1 1", "2 0", "3 1", "4 0");
    }

    /// <summary>The folder holding CUB_200_2011.</summary>
    public string Parent { get; }

    public string Root { get; }

    public void Write(string file, params string[] lines) =>
        File.WriteAllText(Path.Combine(Root, file), string.Join("\n", lines) + "\n");

    public void WriteImage(string relativePath, int width, int height)
    {
        var path = Path.Combine(Root, CubLayout.ImagesFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.OliveDrab);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(path.EndsWith(".png", StringComparison.Ordinal) ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(path, data.ToArray());
    }

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
