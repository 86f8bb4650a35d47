using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Solutions.Shared.Modeling.Explaining;

namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>TreeSHAP on ensembles ML.NET trained, checked against ML.NET's own scores and against the definition.</summary>
public sealed class TreeShapMlNetTests
{
    private static readonly GeneratedRow[] Training = GeneratedRow.Generate(600, seed: 21);
    private static readonly GeneratedRow[] Scoring = GeneratedRow.Generate(200, seed: 22);

    private static float[][] Vectors(IEnumerable<GeneratedRow> rows) => [.. rows.Select(r => r.Features)];

    private static (RegressionTreeEnsemble Trees, float[] Scores) FastTree(int trees, int leaves)
    {
        var ml = new MLContext(seed: 3);
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = trees, NumberOfLeaves = leaves, MinimumExampleCountPerLeaf = 10, NumberOfThreads = 1,
        }).Fit(ml.Data.LoadFromEnumerable(Training));
        return (model.Model.SubModel.TrainedTreeEnsemble, Scores(ml, model));
    }

    private static (RegressionTreeEnsemble Trees, float[] Scores) LightGbm()
    {
        var ml = new MLContext(seed: 3);
        var model = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 60, NumberOfLeaves = 12, MinimumExampleCountPerLeaf = 10, NumberOfThreads = 1, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(Training));
        return (model.Model.SubModel.TrainedTreeEnsemble, Scores(ml, model));
    }

    private static float[] Scores<TModel>(MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>> model)
        where TModel : class =>
        [.. model.Transform(ml.Data.LoadFromEnumerable(Scoring)).GetColumn<float>("Score")];

    public static TheoryData<string> Learners => ["FastTree", "LightGbm"];

    private static (RegressionTreeEnsemble Trees, float[] Scores) Train(string learner) =>
        learner == "FastTree" ? FastTree(trees: 80, leaves: 12) : LightGbm();

    [Theory]
    [MemberData(nameof(Learners))]
    public void Contributions_plus_expected_value_give_ML_NET_raw_score_on_every_row(string learner)
    {
        var (trees, scores) = Train(learner);
        var explainer = TreeShapExplainer.Create(trees, Vectors(Training));

        for (var i = 0; i < Scoring.Length; i++)
        {
            var row = Scoring[i].Features;
            // ML.NET's Score is a float; 1e-5 is a few of its rounding steps at scores near 10.
            Assert.Equal(scores[i], explainer.Score(row), tolerance: 1e-5);
            Assert.Equal(scores[i], explainer.ExpectedValue + explainer.Explain(row).Sum(), tolerance: 1e-5);
            // In double precision the sum is exact up to rounding.
            Assert.Equal(explainer.Score(row), explainer.ExpectedValue + explainer.Explain(row).Sum(), tolerance: 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Learners))]
    public void The_expected_value_is_the_mean_raw_score_over_the_background(string learner)
    {
        // Cover-weighted averaging over every split is, tree by tree, the mean over the rows that set the covers.
        var (trees, _) = Train(learner);
        var explainer = TreeShapExplainer.Create(trees, Vectors(Training));

        Assert.Equal(Training.Average(r => explainer.Score(r.Features)), explainer.ExpectedValue, 9);
    }

    [Theory]
    [MemberData(nameof(Learners))]
    public void A_slot_no_tree_splits_on_gets_exactly_zero(string learner)
    {
        var (trees, _) = Train(learner);
        var explainer = TreeShapExplainer.Create(trees, Vectors(Training));

        Assert.DoesNotContain(trees.Trees, t => t.NumericalSplitFeatureIndexes.Contains(GeneratedRow.ConstantSlot));
        Assert.All(Scoring, r => Assert.Equal(0.0, explainer.Explain(r.Features)[GeneratedRow.ConstantSlot]));
    }

    [Fact]
    public void A_small_FastTree_model_matches_Shapley_values_enumerated_over_all_coalitions()
    {
        // Three trees of at most four leaves (depth ≤ 3) on the first four slots; the other two are fixed so
        // the coalitions of four features cover everything the trees can split on.
        var narrow = Training.Select(r => new GeneratedRow { Features = [.. r.Features[..4], 0.5f, 1f], Label = r.Label }).ToArray();
        var ml = new MLContext(seed: 3);
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 3, NumberOfLeaves = 4, MinimumExampleCountPerLeaf = 10, NumberOfThreads = 1,
        }).Fit(ml.Data.LoadFromEnumerable(narrow));
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var background = narrow.Take(300).Select(r => r.Features[..4]).ToArray();
        var explainer = TreeShapExplainer.Create(ensemble, background);
        var trees = ensemble.Trees.Select((t, i) => PaperTree.From(t, ensemble.TreeWeights[i])).ToArray();

        Assert.Equal(3, trees.Length);
        Assert.All(trees, t => Assert.True(t.Leaf.Length is >= 2 and <= 4));
        foreach (var row in Scoring.Take(25).Select(r => r.Features[..4]))
        {
            Assert.Equal(ExactShapley.Of(trees, row, background), explainer.Explain(row), new ToleranceComparer(1e-9));
        }
    }

    [Fact]
    public void Bad_rows_are_refused_naming_what_is_wrong()
    {
        var (trees, _) = FastTree(trees: 5, leaves: 4);
        var background = Vectors(Training);
        var explainer = TreeShapExplainer.Create(trees, background);

        var shortRow = Assert.Throws<ArgumentException>(() => explainer.Explain(new float[4]));
        Assert.Contains("4 feature slots", shortRow.Message);
        Assert.Contains("6", shortRow.Message);
        var missing = Assert.Throws<ArgumentException>(() => explainer.Explain([0.1f, 0.2f, float.NaN, 0.4f, 0.5f, 1f]));
        Assert.Contains("slot 2", missing.Message);
        var empty = Assert.Throws<ArgumentException>(() => TreeShapExplainer.Create(trees, []));
        Assert.Contains("at least one background row", empty.Message);
        var ragged = Assert.Throws<ArgumentException>(() => TreeShapExplainer.Create(trees, [.. background.Take(3), new float[5]]));
        Assert.Contains("Background row 3 has 5 feature slots", ragged.Message);
        var narrow = Assert.Throws<ArgumentException>(() => TreeShapExplainer.Create(trees, [new float[2]]));
        Assert.Contains("the background rows have 2 slots", narrow.Message);
    }
}
