namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>One row of an as-of join: the entities of a transaction and its time in ticks.</summary>
internal readonly record struct PointInTimeQuery(long SenderId, long ReceiverId, long Time);
