namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>
/// Where a voxel grid lies in patient space: voxel (i, j, k) - column, row, slice - has its centre at
/// <c>Origin + i*SpacingX*AxisX + j*SpacingY*AxisY + k*SpacingZ*AxisZ</c>. AxisX is the DICOM row direction
/// (the first three values of Image Orientation (Patient)), AxisY the column direction, AxisZ the slice
/// direction; spacing X is Pixel Spacing's second value (between columns), spacing Y its first (between rows).
/// </summary>
public sealed record VolumeGeometry(int SizeX, int SizeY, int SizeZ, Vector3D Origin, double SpacingX, double SpacingY,
    double SpacingZ, Vector3D AxisX, Vector3D AxisY, Vector3D AxisZ)
{
    public long VoxelCount => (long)SizeX * SizeY * SizeZ;

    /// <summary>Direction cosines as a row-major 3x3 matrix whose columns are AxisX, AxisY, AxisZ (ITK's convention).</summary>
    public double[] DirectionMatrix =>
    [
        AxisX.X, AxisY.X, AxisZ.X,
        AxisX.Y, AxisY.Y, AxisZ.Y,
        AxisX.Z, AxisY.Z, AxisZ.Z,
    ];

    public Vector3D IndexToPatient(double i, double j, double k) =>
        Origin + (i * SpacingX) * AxisX + (j * SpacingY) * AxisY + (k * SpacingZ) * AxisZ;

    /// <summary>Continuous voxel index (i, j, k) of a patient point; inverts the full matrix, so oblique grids work too.</summary>
    public Vector3D PatientToIndex(Vector3D point)
    {
        var a = SpacingX * AxisX;
        var b = SpacingY * AxisY;
        var c = SpacingZ * AxisZ;
        var d = point - Origin;
        // Cramer's rule: the columns a, b, c are the voxel steps.
        var det = a.Dot(b.Cross(c));
        if (Math.Abs(det) < 1e-12) throw new InvalidOperationException("the volume axes are degenerate (zero spacing or parallel axes)");
        return new Vector3D(d.Dot(b.Cross(c)) / det, a.Dot(d.Cross(c)) / det, a.Dot(b.Cross(d)) / det);
    }

    /// <summary>The same grid with a different number of slices (e.g. a mask over a subset).</summary>
    public bool SameGridAs(VolumeGeometry other, double tolerance = 1e-3) =>
        SizeX == other.SizeX && SizeY == other.SizeY && SizeZ == other.SizeZ
        && (Origin - other.Origin).Length < tolerance
        && Math.Abs(SpacingX - other.SpacingX) < tolerance && Math.Abs(SpacingY - other.SpacingY) < tolerance
        && Math.Abs(SpacingZ - other.SpacingZ) < tolerance
        && (AxisX - other.AxisX).Length < tolerance && (AxisY - other.AxisY).Length < tolerance
        && (AxisZ - other.AxisZ).Length < tolerance;
}
