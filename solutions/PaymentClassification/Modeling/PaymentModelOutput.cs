namespace Solutions.PaymentClassification.Modeling;

/// <summary>What the model adds to a row: one probability per category, in <see cref="Data.TransactionCategories.All"/> order.</summary>
public sealed class PaymentModelOutput
{
    public float[] Score { get; set; } = [];
}
