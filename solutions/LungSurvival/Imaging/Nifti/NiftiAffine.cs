using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// Converts between a grid in DICOM patient coordinates (LPS+) and NIfTI's RAS+ voxel-to-world matrix: the x and y
/// rows change sign, as dcm2niix and nibabel do.
/// </summary>
public static class NiftiAffine
{
    /// <summary>The 4 x 4 RAS+ affine of <paramref name="geometry"/>.</summary>
    public static double[,] FromGeometry(VolumeGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        Vector3D[] axes = [geometry.SpacingX * geometry.AxisX, geometry.SpacingY * geometry.AxisY, geometry.SpacingZ * geometry.AxisZ];
        var affine = new double[4, 4];
        for (var column = 0; column < 3; column++)
        {
            affine[0, column] = -axes[column].X;
            affine[1, column] = -axes[column].Y;
            affine[2, column] = axes[column].Z;
        }
        affine[0, 3] = -geometry.Origin.X;
        affine[1, 3] = -geometry.Origin.Y;
        affine[2, 3] = geometry.Origin.Z;
        affine[3, 3] = 1;
        return affine;
    }

    /// <summary>The LPS grid of a RAS+ affine (its first three rows) for an image of the given size.</summary>
    /// <exception cref="ArgumentException">A column of the affine has zero or non-finite length.</exception>
    public static VolumeGeometry ToGeometry(double[,] affine, int sizeX, int sizeY, int sizeZ)
    {
        var spacing = new double[3];
        var axes = new Vector3D[3];
        for (var column = 0; column < 3; column++)
        {
            var lps = new Vector3D(-affine[0, column], -affine[1, column], affine[2, column]);
            spacing[column] = lps.Length;
            if (!(spacing[column] > 0) || !double.IsFinite(spacing[column]))
            {
                throw new ArgumentException($"The affine's column {column} has length {spacing[column]}; a voxel size must be positive and finite.");
            }
            axes[column] = lps.Normalized();
        }
        return new VolumeGeometry(sizeX, sizeY, sizeZ, new Vector3D(-affine[0, 3], -affine[1, 3], affine[2, 3]),
            spacing[0], spacing[1], spacing[2], axes[0], axes[1], axes[2]);
    }
}
