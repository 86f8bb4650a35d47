using System.Text.Json.Nodes;
using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.ChurnPrediction.Tests.Serving;

/// <summary>
/// Explanations of the fixture's model. The customers are built around the data's two best-known churn
/// signals: four or more customer-service calls, and long daytime use (the data's median is about 180 minutes).
/// </summary>
[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnExplainerTests(TrainedChurnModel trained)
{
    private ChurnPredictor Predictor => trained.Result.Predictor;

    [Fact]
    public void Contributions_are_named_by_CSV_column_once_each_largest_first()
    {
        var contributions = Predictor.Explain(ChurnFiles.HeldOut(1)[0]);

        var columns = CustomerValues.Schema.Columns.Select(c => c.Name).ToList();
        Assert.All(contributions, c => Assert.Contains(c.Feature, columns));
        Assert.Equal(contributions.Count, contributions.Select(c => c.Feature).Distinct().Count());
        Assert.Equal(contributions.Select(c => Math.Abs(c.Contribution)).OrderDescending(), contributions.Select(c => Math.Abs(c.Contribution)));
        // The one-hot slots of the two categories are summed into one entry each.
        Assert.Single(contributions, c => c.Feature == "State");
        Assert.Single(contributions, c => c.Feature == "Area Code");
    }

    [Fact]
    public void Many_service_calls_and_high_day_minutes_rank_among_the_top_five()
    {
        var customer = Customer(serviceCalls: 5, dayMinutes: 280);

        var top = Predictor.Explain(customer).Take(5).Select(c => c.Feature).ToList();

        Assert.Contains("CustServ Calls", top);
        Assert.Contains("Day Mins", top);
        Assert.True(Predictor.PredictProbability(customer) > 149.0 / 1_200, "riskier than the training churn rate");
    }

    [Fact]
    public void Many_service_calls_alone_lead_the_explanation_and_push_towards_churn()
    {
        var contributions = Predictor.Explain(Customer(serviceCalls: 5, dayMinutes: 150));

        Assert.Equal("CustServ Calls", contributions[0].Feature);
        Assert.True(contributions[0].Contribution > 0);
    }

    [Fact]
    public void Long_days_alone_lead_the_explanation_and_push_towards_churn()
    {
        var contributions = Predictor.Explain(Customer(serviceCalls: 1, dayMinutes: 330));

        Assert.Equal("Day Mins", contributions[0].Feature);
        Assert.True(contributions[0].Contribution > 0);
    }

    [Fact]
    public void A_bundle_loaded_model_explains_as_the_trained_one()
    {
        var (_, loaded) = ChurnBundle.Load(trained.BundleFolder);
        var customer = ChurnFiles.HeldOut(1)[0];

        var expected = Predictor.Explain(customer);
        var actual = loaded.Explain(customer);

        Assert.Equal(expected.Select(c => c.Feature), actual.Select(c => c.Feature));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Contribution, pair.Second.Contribution, 5));
    }

    [Fact]
    public void Contributions_plus_the_expected_score_give_the_raw_score_before_calibration()
    {
        var model = trained.Result.Model;
        var explainer = new ChurnExplainer(model.Context, model.Transformer, model.Background);
        var customers = ChurnFiles.HeldOut(20);
        var view = model.Transformer.Transform(model.Context.Data.LoadFromEnumerable(customers.Select(ChurnModelInput.From)));
        var scores = view.GetColumn<float>(nameof(ChurnModelOutput.Score)).ToArray();

        for (var i = 0; i < customers.Count; i++)
        {
            var (probability, contributions) = explainer.Explain(customers[i]);
            // ML.NET's Score is a float; 1e-4 is a few of its rounding steps at the scores seen here.
            Assert.Equal(scores[i], explainer.ExpectedScore + contributions.Sum(c => c.Contribution), tolerance: 1e-4);
            Assert.Equal(Predictor.PredictProbability(customers[i]), probability, tolerance: 1e-6);
        }
    }

    [Fact]
    public void Plans_the_customer_does_not_have_do_not_lead_the_explanation_of_heavy_use_and_many_calls()
    {
        // The case that ML.NET's feature contribution calculation got wrong: six service calls and 330 day
        // minutes, neither plan, and the plans came out as the top two contributors.
        var contributions = Predictor.Explain(Customer(serviceCalls: 6, dayMinutes: 330));

        var topTwo = contributions.Take(2).Select(c => c.Feature).ToList();
        Assert.DoesNotContain("Int'l Plan", topTwo);
        Assert.DoesNotContain("VMail Plan", topTwo);
        Assert.Contains(contributions.Take(3), c => c.Feature is "CustServ Calls" or "Day Mins" && c.Contribution > 0);
    }

    [Fact]
    public void A_bundle_saved_with_its_background_customers_lists_them_in_the_manifest()
    {
        Assert.Contains(ChurnBundle.ExplainerBackgroundFile, trained.Manifest.Files.Additional);
        var saved = CsvLoader.Load<ChurnCustomer>(Path.Combine(trained.BundleFolder, ChurnBundle.ExplainerBackgroundFile));
        Assert.Equal(Math.Min(ChurnExplainer.MaxBackgroundRows, trained.Result.Model.Background.Count), saved.Rows.Count);
        Assert.Equal(0, saved.RowsRejected);
    }

    [Fact]
    public void A_bundle_without_background_customers_scores_but_refuses_to_explain_saying_to_retrain()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("old-model");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(trained.BundleFolder).Where(f => !f.EndsWith(ChurnBundle.ExplainerBackgroundFile, StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        // As a bundle written before explanations needed background customers: no file, none listed.
        var manifestPath = Path.Combine(folder, ModelBundle.ManifestFileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["files"]!.AsObject().Remove("additional");
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        var (_, old) = ChurnBundle.Load(folder);
        var customer = ChurnFiles.HeldOut(1)[0];

        Assert.Equal(Predictor.PredictProbability(customer), old.PredictProbability(customer), 6);
        var e = Assert.Throws<InvalidOperationException>(() => old.Explain(customer));
        Assert.Contains("retrain", e.Message);
    }

    /// <summary>An otherwise typical customer: no plans, mid-range evening, night and international use.</summary>
    private static ChurnCustomer Customer(int serviceCalls, double dayMinutes) => new()
    {
        State = "OH", AccountLength = 100, AreaCode = "415", InternationalPlan = false, VoiceMailPlan = false,
        VoiceMailMessages = 0, DayMinutes = dayMinutes, DayCalls = 100, DayCharge = Math.Round(dayMinutes * 0.17, 2),
        EveningMinutes = 200, EveningCalls = 100, EveningCharge = 17, NightMinutes = 200, NightCalls = 100,
        NightCharge = 9, InternationalMinutes = 10, InternationalCalls = 4, InternationalCharge = 2.7,
        CustomerServiceCalls = serviceCalls,
    };
}
