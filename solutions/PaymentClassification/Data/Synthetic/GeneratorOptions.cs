namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>What <see cref="TransactionGenerator"/> makes. The same options (seed included) give the same rows.</summary>
public sealed record GeneratorOptions
{
    /// <value>The default value is 100,000.</value>
    public int Rows { get; init; } = 100_000;

    /// <summary>Seeds every random draw: merchants, customers, payments and label noise.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>The first day of the period (its time of day is ignored).</summary>
    /// <value>The default value is 2024-01-01.</value>
    public DateTime Start { get; init; } = new(2024, 1, 1);

    /// <summary>The length of the period in calendar months; payments fall in [Start, Start + Months).</summary>
    /// <value>The default value is 12.</value>
    public int Months { get; init; } = 12;

    /// <summary>How many merchants (receivers) there are; at least one per category.</summary>
    /// <value>The default value is 1,000.</value>
    public int Receivers { get; init; } = 1_000;

    /// <summary>How many customers (senders) there are.</summary>
    /// <value>The default value is 2,000.</value>
    public int Senders { get; init; } = 2_000;

    /// <summary>The share of merchants that also sell a second, related category (a supermarket's food and goods).</summary>
    /// <value>The default value is 0.10.</value>
    public double AmbiguousReceivers { get; init; } = 0.10;

    /// <summary>
    /// The share of labels replaced by a wrong one: half by "Uncategorized", half by another category drawn
    /// uniformly. A replaced label always differs from the true category.
    /// </summary>
    /// <value>The default value is 0.03.</value>
    public double LabelNoise { get; init; } = 0.03;

    /// <summary>The end of the period (exclusive).</summary>
    public DateTime End => Start.Date.AddMonths(Months);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Rows, nameof(Rows));
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 1, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfLessThan(Receivers, TransactionCategories.All.Count, nameof(Receivers));
        ArgumentOutOfRangeException.ThrowIfLessThan(Senders, 1, nameof(Senders));
        if (AmbiguousReceivers is < 0 or > 1 || double.IsNaN(AmbiguousReceivers))
        {
            throw new ArgumentOutOfRangeException(nameof(AmbiguousReceivers), AmbiguousReceivers, "must be in [0, 1]");
        }
        if (LabelNoise is < 0 or > 1 || double.IsNaN(LabelNoise))
        {
            throw new ArgumentOutOfRangeException(nameof(LabelNoise), LabelNoise, "must be in [0, 1]");
        }
        if (Start.Date.AddMonths(Months) > DateTime.MaxValue.Date)
        {
            throw new ArgumentOutOfRangeException(nameof(Months), Months, "the period ends after year 9999");
        }
    }
}
