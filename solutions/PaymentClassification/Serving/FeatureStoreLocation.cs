using Npgsql;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Serving;

/// <summary>Where a feature store lives: a SQLite file, or a PostgreSQL database named by a connection string.</summary>
/// <param name="IsPostgres">True for a PostgreSQL connection string.</param>
/// <param name="Location">The SQLite file's full path, or the connection string.</param>
public sealed record FeatureStoreLocation(bool IsPostgres, string Location)
{
    public const string SqliteBackend = "sqlite";
    public const string PostgresBackend = "postgres";

    public string Backend => IsPostgres ? PostgresBackend : SqliteBackend;

    /// <summary>
    /// A connection string (<c>Host=...;Database=...</c>, recognised by its <c>key=value</c> pairs) is PostgreSQL;
    /// anything else is a SQLite file path, made absolute.
    /// </summary>
    public static FeatureStoreLocation Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        return trimmed.Contains('=') && trimmed.Contains("host", StringComparison.OrdinalIgnoreCase)
            ? new FeatureStoreLocation(true, trimmed)
            : new FeatureStoreLocation(false, Path.GetFullPath(trimmed));
    }

    public FeatureStore Open()
    {
        if (IsPostgres)
        {
            return FeatureStore.OpenPostgres(Location);
        }
        var folder = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return FeatureStore.OpenSqlite(Location);
    }

    /// <summary>What a manifest may record: the connection string without its password (give it to <c>serve --store</c>).</summary>
    public string ForManifest() =>
        IsPostgres ? new NpgsqlConnectionStringBuilder(Location) { Password = null }.ToString() : Location;

    public override string ToString() => IsPostgres ? $"PostgreSQL ({ForManifest()})" : Location;
}
