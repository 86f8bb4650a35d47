namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// What a patient archive may hold, so that a hostile upload (a zip bomb, thousands of entries) is refused before it
/// claims unbounded memory. Sizes count the bytes actually inflated, not the sizes the archive declares.
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    /// <summary>The archive's own size. <value>The default value is 256 MiB.</value></summary>
    public long MaxArchiveBytes { get; init; } = 256L << 20;

    /// <summary>Entries in the archive, folders included. <value>The default value is 4,000.</value></summary>
    public int MaxEntries { get; init; } = 4000;

    /// <summary>One inflated entry. <value>The default value is 64 MiB.</value></summary>
    public long MaxEntryBytes { get; init; } = 64L << 20;

    /// <summary>All inflated entries together. <value>The default value is 512 MiB.</value></summary>
    public long MaxTotalBytes { get; init; } = 512L << 20;
}
