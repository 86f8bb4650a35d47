using Npgsql;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Tests.Features;

/// <summary>A fresh, empty feature store on one backend: a temporary SQLite file, or a new PostgreSQL schema.</summary>
internal sealed class TestStore : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _directory;
    private readonly string? _schema;
    private readonly Func<FeatureStore> _open;

    private TestStore(Func<FeatureStore> open, string? directory, string? schema)
    {
        _open = open;
        _directory = directory;
        _schema = schema;
        Store = open();
    }

    public static TheoryData<string> Backends => new() { Sqlite, Postgres };

    public FeatureStore Store { get; private set; }

    public string? SqlitePath => _directory is null ? null : Path.Combine(_directory, "features.db");

    public static TestStore Create(string backend)
    {
        if (backend == Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "feature-store-tests", Guid.NewGuid().ToString("N"));
            var path = Path.Combine(directory, "features.db");
            return new TestStore(() => FeatureStore.OpenSqlite(path), directory, null);
        }

        var schema = "fs_test_" + Guid.NewGuid().ToString("N");
        try
        {
            using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests could not reach the server of {PostgresServer.ConnectionStringVariable} " +
                $"({e.Message}); run scripts/postgres.sh as root and export the connection string it prints.", e);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = schema }.ToString();
        return new TestStore(() => FeatureStore.OpenPostgres(connectionString), null, schema);
    }

    /// <summary>Closes and opens the store again, as a restarted process would.</summary>
    public FeatureStore Reopen()
    {
        Store.Dispose();
        Store = _open();
        return Store;
    }

    /// <summary>A second, independent instance on the same store (another process or replica).</summary>
    public FeatureStore OpenAnother() => _open();

    public void Dispose()
    {
        Store.Dispose();
        if (_directory is not null && Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        if (_schema is not null)
        {
            using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
