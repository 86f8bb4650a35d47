using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Data;

/// <summary>
/// One payment, in the public SageMaker solution's schema. The category is the label; the rest is what a bank
/// knows when the payment happens.
/// </summary>
public class Transaction
{
    /// <summary>The receiving account or merchant: 16 digits.</summary>
    [CsvColumn(TransactionSchema.ReceiverColumn)] public string ReceiverId { get; set; } = "";

    /// <summary>The paying customer's account: 16 digits.</summary>
    [CsvColumn(TransactionSchema.SenderColumn)] public string SenderId { get; set; } = "";

    /// <summary>The amount, with two decimals.</summary>
    [CsvColumn(TransactionSchema.AmountColumn)] public decimal Amount { get; set; }

    /// <summary>When the payment happened, written <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    [CsvColumn(TransactionSchema.TimestampColumn)] public DateTime Timestamp { get; set; }
}
