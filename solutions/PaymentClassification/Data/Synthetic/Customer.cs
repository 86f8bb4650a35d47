namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>A sender of payments and the habits that shape them.</summary>
/// <param name="Id">Its 16-digit account number.</param>
/// <param name="SpendScale">Multiplies its amounts: thrifty below 1, lavish above (before the per-category
/// rescaling of <see cref="CustomerPopulation.SpendScale"/>).</param>
/// <param name="Loyalty">The chance a payment goes to one of its usual merchants for the category.</param>
internal sealed record Customer(string Id, double SpendScale, double Loyalty);
