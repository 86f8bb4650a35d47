using Solutions.LungSurvival.Radiomics.Shape;

namespace Solutions.LungSurvival.Radiomics.Shape2D;

/// <summary>
/// The closed marching-squares contour of one slice of a mask, padded by one empty pixel, with crossings at pixel
/// edge midpoints and diagonal pixels kept apart (<see cref="SquareContour"/>). Segments run counter-clockwise
/// around the mask, so the signed (shoelace) area of the contour is the enclosed area, holes subtracted.
/// </summary>
internal sealed record SliceContour(double Perimeter, double Area, long[] VertexU, long[] VertexV)
{
    /// <summary>The contour of the non-zero cells of a <paramref name="sizeX"/> x <paramref name="sizeY"/> grid (x fastest).</summary>
    public static SliceContour Trace(ReadOnlySpan<bool> slice, int sizeX, int sizeY, double spacingX, double spacingY)
    {
        int px = sizeX + 2, py = sizeY + 2;
        var padded = new bool[px * py];
        for (var y = 0; y < sizeY; y++)
            for (var x = 0; x < sizeX; x++)
                padded[x + 1 + px * (y + 1)] = slice[x + sizeX * y];

        double perimeter = 0, twiceArea = 0;
        Span<bool> inside = stackalloc bool[4];
        Span<(int From, int To)> segments = stackalloc (int, int)[2];
        for (var y = 0; y < py - 1; y++)
            for (var x = 0; x < px - 1; x++)
            {
                var origin = x + px * y;
                // Corners counter-clockwise: (x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1).
                inside[0] = padded[origin];
                inside[1] = padded[origin + 1];
                inside[2] = padded[origin + 1 + px];
                inside[3] = padded[origin + px];
                var count = SquareContour.Segments(inside, segments);
                for (var s = 0; s < count; s++)
                {
                    var (ax, ay) = SideMidpoint(x, y, segments[s].From, spacingX, spacingY);
                    var (bx, by) = SideMidpoint(x, y, segments[s].To, spacingX, spacingY);
                    perimeter += Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
                    twiceArea += ax * by - ay * bx;
                }
            }

        var (u, v) = Vertices(padded, px, py);
        return new SliceContour(perimeter, twiceArea / 2, u, v);
    }

    /// <summary>Midpoint of side 0..3 of the cell at (x, y), in mm.</summary>
    private static (double X, double Y) SideMidpoint(int x, int y, int side, double spacingX, double spacingY) => side switch
    {
        0 => ((x + 0.5) * spacingX, y * spacingY),
        1 => ((x + 1) * spacingX, (y + 0.5) * spacingY),
        2 => ((x + 0.5) * spacingX, (y + 1) * spacingY),
        _ => (x * spacingX, (y + 0.5) * spacingY),
    };

    /// <summary>The contour's vertices (the midpoint of every pair of side neighbours that differ) as twice their grid index, sorted by x then y.</summary>
    private static (long[] U, long[] V) Vertices(bool[] padded, int px, int py)
    {
        var points = new List<(long U, long V)>();
        for (var x = 0; x < px; x++)
            for (var y = 0; y < py; y++)
            {
                var here = padded[x + px * y];
                if (x + 1 < px && padded[x + 1 + px * y] != here) points.Add((2 * x + 1, 2 * y));
                if (y + 1 < py && padded[x + px * (y + 1)] != here) points.Add((2 * x, 2 * y + 1));
            }

        points.Sort();
        return (points.Select(p => p.U).ToArray(), points.Select(p => p.V).ToArray());
    }
}
