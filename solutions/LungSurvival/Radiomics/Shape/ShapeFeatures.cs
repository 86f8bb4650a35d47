namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// pyradiomics' 14 default 3-D shape features of the mask (the image plays no part), in mm. The mesh features use a
/// closed marching-cubes mesh of the mask padded by one voxel; diameters are between mesh vertices; the axis lengths
/// are 4 sqrt(eigenvalue) of the covariance of the voxel centres normalised by N, pyradiomics' convention (IBSI uses
/// N - 1). <see cref="Elongation"/> and <see cref="Flatness"/> are NaN for a single voxel, as in pyradiomics.
/// </summary>
public sealed record ShapeFeatures(
    double MeshVolume,
    double VoxelVolume,
    double SurfaceArea,
    double SurfaceVolumeRatio,
    double Sphericity,
    double Maximum3DDiameter,
    double Maximum2DDiameterSlice,
    double Maximum2DDiameterColumn,
    double Maximum2DDiameterRow,
    double MajorAxisLength,
    double MinorAxisLength,
    double LeastAxisLength,
    double Elongation,
    double Flatness)
{
    internal const string Prefix = "original_shape_";

    /// <summary>The features under pyradiomics' names, in the order of pyradiomics' documentation.</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(MeshVolume), MeshVolume);
        yield return new(Prefix + nameof(VoxelVolume), VoxelVolume);
        yield return new(Prefix + nameof(SurfaceArea), SurfaceArea);
        yield return new(Prefix + nameof(SurfaceVolumeRatio), SurfaceVolumeRatio);
        yield return new(Prefix + nameof(Sphericity), Sphericity);
        yield return new(Prefix + nameof(Maximum3DDiameter), Maximum3DDiameter);
        yield return new(Prefix + nameof(Maximum2DDiameterSlice), Maximum2DDiameterSlice);
        yield return new(Prefix + nameof(Maximum2DDiameterColumn), Maximum2DDiameterColumn);
        yield return new(Prefix + nameof(Maximum2DDiameterRow), Maximum2DDiameterRow);
        yield return new(Prefix + nameof(MajorAxisLength), MajorAxisLength);
        yield return new(Prefix + nameof(MinorAxisLength), MinorAxisLength);
        yield return new(Prefix + nameof(LeastAxisLength), LeastAxisLength);
        yield return new(Prefix + nameof(Elongation), Elongation);
        yield return new(Prefix + nameof(Flatness), Flatness);
    }
}
