using Microsoft.AspNetCore.TestHost;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Hosting;

/// <summary>The host built from a config file's text, as <c>serve</c> builds it, on the in-process test server.</summary>
public sealed class ConfiguredHostTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-configured-").FullName;

    [Fact]
    public async Task With_a_model_cache_ping_answers_before_any_model_loads_and_the_first_request_loads_it()
    {
        AddingBundle.Write(Path.Combine(_root, "adder"), "v1", offset: 0);
        AddingBundle.Write(Path.Combine(_root, "broken"), "v1", offset: null);
        var loader = new AddingLoader();
        var config = HostConfigFile.Parse("""
            {
              "Endpoints": [{ "EndpointName": "suite", "InferenceExecutionConfig": { "Mode": "Direct" },
                "Containers": [{ "ContainerHostname": "adder", "ModelDataUrl": "adder" }, { "ContainerHostname": "broken", "ModelDataUrl": "broken" }] }],
              "Security": { "AllowUnsignedRequests": true, "Region": "eu-west-1", "AccountId": "111122223333" },
              "ModelCache": { "MemoryBudgetMb": 1 },
              "BundleWatch": { "PollSeconds": 0 }
            }
            """, "lazy.json");
        var app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Loaders = [loader],
            RepositoryRoot = _root,
            ConfigureBuilder = builder => builder.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        using var client = app.GetTestClient();

        // Containers start in the background: readiness comes once each has looked at its folder, with no model loaded.
        var pingBefore = 0;
        for (var attempt = 0; attempt < 500 && pingBefore != 200; attempt++)
        {
            pingBefore = (int)(await client.GetAsync("/ping")).StatusCode;
            if (pingBefore != 200)
            {
                await Task.Delay(10);
            }
        }
        var loadsBefore = loader.Loads;
        var served = await RuntimeAnswer.ReadAsync(await client.SendAsync(Invocation("adder")));
        var broken = await RuntimeAnswer.ReadAsync(await client.SendAsync(Invocation("broken")));
        var pingAfter = await RuntimeAnswer.ReadAsync(await client.GetAsync("/ping"));
        var metrics = await client.GetStringAsync("/metrics");
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.Equal((200, 0), (pingBefore, loadsBefore));
        Assert.Equal((200, "3\n"), (served.Status, served.Body));
        Assert.Equal((503, "ServiceUnavailable"), (broken.Status, broken.ErrorCode));
        Assert.Equal("Container broken of endpoint suite is unavailable: offset.txt holds 'corrupt', not a number", broken.Message);
        Assert.Contains("suite/broken failed: offset.txt holds 'corrupt', not a number", pingAfter.Message);
        Assert.Contains("sagemaker_ModelLoadingWaitTime_microseconds_count{endpoint=\"suite\",variant=\"AllTraffic\",container=\"adder\"} 1\n", metrics);
        Assert.Contains("sagemaker_LoadedModelCount{endpoint=\"suite\",variant=\"AllTraffic\"} 1\n", metrics);
    }

    [Fact]
    public async Task Model_errors_name_the_log_stream_in_the_configured_region_and_account()
    {
        AddingBundle.Write(Path.Combine(_root, "adder"), "v1", offset: 0);
        var config = HostConfigFile.Parse("""
            {
              "Endpoints": [{ "EndpointName": "suite", "InferenceExecutionConfig": { "Mode": "Direct" },
                "Containers": [{ "ContainerHostname": "adder", "ModelDataUrl": "adder" }] }],
              "Security": { "AllowUnsignedRequests": true, "Region": "eu-west-1", "AccountId": "111122223333" }
            }
            """, "region.json");
        var app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Loaders = [new AddingLoader()],
            RepositoryRoot = _root,
            ConfigureBuilder = builder => builder.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        using var client = app.GetTestClient();
        while ((await client.GetAsync("/ping")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            await Task.Delay(5);
        }

        var refused = await RuntimeAnswer.ReadAsync(await client.SendAsync(Invocation("adder", "-1,2")));
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.Equal("arn:aws:logs:eu-west-1:111122223333:log-group:/aws/sagemaker/Endpoints/suite:log-stream:AllTraffic/adder",
            refused.Json.GetProperty("LogStreamArn").GetString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static HttpRequestMessage Invocation(string target, string body = "1,2") => new(HttpMethod.Post, "/endpoints/suite/invocations")
    {
        Content = new StringContent(body, System.Text.Encoding.UTF8, "text/csv"),
        Headers = { { RuntimeHeaders.TargetContainerHostname, target } },
    };
}
