namespace Solutions.PaymentClassification.Serving;

/// <summary>One payment's predicted category.</summary>
/// <param name="Category">The most probable category.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="Probabilities">Every category's probability, in <see cref="Data.TransactionCategories.All"/> order.</param>
public sealed record PaymentPrediction(string Category, double Probability, IReadOnlyList<double> Probabilities);
