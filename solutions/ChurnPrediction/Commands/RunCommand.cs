using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Modeling.Cli;
using Solutions.Shared.Reporting.Metrics;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.ChurnPrediction.Commands;

/// <summary><c>run [--data FILE] [--out DIR] [--seed N]</c>: prepare, train, evaluate, report and bundle.</summary>
public sealed class RunCommand : ISolutionCommand
{
    public const string MetricsFile = "metrics.json";
    public const string ReportFile = "report.md";

    public string Name => "run";

    public string Summary => "train, evaluate and bundle the churn model; write metrics.json, report.md and charts";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Data("data/churn/churn.csv"),
        CommandOption.Out("artifacts/churn/"),
        CommandOption.Seed,
    ];

    public Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var options = new ChurnRunOptions(
            arguments.GetInputFile("data", ChurnRunOptions.DataFileName, () => ChurnRunOptions.DefaultDataPath),
            arguments.GetPath("out", () => ChurnRunOptions.DefaultOutputFolder),
            arguments.Seed);
        var progress = ProgressDisplay.ForConsole();
        var result = ChurnRun.Execute(options, progress);
        foreach (var error in result.Data.Errors.Take(10))
        {
            Console.Error.WriteLine($"rejected: {error.Message}");
        }
        if (result.Data.RowsRejected > 10)
        {
            Console.Error.WriteLine($"... {result.Data.RowsRejected:N0} rows rejected in all.");
        }

        var evaluation = result.Evaluation;
        var metrics = ChurnMetrics.From(evaluation, options.Seed);
        var manifest = progress.Step("Saving the model bundle", () => ChurnBundle.Save(
            options.ModelFolder, result.Model, evaluation.DeployedCutoff, options.DataPath, metrics.ForManifest(), result.Data.Rows.Take(100)));
        progress.Step("Writing metrics, charts and report", () =>
        {
            ChurnCharts.WriteEvaluation(options.OutputFolder, evaluation.Test, evaluation.TestCosts,
                evaluation.TestProbabilitiesOfChurners, evaluation.TestProbabilitiesOfStayers);
            ChurnCharts.WriteImportance(options.OutputFolder, evaluation.Importance);
            MetricsJson.Write(Path.Combine(options.OutputFolder, MetricsFile), metrics);
            ChurnReport.Build(evaluation, metrics, manifest, options.DataPath).Save(Path.Combine(options.OutputFolder, ReportFile));
        });

        Console.WriteLine();
        Console.WriteLine($"Chosen model: {evaluation.Selection.Best.Candidate} (CV ROC AUC {metrics.CvAucMean:0.000} ± {metrics.CvAucSd:0.000})");
        Console.WriteLine($"Test ROC AUC {metrics.Auc:0.000}, PR AUC {metrics.PrAuc:0.000}, F1 {metrics.F1:0.000} at cutoff {metrics.DeployedCutoff:0.###}");
        Console.WriteLine($"Least test cost ${metrics.MinCost:N0} at cutoff {metrics.CostOptimalCutoff:0.###}; deployed cutoff costs ${metrics.TestCostAtDeployedCutoff:N0}");
        Console.WriteLine($"Expected churners among {metrics.Customers:N0} customers: {metrics.ExpectedChurners:N0} (actual {metrics.ActualChurners:N0})");
        Console.WriteLine($"Final model trained and calibrated in {evaluation.TrainingSeconds:0.00} s; model version {manifest.ModelVersion}");
        Console.WriteLine($"Report: {Path.Combine(options.OutputFolder, ReportFile)}");
        Console.WriteLine($"Model bundle: {options.ModelFolder}");
        return Task.FromResult(0);
    }
}
