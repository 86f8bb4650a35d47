namespace Solutions.LungSurvival.Radiomics.Glrlm;

/// <summary>Counts runs of equal grey level along one direction through the masked region.</summary>
internal static class RunLengthMatrix
{
    /// <summary>The longest run any direction can hold in the region's bounding box.</summary>
    public static int MaxRunLength(MaskedRegion region) => Math.Max(region.SizeX, Math.Max(region.SizeY, region.SizeZ));

    /// <summary>
    /// Fills <paramref name="counts"/> (Ng x <paramref name="maxRun"/>, row-major; level i and run length j at
    /// <c>(i - 1) * maxRun + j - 1</c>) and returns the number of runs.
    /// </summary>
    public static double Count(MaskedRegion region, (int X, int Y, int Z) d, int maxRun, Span<double> counts)
    {
        counts.Clear();
        var grid = region.LevelGrid;
        int sx = region.SizeX, sy = region.SizeY, sz = region.SizeZ;
        var step = d.X + sx * (d.Y + sy * d.Z);
        double runs = 0;
        for (var z = 0; z < sz; z++)
            for (var y = 0; y < sy; y++)
            {
                var row = sx * (y + sy * z);
                for (var x = 0; x < sx; x++)
                {
                    var level = grid[row + x];
                    if (level == 0) continue;
                    // A run starts where the previous voxel along the direction is outside the box, the mask or the level.
                    int px = x - d.X, py = y - d.Y, pz = z - d.Z;
                    if (Inside(px, py, pz, sx, sy, sz) && grid[row + x - step] == level) continue;
                    var length = 1;
                    int nx = x + d.X, ny = y + d.Y, nz = z + d.Z, index = row + x + step;
                    while (Inside(nx, ny, nz, sx, sy, sz) && grid[index] == level)
                    {
                        length++;
                        nx += d.X; ny += d.Y; nz += d.Z;
                        index += step;
                    }

                    counts[(level - 1) * maxRun + length - 1]++;
                    runs++;
                }
            }

        return runs;
    }

    private static bool Inside(int x, int y, int z, int sx, int sy, int sz) =>
        (uint)x < (uint)sx && (uint)y < (uint)sy && (uint)z < (uint)sz;
}
