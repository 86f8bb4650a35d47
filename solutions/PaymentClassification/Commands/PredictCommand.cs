using System.Globalization;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.PaymentClassification.Commands;

/// <summary>
/// <c>predict --model DIR --input FILE [--output FILE] [--store PATH|CONN]</c>: classifies new payments with the
/// store's latest (online) features of their parties.
/// </summary>
public sealed class PredictCommand : ISolutionCommand
{
    public string Name => "predict";

    public string Summary => "classify new transactions in a CSV with the store's online features (a category column, if present, is ignored)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        PaymentOptions.Model,
        new("input", "FILE", "transactions to classify: receiver_id, sender_id, amount, timestamp", Required: true),
        new("output", "FILE", "where to write the classified CSV (default: standard output)"),
        PaymentOptions.Store with { Description = PaymentOptions.Store.Description + " (default: the bundle's)" },
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var input = TransactionCsv.Load(arguments.GetInputFile("input", PaymentRunOptions.DataFileName, () => arguments.Required("input")));
        var (_, predictor) = PaymentBundle.Load(arguments.Required("model"), arguments.Get("store"));
        using var _ = predictor;
        foreach (var error in input.Errors)
        {
            Console.Error.WriteLine($"skipped: {error.Message}");
        }
        var predictions = input.Rows.Select(predictor.Predict).ToArray();
        if (arguments.Get("output") is { } output)
        {
            AtomicFile.WriteAllText(Path.GetFullPath(output), Render(input.Rows, predictions));
            Console.Error.WriteLine($"Classified {predictions.Length:N0} transactions ({input.RowsRejected:N0} rejected) into {output}.");
        }
        else
        {
            Console.Out.Write(Render(input.Rows, predictions));
        }
        return Task.FromResult(input.RowsRejected > 0 ? SolutionCommandLine.Failure : 0);
    }

    private static string Render(IReadOnlyList<Transaction> rows, IReadOnlyList<PaymentPrediction> predictions)
    {
        var csv = new System.Text.StringBuilder();
        csv.Append(string.Join(',', [.. TransactionSchema.Columns, .. PaymentOutputColumns.All])).Append('\n');
        var invariant = CultureInfo.InvariantCulture;
        for (var i = 0; i < rows.Count; i++)
        {
            var (t, p) = (rows[i], predictions[i]);
            csv.Append(t.ReceiverId).Append(',').Append(t.SenderId).Append(',')
                .Append(t.Amount.ToString(TransactionSchema.AmountFormat, invariant)).Append(',')
                .Append(t.Timestamp.ToString(TransactionSchema.TimestampFormat, invariant)).Append(',')
                .Append(p.Category).Append(',').Append(p.Probability.ToString("0.######", invariant));
            foreach (var probability in p.Probabilities)
            {
                csv.Append(',').Append(probability.ToString("0.######", invariant));
            }
            csv.Append('\n');
        }
        return csv.ToString();
    }
}
