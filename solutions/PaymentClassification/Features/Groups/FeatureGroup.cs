namespace Solutions.PaymentClassification.Features.Groups;

/// <summary>
/// A feature group: a table of time-versioned aggregates keyed by an entity. The aggregate is a fixed-width vector of
/// doubles (counts too: exact up to 2^53) so both storage backends can write and read every group the same way.
/// </summary>
internal sealed class FeatureGroup(
    string table,
    IReadOnlyList<string> keyColumns,
    IReadOnlyList<string> valueColumns,
    Func<StoredEvent, EntityKey> keyOf,
    Action<double[], StoredEvent> apply)
{
    public string Table { get; } = table;

    public IReadOnlyList<string> KeyColumns { get; } = keyColumns;

    public IReadOnlyList<string> ValueColumns { get; } = valueColumns;

    public EntityKey KeyOf(StoredEvent e) => keyOf(e);

    /// <summary>Folds one event into an aggregate (in place).</summary>
    public void Apply(double[] values, StoredEvent e) => apply(values, e);

    public double[] Empty() => new double[ValueColumns.Count];
}
