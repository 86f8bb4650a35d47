namespace Solutions.ChurnPrediction.Benchmarks.Inference;

/// <summary>Repeated scoring of one batch of rows in a single call.</summary>
/// <param name="RowsPerBatch">Rows in each call.</param>
/// <param name="Batches">Calls timed.</param>
/// <param name="Seconds">Wall time of all timed calls.</param>
public sealed record BatchThroughput(int RowsPerBatch, int Batches, double Seconds)
{
    public double RowsPerSecond => RowsPerBatch * (double)Batches / Seconds;

    public double MicrosecondsPerRow => 1_000_000 / RowsPerSecond;
}
