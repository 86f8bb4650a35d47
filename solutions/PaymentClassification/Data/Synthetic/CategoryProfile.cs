namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>How the generator draws the payments of one category.</summary>
/// <param name="Category">One of <see cref="TransactionCategories.All"/>.</param>
/// <param name="Share">The category's share of all payments (before label noise); the shares sum to 1.</param>
/// <param name="MeanAmount">The mean amount. Amounts are log-normal around it, scaled by merchant and customer
/// factors whose mean is 1, so the mean holds over many payments.</param>
/// <param name="AmountSpread">The log-space standard deviation of the amount (0.5 is tight, 1.0 wide).</param>
/// <param name="Adoption">The share of customers who ever pay in this category (few customers gamble).</param>
/// <param name="Neighbour">The related category an ambiguous merchant of this category also sells.</param>
public sealed record CategoryProfile(
    string Category,
    double Share,
    double MeanAmount,
    double AmountSpread,
    double Adoption,
    string Neighbour)
{
    /// <summary>When in the day and week payments happen.</summary>
    internal SpendingRhythm Rhythm { get; init; } = SpendingRhythm.Daytime;

    /// <summary>How payments spread over the days of a month.</summary>
    internal PayCycle PayCycle { get; init; } = PayCycle.None;

    /// <summary>Months (1-12) in which the category is busier, e.g. gifts in December.</summary>
    internal IReadOnlyList<int> PeakMonths { get; init; } = [];
}
