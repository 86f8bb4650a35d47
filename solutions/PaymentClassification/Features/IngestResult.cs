namespace Solutions.PaymentClassification.Features;

/// <summary>What one ingest did.</summary>
/// <param name="Received">Transactions in the batch.</param>
/// <param name="Added">Transactions that were new and are now stored.</param>
/// <param name="AlreadyStored">Transactions whose key was already stored (re-ingested): they changed nothing.</param>
public sealed record IngestResult(int Received, int Added, int AlreadyStored);
