namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>The tiny model's output columns.</summary>
public sealed class SubscriberPrediction
{
    public float Score { get; set; }

    public float Probability { get; set; }

    public bool PredictedLabel { get; set; }
}
