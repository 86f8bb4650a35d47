namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// Marching cubes over a binary mask at threshold 0.5, as pyradiomics meshes it: the mask is padded by one empty
/// voxel on every side so the mesh closes, and every crossing sits at an edge midpoint.
/// </summary>
internal static class MarchingCubes
{
    /// <summary>The mesh around the non-zero cells of an <paramref name="sizeX"/> x <paramref name="sizeY"/> x <paramref name="sizeZ"/> grid (x fastest).</summary>
    public static SurfaceMesh Mesh(ReadOnlySpan<int> grid, int sizeX, int sizeY, int sizeZ, double spacingX, double spacingY,
        double spacingZ)
    {
        // Padded grid: index (x + 1, y + 1, z + 1) holds cell (x, y, z).
        int px = sizeX + 2, py = sizeY + 2, pz = sizeZ + 2;
        var padded = new bool[px * py * pz];
        for (var z = 0; z < sizeZ; z++)
            for (var y = 0; y < sizeY; y++)
                for (var x = 0; x < sizeX; x++)
                    padded[x + 1 + px * (y + 1 + py * (z + 1))] = grid[x + sizeX * (y + sizeY * z)] != 0;

        Span<int> cornerOffset = stackalloc int[8];
        for (var c = 0; c < 8; c++)
        {
            var (dx, dy, dz) = CubeCases.Corners[c];
            cornerOffset[c] = dx + px * (dy + py * dz);
        }

        // An edge's vertex is keyed by the edge's lower corner (flat index) and axis, so neighbouring cubes share it.
        Span<int> edgeOffset = stackalloc int[12];
        Span<int> edgeAxis = stackalloc int[12];
        for (var e = 0; e < 12; e++)
        {
            var (a, b) = (CubeCases.Corners[CubeCases.Edges[e].A], CubeCases.Corners[CubeCases.Edges[e].B]);
            var lower = (X: Math.Min(a.X, b.X), Y: Math.Min(a.Y, b.Y), Z: Math.Min(a.Z, b.Z));
            edgeOffset[e] = lower.X + px * (lower.Y + py * lower.Z);
            edgeAxis[e] = a.X != b.X ? 0 : a.Y != b.Y ? 1 : 2;
        }

        var vertexOf = new Dictionary<long, int>();
        var halfSteps = new List<int>();
        var triangles = new List<int>();
        for (var z = 0; z < pz - 1; z++)
            for (var y = 0; y < py - 1; y++)
                for (var x = 0; x < px - 1; x++)
                {
                    var origin = x + px * (y + py * z);
                    var pattern = 0;
                    for (var c = 0; c < 8; c++)
                        if (padded[origin + cornerOffset[c]]) pattern |= 1 << c;
                    if (pattern is 0 or 255) continue;

                    foreach (var edge in CubeCases.Triangles[pattern])
                    {
                        var lower = origin + edgeOffset[edge];
                        var key = 3L * lower + edgeAxis[edge];
                        if (!vertexOf.TryGetValue(key, out var vertex))
                        {
                            vertex = vertexOf.Count;
                            vertexOf.Add(key, vertex);
                            int lx = lower % px, ly = lower / px % py, lz = lower / (px * py);
                            halfSteps.Add(2 * lx + (edgeAxis[edge] == 0 ? 1 : 0));
                            halfSteps.Add(2 * ly + (edgeAxis[edge] == 1 ? 1 : 0));
                            halfSteps.Add(2 * lz + (edgeAxis[edge] == 2 ? 1 : 0));
                        }

                        triangles.Add(vertex);
                    }
                }

        return new SurfaceMesh(halfSteps.ToArray(), triangles.ToArray(), spacingX, spacingY, spacingZ);
    }
}
