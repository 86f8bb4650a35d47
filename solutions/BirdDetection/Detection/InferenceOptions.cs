namespace Solutions.BirdDetection.Detection;

/// <summary>How raw cell predictions become detections.</summary>
public sealed record InferenceOptions
{
    /// <summary>Detections scoring below this are dropped before non-maximum suppression.</summary>
    /// <value>The default value is 0.01.</value>
    public double ScoreThreshold { get; init; } = 0.01;

    /// <summary>A detection overlapping a higher-scoring one of the same class by more than this IoU is suppressed.</summary>
    /// <value>The default value is 0.45.</value>
    public double NmsIouThreshold { get; init; } = 0.45;

    /// <summary>At most this many detections per image are kept, highest scores first.</summary>
    /// <value>The default value is 100.</value>
    public int TopK { get; init; } = 100;

    public static InferenceOptions Default { get; } = new();

    internal void Validate()
    {
        if (!(ScoreThreshold is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(ScoreThreshold), ScoreThreshold, $"{nameof(ScoreThreshold)} is {ScoreThreshold}; expected 0..1.");
        if (!(NmsIouThreshold is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(NmsIouThreshold), NmsIouThreshold, $"{nameof(NmsIouThreshold)} is {NmsIouThreshold}; expected 0..1.");
        if (TopK < 1)
            throw new ArgumentOutOfRangeException(nameof(TopK), TopK, $"{nameof(TopK)} is {TopK}; expected at least 1.");
    }
}
