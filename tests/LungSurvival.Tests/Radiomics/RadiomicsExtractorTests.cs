using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class RadiomicsExtractorTests
{
    [Fact]
    public void Names_follow_pyradiomics()
    {
        var names = IbsiDigitalPhantom.Features.ToNamedValues().Keys.ToList();
        Assert.Equal(18 + 24 + 16 + 16 + 14 + 5 + 14 + 9, names.Count);
        Assert.Equal("original_firstorder_Energy", names[0]);
        Assert.Contains("original_firstorder_10Percentile", names);
        Assert.Contains("original_glcm_JointAverage", names);
        Assert.Contains("original_glcm_MCC", names);
        Assert.Contains("original_glrlm_LongRunHighGrayLevelEmphasis", names);
        Assert.Contains("original_glszm_SmallAreaEmphasis", names);
        Assert.Contains("original_gldm_DependenceEntropy", names);
        Assert.Contains("original_ngtdm_Strength", names);
        Assert.Contains("original_shape_Maximum3DDiameter", names);
        Assert.Equal("original_shape2D_Elongation", names[^1]);
    }

    [Fact]
    public void Only_masked_voxels_count()
    {
        // The voxel 100 lies outside the mask, so the mean is that of 1, 2, 3.
        var (image, mask) = TinyVolumes.Row(1, 1, 2, 3, 100);
        mask.Voxels[3] = 0;
        Assert.Equal(2, new RadiomicsExtractor().Extract(image, mask).FirstOrder.Mean, 12);
    }

    [Fact]
    public void Rejects_an_empty_mask()
    {
        var (image, mask) = TinyVolumes.Row(1, 1, 2);
        mask.Voxels.AsSpan().Clear();
        var error = Assert.Throws<ArgumentException>(() => new RadiomicsExtractor().Extract(image, mask));
        Assert.Contains("no voxels", error.Message);
    }

    [Fact]
    public void Rejects_a_mask_on_another_grid()
    {
        var (image, _) = TinyVolumes.Row(1, 1, 2, 3);
        var (_, mask) = TinyVolumes.Row(1, 1, 2);
        var error = Assert.Throws<ArgumentException>(() => new RadiomicsExtractor().Extract(image, mask));
        Assert.Contains("does not match", error.Message);
    }

    [Fact]
    public void Rejects_a_label_the_mask_does_not_hold()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new RadiomicsExtractor().Extract(IbsiDigitalPhantom.Image, IbsiDigitalPhantom.Mask, label: 2));
        Assert.Contains("label 2", error.Message);
    }

    [Fact]
    public void Rejects_a_non_finite_intensity_in_the_mask()
    {
        var (image, mask) = TinyVolumes.Row(1, 1, float.NaN);
        var error = Assert.Throws<ArgumentException>(() => new RadiomicsExtractor().Extract(image, mask));
        Assert.Contains("(1, 0, 0)", error.Message);
    }
}
