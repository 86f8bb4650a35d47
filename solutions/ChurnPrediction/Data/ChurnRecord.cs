using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Data;

/// <summary>A customer with the known outcome: the label column <c>Churn?</c> ("True." / "False.").</summary>
public sealed class ChurnRecord : ChurnCustomer
{
    public const string LabelColumn = "Churn?";

    [CsvColumn(LabelColumn)] public bool Churned { get; set; }
}
