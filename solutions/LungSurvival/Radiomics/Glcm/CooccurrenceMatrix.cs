using Solutions.LungSurvival.Radiomics.Texture;

namespace Solutions.LungSurvival.Radiomics.Glcm;

/// <summary>Counts symmetric grey-level co-occurrences between masked neighbours along one direction.</summary>
internal static class CooccurrenceMatrix
{
    /// <summary>
    /// Fills <paramref name="counts"/> (Ng x Ng, row-major, level 1 at index 0) for direction
    /// <paramref name="direction"/> and returns the total count; each pair is counted both ways, as pyradiomics does.
    /// </summary>
    public static double Count(MaskedRegion region, (int X, int Y, int Z) direction, Span<double> counts)
    {
        counts.Clear();
        var ng = region.LevelCount;
        var grid = region.LevelGrid;
        int sx = region.SizeX, sy = region.SizeY, sz = region.SizeZ;
        var offset = direction.X + sx * (direction.Y + sy * direction.Z);
        // Only voxels whose neighbour stays inside the bounding box take part.
        int x0 = Math.Max(0, -direction.X), x1 = Math.Min(sx, sx - direction.X);
        int y0 = Math.Max(0, -direction.Y), y1 = Math.Min(sy, sy - direction.Y);
        int z0 = Math.Max(0, -direction.Z), z1 = Math.Min(sz, sz - direction.Z);
        double total = 0;
        for (var z = z0; z < z1; z++)
            for (var y = y0; y < y1; y++)
            {
                var row = sx * (y + sy * z);
                for (var x = x0; x < x1; x++)
                {
                    var i = grid[row + x];
                    if (i == 0) continue;
                    var j = grid[row + x + offset];
                    if (j == 0) continue;
                    counts[(i - 1) * ng + j - 1]++;
                    counts[(j - 1) * ng + i - 1]++;
                    total += 2;
                }
            }

        return total;
    }

    public static IReadOnlyList<(int X, int Y, int Z)> Directions => NeighbourDirections.Three;
}
