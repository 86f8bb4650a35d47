namespace Solutions.ChurnPrediction.Benchmarks.Inference;

/// <summary>Prediction costs inside one process, with no HTTP in the way.</summary>
/// <param name="Probability"><c>ChurnPredictor.PredictProbability</c>: one customer, the bare model call.</param>
/// <param name="ServingRow"><c>Predict</c> on one schema-ordered row, scores only: the work a <c>/invocations</c> request hands the model.</param>
/// <param name="ExplainedRow"><c>Predict</c> on one row with per-feature contributions.</param>
/// <param name="Batch"><c>Predict</c> on every customer of the data set in one call.</param>
public sealed record InProcessResults(
    LatencySummary Probability, LatencySummary ServingRow, LatencySummary ExplainedRow, BatchThroughput Batch);
