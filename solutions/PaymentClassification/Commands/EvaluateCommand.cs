using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Modeling;
using Solutions.PaymentClassification.Reporting;
using Solutions.PaymentClassification.Serving;
using Solutions.Shared.Evaluation.Multiclass;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification.Commands;

/// <summary>
/// <c>evaluate --model DIR --data FILE [--out DIR] [--store PATH|CONN]</c>: scores a labelled CSV with a bundle, each
/// payment with the store's features as of just before it (point in time), and writes the classification report.
/// </summary>
public sealed class EvaluateCommand : ISolutionCommand
{
    public const string ClassificationReportFile = "classification_report.txt";

    public string Name => "evaluate";

    public string Summary => "score labelled transactions with a bundle (point-in-time features); write metrics.json, the report and the confusion matrix";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        PaymentOptions.Model,
        new("data", "FILE", "labelled transactions, CSV with transaction_category", Required: true),
        CommandOption.Out("artifacts/payment/evaluation/"),
        PaymentOptions.Store with { Description = PaymentOptions.Store.Description + " (default: the bundle's)" },
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var data = arguments.GetInputFile("data", PaymentRunOptions.DataFileName, () => arguments.Required("data"));
        var output = arguments.GetPath("out", () => Path.Combine(PaymentRunOptions.DefaultOutputFolder, "evaluation"));
        var (bundle, predictor) = PaymentBundle.Load(arguments.Required("model"), arguments.Get("store"));
        using var _ = predictor;
        var progress = ProgressDisplay.ForConsole();
        var loaded = progress.Step($"Loading {data}", () => TransactionCsv.LoadLabelled(data));
        foreach (var error in loaded.Errors.Take(10))
        {
            Console.Error.WriteLine($"rejected: {error.Message}");
        }
        var rows = loaded.Rows;
        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"{loaded.Source}: no usable rows to evaluate ({loaded.RowsRejected:N0} rejected).");
        }
        var features = progress.Step("Building point-in-time features", () => predictor.Store.GetHistoricalFeatures(rows));
        var model = new PaymentModel<PaymentModelInput>(new Microsoft.ML.MLContext(), bundle.Model, bundle.Manifest.Trainer);
        var report = progress.Step("Scoring", () => MulticlassClassificationEvaluator.Evaluate(
            [.. rows.Select(r => r.Category)],
            model.PredictProbabilities(rows.Select((r, i) => new PaymentModelInput { Features = PaymentFeatureVector.Compose(r, features[i]) })),
            TransactionCategories.All));

        Directory.CreateDirectory(output);
        PaymentCharts.WriteConfusionMatrix(output, PaymentCharts.ConfusionMatrix, report, "Confusion matrix (share of each actual category)");
        File.WriteAllText(Path.Combine(output, ClassificationReportFile), report.ToText(digits: 3));
        MetricsJson.Write(Path.Combine(output, PaymentRunOutputs.MetricsFile), new EvaluationMetrics(
            bundle.Manifest.ModelVersion, rows.Count, (int)loaded.RowsRejected, report.Accuracy, report.MacroAverage.F1, report.WeightedAverage.F1,
            [.. report.Classes.Select(c => new ClassFigures(c.Label, c.Precision, c.Recall, c.F1, c.Support))]));
        Console.WriteLine(report.ToText(digits: 3));
        Console.WriteLine($"{rows.Count:N0} transactions: accuracy {report.Accuracy:0.000}, macro F1 {report.MacroAverage.F1:0.000}, " +
                          $"weighted F1 {report.WeightedAverage.F1:0.000}. Written to {output}");
        return Task.FromResult(loaded.RowsRejected > 0 ? SolutionCommandLine.Failure : 0);
    }

    /// <summary>The <c>metrics.json</c> of an evaluation; keys shared with a run's where they mean the same.</summary>
    private sealed record EvaluationMetrics(
        string ModelVersion, int Rows, int RowsRejected, double Accuracy, double MacroF1, double WeightedF1, IReadOnlyList<ClassFigures> PerClass);
}
