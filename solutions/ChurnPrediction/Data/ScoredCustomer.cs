using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Data;

/// <summary>A customer with the model's answer, as the <c>predict</c> command writes it.</summary>
public sealed class ScoredCustomer : ChurnCustomer
{
    [CsvColumn(ChurnPredictor.ProbabilityOutput)] public double ChurnProbability { get; set; }
    [CsvColumn(ChurnPredictor.DecisionOutput)] public bool PredictedChurn { get; set; }

    private static readonly System.Reflection.PropertyInfo[] CustomerProperties = typeof(ChurnCustomer).GetProperties();

    public static ScoredCustomer From(ChurnCustomer customer, double probability, bool predictedChurn)
    {
        var scored = new ScoredCustomer { ChurnProbability = probability, PredictedChurn = predictedChurn };
        foreach (var property in CustomerProperties)
        {
            property.SetValue(scored, property.GetValue(customer));
        }
        return scored;
    }
}
