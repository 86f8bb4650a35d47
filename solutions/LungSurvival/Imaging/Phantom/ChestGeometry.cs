using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// The grid of the synthetic chest scans: axial slices of a 350 mm field of view over 300 mm from below the
/// diaphragm (z = -300) to the apex (z = 0), axes along L, P and S as in a head-first supine scan.
/// </summary>
public static class ChestGeometry
{
    /// <summary>Transverse field of view, mm (a typical chest CT reconstruction).</summary>
    public const double FieldOfViewMm = 350;

    /// <summary>Cranio-caudal extent, mm.</summary>
    public const double ScanLengthMm = 300;

    public static VolumeGeometry For(VolumeSize size)
    {
        var dx = FieldOfViewMm / size.Columns;
        var dy = FieldOfViewMm / size.Rows;
        var dz = ScanLengthMm / size.Slices;
        return new VolumeGeometry(size.Columns, size.Rows, size.Slices,
            new Vector3D(-FieldOfViewMm / 2 + dx / 2, -FieldOfViewMm / 2 + dy / 2, -ScanLengthMm + dz / 2),
            dx, dy, dz, new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
    }
}
