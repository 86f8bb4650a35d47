using Microsoft.ML.Data;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>One payment as the baseline model sees it: its category and <see cref="BaselineFeatureVector"/>.</summary>
public sealed class BaselineModelInput
{
    public string Label { get; set; } = "";

    [VectorType(BaselineFeatureVector.Length)]
    public float[] Features { get; set; } = [];
}
