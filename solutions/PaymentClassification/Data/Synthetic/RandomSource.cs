namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>A seeded random stream with the draws the generator needs.</summary>
internal sealed class RandomSource
{
    private readonly Random _random;
    private double? _spareGaussian;

    private RandomSource(int seed) => _random = new Random(seed);

    /// <summary>
    /// An independent stream per purpose, so that changing one option (say the label noise) leaves the draws of
    /// the others, and so the rest of the data, unchanged.
    /// </summary>
    public static RandomSource Stream(int seed, int stream)
    {
        // SplitMix64 of (seed, stream): well-mixed and the same on every platform and run.
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xBF58476D1CE4E5B9UL + 1);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new RandomSource(unchecked((int)z));
    }

    public double NextDouble() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public long NextInt64(long minInclusive, long maxExclusive) => _random.NextInt64(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box-Muller, both values used).</summary>
    public double Gaussian()
    {
        if (_spareGaussian is { } spare)
        {
            _spareGaussian = null;
            return spare;
        }
        var u = 1.0 - _random.NextDouble(); // in (0, 1], so the log is finite
        var v = _random.NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u));
        _spareGaussian = radius * Math.Sin(2 * Math.PI * v);
        return radius * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>A log-normal draw with the given arithmetic mean and log-space standard deviation.</summary>
    public double LogNormal(double mean, double spread) =>
        Math.Exp(Math.Log(mean) - spread * spread / 2 + spread * Gaussian());
}
