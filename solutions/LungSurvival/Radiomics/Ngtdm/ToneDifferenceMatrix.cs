using Solutions.LungSurvival.Radiomics.Texture;

namespace Solutions.LungSurvival.Radiomics.Ngtdm;

/// <summary>
/// For each grey level i: n_i, the masked voxels of that level, and s_i, the sum over them of |i - mean level of their
/// masked 26 neighbours|. A voxel with no masked neighbour adds 1 to n_i and 0 to s_i, as pyradiomics' C code does
/// (its documentation says such voxels are left out, but its code, C and Python alike, counts them).
/// </summary>
internal static class ToneDifferenceMatrix
{
    /// <summary>Fills <paramref name="counts"/> (n_i) and <paramref name="differences"/> (s_i), both indexed by level - 1.</summary>
    public static void Count(MaskedRegion region, Span<double> counts, Span<double> differences)
    {
        counts.Clear();
        differences.Clear();
        var grid = PaddedLevelGrid.From(region);
        var levels = grid.Levels;
        var offsets = grid.NeighbourOffsets;
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (level == 0) continue;
            int sum = 0, neighbours = 0;
            foreach (var offset in offsets)
            {
                var neighbour = levels[i + offset];
                if (neighbour == 0) continue;
                sum += neighbour;
                neighbours++;
            }

            counts[level - 1]++;
            if (neighbours > 0) differences[level - 1] += Math.Abs(level - (double)sum / neighbours);
        }
    }
}
