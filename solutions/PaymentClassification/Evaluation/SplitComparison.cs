using Solutions.Shared.Evaluation.Multiclass;

namespace Solutions.PaymentClassification.Evaluation;

/// <summary>The store model and the baseline, trained and tested on the same split.</summary>
/// <param name="Name">The split's name, e.g. "random" or "time".</param>
/// <param name="Description">How the rows were divided, in a sentence.</param>
/// <param name="TrainRows">Rows both models trained on.</param>
/// <param name="TestRows">Rows both models were tested on.</param>
/// <param name="Store">The test report of the model with the store's point-in-time features.</param>
/// <param name="Baseline">The test report of the model with the public example's features.</param>
public sealed record SplitComparison(
    string Name, string Description, int TrainRows, int TestRows, ClassificationReport Store, ClassificationReport Baseline);
