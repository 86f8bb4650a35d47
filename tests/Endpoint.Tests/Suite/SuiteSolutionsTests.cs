using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Training;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Serving;
using Solutions.PriceOptimization.Elasticity;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Tests.Suite;

/// <summary>The payment and price solutions as the suite hosts them: trained by <c>--train-missing</c>'s trainers, served by their loaders.</summary>
public sealed class SuiteSolutionsTests : IDisposable
{
    // Small enough to train both in seconds: 3,000 payments and 20 boosting rounds; two products over 400 days
    // with two double-ML repetitions of 100 trees.
    private const int PaymentRows = 3_000;
    private const int PriceDays = 400;

    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-suite-").FullName;

    [Fact]
    public void The_suite_config_names_the_churn_payment_and_price_containers_with_their_solutions()
    {
        var config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "suite.json"));

        var containers = Assert.Single(config.Endpoints).Containers
            .Select(c => (c.ContainerHostname, c.ModelDataUrl, c.Solution)).ToArray();
        Assert.Equal(
        [
            ("churn", "artifacts/churn/model", "ChurnPrediction"),
            ("payment", "artifacts/payment/model", "PaymentClassification"),
            ("price", "artifacts/price/model", "PriceOptimization"),
        ], containers);
        // Every solution the config names is one the host can load and train.
        Assert.All(containers, c => Assert.Contains(SuiteSolutions.Loaders, l => l.Solution == c.Solution));
        Assert.All(containers, c => Assert.Contains(SuiteSolutions.Trainers, t => t.Solution == c.Solution));
    }

    [Fact]
    public async Task Tiny_payment_and_price_bundles_train_and_answer_direct_invocations_by_hostname()
    {
        var config = HostConfigFile.Parse("""
            {
              "Endpoints": [{
                "EndpointName": "suite",
                "InferenceExecutionConfig": { "Mode": "Direct" },
                "Containers": [
                  { "ContainerHostname": "payment", "ModelDataUrl": "payment/model", "Solution": "PaymentClassification" },
                  { "ContainerHostname": "price", "ModelDataUrl": "price/model", "Solution": "PriceOptimization" }
                ]
              }],
              "Security": { "AllowUnsignedRequests": true, "Region": "us-east-1", "AccountId": "000000000000" },
              "BundleWatch": { "PollSeconds": 0 }
            }
            """, "suite-tiny.json");
        IBundleTrainer[] trainers =
        [
            new PaymentBundleTrainer(rows: PaymentRows, rounds: 20),
            new PriceBundleTrainer(products: 2, days: PriceDays, dml: new DmlOptions { Repetitions = 2, Trees = 100, LearningRate = 0.1 }),
        ];

        var trained = MissingBundles.Train(config, container => ContainerFactory.BundleFolder(container, _root), trainers, seed: 7,
            new PlainProgressDisplay(TextWriter.Null));

        Assert.Equal([Path.Combine(_root, "payment", "model"), Path.Combine(_root, "price", "model")], trained.Select(Path.GetFullPath));
        var app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Loaders = SuiteSolutions.Loaders,
            RepositoryRoot = _root,
            ConfigureBuilder = builder => builder.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        try
        {
            using var client = app.GetTestClient();
            for (var poll = 0; poll < 2000 && (await client.GetAsync("/ping")).StatusCode != HttpStatusCode.OK; poll++)
            {
                await Task.Delay(10);
            }

            // The generated data's header and first payment: the header lets the label column ride along, ignored.
            var payment = string.Join("\n", File.ReadLines(Path.Combine(_root, "payment", "data", "transactions.csv")).Take(2));
            var paymentAnswer = await RuntimeAnswer.ReadAsync(await client.SendAsync(Invocation("payment", payment)));
            // The generated market starts on 2022-01-01, so its last day is 2022-01-01 + 399 and the model prices
            // from the next day, 2022-01-01 + 400 days = 2023-02-05.
            var priceAnswer = await RuntimeAnswer.ReadAsync(await client.SendAsync(
                Invocation("price", "product,date,candidate_prices,objective\ncola,2023-02-05,4;5;6,revenue\n")));

            Assert.True(paymentAnswer.Status == 200, paymentAnswer.Body);
            var paymentPrediction = Assert.Single(paymentAnswer.Json.GetProperty("predictions").EnumerateArray());
            string[] paymentColumns = ["category", "probability", .. PaymentOutputColumns.PerCategory];
            Assert.Equal(21, paymentColumns.Length);
            Assert.Equal(paymentColumns, paymentPrediction.EnumerateObject().Select(p => p.Name));
            Assert.Contains(paymentPrediction.GetProperty("category").GetString(), TransactionCategories.All);

            Assert.True(priceAnswer.Status == 200, priceAnswer.Body);
            var pricePrediction = Assert.Single(priceAnswer.Json.GetProperty("predictions").EnumerateArray());
            Assert.Equal(
                ["recommended_price", "expected_volume", "objective_value", "objective", "curve_prices", "curve_volumes", "curve_objective"],
                pricePrediction.EnumerateObject().Select(p => p.Name));
            Assert.Contains(pricePrediction.GetProperty("recommended_price").GetDouble(), new[] { 4.0, 5.0, 6.0 });
            Assert.Equal("revenue", pricePrediction.GetProperty("objective").GetString());
            Assert.Equal(3, pricePrediction.GetProperty("curve_prices").GetString()!.Split(';').Length);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static HttpRequestMessage Invocation(string target, string csv) => new(HttpMethod.Post, "/endpoints/suite/invocations")
    {
        Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        Headers = { { RuntimeHeaders.TargetContainerHostname, target }, { "Accept", "application/json" } },
    };
}
