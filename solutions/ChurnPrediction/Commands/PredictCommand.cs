using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.ChurnPrediction.Commands;

/// <summary><c>predict --model DIR --input FILE [--output FILE]</c>: scores customers from a CSV.</summary>
public sealed class PredictCommand : ISolutionCommand
{
    public string Name => "predict";

    public string Summary => "score customers in a CSV (the label column, if present, is ignored)";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("model", "DIR", "model bundle folder (e.g. artifacts/churn/model)", Required: true),
        new("input", "FILE", "customers to score, CSV with a header", Required: true),
        new("output", "FILE", "where to write the scored CSV (default: standard output)"),
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var (_, predictor) = ChurnBundle.Load(arguments.Required("model"));
        var input = CsvLoader.Load<ChurnCustomer>(arguments.GetInputFile("input", ChurnRunOptions.DataFileName, () => arguments.Required("input")));
        foreach (var error in input.Errors)
        {
            Console.Error.WriteLine($"skipped: {error.Message}");
        }
        var scored = input.Rows
            .Select(c =>
            {
                var probability = predictor.PredictProbability(c);
                return ScoredCustomer.From(c, probability, probability >= predictor.Cutoff);
            })
            .ToArray();
        if (arguments.Get("output") is { } output)
        {
            CsvWriter.Write(output, scored);
            Console.Error.WriteLine(
                $"Scored {scored.Length:N0} customers ({input.RowsRejected:N0} rejected) into {output}; " +
                $"{scored.Count(s => s.PredictedChurn):N0} flagged at cutoff {predictor.Cutoff:0.###}.");
        }
        else
        {
            CsvWriter.Write(Console.Out, scored);
        }
        return Task.FromResult(input.RowsRejected > 0 ? SolutionCommandLine.Failure : 0);
    }
}
