using System.Text.Json;

namespace Solutions.PaymentClassification.Tests.Fixtures;

/// <summary>
/// One <c>run</c> of the command line on 5,000 generated rows (seed 7, 30 boosting rounds so it takes seconds),
/// shared by the tests that read its outputs, its bundle and its store.
/// </summary>
public sealed class TrainedRun : IDisposable
{
    public const int Rows = 5_000;

    private readonly TempFolder _folder = new();

    public TrainedRun()
    {
        DataPath = _folder.Combine("data", "transactions.csv");
        Outcome = PaymentCommandLine.RunAsync(
            "run", "--data", DataPath, "--out", OutputFolder, "--rows", "5000", "--seed", "7", "--rounds", "30").GetAwaiter().GetResult();
        if (Outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"the run failed ({Outcome.ExitCode}): {Outcome.Error}\n{Outcome.Output}");
        }
        Metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputFolder, "metrics.json")));
    }

    public string DataPath { get; }

    public string OutputFolder => _folder.Combine("out");

    public string ModelFolder => Path.Combine(OutputFolder, "model");

    public string StorePath => Path.Combine(OutputFolder, "features.db");

    public CommandOutcome Outcome { get; }

    public JsonDocument Metrics { get; }

    public void Dispose()
    {
        Metrics.Dispose();
        // SQLite pools connections; release the store file before deleting the folder.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedRunCollection : ICollectionFixture<TrainedRun>
{
    public const string Name = "Trained payment run";
}
