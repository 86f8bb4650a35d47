using Solutions.LungSurvival.Radiomics.Texture;

namespace Solutions.LungSurvival.Radiomics.Gldm;

/// <summary>
/// Counts masked voxels by grey level and dependence: pyradiomics' defaults, distance 1 and alpha 0, so a neighbour
/// depends on the centre when it is one of the 26 around it, in the mask, and of the same grey level.
/// </summary>
internal static class DependenceMatrix
{
    /// <summary>Largest dependence size: the voxel itself and its 26 neighbours.</summary>
    public const int MaxDependence = 27;

    /// <summary>
    /// Ng x <see cref="MaxDependence"/> counts, row-major; level i with dependence size j (dependent neighbours + 1,
    /// pyradiomics' j) at <c>(i - 1) * MaxDependence + j - 1</c>.
    /// </summary>
    public static double[] Count(MaskedRegion region)
    {
        var grid = PaddedLevelGrid.From(region);
        var levels = grid.Levels;
        var offsets = grid.NeighbourOffsets;
        var counts = new double[region.LevelCount * MaxDependence];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (level == 0) continue;
            var dependent = 0;
            foreach (var offset in offsets)
                if (levels[i + offset] == level) dependent++;
            counts[(level - 1) * MaxDependence + dependent]++;
        }

        return counts;
    }
}
