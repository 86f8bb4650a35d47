namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// One stored column of a feature group's aggregate: <see cref="Width"/> consecutive slots from <see cref="Slot"/>.
/// A column of width 1 holds one double; a wider one holds counts packed into one binary value
/// (<see cref="Storage.PackedCounts"/>), so a version row binds and encodes one value instead of one per count.
/// </summary>
internal readonly record struct ValueColumn(string Name, int Slot, int Width = 1)
{
    public bool IsPackedCounts => Width > 1;
}
