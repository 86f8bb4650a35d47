namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// Convex hulls of integer points in a plane (Andrew's monotone chain, exact in integer arithmetic). The farthest
/// pair of a point set lies on its hull, so diameters need only the hull's corners; scaling the axes (anisotropic
/// spacing) maps hull corners to hull corners, so the hull is taken on grid indices and measured in mm.
/// </summary>
internal static class PlanarHull
{
    /// <summary>
    /// Indices into <paramref name="u"/>/<paramref name="v"/> of the hull's corners (points on a hull side are left
    /// out). The points must be distinct and sorted by u, then v.
    /// </summary>
    public static List<int> Corners(ReadOnlySpan<long> u, ReadOnlySpan<long> v)
    {
        var n = u.Length;
        var hull = new List<int>(Math.Min(n, 64));
        if (n <= 2)
        {
            for (var i = 0; i < n; i++) hull.Add(i);
            return hull;
        }

        // Lower chain left to right, then upper chain right to left; each pops points that do not turn left.
        for (var i = 0; i < n; i++) Push(hull, 0, i, u, v);
        // The upper chain starts at the lower chain's last point and must not pop below it.
        var upperStart = hull.Count - 1;
        for (var i = n - 2; i >= 0; i--) Push(hull, upperStart, i, u, v);
        hull.RemoveAt(hull.Count - 1); // the first point again
        return hull;
    }

    /// <summary>The largest distance between two hull corners, with the u and v axes scaled by the given spacings.</summary>
    public static double Diameter(ReadOnlySpan<long> u, ReadOnlySpan<long> v, List<int> corners, double spacingU, double spacingV)
    {
        double best = 0;
        for (var i = 0; i < corners.Count; i++)
            for (var j = i + 1; j < corners.Count; j++)
            {
                var du = (u[corners[i]] - u[corners[j]]) * spacingU;
                var dv = (v[corners[i]] - v[corners[j]]) * spacingV;
                best = Math.Max(best, du * du + dv * dv);
            }

        return Math.Sqrt(best);
    }

    private static void Push(List<int> hull, int floor, int point, ReadOnlySpan<long> u, ReadOnlySpan<long> v)
    {
        while (hull.Count >= floor + 2)
        {
            int a = hull[^2], b = hull[^1];
            var cross = (u[b] - u[a]) * (v[point] - v[a]) - (v[b] - v[a]) * (u[point] - u[a]);
            if (cross > 0) break;
            hull.RemoveAt(hull.Count - 1);
        }

        hull.Add(point);
    }
}
