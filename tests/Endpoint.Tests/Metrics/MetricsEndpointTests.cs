using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    private const string Target = RuntimeHeaders.TargetContainerHostname;
    private const string Adder = "endpoint=\"suite\",variant=\"AllTraffic\",container=\"adder\"";
    private const string NoContainer = "endpoint=\"suite\",variant=\"AllTraffic\",container=\"\"";

    [Fact]
    public async Task Metrics_count_each_request_by_container_and_status_in_prometheus_text_format()
    {
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", EndpointApp.Adding("adder"),
            ScriptedContainer.Answering("broken", 503, "application/json", """{"message": "overloaded"}""")));
        await app.WaitForPingAsync(System.Net.HttpStatusCode.OK);

        await app.InvokeAsync("suite", "1,2", "text/csv", (Target, "adder"));
        await app.InvokeAsync("suite", "3,4", "text/csv", (Target, "adder"));
        await app.InvokeAsync("suite", "-1,4", "text/csv", (Target, "adder"));
        await app.InvokeAsync("suite", "1", "text/csv", (Target, "broken"));
        await app.InvokeAsync("suite", "1,2", "text/csv", (Target, "nobody"));
        using var response = await app.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        var samples = Samples(text);

        Assert.Equal(PrometheusExposition.ContentType, response.Content.Headers.ContentType!.ToString());
        // adder: two answers and a ModelError whose container said 400; broken: one ModelError from a 503;
        // the unknown target reached no container: a ValidationError (400) counted without one.
        Assert.Equal(3, samples[$"sagemaker_Invocations_total{{{Adder}}}"]);
        Assert.Equal(1, samples[$"sagemaker_Invocation4XXErrors_total{{{Adder}}}"]);
        Assert.Equal(0, samples[$"sagemaker_Invocation5XXErrors_total{{{Adder}}}"]);
        Assert.Equal(1, samples["sagemaker_Invocation5XXErrors_total{endpoint=\"suite\",variant=\"AllTraffic\",container=\"broken\"}"]);
        Assert.Equal((1, 1), (samples[$"sagemaker_Invocations_total{{{NoContainer}}}"], samples[$"sagemaker_Invocation4XXErrors_total{{{NoContainer}}}"]));
        Assert.Equal(5, samples["sagemaker_InvocationsPerInstance_total{endpoint=\"suite\",variant=\"AllTraffic\"}"]);
        Assert.Equal(2, samples["sagemaker_LoadedModelCount{endpoint=\"suite\",variant=\"AllTraffic\"}"]);
        Assert.Equal(3, samples[$"sagemaker_ModelLatency_microseconds_count{{{Adder}}}"]);
        Assert.Equal(3, samples[$"sagemaker_ModelLatency_microseconds_bucket{{{Adder},le=\"+Inf\"}}"]);
        Assert.Equal(3, samples[$"sagemaker_ContainerLatency_microseconds_count{{{Adder}}}"]);
        Assert.Equal(3, samples[$"sagemaker_OverheadLatency_microseconds_count{{{Adder}}}"]);
        Assert.True(samples[$"sagemaker_ModelLatency_microseconds_sum{{{Adder}}}"] > 0);
        Assert.Contains("# TYPE sagemaker_ModelLatency_microseconds histogram\n", text);
        Assert.Contains("# TYPE sagemaker_Invocations_total counter\n", text);
        Assert.Contains("# TYPE sagemaker_LoadedModelCount gauge\n", text);
        foreach (var family in new[] { "ModelLoadingTime", "ModelLoadingWaitTime", "ModelUnloadingTime" })
        {
            Assert.Contains($"# TYPE sagemaker_{family}_microseconds histogram\n", text);
        }
        Assert.Contains("# TYPE sagemaker_ModelCacheHit_total counter\n", text);
    }

    [Fact]
    public async Task Buckets_are_cumulative_and_every_sample_line_follows_the_text_format()
    {
        await using var app = await EndpointApp.StartAsync(EndpointApp.Direct("suite", EndpointApp.Adding("adder")));
        await app.WaitForPingAsync(System.Net.HttpStatusCode.OK);
        for (var i = 0; i < 4; i++)
        {
            await app.InvokeAsync("suite", "1,2", "text/csv", (Target, "adder"));
        }

        var text = await app.Client.GetStringAsync("/metrics");
        var buckets = text.Split('\n')
            .Where(line => line.StartsWith($"sagemaker_ModelLatency_microseconds_bucket{{{Adder}", StringComparison.Ordinal))
            .Select(line => long.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal(LatencyHistogram.BucketBoundsMicroseconds.Count + 1, buckets.Length);
        Assert.Equal(buckets.Order(), buckets);
        Assert.Equal(4, buckets[^1]);
        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
            Assert.Matches(@"^(# (HELP|TYPE) sagemaker_\w+ .+|sagemaker_\w+\{[a-z]+=""[^""]*""(,[a-z]+=""[^""]*"")*\} [0-9.E+-]+)$", line));
    }

    private static Dictionary<string, double> Samples(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(line => !line.StartsWith('#'))
        .ToDictionary(line => line[..line.LastIndexOf(' ')], line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
