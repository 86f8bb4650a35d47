using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Models;
using Solutions.Endpoint.Security;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Hosting;

/// <summary>
/// Builds the endpoint host: Kestrel, the containers starting in the background, SageMaker Runtime's
/// <c>POST /endpoints/{EndpointName}/invocations</c>, <c>GET /ping</c> and <c>GET /metrics</c>, request logs, and a drain on stop.
/// </summary>
/// <example>
/// <code>await EndpointHost.Build(HostConfigFile.Load("solutions/Endpoint/config/suite.json"), new() { Loaders = SuiteSolutions.Loaders }).RunAsync();</code>
/// </example>
public static class EndpointHost
{
    /// <summary>
    /// Builds the host for a configuration file's endpoints. Requests are checked with AWS Signature Version 4 and the access
    /// keys' policies, unless the config allows unsigned requests and configures no access key (local use).
    /// </summary>
    public static WebApplication Build(HostConfig config, EndpointHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        options ??= new EndpointHostOptions();
        var security = config.Security;
        var identity = config.Identity;
        var root = options.RepositoryRoot ?? RepositoryRoot.TryFind() ?? Environment.CurrentDirectory;
        var cache = config.ModelCache is { } budget ? new ModelCache((long)(budget.MemoryBudgetMb * 1024 * 1024)) : null;
        var catalog = (IServiceProvider provider) =>
        {
            var factory = new ContainerFactory(
                new PredictorLoaderCatalog(options.Loaders, options.DocumentLoaders), root, provider.GetRequiredService<HttpClient>(),
                provider.GetRequiredService<ILoggerFactory>(), cache, config.ModelCache?.BundleSizeFactor ?? 2);
            return new EndpointCatalog(config.Endpoints.Select(endpoint =>
            {
                var metrics = new EndpointMetrics(endpoint.EndpointName, endpoint.VariantName, endpoint.Containers.Select(c => c.ContainerHostname));
                return new HostedEndpoint(
                    endpoint.EndpointName, endpoint.VariantName, endpoint.InferenceExecutionConfig.Mode,
                    endpoint.Containers.Select(container => factory.Create(container, metrics.For(container.ContainerHostname))).ToArray(),
                    identity, metrics);
            }));
        };
        // With no access key there is nothing to verify a signature against: local use, every request let in.
        var signed = !(security.AllowUnsignedRequests && security.AccessKeys.Count == 0);
        var authenticator = signed
            ? (Func<IServiceProvider, IRequestAuthenticator>)(provider => new SignedAccess(provider.GetRequiredService<EndpointSecurity>()))
            : _ => new UnsignedAccess();
        return Build(catalog, authenticator, identity, options, services =>
        {
            if (signed)
            {
                services.AddEndpointSecurity(security);
            }
            if (config.BundleWatch.PollSeconds > 0)
            {
                services.AddHostedService(provider => new BundleWatchService(
                    provider.GetRequiredService<EndpointCatalog>(), TimeSpan.FromSeconds(config.BundleWatch.PollSeconds),
                    provider.GetRequiredService<ILogger<BundleWatchService>>()));
            }
        });
    }

    /// <summary>Builds the host over endpoints made elsewhere (for example containers wrapped with extra behaviour).</summary>
    public static WebApplication Build(
        EndpointCatalog catalog, IRequestAuthenticator authenticator, HostIdentity? identity = null, EndpointHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(authenticator);
        return Build(_ => catalog, _ => authenticator, identity ?? HostIdentity.Local, options ?? new EndpointHostOptions(), _ => { });
    }

    private static WebApplication Build(
        Func<IServiceProvider, EndpointCatalog> catalog, Func<IServiceProvider, IRequestAuthenticator> authenticator, HostIdentity identity,
        EndpointHostOptions options, Action<IServiceCollection> addServices)
    {
        var port = ServingPort.Resolve(options.Port);
        var builder = WebApplication.CreateSlimBuilder(options.Args);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Address is { } address)
            {
                kestrel.Listen(address, port);
            }
            else
            {
                kestrel.ListenAnyIP(port);
            }
        });
        // ASP.NET Core logs every request at Information; the host writes its own one line per request instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(_ => ExternalContainer.CreateClient());
        services.AddSingleton(catalog);
        services.AddSingleton(authenticator);
        services.AddSingleton(identity);
        services.AddSingleton<DrainGate>();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<InvokeEndpointHandler>();
        services.AddSingleton<PingHandler>();
        services.AddSingleton<MetricsHandler>();
        services.AddHostedService<ContainerStartService>();
        services.AddHostedService<DrainService>();
        addServices(services);
        options.ConfigureBuilder?.Invoke(builder);
        var app = builder.Build();
        app.MapInvokeEndpointApi();
        return app;
    }
}
