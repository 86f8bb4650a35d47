using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Resegmentation;

/// <summary>Removes from a mask the voxels whose intensity lies outside a range, as pyradiomics' <c>resegmentMask</c> does.</summary>
internal static class MaskResegmentation
{
    public static Volume3D<byte> Apply(Volume3D<float> image, Volume3D<byte> mask, IntensityRange range)
    {
        var kept = new Volume3D<byte>(mask.Geometry);
        var count = 0;
        for (var i = 0; i < mask.Voxels.Length; i++)
        {
            if (mask.Voxels[i] == 0 || !range.Contains(image.Voxels[i])) continue;
            kept.Voxels[i] = 1;
            count++;
        }

        if (count == 0)
            throw new ArgumentException(
                $"re-segmentation to [{range.Minimum}, {range.Maximum}] leaves no voxel of the mask; check the range against the image's intensities",
                nameof(range));
        return kept;
    }
}
