using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>Reads a volume at the voxel centres of another grid, following SimpleITK's interpolators.</summary>
internal static class VoxelSampling
{
    /// <summary>Trilinear interpolation; at the outer half voxel the edge voxels are repeated, beyond it the value is 0.</summary>
    public static Volume3D<float> Linear(Volume3D<float> source, VolumeGeometry target)
    {
        var result = new Volume3D<float>(target);
        var s = source.Voxels;
        int sx = source.SizeX, sy = source.SizeY, sz = source.SizeZ;
        var n = 0;
        foreach (var c in Centres(source.Geometry, target))
        {
            if (Inside(c, sx, sy, sz))
            {
                var (x0, x1, fx) = Corners(c.X, sx);
                var (y0, y1, fy) = Corners(c.Y, sy);
                var (z0, z1, fz) = Corners(c.Z, sz);
                double Row(int y, int z) => (1 - fx) * s[x0 + sx * (y + sy * z)] + fx * s[x1 + sx * (y + sy * z)];
                double Plane(int z) => (1 - fy) * Row(y0, z) + fy * Row(y1, z);
                result.Voxels[n] = (float)((1 - fz) * Plane(z0) + fz * Plane(z1));
            }

            n++;
        }

        return result;
    }

    /// <summary>
    /// Cubic B-spline interpolation (ITK's, order 3); beyond the outer half voxel the value is 0. The spline is computed in
    /// double precision and each value rounded to float, as SimpleITK writes a float image.
    /// </summary>
    public static Volume3D<float> BSpline(Volume3D<float> source, VolumeGeometry target)
    {
        var result = new Volume3D<float>(target);
        int sx = source.SizeX, sy = source.SizeY, sz = source.SizeZ;
        var (x, y, z) = Footprint(source.Geometry, target);
        var spline = CubicBSplineImage.Of(source, x, y, z);
        var n = 0;
        foreach (var c in Centres(source.Geometry, target))
        {
            if (Inside(c, sx, sy, sz)) result.Voxels[n] = (float)spline.ValueAt(c.X, c.Y, c.Z);
            n++;
        }

        return result;
    }

    /// <summary>Nearest neighbour, halves rounded up as ITK does; beyond the outer half voxel the value is 0.</summary>
    public static Volume3D<byte> Nearest(Volume3D<byte> source, VolumeGeometry target)
    {
        var result = new Volume3D<byte>(target);
        int sx = source.SizeX, sy = source.SizeY, sz = source.SizeZ;
        var n = 0;
        foreach (var c in Centres(source.Geometry, target))
        {
            if (Inside(c, sx, sy, sz))
                result.Voxels[n] = source.Voxels[Nearest(c.X, sx) + sx * (Nearest(c.Y, sy) + sy * Nearest(c.Z, sz))];
            n++;
        }

        return result;
    }

    /// <summary>The continuous source index of each target voxel centre, in storage order; both grids are affine, so steps are constant.</summary>
    private static IEnumerable<Vector3D> Centres(VolumeGeometry source, VolumeGeometry target)
    {
        var origin = source.PatientToIndex(target.IndexToPatient(0, 0, 0));
        var stepX = source.PatientToIndex(target.IndexToPatient(1, 0, 0)) - origin;
        var stepY = source.PatientToIndex(target.IndexToPatient(0, 1, 0)) - origin;
        var stepZ = source.PatientToIndex(target.IndexToPatient(0, 0, 1)) - origin;
        for (var k = 0; k < target.SizeZ; k++)
            for (var j = 0; j < target.SizeY; j++)
            {
                var row = origin + j * stepY + k * stepZ;
                for (var i = 0; i < target.SizeX; i++) yield return row + i * stepX;
            }
    }

    /// <summary>The source voxels, per axis, that the target grid's centres fall among (the grids are affine, so the corners bound them).</summary>
    private static ((int, int) X, (int, int) Y, (int, int) Z) Footprint(VolumeGeometry source, VolumeGeometry target)
    {
        double[] low = [double.MaxValue, double.MaxValue, double.MaxValue], high = [double.MinValue, double.MinValue, double.MinValue];
        foreach (var i in new[] { 0, target.SizeX - 1 })
            foreach (var j in new[] { 0, target.SizeY - 1 })
                foreach (var k in new[] { 0, target.SizeZ - 1 })
                {
                    var c = source.PatientToIndex(target.IndexToPatient(i, j, k));
                    double[] v = [c.X, c.Y, c.Z];
                    for (var a = 0; a < 3; a++) (low[a], high[a]) = (Math.Min(low[a], v[a]), Math.Max(high[a], v[a]));
                }

        (int, int) Range(int a, int size) =>
            ((int)Math.Clamp(Math.Floor(low[a]), 0, size - 1), (int)Math.Clamp(Math.Floor(high[a]), 0, size - 1));
        return (Range(0, source.SizeX), Range(1, source.SizeY), Range(2, source.SizeZ));
    }

    private static bool Inside(Vector3D c, int sx, int sy, int sz) =>
        c.X >= -0.5 && c.X < sx - 0.5 && c.Y >= -0.5 && c.Y < sy - 0.5 && c.Z >= -0.5 && c.Z < sz - 0.5;

    private static (int Low, int High, double Fraction) Corners(double c, int size)
    {
        var low = (int)Math.Floor(c);
        return (Math.Max(low, 0), Math.Min(low + 1, size - 1), c - low);
    }

    // The tiny nudge makes a centre that lies exactly on a voxel boundary, give or take rounding in the index
    // arithmetic, round up as exact arithmetic would.
    private static int Nearest(double c, int size) => Math.Clamp((int)Math.Floor(c + 0.5 + 1e-9), 0, size - 1);
}
