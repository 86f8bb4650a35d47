namespace Solutions.BirdDetection.Detection;

/// <summary>The shape of a detection head: what it reads, how wide it is and what it predicts.</summary>
public sealed record DetectionHeadOptions
{
    /// <summary>Channels of the feature maps the head reads.</summary>
    /// <value>The default value is 512, ResNet18's last stage.</value>
    public int InputChannels { get; init; } = 512;

    /// <summary>
    /// Channels after the learned 1 x 1 reduction that precedes the 3 x 3 neighbourhood layer; fewer channels train
    /// faster and overfit less.
    /// </summary>
    /// <value>The default value is 64.</value>
    public int ReducedChannels { get; init; } = 64;

    /// <summary>Number of classes (species) the head tells apart.</summary>
    /// <value>The default value is 1.</value>
    public int ClassCount { get; init; } = 1;

    /// <summary>
    /// Box width, as a fraction of the image width, that a box-size output of 0 stands for; the head predicts the log
    /// of the ratio to it. Set it near the typical object's width.
    /// </summary>
    /// <value>The default value is 0.5 (CUB birds fill about half of the image).</value>
    public double PriorWidth { get; init; } = 0.5;

    /// <summary>Box height, as a fraction of the image height, that a box-size output of 0 stands for.</summary>
    /// <value>The default value is 0.5.</value>
    public double PriorHeight { get; init; } = 0.5;

    /// <summary>Throws when an option is out of range, naming the option and what was expected.</summary>
    public void Validate()
    {
        Require(InputChannels is >= 1 and <= MaxChannels, nameof(InputChannels), InputChannels, $"1..{MaxChannels}");
        Require(ReducedChannels is >= 1 and <= MaxChannels, nameof(ReducedChannels), ReducedChannels, $"1..{MaxChannels}");
        Require(ClassCount is >= 1 and <= MaxClasses, nameof(ClassCount), ClassCount, $"1..{MaxClasses}");
        Require(PriorWidth is > 0 and <= 1, nameof(PriorWidth), PriorWidth, "in (0, 1]");
        Require(PriorHeight is > 0 and <= 1, nameof(PriorHeight), PriorHeight, "in (0, 1]");
    }

    // Bounds that keep a corrupt saved head from asking for gigabytes before its checksum is read.
    internal const int MaxChannels = 8192;
    internal const int MaxClasses = 100_000;

    private static void Require(bool condition, string name, object value, string expected)
    {
        if (!condition)
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; expected {expected}.");
    }
}
