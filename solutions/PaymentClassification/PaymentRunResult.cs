using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Evaluation;
using Solutions.PaymentClassification.Modeling;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification;

/// <summary>A finished run: the store model of the random split (the one to bundle), what was measured, and the data.</summary>
/// <param name="Model">The model with the store's features, trained on the random split's training rows.</param>
/// <param name="TrainingSample">A few training rows in the model's input form, for the bundle's schema.</param>
/// <param name="Evaluation">What was measured.</param>
/// <param name="Data">The loaded rows and what was rejected.</param>
/// <param name="Generated">True when the run generated the data file.</param>
public sealed record PaymentRunResult(
    PaymentModel<PaymentModelInput> Model,
    IReadOnlyList<PaymentModelInput> TrainingSample,
    PaymentEvaluation Evaluation,
    LoadResult<LabelledTransaction> Data,
    bool Generated);
