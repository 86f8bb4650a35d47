using System.Net;
using System.Text;
using System.Text.Json;
using Solutions.Endpoint.Benchmarks.Measurement;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.Endpoint.Benchmarks.Faults;

/// <summary>
/// <c>faults</c>: alternately invokes a container that throws and a healthy one on the same endpoint (meant to
/// run while wrk loads the healthy one), checking each failure is a ModelError and each healthy call succeeds.
/// </summary>
public sealed class FaultCheckCommand : ISolutionCommand
{
    private const string TargetHeader = "X-Amzn-SageMaker-Target-Container-Hostname";
    private const string ErrorTypeHeader = "x-amzn-ErrorType";
    private const int KeptUnexpected = 5;

    public string Name => "faults";

    public string Summary => "invoke a throwing container and a healthy one in turn; check ModelError 424 and 200; write JSON";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("url", "URL", "the endpoint's invocations URL, e.g. http://127.0.0.1:18080/endpoints/bench/invocations", Required: true),
        new("failing", "HOSTNAME", "the container that throws (default: failing)"),
        new("healthy", "HOSTNAME", "a healthy container (default: churn)"),
        new("body", "FILE", "the CSV row to send", Required: true),
        new("requests", "N", "requests to each container (default: 20)"),
        new("interval-ms", "N", "pause between pairs (default: 500)"),
        new("out", "FILE", "JSON result", Required: true),
    ];

    public async Task<int> ExecuteAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var url = new Uri(arguments.Required("url"));
        var failing = arguments.Get("failing") ?? "failing";
        var healthy = arguments.Get("healthy") ?? "churn";
        var body = await File.ReadAllBytesAsync(arguments.Required("body"), cancellationToken);
        var count = arguments.GetInt("requests", 20);
        var pause = TimeSpan.FromMilliseconds(arguments.GetInt("interval-ms", 500));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        int modelErrors = 0, healthyAnswers = 0;
        string? sample = null;
        var unexpected = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (status, errorType, text) = await InvokeAsync(http, url, failing, body, cancellationToken);
            if (status == (HttpStatusCode)424 && errorType == "ModelError" && IsModelErrorBody(text))
            {
                modelErrors++;
                sample ??= text;
            }
            else if (unexpected.Count < KeptUnexpected)
            {
                unexpected.Add($"{failing}: {(int)status} {errorType} {text}");
            }
            (status, errorType, text) = await InvokeAsync(http, url, healthy, body, cancellationToken);
            if (status == HttpStatusCode.OK)
            {
                healthyAnswers++;
            }
            else if (unexpected.Count < KeptUnexpected)
            {
                unexpected.Add($"{healthy}: {(int)status} {errorType} {text}");
            }
            await Task.Delay(pause, cancellationToken);
        }
        var check = new FaultCheck(count, modelErrors, count, healthyAnswers, sample, unexpected);
        ResultFiles.Write(arguments.Required("out"), check);
        Console.WriteLine($"Fault check: {modelErrors}/{count} ModelError from '{failing}', {healthyAnswers}/{count} OK from '{healthy}'" +
                          (check.Passed ? "" : $"; unexpected: {string.Join(" | ", unexpected)}"));
        return check.Passed ? 0 : 1;
    }

    private static async Task<(HttpStatusCode Status, string? ErrorType, string Body)> InvokeAsync(
        HttpClient http, Uri url, string target, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("text/csv");
        request.Headers.Add(TargetHeader, target);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception down) when (down is HttpRequestException or TaskCanceledException)
        {
            throw new InvalidOperationException($"POST {url} (target '{target}') got no answer: {down.Message}", down);
        }
        using var _ = response;
        var errorType = response.Headers.TryGetValues(ErrorTypeHeader, out var values) ? values.FirstOrDefault() : null;
        return (response.StatusCode, errorType, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(cancellationToken)));
    }

    // The fields boto3 fills into its ModelError exception; the container's own status must be a server error.
    private static bool IsModelErrorBody(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            return root.TryGetProperty("message", out _)
                && root.TryGetProperty("OriginalStatusCode", out var original) && original.GetInt32() >= 500
                && root.TryGetProperty("OriginalMessage", out _)
                && root.TryGetProperty("LogStreamArn", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
