using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Data;

/// <summary>A payment with its known spending category (one of <see cref="TransactionCategories.All"/>).</summary>
public sealed class LabelledTransaction : Transaction
{
    public const string LabelColumn = TransactionSchema.CategoryColumn;

    [CsvColumn(LabelColumn)] public string Category { get; set; } = "";
}
