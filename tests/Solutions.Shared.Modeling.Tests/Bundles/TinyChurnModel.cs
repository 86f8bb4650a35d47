using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>
/// A small churn-like model trained on generated rows: one-hot plan plus two numbers, FastTree, then a Platt
/// calibrator refitted on rows the trees never saw (the shape the solutions ship).
/// </summary>
internal sealed class TinyChurnModel
{
    public const string Solution = "TinyChurn";

    private static readonly string[] Plans = ["basic", "plus", "pro"];

    private TinyChurnModel(MLContext context, ITransformer model, IReadOnlyList<SubscriberRow> trainingRows, IReadOnlyList<SubscriberRow> scoringRows)
    {
        Context = context;
        Model = model;
        TrainingRows = trainingRows;
        ScoringRows = scoringRows;
    }

    public MLContext Context { get; }

    public ITransformer Model { get; }

    /// <summary>The rows the trees were fitted on, for variants of the pipeline.</summary>
    public IReadOnlyList<SubscriberRow> TrainingRows { get; }

    /// <summary>Rows neither the trees nor the calibrator saw, to compare predictions on.</summary>
    public IReadOnlyList<SubscriberRow> ScoringRows { get; }

    /// <summary>The input columns a request holds, as the manifest records them.</summary>
    public static TabularSchema InputSchema { get; } = new(
    [
        new ColumnSpec(nameof(SubscriberRow.Plan), ColumnKind.Text),
        new ColumnSpec(nameof(SubscriberRow.Minutes), ColumnKind.Number),
        new ColumnSpec(nameof(SubscriberRow.Calls), ColumnKind.Number),
    ]);

    public static TinyChurnModel Train(int seed = 7)
    {
        var context = new MLContext(seed);
        var random = new Random(seed);
        var training = Generate(random, 240);
        var calibration = Generate(random, 120);
        var scoring = Generate(random, 40);

        var scorer = Featurizer(context)
            .Append(context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = nameof(SubscriberRow.Label),
                FeatureColumnName = "Features",
                NumberOfTrees = 20,
                NumberOfLeaves = 4,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
            }))
            .Fit(context.Data.LoadFromEnumerable(training));
        var calibrator = context.BinaryClassification.Calibrators
            .Platt(labelColumnName: nameof(SubscriberRow.Label), scoreColumnName: nameof(SubscriberPrediction.Score))
            .Fit(scorer.Transform(context.Data.LoadFromEnumerable(calibration)));
        return new TinyChurnModel(context, scorer.Append(calibrator), training, scoring);
    }

    /// <summary>The plan one-hot encoded and concatenated with the two numbers into <c>Features</c>.</summary>
    public static IEstimator<ITransformer> Featurizer(MLContext context) =>
        context.Transforms.Categorical.OneHotEncoding("PlanOneHot", nameof(SubscriberRow.Plan))
            .Append(context.Transforms.Concatenate(
                "Features", "PlanOneHot", nameof(SubscriberRow.Minutes), nameof(SubscriberRow.Calls)));

    public IDataView Sample() => Context.Data.LoadFromEnumerable(ScoringRows);

    /// <summary>The calibrated probability of each scoring row, in order.</summary>
    public static float[] Probabilities(MLContext context, ITransformer model, IEnumerable<SubscriberRow> rows) =>
        [.. model.Transform(context.Data.LoadFromEnumerable(rows)).GetColumn<float>(nameof(SubscriberPrediction.Probability))];

    public static BundleManifest Manifest(string solution = Solution, IReadOnlyList<ColumnSpec>? input = null) => new()
    {
        Solution = solution,
        ModelVersion = "20240102T030405Z-abc123",
        CreatedUtc = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Trainer = "FastTree",
        InputSchema = input ?? InputSchema.Columns,
        OutputSchema = [new ColumnSpec(nameof(SubscriberPrediction.Probability), ColumnKind.Number)],
        TrainingDataSha256 = new string('a', 64),
        Metrics = new Dictionary<string, double> { ["roc_auc"] = 0.875 },
        Parameters = new Dictionary<string, string> { ["cutoff"] = "0.35" },
        PackageVersions = ModelBundleWriter.PackageVersions(),
        Files = new BundleFiles(ModelBundle.MlNetFileName, null),
    };

    // Churn grows with minutes and support calls and is lower on the pro plan, plus noise, so the trees
    // have a real signal to split on and the probabilities spread over (0, 1).
    private static SubscriberRow[] Generate(Random random, int count)
    {
        var rows = new SubscriberRow[count];
        for (var i = 0; i < count; i++)
        {
            var plan = Plans[random.Next(Plans.Length)];
            var minutes = (float)Math.Round(random.NextDouble() * 300, 1);
            var calls = random.Next(0, 8);
            var logit = minutes / 100.0 - 1.5 + 0.3 * calls + (plan == "pro" ? -1.0 : 0.0);
            var churned = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
            rows[i] = new SubscriberRow { Plan = plan, Minutes = minutes, Calls = calls, Label = churned };
        }
        return rows;
    }
}
