namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>How the image's intensities are interpolated when it is resampled (pyradiomics' <c>interpolator</c>); the mask is always resampled by nearest neighbour.</summary>
public enum ImageInterpolator
{
    /// <summary>
    /// Cubic B-spline, pyradiomics' default (SimpleITK's <c>sitkBSpline</c>: ITK's B-spline interpolation of order 3
    /// after its recursive prefilter, with mirror boundaries). Exact at the voxel centres and smooth between them; it
    /// can overshoot the neighbouring intensities near sharp edges.
    /// </summary>
    BSpline,

    /// <summary>Trilinear (SimpleITK's <c>sitkLinear</c>): never leaves the range of the 8 neighbouring intensities.</summary>
    Linear,
}
