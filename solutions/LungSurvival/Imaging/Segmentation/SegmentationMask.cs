using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>A mask on a CT grid (1 inside, or segment numbers for a label map) and what looked wrong while making it.</summary>
public sealed record SegmentationMask(Volume3D<byte> Mask, IReadOnlyList<string> Warnings)
{
    public long VoxelCount => Mask.Voxels.LongCount(v => v != 0);
}
