using Solutions.LungSurvival.Radiomics.Texture;

namespace Solutions.LungSurvival.Radiomics.Glszm;

/// <summary>Finds the zones of equal grey level (26-connected, as pyradiomics) and counts them by level and size.</summary>
internal static class SizeZoneMatrix
{
    /// <summary>The number of zones of each (grey level, size in voxels); sparse, since sizes run up to the voxel count.</summary>
    public static Dictionary<(int Level, int Size), int> Count(MaskedRegion region)
    {
        var grid = PaddedLevelGrid.From(region);
        var levels = grid.Levels;
        var offsets = grid.NeighbourOffsets;
        // Each masked voxel is pushed once, so the stack never outgrows the region.
        var stack = new int[region.Values.Length];
        var zones = new Dictionary<(int Level, int Size), int>();
        for (var start = 0; start < levels.Length; start++)
        {
            var level = levels[start];
            if (level == 0) continue;
            // Visited voxels are cleared to 0, which also keeps the search from re-entering them.
            levels[start] = 0;
            stack[0] = start;
            int top = 1, size = 0;
            while (top > 0)
            {
                var voxel = stack[--top];
                size++;
                foreach (var offset in offsets)
                {
                    var neighbour = voxel + offset;
                    if (levels[neighbour] != level) continue;
                    levels[neighbour] = 0;
                    stack[top++] = neighbour;
                }
            }

            zones[(level, size)] = zones.GetValueOrDefault((level, size)) + 1;
        }

        return zones;
    }
}
