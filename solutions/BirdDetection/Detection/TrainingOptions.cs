namespace Solutions.BirdDetection.Detection;

/// <summary>How <see cref="DetectorTrainer"/> fits a head: AdamW with decoupled weight decay and a cosine learning-rate decay.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training maps; fixed in advance because the learning rate decays to 0 over them.</summary>
    /// <value>The default value is 30.</value>
    public int Epochs { get; init; } = 30;

    /// <value>The default value is 16.</value>
    public int BatchSize { get; init; } = 16;

    /// <summary>Peak learning rate, at the first step.</summary>
    /// <value>The default value is 0.003.</value>
    public double LearningRate { get; init; } = 3e-3;

    /// <summary>
    /// Decoupled weight decay: each step shrinks every weight (not bias) by learning rate x this fraction. The head
    /// overfits a few hundred images without a strong decay.
    /// </summary>
    /// <value>The default value is 0.05.</value>
    public double WeightDecay { get; init; } = 0.05;

    /// <summary>Weight of the box regression loss against the objectness and species losses.</summary>
    /// <value>The default value is 1.</value>
    public double BoxLossWeight { get; init; } = 1;

    /// <summary>Seeds the initial weights and the shuffling of every epoch.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Threads used for a mini-batch; results do not depend on it.</summary>
    /// <value>The default value is the processor count.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        Require(Epochs >= 1, nameof(Epochs), Epochs, "at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        Require(LearningRate is > 0 and < 1, nameof(LearningRate), LearningRate, "in (0, 1)");
        Require(WeightDecay is >= 0 and < 1000, nameof(WeightDecay), WeightDecay, "0 or more");
        Require(BoxLossWeight is >= 0 and < 1000, nameof(BoxLossWeight), BoxLossWeight, "0 or more");
        Require(MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "at least 1");
    }

    private static void Require(bool condition, string name, object value, string expected)
    {
        if (!condition)
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; expected {expected}.");
    }
}
