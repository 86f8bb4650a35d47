namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// One ingested labelled transaction as the store keeps it: ids as 16-digit numbers, time in ticks, amount in cents.
/// The natural key is everything but the category plus <see cref="Occurrence"/>, which tells apart identical payments
/// within one ingested batch (the first, second, ... of them), so a file ingested twice adds nothing while two
/// genuinely identical payments in one file are both kept.
/// </summary>
internal readonly record struct StoredEvent(
    long SenderId, long ReceiverId, long Time, long AmountCents, int Occurrence, int Category)
    : IComparable<StoredEvent>
{
    public double Amount => AmountCents / 100.0;

    /// <summary>
    /// A total order: by time, then by the rest of the key. Aggregates that depend on order (running means, the
    /// last category) therefore come out bit-identical whatever order or batches the events were ingested in.
    /// </summary>
    public int CompareTo(StoredEvent other)
    {
        var c = Time.CompareTo(other.Time);
        if (c == 0) c = SenderId.CompareTo(other.SenderId);
        if (c == 0) c = ReceiverId.CompareTo(other.ReceiverId);
        if (c == 0) c = AmountCents.CompareTo(other.AmountCents);
        if (c == 0) c = Occurrence.CompareTo(other.Occurrence);
        if (c == 0) c = Category.CompareTo(other.Category);
        return c;
    }
}
