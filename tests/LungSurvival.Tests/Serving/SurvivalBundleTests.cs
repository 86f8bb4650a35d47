using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(SurvivalCohortCollection.Name)]
public sealed class SurvivalBundleTests(SurvivalCohortFixture cohort)
{
    public static TheoryData<string> Classifiers => [ClassifierCandidate.LogisticPrefix + "10", ClassifierCandidate.BoostedTreesName];

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void The_loaded_predictor_gives_the_in_memory_model_s_probabilities(string classifier)
    {
        var (joined, encoder, model) = Fit(classifier);
        var folder = Path.Combine(cohort.NewFolder("bundle"), "model");

        SurvivalBundle.Save(folder, encoder, model, cohort.Inputs.ClinicalCsv, new Dictionary<string, double> { ["cv_auc_mean"] = 0.7 }, DateTimeOffset.UnixEpoch);
        var predictor = (SurvivalPredictor)new SurvivalPredictorLoader().Load(folder);

        var expected = model.Probabilities(encoder.Encode(joined).Rows);
        Assert.Equal(expected, predictor.PredictProbabilities(joined.Patients));
        Assert.Equal(classifier, ModelBundle.ReadManifest(folder).Trainer);
        // Through the serving contract: rows in schema order, clinical as text, numbers as doubles.
        var rows = joined.Patients.Select(p => (object?[])[.. p.Clinical, .. p.Genomic.Cast<object?>(), .. p.Radiomic.Cast<object?>()]).ToArray();
        var predictions = predictor.Predict(rows, PredictionOptions.ScoresOnly);
        Assert.Equal(expected, predictions.Select(p => (double)p.Values[SurvivalPredictor.ProbabilityOutput]!));
        Assert.Equal(expected.Select(p => p >= 0.5 ? "Dead" : "Alive"), predictions.Select(p => (string)p.Values[SurvivalPredictor.StatusOutput]!));
        Assert.Equal(encoder.InputColumns, predictor.InputSchema.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_bundle_of_another_solution_is_refused()
    {
        var (_, encoder, model) = Fit(ClassifierCandidate.LogisticPrefix + "10");
        var folder = Path.Combine(cohort.NewFolder("foreign"), "model");
        SurvivalBundle.Save(folder, encoder, model, cohort.Inputs.ClinicalCsv, new Dictionary<string, double>(), DateTimeOffset.UnixEpoch);
        var manifest = Path.Combine(folder, ModelBundle.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"LungSurvival\"", "\"ChurnPrediction\"", StringComparison.Ordinal));

        var error = Assert.Throws<ModelBundleException>(() => SurvivalBundle.Load(folder));

        Assert.Contains("was trained by the ChurnPrediction solution, not LungSurvival", error.Message);
    }

    private (SurvivalCohort Joined, FeatureEncoder Encoder, SurvivalModel Model) Fit(string classifier)
    {
        var joined = SurvivalCohortReader.Read(cohort.Inputs);
        var encoder = FeatureEncoder.Fit(joined);
        var candidate = classifier == ClassifierCandidate.BoostedTreesName ? ClassifierCandidate.BoostedTrees() : ClassifierCandidate.Logistic(10);
        return (joined, encoder, SurvivalModel.Fit(encoder.Encode(joined).Rows, joined.Dead, candidate, seed: 3));
    }
}
