namespace Solutions.Shared.Serving.Requests;

/// <summary>The body formats the contract reads and writes.</summary>
internal enum PayloadFormat
{
    Csv,
    Json,
    JsonLines,
}
