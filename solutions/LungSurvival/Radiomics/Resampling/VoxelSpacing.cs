namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>A voxel spacing in millimetres along the volume's x, y and z axes; 0 on an axis means "keep the current spacing".</summary>
public readonly record struct VoxelSpacing(double X, double Y, double Z)
{
    /// <summary>The same spacing on all three axes.</summary>
    public static VoxelSpacing Isotropic(double millimetres) => new(millimetres, millimetres, millimetres);
}
