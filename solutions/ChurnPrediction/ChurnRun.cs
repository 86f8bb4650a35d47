using System.Diagnostics;
using Microsoft.ML;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Evaluation;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Training;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Evaluation.Binary;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.ChurnPrediction;

/// <summary>A finished run: the model, ready to serve, and what was measured.</summary>
public sealed record ChurnRunResult(ChurnModel Model, ChurnPredictor Predictor, ChurnEvaluation Evaluation, LoadResult<ChurnRecord> Data);

/// <summary>
/// The solution end to end, as a story: load, split, choose the model by cross-validation, train and
/// calibrate, choose the cutoff, evaluate on the test set. Writing the report and bundle is the caller's
/// (see <see cref="Commands.RunCommand"/>), so a notebook can run the steps and look at each result.
/// </summary>
public static class ChurnRun
{
    /// <param name="options">Data, output and seed.</param>
    /// <param name="progress">Shows each step; null runs silently.</param>
    public static ChurnRunResult Execute(ChurnRunOptions options, IProgressDisplay? progress = null)
    {
        progress ??= new PlainProgressDisplay(TextWriter.Null);
        var data = progress.Step("Loading customers", () => CsvLoader.Load<ChurnRecord>(options.DataPath));
        if (data.Rows.Count < 50 || data.Rows.Count(r => r.Churned) < options.Folds * 3)
        {
            throw new InvalidOperationException(
                $"{data.Source}: {data.Rows.Count} usable rows with {data.Rows.Count(r => r.Churned)} churners are too few to train and test a model " +
                $"({data.RowsRejected} rows were rejected{(data.Errors.Count > 0 ? "; first: " + data.Errors[0].Message : "")}).");
        }
        var split = ChurnSplit.Create(data.Rows, options.SplitFractions, options.Seed);
        var mlContext = new MLContext(options.Seed);

        var selection = progress.Step("Choosing learner and features by cross-validation", fraction =>
            ChurnModelSelector.Select(split.Train, ChurnCandidate.All, options.Folds, options.Seed, fraction));

        var clock = Stopwatch.StartNew();
        var model = progress.Step("Training and calibrating the chosen model", () =>
            ChurnTrainer.Train(mlContext, selection.Best.Candidate, split.Train, split.Validation));
        var trainingSeconds = clock.Elapsed.TotalSeconds;

        var evaluation = progress.Step("Evaluating on the test set", () =>
        {
            var costs = RetentionCosts.PublicExample;
            var probe = new ChurnPredictor(mlContext, model.Transformer, cutoff: 0.5);
            var cutoff = ChurnEvaluator.ChooseCutoff(probe, split.Validation, costs);
            var predictor = new ChurnPredictor(mlContext, model.Transformer, cutoff, model.Background);

            var labels = split.Test.Select(r => r.Churned).ToArray();
            var probabilities = model.PredictProbabilities(split.Test);
            var test = BinaryClassificationEvaluator.Evaluate(labels, probabilities, cutoff);
            var testCosts = CostAnalysis.Evaluate(labels, probabilities, costs);
            var everyone = model.PredictProbabilities(data.Rows);
            return new ChurnEvaluation
            {
                RowsLoaded = data.Rows.Count,
                RowsRejected = (int)data.RowsRejected,
                TrainRows = split.Train.Count,
                ValidationRows = split.Validation.Count,
                TestRows = split.Test.Count,
                Selection = selection,
                Test = test,
                TestCosts = testCosts,
                DeployedCutoff = cutoff,
                TestCostAtDeployedCutoff = costs.TotalCost(test.ConfusionMatrix),
                Importance = ChurnEvaluator.Importance(predictor, split.Test, options.PermutationRepeats, options.Seed),
                ExpectedChurners = everyone.Sum(),
                ActualChurners = data.Rows.Count(r => r.Churned),
                Customers = data.Rows.Count,
                TestProbabilitiesOfChurners = [.. probabilities.Where((_, i) => labels[i])],
                TestProbabilitiesOfStayers = [.. probabilities.Where((_, i) => !labels[i])],
                TrainingSeconds = trainingSeconds,
            };
        });
        return new ChurnRunResult(model, new ChurnPredictor(mlContext, model.Transformer, evaluation.DeployedCutoff, model.Background), evaluation, data);
    }
}
