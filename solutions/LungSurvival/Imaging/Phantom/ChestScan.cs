namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>A synthetic chest CT and its tumour segmentation on the same grid.</summary>
/// <param name="Hounsfield">CT numbers, x fastest then y then z (<see cref="VolumeGrid.Index"/>).</param>
/// <param name="TumourMask">1 inside the tumour, 0 elsewhere, same order.</param>
/// <param name="TumourCentre">Centre of the tumour's ellipsoid, LPS mm.</param>
public sealed record ChestScan(VolumeGrid Grid, short[] Hounsfield, byte[] TumourMask, (double X, double Y, double Z) TumourCentre)
{
    public int TumourVoxels => TumourMask.Count(m => m != 0);

    /// <summary>The slice with the largest tumour cross-section (the first of equals), or -1 without a tumour.</summary>
    public int LargestTumourSlice()
    {
        var plane = Grid.SizeX * Grid.SizeY;
        int best = -1, bestArea = 0;
        for (var z = 0; z < Grid.SizeZ; z++)
        {
            var area = 0;
            for (var i = z * plane; i < (z + 1) * plane; i++)
            {
                area += TumourMask[i];
            }
            if (area > bestArea)
            {
                (best, bestArea) = (z, area);
            }
        }
        return best;
    }
}
