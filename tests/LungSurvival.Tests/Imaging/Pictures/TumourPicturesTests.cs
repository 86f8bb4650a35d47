using SkiaSharp;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Pictures;

namespace Solutions.LungSurvival.Tests.Imaging.Pictures;

public sealed class TumourPicturesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pictures-").FullName;
    private readonly ChestScan _scan = ChestPhantom.Build(new TumourTraits("LLL", 35, 1.3, 0.6, 30, Seed: 4), new VolumeSize(64, 64, 30), seed: 9);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Axial_picture_is_a_png_through_the_largest_tumour_section_with_overlay_and_contour()
    {
        var path = Path.Combine(_folder, "axial.png");

        var slice = TumourPictures.WriteAxial(_scan, path, "test");

        Assert.Equal(_scan.LargestTumourSlice(), slice);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var bitmap = SKBitmap.Decode(bytes);
        // Two 350 mm panels at 1.2 px/mm side by side, plus gaps.
        Assert.InRange(bitmap.Width, 2 * 420, 2 * 420 + 40);
        var pixels = bitmap.Pixels;
        Assert.Contains(pixels, p => p.Red > 200 && p.Green > 180 && p.Blue < 80); // the yellow contour
        Assert.Contains(pixels, p => p.Red > p.Green + 40 && p.Red > p.Blue + 40); // the red fill
    }

    [Fact]
    public void Ortho_picture_keeps_physical_proportions()
    {
        var path = Path.Combine(_folder, "ortho.png");

        TumourPictures.WriteOrtho(_scan, path, "test");

        using var bitmap = SKBitmap.Decode(path);
        // Axial 350 + coronal 350 + sagittal 350 mm wide at 1.2 px/mm, 4 gaps of 8 px; height: 350 mm + titles.
        Assert.InRange(bitmap.Width, 3 * 420 + 30, 3 * 420 + 34);
        Assert.InRange(bitmap.Height, 420 + 44, 420 + 62);
    }

    [Fact]
    public void Windows_map_their_range_to_black_and_white()
    {
        // Lung window W 1500 / L -600: -1350 HU is black, 150 HU white, -600 mid-grey.
        Assert.Equal(0, CtWindow.Lung.Gray(-1350));
        Assert.Equal(255, CtWindow.Lung.Gray(150));
        Assert.Equal(128, CtWindow.Lung.Gray(-600));
        Assert.Equal(0, CtWindow.Mediastinal.Gray(-160));
        Assert.Equal(255, CtWindow.Mediastinal.Gray(240));
    }
}
