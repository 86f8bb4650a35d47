namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>The key of an entity in a feature group: one or two numbers (a pair group uses both).</summary>
/// <remarks>Ordered as the version tables' primary key, so versions can be written in key order.</remarks>
internal readonly record struct EntityKey(long First, long Second = 0) : IComparable<EntityKey>
{
    public int CompareTo(EntityKey other)
    {
        var c = First.CompareTo(other.First);
        return c != 0 ? c : Second.CompareTo(other.Second);
    }
}
