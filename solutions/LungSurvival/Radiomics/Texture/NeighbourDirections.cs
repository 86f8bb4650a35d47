namespace Solutions.LungSurvival.Radiomics.Texture;

/// <summary>
/// The 13 unique directions to a voxel's 26 neighbours at distance 1 (one of each opposite pair), the directions
/// pyradiomics and IBSI use for 3-D co-occurrence and run-length matrices.
/// </summary>
internal static class NeighbourDirections
{
    public static IReadOnlyList<(int X, int Y, int Z)> Three { get; } = Build();

    private static (int X, int Y, int Z)[] Build()
    {
        var directions = new List<(int X, int Y, int Z)>(13);
        for (var z = -1; z <= 1; z++)
            for (var y = -1; y <= 1; y++)
                for (var x = -1; x <= 1; x++)
                {
                    // Keep the half whose first non-zero component (z, then y, then x) is positive.
                    var first = z != 0 ? z : y != 0 ? y : x;
                    if (first > 0) directions.Add((x, y, z));
                }

        return [.. directions];
    }
}
