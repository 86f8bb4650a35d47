using Solutions.LungSurvival.Radiomics.Shape;

namespace Solutions.LungSurvival.Radiomics.Shape2D;

/// <summary>Computes <see cref="Shape2DFeatures"/> on the axial slice with the largest tumour area.</summary>
internal static class Shape2DCalculator
{
    public static Shape2DFeatures Compute(MaskedRegion region)
    {
        var (sx, sy, _) = region.Spacing;
        var z = LargestSlice(region);
        var plane = region.SizeX * region.SizeY;
        var slice = new bool[plane];
        var centres = new List<double>();
        for (var i = 0; i < plane; i++)
        {
            if (region.LevelGrid[z * plane + i] == 0) continue;
            slice[i] = true;
            centres.Add(i % region.SizeX * sx);
            centres.Add(i / region.SizeX * sy);
        }

        var contour = SliceContour.Trace(slice, region.SizeX, region.SizeY, sx, sy);
        var corners = PlanarHull.Corners(contour.VertexU, contour.VertexV);
        var moments = PrincipalMoments.Ascending(centres.ToArray(), 2);
        return new Shape2DFeatures(
            Slice: region.BoxOrigin.Z + z,
            MeshSurface: contour.Area,
            PixelSurface: centres.Count / 2 * sx * sy,
            Perimeter: contour.Perimeter,
            PerimeterSurfaceRatio: contour.Perimeter / contour.Area,
            Sphericity: 2 * Math.Sqrt(Math.PI * contour.Area) / contour.Perimeter,
            MaximumDiameter: PlanarHull.Diameter(contour.VertexU, contour.VertexV, corners, 0.5 * sx, 0.5 * sy),
            MajorAxisLength: PrincipalMoments.AxisLength(moments[1]),
            MinorAxisLength: PrincipalMoments.AxisLength(moments[0]),
            Elongation: PrincipalMoments.Ratio(moments[0], moments[1]));
    }

    /// <summary>The bounding-box slice with the most mask voxels; the lowest on a tie.</summary>
    private static int LargestSlice(MaskedRegion region)
    {
        var plane = region.SizeX * region.SizeY;
        int best = 0, bestCount = -1;
        for (var z = 0; z < region.SizeZ; z++)
        {
            var count = 0;
            foreach (var level in region.LevelGrid.AsSpan(z * plane, plane))
                if (level != 0) count++;
            if (count <= bestCount) continue;
            best = z;
            bestCount = count;
        }

        return best;
    }
}
