using System.Text.RegularExpressions;

namespace Solutions.Endpoint.Configuration;

/// <summary>SageMaker's rules for endpoint configs, checked all at once so one run lists every problem.</summary>
internal static partial class HostConfigRules
{
    /// <summary>SageMaker's limit on containers per multi-container endpoint.</summary>
    public const int MaxContainers = 15;

    private const string NameRule = "1-63 letters, digits and hyphens, starting and ending with a letter or digit";

    public static List<string> Check(HostConfig config)
    {
        var problems = new List<string>();
        if (config.Endpoints.Count == 0)
        {
            problems.Add("$.Endpoints: expected at least one endpoint");
        }
        var endpointNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var e = 0; e < config.Endpoints.Count; e++)
        {
            var endpoint = config.Endpoints[e];
            var at = $"$.Endpoints[{e}]";
            CheckName(endpoint.EndpointName, $"{at}.EndpointName", problems);
            if (endpoint.EndpointName.Length > 0 && !endpointNames.Add(endpoint.EndpointName))
            {
                problems.Add($"{at}.EndpointName: '{endpoint.EndpointName}' names an earlier endpoint too (names are case-insensitive)");
            }
            CheckVariants(endpoint, at, problems);
            CheckContainers(endpoint, at, problems);
        }
        CheckModels(config, problems);
        return problems;
    }

    private static void CheckModels(HostConfig config, List<string> problems)
    {
        if (config.ModelCache is { } cache)
        {
            if (!(cache.MemoryBudgetMb > 0))
            {
                problems.Add($"$.ModelCache.MemoryBudgetMb: expected a budget above 0 MiB, got {cache.MemoryBudgetMb}");
            }
            if (!(cache.BundleSizeFactor is >= 0.1 and <= 100))
            {
                problems.Add($"$.ModelCache.BundleSizeFactor: expected a factor from 0.1 to 100, got {cache.BundleSizeFactor}");
            }
        }
        if (!(config.BundleWatch.PollSeconds is >= 0 and <= 3600))
        {
            problems.Add($"$.BundleWatch.PollSeconds: expected 0 (off) to 3600 seconds, got {config.BundleWatch.PollSeconds}");
        }
    }

    private static void CheckVariants(EndpointConfig endpoint, string at, List<string> problems)
    {
        if (endpoint.ProductionVariants.Count != 1)
        {
            problems.Add($"{at}.ProductionVariants: expected exactly one variant, got {endpoint.ProductionVariants.Count} " +
                         "(weighted traffic between variants is not supported on one host)");
            return;
        }
        CheckName(endpoint.ProductionVariants[0].VariantName, $"{at}.ProductionVariants[0].VariantName", problems);
    }

    private static void CheckContainers(EndpointConfig endpoint, string at, List<string> problems)
    {
        var containers = endpoint.Containers;
        if (containers.Count == 0)
        {
            problems.Add($"{at}.Containers: expected 1 to {MaxContainers} containers, got none");
        }
        else if (containers.Count > MaxContainers)
        {
            problems.Add($"{at}.Containers: expected at most {MaxContainers} containers (SageMaker's limit), got {containers.Count}");
        }
        var hostnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < containers.Count; c++)
        {
            var container = containers[c];
            var path = $"{at}.Containers[{c}]";
            CheckName(container.ContainerHostname, $"{path}.ContainerHostname", problems);
            if (container.ContainerHostname.Length > 0 && !hostnames.Add(container.ContainerHostname))
            {
                problems.Add($"{path}.ContainerHostname: '{container.ContainerHostname}' is used by an earlier container of this endpoint");
            }
            CheckSource(container, path, problems);
            if (!(container.TimeoutSeconds > 0 && container.TimeoutSeconds <= 3600))
            {
                problems.Add($"{path}.TimeoutSeconds: expected more than 0 and at most 3600 seconds, got {container.TimeoutSeconds}");
            }
        }
    }

    private static void CheckSource(ContainerConfig container, string path, List<string> problems)
    {
        var hasBundle = !string.IsNullOrWhiteSpace(container.ModelDataUrl);
        var hasUrl = !string.IsNullOrWhiteSpace(container.Url);
        if (hasBundle == hasUrl)
        {
            problems.Add($"{path}: give exactly one of ModelDataUrl (a model bundle folder) or Url (an external container), " +
                         (hasBundle ? "not both" : "got neither"));
            return;
        }
        if (hasBundle && container.ModelDataUrl!.Contains("://", StringComparison.Ordinal))
        {
            problems.Add($"{path}.ModelDataUrl: '{container.ModelDataUrl}' is a URL; expected a local bundle folder such as artifacts/churn/model");
        }
        if (hasUrl && !(Uri.TryCreate(container.Url, UriKind.Absolute, out var url)
                        && url.Scheme is "http" or "https" && string.IsNullOrEmpty(url.Query)))
        {
            problems.Add($"{path}.Url: '{container.Url}' is not an absolute http(s) URL without a query, such as http://127.0.0.1:9001");
        }
        if (hasUrl && container.Solution is not null)
        {
            problems.Add($"{path}.Solution: applies to model bundles only; an external container (Url) trains and loads its own model");
        }
    }

    private static void CheckName(string name, string path, List<string> problems)
    {
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{path}: required ({NameRule})");
        }
        else if (!SageMakerName().IsMatch(name))
        {
            problems.Add($"{path}: '{name}' is not a valid name (expected {NameRule})");
        }
    }

    // SageMaker's pattern for endpoint, variant and container host names: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}
    [GeneratedRegex("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")]
    private static partial Regex SageMakerName();
}
