namespace Solutions.LungSurvival.Radiomics.Texture;

/// <summary>
/// A copy of <see cref="MaskedRegion.LevelGrid"/> with a border of zeros one voxel wide, so every masked voxel's 26
/// neighbours can be read without bounds checks: the neighbourhood matrices (GLSZM, GLDM, NGTDM) visit each of them.
/// </summary>
internal sealed class PaddedLevelGrid
{
    private PaddedLevelGrid(int[] levels, int[] neighbourOffsets)
    {
        Levels = levels;
        NeighbourOffsets = neighbourOffsets;
    }

    /// <summary>Grey levels (0 outside the mask and on the border); callers may overwrite their own copy.</summary>
    public int[] Levels { get; }

    /// <summary>Index offsets to the 26 neighbours at distance 1 (both ways along each of the 13 directions).</summary>
    public int[] NeighbourOffsets { get; }

    public static PaddedLevelGrid From(MaskedRegion region)
    {
        int sx = region.SizeX, sy = region.SizeY, sz = region.SizeZ;
        int px = sx + 2, py = sy + 2;
        var levels = new int[px * py * (sz + 2)];
        var source = region.LevelGrid;
        for (var z = 0; z < sz; z++)
            for (var y = 0; y < sy; y++)
                source.AsSpan(sx * (y + sy * z), sx).CopyTo(levels.AsSpan(1 + px * (y + 1 + py * (z + 1)), sx));

        var offsets = new int[2 * NeighbourDirections.Three.Count];
        var n = 0;
        foreach (var (x, y, z) in NeighbourDirections.Three)
        {
            var offset = x + px * (y + py * z);
            offsets[n++] = offset;
            offsets[n++] = -offset;
        }

        return new PaddedLevelGrid(levels, offsets);
    }
}
