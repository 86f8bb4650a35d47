namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// Seeded value noise over a box: random lattice values in [-1, 1], smoothly (smoothstep-trilinear) interpolated,
/// so texture varies on the scale of <c>cellSize</c>. The lattice is precomputed, which keeps sampling a 512 x 512 x
/// 150 volume cheap; points outside the box are clamped to its edge.
/// </summary>
public sealed class SmoothNoise3D
{
    private readonly float[] _lattice;
    private readonly int _nx, _ny, _nz;
    private readonly double _minX, _minY, _minZ, _inverseCell;

    /// <param name="seed">Same seed, same field.</param>
    /// <param name="min">Lower corner of the box (x, y, z), in the caller's units.</param>
    /// <param name="max">Upper corner.</param>
    /// <param name="cellSize">Lattice spacing: the feature size of the texture.</param>
    public SmoothNoise3D(int seed, (double X, double Y, double Z) min, (double X, double Y, double Z) max, double cellSize)
    {
        if (!(cellSize > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, "The cell size must be positive.");
        }
        _minX = min.X;
        _minY = min.Y;
        _minZ = min.Z;
        _inverseCell = 1 / cellSize;
        _nx = (int)Math.Ceiling((max.X - min.X) * _inverseCell) + 2;
        _ny = (int)Math.Ceiling((max.Y - min.Y) * _inverseCell) + 2;
        _nz = (int)Math.Ceiling((max.Z - min.Z) * _inverseCell) + 2;
        var random = new Random(seed);
        _lattice = new float[_nx * _ny * _nz];
        for (var i = 0; i < _lattice.Length; i++)
        {
            _lattice[i] = (float)(2 * random.NextDouble() - 1);
        }
    }

    /// <summary>The field at (x, y, z), in [-1, 1].</summary>
    public double Sample(double x, double y, double z)
    {
        var (ix, fx) = Cell((x - _minX) * _inverseCell, _nx);
        var (iy, fy) = Cell((y - _minY) * _inverseCell, _ny);
        var (iz, fz) = Cell((z - _minZ) * _inverseCell, _nz);
        var b = (iz * _ny + iy) * _nx + ix;
        var c00 = Lerp(_lattice[b], _lattice[b + 1], fx);
        var c10 = Lerp(_lattice[b + _nx], _lattice[b + _nx + 1], fx);
        var plane = _nx * _ny;
        var c01 = Lerp(_lattice[b + plane], _lattice[b + plane + 1], fx);
        var c11 = Lerp(_lattice[b + plane + _nx], _lattice[b + plane + _nx + 1], fx);
        return Lerp(Lerp(c00, c10, fy), Lerp(c01, c11, fy), fz);
    }

    private static (int Index, double Fraction) Cell(double position, int count)
    {
        var clamped = Math.Clamp(position, 0, count - 1.000001);
        var index = (int)clamped;
        var fraction = clamped - index;
        // Smoothstep removes the lattice's visible creases.
        return (index, fraction * fraction * (3 - 2 * fraction));
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
