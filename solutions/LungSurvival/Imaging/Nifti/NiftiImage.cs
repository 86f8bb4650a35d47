namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// A 3-D NIfTI-1 image: voxels in file order (x fastest, then y, then z) with their geometry in DICOM's patient
/// coordinates (LPS+, millimetres), which is what DICOM series give; <see cref="RasAffine"/> is the NIfTI view of it.
/// </summary>
/// <param name="SizeX">Voxels along the first axis (DICOM columns).</param>
/// <param name="SizeY">Voxels along the second axis (DICOM rows).</param>
/// <param name="SizeZ">Voxels along the third axis (slices).</param>
/// <param name="Spacing">Voxel size along x, y, z in mm.</param>
/// <param name="Origin">LPS position (mm) of the centre of voxel (0, 0, 0).</param>
/// <param name="Direction">
/// Row-major 3 x 3 matrix whose columns are the LPS unit vectors of the x, y and z axes (DICOM's row cosine, column
/// cosine and slice normal).
/// </param>
/// <param name="Voxels">Voxel values after <c>scl_slope</c> and <c>scl_inter</c> (Hounsfield units for CT, 0/1 for masks).</param>
/// <param name="DataType">How the voxels are stored on disk.</param>
public sealed record NiftiImage(
    int SizeX, int SizeY, int SizeZ,
    double[] Spacing, double[] Origin, double[] Direction,
    float[] Voxels, NiftiDataType DataType)
{
    /// <summary>The value of voxel (x, y, z).</summary>
    public float this[int x, int y, int z] => Voxels[((long)z * SizeY + y) * SizeX + x];

    /// <summary>
    /// The 4 x 4 voxel-to-world matrix in NIfTI's RAS+ convention, as nibabel's <c>img.affine</c> gives it: DICOM's
    /// LPS+ matrix with the x and y rows negated (what dcm2niix and nibabel do).
    /// </summary>
    public double[,] RasAffine()
    {
        var affine = new double[4, 4];
        for (var row = 0; row < 3; row++)
        {
            var flip = row < 2 ? -1.0 : 1.0;
            for (var column = 0; column < 3; column++)
            {
                affine[row, column] = flip * Direction[row * 3 + column] * Spacing[column];
            }
            affine[row, 3] = flip * Origin[row];
        }
        affine[3, 3] = 1;
        return affine;
    }

    /// <summary>Checks the sizes agree, so a bad image fails where it is built rather than in the writer.</summary>
    public NiftiImage Validated()
    {
        if (SizeX <= 0 || SizeY <= 0 || SizeZ <= 0)
        {
            throw new ArgumentException($"NIfTI sizes must be positive, got {SizeX} x {SizeY} x {SizeZ}.");
        }
        if ((long)SizeX * SizeY * SizeZ != Voxels.Length)
        {
            throw new ArgumentException($"{SizeX} x {SizeY} x {SizeZ} voxels expected, {Voxels.Length} given.");
        }
        if (Spacing.Length != 3 || Origin.Length != 3 || Direction.Length != 9)
        {
            throw new ArgumentException("Spacing and Origin need 3 values and Direction 9 (row-major 3 x 3).");
        }
        if (Spacing.Any(s => !(s > 0) || double.IsInfinity(s)))
        {
            throw new ArgumentException($"Spacing must be positive and finite, got {string.Join(", ", Spacing)}.");
        }
        return this;
    }
}
