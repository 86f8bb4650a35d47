using System.Globalization;
using System.Text;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Metrics;

/// <summary>
/// Writes the host's metrics in Prometheus' text exposition format 0.0.4, each named after SageMaker's CloudWatch metric
/// (<c>sagemaker_{Metric}_total</c> for counts, <c>sagemaker_{Metric}_microseconds</c> for latencies) and labelled
/// <c>endpoint</c>, <c>variant</c> and, where it applies, <c>container</c>.
/// </summary>
public static class PrometheusExposition
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private const string Prefix = "sagemaker_";

    private static readonly (string Name, string Help, Func<ContainerMetrics, MetricCounter> Of, bool PerContainerOnly)[] Counters =
    [
        ("Invocations", "InvokeEndpoint requests, successful or not.", m => m.Invocations, false),
        ("Invocation4XXErrors", "Requests answered with a 4xx (a ModelError counts by the container's own status).", m => m.Invocation4XXErrors, false),
        ("Invocation5XXErrors", "Requests answered with a 5xx (a ModelError counts by the container's own status; no answer is 5xx).", m => m.Invocation5XXErrors, false),
        ("ModelCacheHit", "Requests, with a model cache configured, whose model was already loaded.", m => m.ModelCacheHit, true),
    ];

    private static readonly (string Name, string Help, Func<ContainerMetrics, LatencyHistogram> Of, bool PerContainerOnly)[] Histograms =
    [
        ("ModelLatency", "Time the model took to answer: the container in direct mode, all containers in serial mode.", m => m.ModelLatency, false),
        ("OverheadLatency", "Time the host added to a request beyond ModelLatency.", m => m.OverheadLatency, false),
        ("ContainerLatency", "Time of each call to a container.", m => m.ContainerLatency, true),
        ("ModelLoadingTime", "Time to load a model (at start, on demand, or a new version).", m => m.ModelLoadingTime, true),
        ("ModelLoadingWaitTime", "Time a request waited for its model to load.", m => m.ModelLoadingWaitTime, true),
        ("ModelUnloadingTime", "Time to unload a model to stay within the memory budget.", m => m.ModelUnloadingTime, true),
    ];

    public static string Write(EndpointCatalog catalog)
    {
        var text = new StringBuilder(4096);
        foreach (var (name, help, of, perContainerOnly) in Counters)
        {
            Family(text, name + "_total", "counter", help);
            foreach (var (labels, metrics) in Scopes(catalog, perContainerOnly))
            {
                Sample(text, name + "_total", labels, of(metrics).Value);
            }
        }
        Family(text, "InvocationsPerInstance_total", "counter", "Requests to the variant on this instance (the autoscaling target).");
        foreach (var endpoint in catalog.Endpoints)
        {
            Sample(text, "InvocationsPerInstance_total", VariantLabels(endpoint), endpoint.Metrics.InvocationsPerInstance.Value);
        }
        Family(text, "LoadedModelCount", "gauge", "Models loaded in memory now.");
        foreach (var endpoint in catalog.Endpoints)
        {
            Sample(text, "LoadedModelCount", VariantLabels(endpoint), endpoint.Containers.Count(container => container.IsLoaded));
        }
        foreach (var (name, help, of, perContainerOnly) in Histograms)
        {
            var family = name + "_microseconds";
            Family(text, family, "histogram", help);
            foreach (var (labels, metrics) in Scopes(catalog, perContainerOnly))
            {
                Histogram(text, family, labels, of(metrics).Snapshot());
            }
        }
        return text.ToString();
    }

    // Every container, plus each endpoint's container-less figures once they have counted a request.
    private static IEnumerable<(string Labels, ContainerMetrics Metrics)> Scopes(EndpointCatalog catalog, bool perContainerOnly)
    {
        foreach (var endpoint in catalog.Endpoints)
        {
            var variant = VariantLabels(endpoint);
            foreach (var (hostname, metrics) in endpoint.Metrics.Containers)
            {
                yield return ($"{variant},container=\"{Escape(hostname)}\"", metrics);
            }
            if (!perContainerOnly && endpoint.Metrics.Endpoint.Invocations.Value > 0)
            {
                yield return ($"{variant},container=\"\"", endpoint.Metrics.Endpoint);
            }
        }
    }

    private static string VariantLabels(HostedEndpoint endpoint) =>
        $"endpoint=\"{Escape(endpoint.Name)}\",variant=\"{Escape(endpoint.VariantName)}\"";

    private static void Family(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(Prefix).Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(Prefix).Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, string labels, double value) =>
        text.Append(Prefix).Append(name).Append('{').Append(labels).Append("} ")
            .Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');

    private static void Histogram(StringBuilder text, string family, string labels, HistogramSnapshot snapshot)
    {
        var bounds = LatencyHistogram.BucketBoundsMicroseconds;
        for (var i = 0; i < bounds.Count; i++)
        {
            Sample(text, family + "_bucket", $"{labels},le=\"{bounds[i].ToString(CultureInfo.InvariantCulture)}\"", snapshot.CumulativeCounts[i]);
        }
        Sample(text, family + "_bucket", $"{labels},le=\"+Inf\"", snapshot.Count);
        Sample(text, family + "_sum", labels, snapshot.SumMicroseconds);
        Sample(text, family + "_count", labels, snapshot.Count);
    }

    // The format's label-value escapes: backslash, double quote and line feed.
    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");
}
