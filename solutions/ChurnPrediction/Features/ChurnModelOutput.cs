namespace Solutions.ChurnPrediction.Features;

/// <summary>What the model adds to a customer: the raw tree score and the calibrated churn probability.</summary>
public sealed class ChurnModelOutput
{
    public float Score { get; set; }
    public float Probability { get; set; }
}
