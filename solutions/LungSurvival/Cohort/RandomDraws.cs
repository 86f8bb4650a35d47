namespace Solutions.LungSurvival.Cohort;

/// <summary>The distributions the cohort draws from, on a seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    /// <summary>A standard normal value (Box-Muller).</summary>
    public static double Normal(this Random random)
    {
        var u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>One of <paramref name="values"/> with the given relative weights.</summary>
    public static T Choose<T>(this Random random, IReadOnlyList<T> values, IReadOnlyList<double> weights)
    {
        var draw = random.NextDouble() * weights.Sum();
        for (var i = 0; i < values.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return values[i];
            }
        }
        return values[^1];
    }

    /// <summary>A seed for item <paramref name="index"/> derived from <paramref name="seed"/> (SplitMix64 mixing), so that items are independent of generation order.</summary>
    public static int Derive(int seed, int index, int stream = 0)
    {
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)index * 0xBF58476D1CE4E5B9UL + (ulong)(uint)stream * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
