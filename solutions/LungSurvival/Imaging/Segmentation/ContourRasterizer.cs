using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>
/// Rasterises CLOSED_PLANAR contours onto a voxel grid: each contour goes to the slice nearest its plane, and a
/// voxel is inside when its centre is inside the polygon by the even-odd rule; contours on one slice combine by
/// exclusive or, so a contour inside another cuts a hole (the rule IBSI used for its phantom's mask).
/// </summary>
public static class ContourRasterizer
{
    /// <summary>How far (in slices) a contour's plane may lie from a slice centre before it is reported.</summary>
    public const double SliceTolerance = 0.1;

    public static SegmentationMask Rasterize(RtRoi roi, VolumeGeometry grid)
    {
        var warnings = new List<string>();
        var mask = new Volume3D<byte>(grid);
        var sliceArea = grid.SizeX * grid.SizeY;
        var crossings = new List<double>();
        var contourNumber = 0;
        foreach (var contour in roi.Contours)
        {
            contourNumber++;
            if (contour.GeometricType != "CLOSED_PLANAR")
            {
                warnings.Add($"ROI {roi.Name} contour {contourNumber}: {contour.GeometricType} contours are not rasterised");
                continue;
            }
            if (contour.Points.Count < 3) continue;
            var indices = contour.Points.Select(grid.PatientToIndex).ToArray();
            var zMean = indices.Average(p => p.Z);
            var z = (int)Math.Round(zMean);
            if (indices.Any(p => Math.Abs(p.Z - zMean) > SliceTolerance))
                warnings.Add($"ROI {roi.Name} contour {contourNumber} is not parallel to the slices; it was drawn on slice {z}");
            if (z < 0 || z >= grid.SizeZ)
            {
                warnings.Add($"ROI {roi.Name} contour {contourNumber} lies outside the volume (slice {zMean:0.##}); it was skipped");
                continue;
            }
            if (Math.Abs(zMean - z) > SliceTolerance)
                warnings.Add($"ROI {roi.Name} contour {contourNumber} lies between slices (index {zMean:0.##}); it was drawn on slice {z}");
            var slice = mask.Voxels.AsSpan(z * sliceArea, sliceArea);
            FillEvenOdd(indices, slice, grid.SizeX, grid.SizeY, crossings);
        }
        return new SegmentationMask(mask, warnings);
    }

    /// <summary>Toggles the voxels whose centres lie inside the polygon (even-odd rule), row by row.</summary>
    private static void FillEvenOdd(Vector3D[] polygon, Span<byte> slice, int sizeX, int sizeY, List<double> crossings)
    {
        var minY = Math.Max(0, (int)Math.Ceiling(polygon.Min(p => p.Y)));
        var maxY = Math.Min(sizeY - 1, (int)Math.Floor(polygon.Max(p => p.Y)));
        for (var y = minY; y <= maxY; y++)
        {
            crossings.Clear();
            for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
            {
                var (a, b) = (polygon[i], polygon[j]);
                // Half-open in y so a vertex on the scan line is counted once.
                if ((a.Y > y) != (b.Y > y)) crossings.Add(a.X + (y - a.Y) * (b.X - a.X) / (b.Y - a.Y));
            }
            crossings.Sort();
            // A centre x is inside when an odd number of crossings lie strictly to its right: x in [c0, c1), [c2, c3), ...
            for (var k = 0; k + 1 < crossings.Count; k += 2)
            {
                var from = Math.Max(0, (int)Math.Ceiling(crossings[k]));
                var to = Math.Min(sizeX - 1, (int)Math.Ceiling(crossings[k + 1]) - 1);
                for (var x = from; x <= to; x++) slice[y * sizeX + x] ^= 1;
            }
        }
    }
}
