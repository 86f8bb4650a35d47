using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Tests.Imaging.Nifti;

/// <summary>Small volumes with hand-checkable voxels and geometry for the NIfTI tests.</summary>
internal static class TestVolumes
{
    /// <summary>
    /// 6 x 5 x 4 voxels on an axis-aligned LPS grid: spacing 0.5 x 0.75 x 2 mm, origin (10, 20, -30). Its RAS affine
    /// is therefore diag(-0.5, -0.75, 2) with translation (-10, -20, -30): x and y negated, z kept.
    /// </summary>
    public static VolumeGeometry Axial { get; } = new(6, 5, 4, new Vector3D(10, 20, -30), 0.5, 0.75, 2,
        new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    public static double[,] AxialRasAffine { get; } = new double[,]
    {
        { -0.5, 0, 0, -10 },
        { 0, -0.75, 0, -20 },
        { 0, 0, 2, -30 },
        { 0, 0, 0, 1 },
    };

    /// <summary>
    /// An oblique grid: in-plane axes turned 25 degrees about the slice normal, the normal tilted 10 degrees from
    /// +z; and slices stacked towards -z, which makes the RAS matrix left-handed (qfac -1).
    /// </summary>
    public static VolumeGeometry ObliqueLeftHanded()
    {
        var (s, c) = Math.SinCos(25 * Math.PI / 180);
        var (st, ct) = Math.SinCos(10 * Math.PI / 180);
        var axisX = new Vector3D(c, s, 0);
        var axisY = new Vector3D(-s * ct, c * ct, st);
        var axisZ = axisX.Cross(axisY);
        return new VolumeGeometry(7, 6, 5, new Vector3D(-120.5, 33.25, 80), 0.8, 0.9, 2.5, axisX, axisY, -1 * axisZ);
    }

    /// <summary>Voxel (x, y, z) = x + 10 y + 100 z - 500: every voxel distinct, negative and positive.</summary>
    public static Volume3D<short> Int16Ramp(VolumeGeometry geometry)
    {
        var volume = new Volume3D<short>(geometry);
        for (var z = 0; z < geometry.SizeZ; z++)
        for (var y = 0; y < geometry.SizeY; y++)
        for (var x = 0; x < geometry.SizeX; x++)
        {
            volume[x, y, z] = (short)(x + 10 * y + 100 * z - 500);
        }
        return volume;
    }
}
