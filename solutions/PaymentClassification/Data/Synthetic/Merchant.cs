namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>A receiver of payments.</summary>
/// <param name="Id">Its 16-digit account number.</param>
/// <param name="Category">The index of the category it mostly sells.</param>
/// <param name="Secondary">The index of a second category it also sells, or -1.</param>
/// <param name="PriceLevel">Multiplies its amounts: a discounter below 1, a boutique above (before the
/// per-category rescaling of <see cref="MerchantPopulation.PriceLevel"/>).</param>
internal sealed record Merchant(string Id, int Category, int Secondary, double PriceLevel);
