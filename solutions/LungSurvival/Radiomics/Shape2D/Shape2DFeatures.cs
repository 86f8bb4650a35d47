namespace Solutions.LungSurvival.Radiomics.Shape2D;

/// <summary>
/// pyradiomics' 9 default 2-D shape features (mm, mm^2), taken on the axial slice where the mask has the most voxels
/// (the lowest such slice on a tie). The contour is a closed marching-squares polygon of the slice padded by one
/// pixel; <see cref="MaximumDiameter"/> is between its vertices; axis lengths are 4 sqrt(eigenvalue) of the covariance
/// of the pixel centres normalised by N. <see cref="Elongation"/> is NaN for a single pixel, as in pyradiomics.
/// </summary>
/// <param name="Slice">The slice (z index in the image) the features describe.</param>
/// <param name="MeshSurface">Area enclosed by the contour.</param>
/// <param name="PixelSurface">Pixel count times the pixel area.</param>
/// <param name="Sphericity">2 sqrt(pi A) / P: 1 for a circle, less otherwise.</param>
public sealed record Shape2DFeatures(
    int Slice,
    double MeshSurface,
    double PixelSurface,
    double Perimeter,
    double PerimeterSurfaceRatio,
    double Sphericity,
    double MaximumDiameter,
    double MajorAxisLength,
    double MinorAxisLength,
    double Elongation)
{
    internal const string Prefix = "original_shape2D_";

    /// <summary>The features under pyradiomics' names, in the order of pyradiomics' documentation (the slice is not a feature).</summary>
    public IEnumerable<KeyValuePair<string, double>> Named()
    {
        yield return new(Prefix + nameof(MeshSurface), MeshSurface);
        yield return new(Prefix + nameof(PixelSurface), PixelSurface);
        yield return new(Prefix + nameof(Perimeter), Perimeter);
        yield return new(Prefix + nameof(PerimeterSurfaceRatio), PerimeterSurfaceRatio);
        yield return new(Prefix + nameof(Sphericity), Sphericity);
        yield return new(Prefix + nameof(MaximumDiameter), MaximumDiameter);
        yield return new(Prefix + nameof(MajorAxisLength), MajorAxisLength);
        yield return new(Prefix + nameof(MinorAxisLength), MinorAxisLength);
        yield return new(Prefix + nameof(Elongation), Elongation);
    }
}
