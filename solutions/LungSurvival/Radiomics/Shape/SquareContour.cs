namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// Where the surface crosses one square of four voxel centres (a marching-squares cell, or a face of a
/// marching-cubes cell). Corners are numbered 0..3 around the square and side i joins corner i to corner i + 1;
/// the crossing points are the side midpoints, as a binary mask thresholded at 0.5 gives them.
/// </summary>
/// <remarks>
/// A square whose two inside corners are diagonal is ambiguous; this rule always separates them (the mask's voxels
/// touch across the square only through a shared side). Because the rule depends on the square alone, the two cubes
/// sharing a face cut it the same way, which is what keeps the marching-cubes mesh watertight.
/// </remarks>
internal static class SquareContour
{
    /// <summary>
    /// One segment per run of consecutive inside corners, from the side where the walk 0, 1, 2, 3 leaves the run to
    /// the side where it entered: with the corners counter-clockwise, the inside lies to the segment's left.
    /// </summary>
    public static int Segments(ReadOnlySpan<bool> inside, Span<(int From, int To)> segments)
    {
        var count = 0;
        for (var side = 0; side < 4; side++)
        {
            // Side `side` leaves a run: its first corner is inside, its second outside.
            if (!inside[side] || inside[(side + 1) % 4]) continue;
            var entered = (side + 3) % 4;
            while (inside[entered]) entered = (entered + 3) % 4;
            segments[count++] = (side, entered);
        }

        return count;
    }
}
