using Solutions.Shared.Evaluation.Binary;

namespace Solutions.ChurnPrediction.Evaluation;

/// <summary>
/// The business's costs, as in the public SageMaker churn example: a churner we miss costs $500; every
/// customer we flag gets a $100 retention offer, churner or not; a customer left alone who stays costs nothing.
/// </summary>
public static class RetentionCosts
{
    public const double MissedChurner = 500;
    public const double RetentionOffer = 100;

    public static CostMatrix PublicExample { get; } = new(
        TruePositive: RetentionOffer, FalsePositive: RetentionOffer, TrueNegative: 0, FalseNegative: MissedChurner);
}
