using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Radiomics.Resegmentation;

namespace Solutions.LungSurvival.Radiomics;

/// <summary>Extraction settings; the defaults are pyradiomics' (bin width 25, label 1).</summary>
public sealed record RadiomicsSettings
{
    /// <summary>How intensities are binned into grey levels. <value>The default is a fixed bin width of 25.</value></summary>
    public GreyLevelDiscretisation Discretisation { get; init; } = GreyLevelDiscretisation.Default;

    /// <summary>
    /// The voxel spacing to resample image and mask to before extraction (pyradiomics' <c>resampledPixelSpacing</c>);
    /// a 0 component keeps that axis' spacing. The image is interpolated by <see cref="Interpolator"/>, the mask by
    /// nearest neighbour.
    /// <value>The default is null: no resampling.</value>
    /// </summary>
    public VoxelSpacing? ResampledSpacing { get; init; }

    /// <summary>
    /// How the image is interpolated when <see cref="ResampledSpacing"/> is set (pyradiomics' <c>interpolator</c>).
    /// <value>The default is <see cref="ImageInterpolator.BSpline"/>, pyradiomics' default.</value>
    /// </summary>
    public ImageInterpolator Interpolator { get; init; } = ImageInterpolator.BSpline;

    /// <summary>
    /// Re-segmentation (pyradiomics' <c>resegmentRange</c>, absolute): mask voxels outside this intensity range are left
    /// out of the first-order and texture features. Shape features keep the whole mask unless
    /// <see cref="ResegmentShape"/> is set, as in pyradiomics and IBSI's morphological mask.
    /// <value>The default is null: no re-segmentation.</value>
    /// </summary>
    public IntensityRange? ResegmentRange { get; init; }

    /// <summary>Whether shape features use the re-segmented mask too (pyradiomics' <c>resegmentShape</c>). <value>The default is false.</value></summary>
    public bool ResegmentShape { get; init; }
}
