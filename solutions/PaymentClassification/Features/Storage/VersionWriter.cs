using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features.Storage;

/// <summary>
/// Streams one feature group's new versions into its table, each written as soon as the replay produces it: the
/// replay folds events into one aggregate per entity and hands it over without copying it per version, so an ingest
/// allocates per entity rather than per version. Until <see cref="Complete"/> nothing else may use the connection.
/// </summary>
internal abstract class VersionWriter : IDisposable
{
    /// <summary>Writes the version of <paramref name="key"/> at <paramref name="time"/>; <paramref name="values"/> (the
    /// aggregate after the version's events) is read during the call only.</summary>
    public abstract void Write(EntityKey key, long time, ReadOnlySpan<double> values);

    /// <summary>Finishes the writes (PostgreSQL ends the COPY); without it the rows are not written.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
