using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;
using Solutions.PaymentClassification.Features.Storage;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// A point-in-time-correct feature store of labelled payments. Ingested transactions become events and
/// time-versioned rows of four feature groups (per receiver, sender, sender-receiver pair and category).
/// <see cref="GetHistoricalFeatures"/> builds training rows from the versions strictly before each transaction;
/// <see cref="GetOnlineFeatures"/> serves the latest versions from memory. Embedded SQLite by default
/// (<see cref="OpenSqlite"/>); PostgreSQL (<see cref="OpenPostgres"/>) lets several replicas share one store.
/// Thread-safe.
/// </summary>
public sealed class FeatureStore : IDisposable
{
    private readonly FeatureStorage _storage;
    private readonly Lock _storageLock = new();
    private volatile OnlineFeatureView _view;

    private FeatureStore(FeatureStorage storage)
    {
        _storage = storage;
        using var transaction = storage.BeginRead();
        _view = OnlineFeatureView.Load(storage, transaction, storage.ReadIngestSequence(transaction, forIngest: false));
        transaction.Commit();
    }

    /// <summary>The schema version of the opened store (created or migrated on open).</summary>
    public int SchemaVersion => _storage.SchemaVersion;

    /// <summary>Called at checkpoints inside the ingest transaction (after the events, after each group): tests throw
    /// from it to prove an interrupted ingest leaves nothing behind.</summary>
    internal Action<string>? IngestCheckpoint { get; set; }

    /// <summary>Opens (creating if needed) the SQLite store at <paramref name="path"/>.</summary>
    public static FeatureStore OpenSqlite(string path) => Open(() => SqliteFeatureStorage.Open(path));

    /// <summary>Opens (creating the tables if needed) the store in a PostgreSQL database, in the first schema of the
    /// connection's search path.</summary>
    public static FeatureStore OpenPostgres(string connectionString) =>
        Open(() => PostgresFeatureStorage.Open(connectionString));

    /// <summary>The number of stored events.</summary>
    public long CountEvents()
    {
        lock (_storageLock) return _storage.CountEvents();
    }

    /// <summary>
    /// Stores the transactions that are not stored yet and updates the feature groups, in one database transaction:
    /// if anything fails, nothing of the batch is stored. Ingesting the same batch again adds nothing.
    /// </summary>
    /// <exception cref="ArgumentException">A transaction is invalid; the message names its position and field.</exception>
    public IngestResult Ingest(IEnumerable<LabelledTransaction> transactions)
    {
        var events = EventConversion.ToStoredEvents(transactions);
        lock (_storageLock)
        {
            using var transaction = _storage.BeginIngest();
            var sequence = _storage.ReadIngestSequence(transaction, forIngest: true);

            // Another process (a replica on PostgreSQL) may have ingested since this view was built.
            var view = _view.Sequence == sequence ? _view : OnlineFeatureView.Load(_storage, transaction, sequence);
            var added = _storage.InsertNewEvents(transaction, events).ToList();
            Checkpoint(FeatureStoreSchema.EventsTable);
            if (added.Count > 0)
            {
                var updates = VersionRebuild.Apply(_storage, transaction, view, added, Checkpoint);
                _storage.WriteIngestSequence(transaction, sequence + 1);
                transaction.Commit();
                _view = view.With(sequence + 1, updates);
            }
            else
            {
                transaction.Commit();
                _view = view;
            }

            return new IngestResult(events.Count, added.Count, events.Count - added.Count);
        }
    }

    /// <summary>
    /// The features of each transaction as of just before it: only events strictly earlier than its timestamp count
    /// (events at the same second are excluded, so a transaction never sees itself or its label). Rows come back in
    /// the order of <paramref name="transactions"/>.
    /// </summary>
    public IReadOnlyList<TransactionFeatures> GetHistoricalFeatures(IReadOnlyList<Transaction> transactions)
    {
        var queries = transactions.Select(EventConversion.ToQuery).ToArray();
        if (queries.Length == 0) return [];
        var until = queries.Max(q => q.Time);
        AsOfRow[] rows;
        CategoryTimeline categories;
        lock (_storageLock)
        {
            using var transaction = _storage.BeginRead();
            rows = _storage.ReadAsOf(transaction, queries);
            categories = new CategoryTimeline(_storage.ReadVersionsBefore(transaction, FeatureGroups.Category, until));
            transaction.Commit();
        }

        var features = new TransactionFeatures[queries.Length];
        for (var i = 0; i < features.Length; i++)
        {
            var t = transactions[i];
            features[i] = TransactionFeaturizer.Compute(rows[i].Receiver, rows[i].Sender, rows[i].Pair,
                categories.Before(queries[i].Time), t.Amount, t.Timestamp);
        }

        return features;
    }

    /// <summary>
    /// The features of a new transaction from the latest state of its receiver, sender and pair, served from memory.
    /// For a transaction later than every stored event this equals <see cref="GetHistoricalFeatures"/>.
    /// </summary>
    public TransactionFeatures GetOnlineFeatures(Transaction transaction)
    {
        var view = _view;
        var query = EventConversion.ToQuery(transaction, 0);
        return TransactionFeaturizer.Compute(
            view.Latest(FeatureGroups.Receiver, new EntityKey(query.ReceiverId)),
            view.Latest(FeatureGroups.Sender, new EntityKey(query.SenderId)),
            view.Latest(FeatureGroups.Pair, new EntityKey(query.SenderId, query.ReceiverId)),
            view.Categories, transaction.Amount, transaction.Timestamp);
    }

    /// <summary>
    /// Reloads the online view if another process ingested since (replicas sharing a PostgreSQL store call this
    /// periodically). Ingests through this instance keep its view current without it.
    /// </summary>
    /// <returns>True if the view was reloaded.</returns>
    public bool Refresh()
    {
        lock (_storageLock)
        {
            using var transaction = _storage.BeginRead();
            var sequence = _storage.ReadIngestSequence(transaction, forIngest: false);
            var stale = sequence != _view.Sequence;
            if (stale) _view = OnlineFeatureView.Load(_storage, transaction, sequence);
            transaction.Commit();
            return stale;
        }
    }

    public void Dispose() => _storage.Dispose();

    private static FeatureStore Open(Func<FeatureStorage> open)
    {
        var storage = open();
        try
        {
            return new FeatureStore(storage);
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    private void Checkpoint(string stage) => IngestCheckpoint?.Invoke(stage);
}
