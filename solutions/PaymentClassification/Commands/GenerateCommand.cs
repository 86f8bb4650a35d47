using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Commands;

/// <summary><c>generate [--rows N] [--seed N] [--out FILE]</c>: writes synthetic labelled transactions.</summary>
public sealed class GenerateCommand : ISolutionCommand
{
    public string Name => "generate";

    public string Summary => "write synthetic labelled transactions in the public solution's CSV schema";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        PaymentOptions.Rows,
        CommandOption.Seed,
        new("out", "FILE", "the CSV to write (default: artifacts/payment/data/transactions.csv)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var rows = PaymentOptions.GetRows(arguments);
        var output = arguments.GetPath("out", () => PaymentRunOptions.DefaultDataPath);
        var progress = ProgressDisplay.ForConsole();
        var transactions = progress.Step($"Generating {rows:N0} transactions (seed {arguments.Seed})",
            () => TransactionGenerator.Generate(new GeneratorOptions { Rows = rows, Seed = arguments.Seed }));
        progress.Step($"Writing {output}", () => TransactionCsv.Write(output, transactions));
        Console.WriteLine($"Wrote {transactions.Count:N0} transactions to {output}");
        return Task.FromResult(0);
    }
}
