namespace Solutions.PriceOptimization.Data.Generation;

/// <summary>Seeded standard normal and uniform draws (Box–Muller), so a seed fixes the whole market.</summary>
internal sealed class GaussianSource(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int low, int highInclusive) => _random.Next(low, highInclusive + 1);

    public double Normal(double sd = 1)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
