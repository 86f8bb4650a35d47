using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// The marching-cubes triangulation of each of the 256 inside/outside patterns of a cube's eight corners, with the
/// corner and edge numbering of Lorensen and Cline (1987) as tabulated by Paul Bourke, "Polygonising a scalar field"
/// (paulbourke.net/geometry/polygonise): corner bit i of a case set when corner i is inside the mask.
/// </summary>
/// <remarks>
/// Rather than copy Bourke's table, whose ambiguous cases are cut differently from their complements and so leave
/// holes where the two kinds of cube meet, the table is derived here from one rule: each face is cut by
/// <see cref="SquareContour"/>, which depends on that face's corners only, so neighbouring cubes agree on every shared
/// face and the mesh is closed. The face segments chain into loops around the cube, each loop is closed by a fan of
/// triangles, and segments run so that every triangle's normal (right-hand rule) points out of the mask.
/// </remarks>
internal static class CubeCases
{
    /// <summary>Corner offsets (x, y, z) in Bourke's numbering.</summary>
    public static readonly (int X, int Y, int Z)[] Corners =
        [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1)];

    /// <summary>The two corners of each of the 12 edges, in Bourke's numbering.</summary>
    public static readonly (int A, int B)[] Edges =
        [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (5, 6), (6, 7), (7, 4), (0, 4), (1, 5), (2, 6), (3, 7)];

    // Each face's corners counter-clockwise seen from outside the cube (right-handed about the outward normal),
    // so a segment with the inside on its right runs the way an outward-facing triangle's edge does.
    private static readonly int[][] Faces =
        [[0, 3, 2, 1], [4, 5, 6, 7], [0, 1, 5, 4], [3, 7, 6, 2], [0, 4, 7, 3], [1, 2, 6, 5]];

    /// <summary>Edge indices, three per triangle, for each case 0..255.</summary>
    public static readonly int[][] Triangles = Enumerable.Range(0, 256).Select(Triangulate).ToArray();

    private static int[] Triangulate(int pattern)
    {
        // next[e]: the edge point that follows edge point e on its loop around the cube (-1: not crossed).
        Span<int> next = stackalloc int[12];
        next.Fill(-1);
        Span<bool> inside = stackalloc bool[4];
        Span<(int From, int To)> segments = stackalloc (int, int)[2];
        foreach (var face in Faces)
        {
            for (var i = 0; i < 4; i++) inside[i] = (pattern >> face[i] & 1) == 1;
            var count = SquareContour.Segments(inside, segments);
            for (var s = 0; s < count; s++)
            {
                // SquareContour leaves the inside on the left; reversing puts it on the right, as the face order wants.
                var from = EdgeOf(face[segments[s].To], face[(segments[s].To + 1) % 4]);
                var to = EdgeOf(face[segments[s].From], face[(segments[s].From + 1) % 4]);
                next[from] = to;
            }
        }

        var triangles = new List<int>();
        var loop = new List<int>();
        for (var start = 0; start < 12; start++)
        {
            if (next[start] < 0) continue;
            loop.Clear();
            for (var e = start; next[e] >= 0;)
            {
                loop.Add(e);
                var following = next[e];
                next[e] = -1;
                e = following;
            }

            AddFan(loop, triangles);
        }

        return triangles.ToArray();
    }

    /// <summary>
    /// Closes a loop with the fan, from whichever of its points, that has the largest area. Only loops of five or more
    /// points are not flat, and for those this picks the fan Bourke's table uses: the mesh volume and area then equal
    /// pyradiomics' to the last digit (checked by hand on the IBSI phantom, voxelised balls and a tilted ellipsoid).
    /// </summary>
    private static void AddFan(List<int> loop, List<int> triangles)
    {
        var bestApex = 0;
        var bestArea = double.MinValue;
        for (var apex = 0; apex < loop.Count; apex++)
        {
            double area = 0;
            for (var i = 1; i < loop.Count - 1; i++)
                area += TriangleArea(loop[apex], loop[(apex + i) % loop.Count], loop[(apex + i + 1) % loop.Count]);
            // Strictly more, so ties keep the earliest apex and the table is the same on every run.
            if (area > bestArea + 1e-12)
            {
                bestArea = area;
                bestApex = apex;
            }
        }

        for (var i = 1; i < loop.Count - 1; i++)
        {
            triangles.Add(loop[bestApex]);
            triangles.Add(loop[(bestApex + i) % loop.Count]);
            triangles.Add(loop[(bestApex + i + 1) % loop.Count]);
        }
    }

    private static double TriangleArea(int a, int b, int c)
    {
        var (pa, pb, pc) = (Midpoint(a), Midpoint(b), Midpoint(c));
        return 0.5 * (pb - pa).Cross(pc - pa).Length;
    }

    private static Vector3D Midpoint(int edge)
    {
        var (a, b) = (Corners[Edges[edge].A], Corners[Edges[edge].B]);
        return new Vector3D((a.X + b.X) / 2.0, (a.Y + b.Y) / 2.0, (a.Z + b.Z) / 2.0);
    }

    private static int EdgeOf(int a, int b)
    {
        for (var e = 0; e < Edges.Length; e++)
            if ((Edges[e].A == a && Edges[e].B == b) || (Edges[e].A == b && Edges[e].B == a)) return e;
        throw new InvalidOperationException($"corners {a} and {b} share no edge");
    }
}
