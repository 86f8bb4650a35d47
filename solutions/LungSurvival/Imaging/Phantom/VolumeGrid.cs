namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// An axial CT grid in DICOM patient coordinates (LPS+, mm): voxel (x, y, z) sits at
/// <c>Origin + (x * SpacingX, y * SpacingY, z * SpacingZ)</c>, axes along L, P and S (an identity direction, as a
/// head-first supine axial scan has).
/// </summary>
public sealed record VolumeGrid(int SizeX, int SizeY, int SizeZ, double SpacingX, double SpacingY, double SpacingZ, double OriginX, double OriginY, double OriginZ)
{
    /// <summary>Transverse field of view of the synthetic scans, mm (a typical chest CT reconstruction).</summary>
    public const double FieldOfViewMm = 350;

    /// <summary>Cranio-caudal extent of the synthetic scans, mm: apex to below the diaphragm.</summary>
    public const double ScanLengthMm = 300;

    public int VoxelCount => SizeX * SizeY * SizeZ;

    /// <summary>The grid of a synthetic chest scan of the given size, centred on the body axis.</summary>
    public static VolumeGrid ForChest(VolumeSize size)
    {
        var dx = FieldOfViewMm / size.Columns;
        var dy = FieldOfViewMm / size.Rows;
        var dz = ScanLengthMm / size.Slices;
        return new VolumeGrid(size.Columns, size.Rows, size.Slices, dx, dy, dz,
            -FieldOfViewMm / 2 + dx / 2, -FieldOfViewMm / 2 + dy / 2, -ScanLengthMm + dz / 2);
    }

    public double X(int column) => OriginX + column * SpacingX;

    public double Y(int row) => OriginY + row * SpacingY;

    public double Z(int slice) => OriginZ + slice * SpacingZ;

    public int Index(int x, int y, int z) => (z * SizeY + y) * SizeX + x;
}
