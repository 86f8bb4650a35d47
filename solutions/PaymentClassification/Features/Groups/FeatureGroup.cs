namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// A feature group: a table of time-versioned aggregates keyed by an entity. The aggregate is a fixed-width vector of
/// doubles (counts too: exact up to 2^53) so both storage backends can write and read every group the same way;
/// <see cref="Columns"/> say how its slots are stored.
/// </summary>
internal sealed class FeatureGroup(
    string table,
    IReadOnlyList<string> keyColumns,
    IReadOnlyList<ValueColumn> columns,
    Func<StoredEvent, EntityKey> keyOf,
    Action<double[], StoredEvent> apply)
{
    public string Table { get; } = table;

    public IReadOnlyList<string> KeyColumns { get; } = keyColumns;

    /// <summary>The stored value columns, covering the aggregate's slots in order.</summary>
    public IReadOnlyList<ValueColumn> Columns { get; } = columns;

    /// <summary>The number of slots of the aggregate vector.</summary>
    public int Width { get; } = columns.Sum(c => c.Width);

    public EntityKey KeyOf(StoredEvent e) => keyOf(e);

    /// <summary>Folds one event into an aggregate (in place).</summary>
    public void Apply(double[] values, StoredEvent e) => apply(values, e);

    public double[] Empty() => new double[Width];
}
