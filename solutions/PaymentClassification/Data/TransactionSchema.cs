namespace Solutions.PaymentClassification.Data;

/// <summary>The public solution's CSV schema: column names, their order, and how values are spelled.</summary>
public static class TransactionSchema
{
    public const string CategoryColumn = "transaction_category";
    public const string ReceiverColumn = "receiver_id";
    public const string SenderColumn = "sender_id";
    public const string AmountColumn = "amount";
    public const string TimestampColumn = "timestamp";

    /// <summary>Timestamps are written and read exactly so (<c>YYYY-MM-DD HH:MM:SS</c>), invariant culture.</summary>
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Amounts are written with exactly two decimals.</summary>
    public const string AmountFormat = "0.00";

    /// <summary>Receiver and sender ids are this many ASCII digits.</summary>
    public const int IdDigits = 16;

    /// <summary>The columns of a labelled file, in the public data's order.</summary>
    public static IReadOnlyList<string> LabelledColumns { get; } =
        [CategoryColumn, ReceiverColumn, SenderColumn, AmountColumn, TimestampColumn];

    /// <summary>The columns of an unlabelled file (what a bank knows when a payment happens).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [ReceiverColumn, SenderColumn, AmountColumn, TimestampColumn];
}
