using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics.FirstOrder;
using Solutions.LungSurvival.Radiomics.Glcm;
using Solutions.LungSurvival.Radiomics.Gldm;
using Solutions.LungSurvival.Radiomics.Glrlm;
using Solutions.LungSurvival.Radiomics.Glszm;
using Solutions.LungSurvival.Radiomics.Ngtdm;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Radiomics.Resegmentation;
using Solutions.LungSurvival.Radiomics.Shape;
using Solutions.LungSurvival.Radiomics.Shape2D;

namespace Solutions.LungSurvival.Radiomics;

/// <summary>
/// Computes pyradiomics-compatible features of an image inside a mask, with pyradiomics' defaults unless
/// <see cref="RadiomicsSettings"/> says otherwise. Thread-safe: it holds only its settings.
/// </summary>
public sealed class RadiomicsExtractor(RadiomicsSettings? settings = null)
{
    public RadiomicsSettings Settings { get; } = settings ?? new RadiomicsSettings();

    /// <summary>Features of <paramref name="image"/> over the voxels where <paramref name="mask"/> is non-zero.</summary>
    public RadiomicsFeatures Extract(Volume3D<float> image, Volume3D<byte> mask)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (Settings.ResampledSpacing is { } spacing) (image, mask) = RegionResampler.Resample(image, mask, spacing, Settings.Interpolator);
        var region = MaskedRegion.Create(image, mask, Settings.Discretisation);
        var shapeRegion = region;
        if (Settings.ResegmentRange is { } range)
        {
            region = MaskedRegion.Create(image, MaskResegmentation.Apply(image, mask, range), Settings.Discretisation);
            if (Settings.ResegmentShape) shapeRegion = region;
        }

        return new RadiomicsFeatures(FirstOrderCalculator.Compute(region), GlcmCalculator.Compute(region),
            GlrlmCalculator.Compute(region),
            GlszmCalculator.Compute(region),
            GldmCalculator.Compute(region),
            NgtdmCalculator.Compute(region),
            ShapeCalculator.Compute(shapeRegion),
            Shape2DCalculator.Compute(shapeRegion));
    }

    /// <summary>Features of a NIfTI image over the voxels of a NIfTI label image equal to <paramref name="label"/> (pyradiomics' default 1).</summary>
    public RadiomicsFeatures Extract(NiftiImage image, NiftiImage mask, int label = 1)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        var labels = mask.Volume;
        var selected = new Volume3D<byte>(labels.Geometry);
        var voxels = labels.Voxels;
        var count = 0;
        for (var i = 0; i < voxels.Length; i++)
        {
            if (voxels[i] != label) continue;
            selected.Voxels[i] = 1;
            count++;
        }

        if (count == 0) throw new ArgumentException($"the mask has no voxel with label {label}", nameof(label));
        return Extract(image.Volume, selected);
    }
}
