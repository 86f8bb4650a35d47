using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Commands;

/// <summary><c>ingest --data FILE [--store PATH|CONN]</c>: adds labelled transactions to the feature store, idempotently.</summary>
public sealed class IngestCommand : ISolutionCommand
{
    public string Name => "ingest";

    public string Summary => "add labelled transactions to the feature store (a file ingested twice adds nothing)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("data", "FILE", "labelled transactions, CSV with transaction_category", Required: true),
        PaymentOptions.Store with { Description = PaymentOptions.Store.Description + " (default: artifacts/payment/features.db)" },
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var data = arguments.GetInputFile("data", PaymentRunOptions.DataFileName, () => arguments.Required("data"));
        var location = FeatureStoreLocation.Parse(arguments.Get("store")
            ?? Path.Combine(PaymentRunOptions.DefaultOutputFolder, PaymentRunOptions.StoreFileName));
        var progress = ProgressDisplay.ForConsole();
        var loaded = progress.Step($"Loading {data}", () => TransactionCsv.LoadLabelled(data));
        foreach (var error in loaded.Errors.Take(10))
        {
            Console.Error.WriteLine($"rejected: {error.Message}");
        }
        using var store = location.Open();
        var result = progress.Step($"Ingesting {loaded.Rows.Count:N0} transactions into {location}", () => store.Ingest(loaded.Rows));
        Console.WriteLine(
            $"{result.Received:N0} transactions: {result.Added:N0} added, {result.AlreadyStored:N0} already stored; " +
            $"rows rejected: {loaded.RowsRejected:N0}. The store holds {store.CountEvents():N0}.");
        return Task.FromResult(loaded.RowsRejected > 0 ? SolutionCommandLine.Failure : 0);
    }
}
