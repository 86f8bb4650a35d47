using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>A synthetic chest CT and its tumour segmentation on the same grid.</summary>
/// <param name="Hounsfield">CT numbers.</param>
/// <param name="TumourMask">1 inside the tumour, 0 elsewhere, on the CT's grid.</param>
/// <param name="TumourCentre">Centre of the tumour's ellipsoid, LPS mm.</param>
public sealed record ChestScan(Volume3D<short> Hounsfield, Volume3D<byte> TumourMask, Vector3D TumourCentre)
{
    public VolumeGeometry Geometry => Hounsfield.Geometry;

    public int TumourVoxels => TumourMask.Voxels.Count(m => m != 0);

    /// <summary>The slice with the largest tumour cross-section (the first of equals), or -1 without a tumour.</summary>
    public int LargestTumourSlice()
    {
        int best = -1, bestArea = 0;
        for (var z = 0; z < TumourMask.SizeZ; z++)
        {
            var area = 0;
            foreach (var voxel in TumourMask.Slice(z))
            {
                area += voxel;
            }
            if (area > bestArea)
            {
                (best, bestArea) = (z, area);
            }
        }
        return best;
    }
}
