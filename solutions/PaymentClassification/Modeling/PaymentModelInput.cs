using Microsoft.ML.Data;

namespace Solutions.PaymentClassification.Modeling;

/// <summary>One payment as the store model sees it: its category (empty when scoring) and <see cref="PaymentFeatureVector"/>.</summary>
public sealed class PaymentModelInput
{
    public string Label { get; set; } = "";

    [VectorType(PaymentFeatureVector.Length)]
    public float[] Features { get; set; } = [];
}
