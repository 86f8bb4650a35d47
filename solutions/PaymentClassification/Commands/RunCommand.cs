using Solutions.PaymentClassification.Modeling;
using Solutions.PaymentClassification.Reporting;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Commands;

/// <summary><c>run [--data FILE] [--out DIR] [--seed N] [--rows N] [--store PATH|CONN]</c>: generate if needed, ingest, train, evaluate, report, bundle.</summary>
public sealed class RunCommand : ISolutionCommand
{
    public string Name => "run";

    public string Summary => "generate data if missing, ingest, train and evaluate (random and time split, against the baseline), report and bundle";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("artifacts/payment/data/transactions.csv, generated if missing"),
        CommandOption.Out("artifacts/payment/"),
        CommandOption.Seed,
        PaymentOptions.Rows with { Description = "transactions to generate when the data file is missing (default: 100000)" },
        PaymentOptions.Store with { Description = PaymentOptions.Store.Description + " (default: <out>/features.db)" },
        new("algorithm", "NAME", "LightGbm (default) or FastTree (one-versus-all)"),
        new("rounds", "N", "boosting rounds (default: 120 for LightGbm, 100 for FastTree)"),
    ];

    private PaymentAlgorithm Algorithm(CommandArguments arguments)
    {
        if (arguments.Get("algorithm") is not { } name)
        {
            return PaymentAlgorithm.LightGbm;
        }
        return name.Trim().ToLowerInvariant() switch
        {
            "lightgbm" => PaymentAlgorithm.LightGbm,
            "fasttree" => PaymentAlgorithm.FastTreeOneVersusAll,
            _ => throw new CommandLineException($"'{Name}': --algorithm must be LightGbm or FastTree, not '{name}'."),
        };
    }

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var dataPath = arguments.GetPath("data", () => PaymentRunOptions.DefaultDataPath);
        if (Directory.Exists(dataPath))
        {
            dataPath = Path.Combine(dataPath, PaymentRunOptions.DataFileName);
        }
        var options = new PaymentRunOptions(dataPath, arguments.GetPath("out", () => PaymentRunOptions.DefaultOutputFolder), arguments.Seed)
        {
            Rows = PaymentOptions.GetRows(arguments),
            Store = arguments.Get("store"),
            Algorithm = Algorithm(arguments),
            Rounds = arguments.Get("rounds") is null ? null : arguments.GetInt("rounds", 0) is var rounds and >= 1 ? rounds
                : throw new CommandLineException($"'{Name}': --rounds must be at least 1."),
        };
        var progress = ProgressDisplay.ForConsole();
        var result = PaymentRun.Execute(options, progress);
        foreach (var error in result.Data.Errors.Take(10))
        {
            Console.Error.WriteLine($"rejected: {error.Message}");
        }
        if (result.Data.RowsRejected > 10)
        {
            Console.Error.WriteLine($"... {result.Data.RowsRejected:N0} rows rejected in all.");
        }

        var evaluation = result.Evaluation;
        var (metrics, manifest) = PaymentRunOutputs.Write(options, result, progress);

        Console.WriteLine();
        if (result.Generated)
        {
            Console.WriteLine($"Generated {options.Rows:N0} transactions into {options.DataPath}");
        }
        Console.WriteLine($"Feature store {options.StoreLocation}: {evaluation.RowsAddedToStore:N0} added, {evaluation.RowsAlreadyStored:N0} already stored");
        Console.WriteLine($"Random split, store features: accuracy {metrics.Accuracy:0.000}, macro F1 {metrics.MacroF1:0.000}, weighted F1 {metrics.WeightedF1:0.000}");
        Console.WriteLine($"Random split, baseline:       accuracy {metrics.Baseline.Accuracy:0.000}, macro F1 {metrics.Baseline.MacroF1:0.000}, weighted F1 {metrics.Baseline.WeightedF1:0.000}");
        Console.WriteLine($"Time split, store features:   accuracy {metrics.TimeSplit.Store.Accuracy:0.000}, macro F1 {metrics.TimeSplit.Store.MacroF1:0.000}, weighted F1 {metrics.TimeSplit.Store.WeightedF1:0.000}");
        Console.WriteLine($"Time split, baseline:         accuracy {metrics.TimeSplit.Baseline.Accuracy:0.000}, macro F1 {metrics.TimeSplit.Baseline.MacroF1:0.000}, weighted F1 {metrics.TimeSplit.Baseline.WeightedF1:0.000}");
        Console.WriteLine($"Report: {Path.Combine(options.OutputFolder, PaymentRunOutputs.ReportFile)}");
        Console.WriteLine($"Model bundle: {options.ModelFolder} (version {manifest.ModelVersion})");
        return Task.FromResult(0);
    }
}
