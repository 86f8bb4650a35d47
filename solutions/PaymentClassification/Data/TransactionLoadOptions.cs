namespace Solutions.PaymentClassification.Data;

/// <summary>How <see cref="TransactionCsv"/> treats rows that break the schema.</summary>
public sealed record TransactionLoadOptions
{
    public static TransactionLoadOptions Default { get; } = new();

    /// <summary>Throw a <see cref="Solutions.Shared.Data.Tabular.TabularDataException"/> on the first bad row.</summary>
    /// <value>The default value is false: bad rows are rejected, counted and reported.</value>
    public bool Strict { get; init; }

    /// <summary>How many errors to keep; rejected rows beyond this are still counted.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxErrors { get; init; } = 1_000;
}
