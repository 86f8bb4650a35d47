using Solutions.Shared.Modeling.Cli;

namespace Solutions.PaymentClassification.Commands;

/// <summary>Options several payment commands share.</summary>
internal static class PaymentOptions
{
    public static readonly CommandOption Store = new(
        "store", "PATH|CONN", "feature store: a SQLite file or a PostgreSQL connection string (Host=...;Database=...)");

    public static readonly CommandOption Model = new("model", "DIR", "model bundle folder (e.g. artifacts/payment/model)", Required: true);

    public static readonly CommandOption Rows = new("rows", "N", "transactions to generate (default: 100000)");

    /// <summary>The <c>--rows</c> value, checked.</summary>
    public static int GetRows(CommandArguments arguments)
    {
        var rows = arguments.GetInt("rows", 100_000);
        return rows >= 1 ? rows : throw new CommandLineException($"'{arguments.Command}': --rows must be at least 1, not {rows}.");
    }
}
