using Solutions.LungSurvival.Imaging.Phantom;

namespace Solutions.LungSurvival.Imaging.Pictures;

/// <summary>
/// One plane of a CT and its mask, oriented the way radiologists read it: axial with the patient's right on the
/// left and anterior at the top; coronal and sagittal with superior at the top.
/// </summary>
/// <param name="Hounsfield">Width x Height values, row by row from the top.</param>
/// <param name="PixelWidthMm">Physical width of one pixel.</param>
/// <param name="PixelHeightMm">Physical height of one pixel.</param>
public sealed record SliceView(string Title, int Width, int Height, short[] Hounsfield, byte[] Mask, double PixelWidthMm, double PixelHeightMm)
{
    public static SliceView Axial(ChestScan scan, int z)
    {
        var g = scan.Geometry;
        CheckIndex(z, g.SizeZ, "axial slice");
        return new SliceView($"axial z={z}", g.SizeX, g.SizeY,
            scan.Hounsfield.Slice(z).ToArray(), scan.TumourMask.Slice(z).ToArray(), g.SpacingX, g.SpacingY);
    }

    public static SliceView Coronal(ChestScan scan, int y)
    {
        var g = scan.Geometry;
        CheckIndex(y, g.SizeY, "coronal row");
        return Build($"coronal y={y}", g.SizeX, g.SizeZ, g.SpacingX, g.SpacingZ, scan, (column, row) => scan.Hounsfield.Index(column, y, g.SizeZ - 1 - row));
    }

    public static SliceView Sagittal(ChestScan scan, int x)
    {
        var g = scan.Geometry;
        CheckIndex(x, g.SizeX, "sagittal column");
        return Build($"sagittal x={x}", g.SizeY, g.SizeZ, g.SpacingY, g.SpacingZ, scan, (column, row) => scan.Hounsfield.Index(x, column, g.SizeZ - 1 - row));
    }

    private static SliceView Build(string title, int width, int height, double pixelWidth, double pixelHeight, ChestScan scan, Func<int, int, int> source)
    {
        var hounsfield = new short[width * height];
        var mask = new byte[width * height];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var index = source(column, row);
                hounsfield[row * width + column] = scan.Hounsfield.Voxels[index];
                mask[row * width + column] = scan.TumourMask.Voxels[index];
            }
        }
        return new SliceView(title, width, height, hounsfield, mask, pixelWidth, pixelHeight);
    }

    private static void CheckIndex(int index, int count, string what)
    {
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The {what} must be in [0, {count - 1}].");
        }
    }
}
