using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// pyradiomics' maximum diameters over the mesh vertices: in 3-D, and between vertices sharing a slice (z), a
/// row index (y: pyradiomics' "Column", the coronal plane of an axial scan) or a column index (x: its "Row").
/// </summary>
/// <remarks>
/// All are exact without comparing every pair. Each plane's farthest pair lies on that plane's convex hull. In 3-D
/// the farthest pair lies on corners of the 3-D hull, and a corner of the 3-D hull is a hull corner of every plane
/// through it, so only vertices that are hull corners in all three of their planes are compared, largest distance
/// from the centroid first, stopping once no remaining pair can beat the best.
/// </remarks>
internal readonly record struct MeshDiameters(double Maximum3D, double Slice, double Column, double Row)
{
    public static MeshDiameters Measure(SurfaceMesh mesh)
    {
        var cornerOfPlanes = new byte[mesh.VertexCount];
        double[] spacing = [mesh.SpacingX, mesh.SpacingY, mesh.SpacingZ];
        var slice = LargestInPlanes(mesh, 2, 0, 1, spacing, cornerOfPlanes);
        var column = LargestInPlanes(mesh, 1, 0, 2, spacing, cornerOfPlanes);
        var row = LargestInPlanes(mesh, 0, 1, 2, spacing, cornerOfPlanes);
        return new MeshDiameters(Largest3D(mesh, cornerOfPlanes), slice, column, row);
    }

    /// <summary>The largest in-plane diameter over the planes of constant <paramref name="fixedAxis"/>; counts each plane's hull corners.</summary>
    private static double LargestInPlanes(SurfaceMesh mesh, int fixedAxis, int uAxis, int vAxis, double[] spacing, byte[] cornerOfPlanes)
    {
        var n = mesh.VertexCount;
        var half = mesh.HalfSteps;
        // Sort by (plane, u, v) packed in one key; half-step indices stay far below 2^21 for any grid that fits in memory.
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = ((long)half[3 * i + fixedAxis] << 42) | ((long)half[3 * i + uAxis] << 21) | (long)half[3 * i + vAxis];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var u = new long[n];
        var v = new long[n];
        for (var i = 0; i < n; i++)
        {
            u[i] = keys[i] >> 21 & 0x1FFFFF;
            v[i] = keys[i] & 0x1FFFFF;
        }

        double best = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] >> 42 == keys[start] >> 42) end++;
            var planeU = u.AsSpan(start, end - start);
            var planeV = v.AsSpan(start, end - start);
            var corners = PlanarHull.Corners(planeU, planeV);
            foreach (var c in corners) cornerOfPlanes[order[start + c]]++;
            best = Math.Max(best, PlanarHull.Diameter(planeU, planeV, corners, 0.5 * spacing[uAxis], 0.5 * spacing[vAxis]));
            start = end;
        }

        return best;
    }

    private static double Largest3D(SurfaceMesh mesh, byte[] cornerOfPlanes)
    {
        var candidates = new List<Vector3D>();
        for (var i = 0; i < mesh.VertexCount; i++)
            if (cornerOfPlanes[i] == 3) candidates.Add(mesh.Position(i));

        var centroid = new Vector3D(candidates.Average(p => p.X), candidates.Average(p => p.Y), candidates.Average(p => p.Z));
        var radius = candidates.Select(p => (p - centroid).Length).ToArray();
        var points = candidates.ToArray();
        Array.Sort(radius, points);
        Array.Reverse(radius);
        Array.Reverse(points);

        // |p - q| <= |p - c| + |q - c|, so with radii descending a row (and then the search) ends once that bound fails.
        double best = 0, bestSquared = 0;
        for (var i = 0; i < points.Length && radius[i] + radius[0] > best; i++)
            for (var j = i + 1; j < points.Length && radius[i] + radius[j] > best; j++)
            {
                var d = points[i] - points[j];
                var squared = d.Dot(d);
                if (squared <= bestSquared) continue;
                bestSquared = squared;
                best = Math.Sqrt(squared);
            }

        return best;
    }
}
