using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Data;

/// <summary>
/// One payment, in the public SageMaker solution's schema. The category is the label; the rest is what a bank
/// knows when the payment happens.
/// </summary>
public class Transaction
{
    /// <summary>The receiving account or merchant: 16 digits.</summary>
    [CsvColumn("receiver_id")] public string ReceiverId { get; set; } = "";

    /// <summary>The paying customer's account: 16 digits.</summary>
    [CsvColumn("sender_id")] public string SenderId { get; set; } = "";

    /// <summary>The amount, with two decimals.</summary>
    [CsvColumn("amount")] public decimal Amount { get; set; }

    /// <summary>When the payment happened, written <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    [CsvColumn("timestamp")] public DateTime Timestamp { get; set; }
}
