namespace Solutions.BirdDetection.Detection;

/// <summary>
/// The learned tensors of a head, also used for their gradients and AdamW's moments: a 1 x 1 reduction
/// (<see cref="Reduction"/>, reduced x input channels) then a 3 x 3 layer (<see cref="Output"/>, outputs x 9 taps x
/// reduced channels, tap-major).
/// </summary>
internal sealed class HeadWeights
{
    public HeadWeights(int inputChannels, int reducedChannels, int outputCount)
    {
        InputChannels = inputChannels;
        ReducedChannels = reducedChannels;
        OutputCount = outputCount;
        Reduction = new float[reducedChannels * inputChannels];
        ReductionBias = new float[reducedChannels];
        Output = new float[outputCount * HeadPass.Taps * reducedChannels];
        OutputBias = new float[outputCount];
    }

    public int InputChannels { get; }

    public int ReducedChannels { get; }

    public int OutputCount { get; }

    public float[] Reduction { get; }

    public float[] ReductionBias { get; }

    public float[] Output { get; }

    public float[] OutputBias { get; }

    /// <summary>Every tensor in a fixed order (the order of the saved file), and whether weight decay applies to it.</summary>
    public IReadOnlyList<(float[] Values, bool Decays)> Tensors =>
        [(Reduction, true), (ReductionBias, false), (Output, true), (OutputBias, false)];

    public HeadWeights EmptyLike() => new(InputChannels, ReducedChannels, OutputCount);

    public void Clear()
    {
        foreach (var (values, _) in Tensors) Array.Clear(values);
    }

    public void Add(HeadWeights other)
    {
        var mine = Tensors;
        var theirs = other.Tensors;
        for (var i = 0; i < mine.Count; i++)
            System.Numerics.Tensors.TensorPrimitives.Add(mine[i].Values, theirs[i].Values, mine[i].Values);
    }

    /// <summary>L2 norm of the decayed tensors (the weights, not the biases).</summary>
    public double WeightNorm()
    {
        var sum = 0.0;
        foreach (var (values, decays) in Tensors)
        {
            if (!decays) continue;
            foreach (var value in values) sum += (double)value * value;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>He-normal reduction weights for the ReLU that follows; small output weights so training starts from near-uniform predictions.</summary>
    public void Initialise(Random random)
    {
        Fill(Reduction, Math.Sqrt(2.0 / InputChannels), random);
        Fill(Output, 0.01, random);
        Array.Clear(ReductionBias);
        Array.Clear(OutputBias);
    }

    private static void Fill(float[] values, double deviation, Random random)
    {
        for (var i = 0; i < values.Length; i++)
        {
            // Box-Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite.
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            values[i] = (float)(deviation * radius * Math.Cos(2 * Math.PI * random.NextDouble()));
        }
    }
}
