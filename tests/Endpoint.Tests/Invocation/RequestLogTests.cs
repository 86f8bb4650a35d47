using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Invocation;

public sealed class RequestLogTests
{
    private const string Target = RuntimeHeaders.TargetContainerHostname;

    [Fact]
    public async Task Each_request_writes_one_structured_entry_with_its_inference_id_container_status_and_latency()
    {
        var logs = new CapturedLogs();
        await using var app = await EndpointApp.StartAsync(logs, EndpointApp.Direct("suite", EndpointApp.Adding("adder")));
        await app.WaitForPingAsync(System.Net.HttpStatusCode.OK);

        await app.InvokeAsync("suite", "1,2", "text/csv", (Target, "adder"), (RuntimeHeaders.InferenceId, "inference-7"));
        var unnamed = await app.InvokeAsync("suite", "-1,2", "text/csv", (Target, "adder"));
        await app.InvokeAsync("elsewhere", "1,2", "text/csv", (Target, "adder"));
        var requests = logs.Entries.Where(entry => entry.Category == "Solutions.Endpoint.Requests").ToArray();

        Assert.Equal(3, requests.Length);
        var (named, failed, unknown) = (requests[0].State, requests[1].State, requests[2].State);
        Assert.Equal(("inference-7", "suite", "AllTraffic", "adder", 200, ""),
            (named["InferenceId"], named["Endpoint"], named["Variant"], named["Container"], named["Status"], named["ErrorCode"]));
        Assert.True((long)named["LatencyMicroseconds"]! >= (long)named["ModelLatencyMicroseconds"]!);
        // Without an inference id the request id the caller got back stands in for it.
        Assert.Equal(unnamed.Headers.GetValues(RuntimeHeaders.RequestId).Single(), failed["InferenceId"]);
        Assert.Equal((424, "ModelError"), (failed["Status"], failed["ErrorCode"]));
        Assert.Equal(("elsewhere", "", 400, "ValidationError"), (unknown["Endpoint"], unknown["Container"], unknown["Status"], unknown["ErrorCode"]));
    }
}
