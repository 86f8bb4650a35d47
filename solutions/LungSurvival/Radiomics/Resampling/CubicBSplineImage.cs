using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>
/// The cubic B-spline through an image's voxels, evaluated at continuous voxel indices as ITK's
/// <c>BSplineInterpolateImageFunction</c> (order 3) does: the 4 x 4 x 4 coefficients around the point, weighted by the
/// cubic B-spline kernel, indices beyond an edge mirrored about the edge voxel.
/// </summary>
internal sealed class CubicBSplineImage
{
    /// <summary>
    /// Coefficients kept beyond the voxels a sampling needs. A coefficient's dependence on a sample d voxels away decays
    /// as |z|^d = 0.268^d, so 30 voxels put the effect of cutting the block (instead of prefiltering the whole image, as
    /// ITK does) near 1e-17 of the intensities: below double rounding, at a fraction of the memory and time on a whole CT.
    /// </summary>
    public const int Margin = 30;

    private readonly double[] coefficients;
    private readonly int startX, startY, startZ, sizeX, sizeY, sizeZ;

    private CubicBSplineImage(double[] coefficients, (int X, int Y, int Z) start, (int X, int Y, int Z) size)
    {
        this.coefficients = coefficients;
        (startX, startY, startZ) = start;
        (sizeX, sizeY, sizeZ) = size;
    }

    /// <summary>The spline of the whole image.</summary>
    public static CubicBSplineImage Of(Volume3D<float> image) =>
        Of(image, (0, image.SizeX - 1), (0, image.SizeY - 1), (0, image.SizeZ - 1));

    /// <summary>
    /// The spline for points whose continuous indices lie within the given voxel ranges: the coefficients of those
    /// voxels, their 4-voxel neighbourhoods and <see cref="Margin"/> more, clamped to the image.
    /// </summary>
    public static CubicBSplineImage Of(Volume3D<float> image, (int From, int To) x, (int From, int To) y, (int From, int To) z)
    {
        var (x0, x1) = Widen(x, image.SizeX);
        var (y0, y1) = Widen(y, image.SizeY);
        var (z0, z1) = Widen(z, image.SizeZ);
        int nx = x1 - x0 + 1, ny = y1 - y0 + 1, nz = z1 - z0 + 1;
        var values = new double[nx * ny * nz];
        var voxels = image.Voxels;
        for (var k = 0; k < nz; k++)
            for (var j = 0; j < ny; j++)
            {
                var from = x0 + image.SizeX * (y0 + j + image.SizeY * (z0 + k));
                var to = nx * (j + ny * k);
                for (var i = 0; i < nx; i++) values[to + i] = voxels[from + i];
            }

        SplinePrefilter.Decompose(values, nx, ny, nz);
        return new CubicBSplineImage(values, (x0, y0, z0), (nx, ny, nz));
    }

    /// <summary>The spline's value at continuous voxel index (x, y, z) of the image.</summary>
    public double ValueAt(double x, double y, double z)
    {
        Span<double> wx = stackalloc double[4], wy = stackalloc double[4], wz = stackalloc double[4];
        Span<int> ix = stackalloc int[4], iy = stackalloc int[4], iz = stackalloc int[4];
        Support(x, startX, sizeX, wx, ix);
        Support(y, startY, sizeY, wy, iy);
        Support(z, startZ, sizeZ, wz, iz);
        var sum = 0.0;
        for (var k = 0; k < 4; k++)
        {
            var plane = 0.0;
            for (var j = 0; j < 4; j++)
            {
                var row = sizeX * (iy[j] + sizeY * iz[k]);
                plane += wy[j] * (wx[0] * coefficients[row + ix[0]] + wx[1] * coefficients[row + ix[1]]
                    + wx[2] * coefficients[row + ix[2]] + wx[3] * coefficients[row + ix[3]]);
            }

            sum += wz[k] * plane;
        }

        return sum;
    }

    /// <summary>The kernel weights of the 4 coefficients around <paramref name="c"/> and their mirrored positions in the block.</summary>
    private static void Support(double c, int start, int size, Span<double> weights, Span<int> indices)
    {
        var first = (int)Math.Floor(c) - 1;
        var w = c - (first + 1);
        // ITK's arrangement of the cubic B-spline at offsets 1 + w, w, 1 - w, 2 - w.
        weights[3] = w * w * w / 6.0;
        weights[0] = 1.0 / 6.0 + 0.5 * w * (w - 1.0) - weights[3];
        weights[2] = w + weights[0] - 2.0 * weights[3];
        weights[1] = 1.0 - weights[0] - weights[2] - weights[3];
        for (var k = 0; k < 4; k++) indices[k] = Mirror(first + k - start, size);
    }

    /// <summary>Reflects an index about the first and last samples (period 2n - 2), as ITK's mirror boundary does.</summary>
    private static int Mirror(int index, int size)
    {
        if (size == 1) return 0;
        var period = 2 * size - 2;
        index = index < 0 ? -index % period : index % period;
        return index < size ? index : period - index;
    }

    private static (int From, int To) Widen((int From, int To) range, int size) =>
        (Math.Max(0, range.From - 1 - Margin), Math.Min(size - 1, range.To + 2 + Margin));
}
