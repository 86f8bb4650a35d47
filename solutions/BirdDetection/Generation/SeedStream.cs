namespace Solutions.BirdDetection.Generation;

/// <summary>
/// Independent seeds for the parts of a generated data set (the species, the split, each image) from one user seed,
/// so images can be drawn in any order, in parallel, and still come out the same.
/// </summary>
internal static class SeedStream
{
    /// <summary>
    /// A seed for stream <paramref name="stream"/> of <paramref name="seed"/>: SplitMix64's finaliser of the pair packed
    /// by exclusive or, which keeps distinct seeds distinct for every stream, negative ones included.
    /// </summary>
    public static int Derive(int seed, long stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32 ^ (ulong)stream) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    public static Random Random(int seed, long stream) => new(Derive(seed, stream));
}
