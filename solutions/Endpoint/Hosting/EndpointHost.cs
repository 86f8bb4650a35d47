using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Invocation;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Hosting;

/// <summary>
/// Builds the endpoint host: Kestrel, the containers starting in the background, SageMaker Runtime's
/// <c>POST /endpoints/{EndpointName}/invocations</c> and <c>GET /ping</c>.
/// </summary>
/// <example>
/// <code>await EndpointHost.Build(HostConfigFile.Load("solutions/Endpoint/config/suite.json"), new() { Loaders = SuiteSolutions.Loaders }).RunAsync();</code>
/// </example>
public static class EndpointHost
{
    /// <summary>Builds the host for a configuration file's endpoints.</summary>
    /// <exception cref="InvalidOperationException">The config requires signed requests but <see cref="EndpointHostOptions.Authenticator"/> is not set.</exception>
    public static WebApplication Build(HostConfig config, EndpointHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        options ??= new EndpointHostOptions();
        var authenticator = config.Security.AllowUnsignedRequests
            ? new UnsignedAccess()
            : options.Authenticator?.Invoke(config.Security) ?? throw new InvalidOperationException(
                "the config requires signed requests (Security.AllowUnsignedRequests is false) but this host has no request " +
                "authenticator; set \"Security\": {\"AllowUnsignedRequests\": true} for local use");
        var identity = new HostIdentity(config.Region, config.AccountId);
        var root = options.RepositoryRoot ?? RepositoryRoot.TryFind() ?? Environment.CurrentDirectory;
        return Build(provider =>
        {
            var factory = new ContainerFactory(
                new PredictorLoaderCatalog(options.Loaders), root,
                provider.GetRequiredService<HttpClient>(), provider.GetRequiredService<ILoggerFactory>());
            return new EndpointCatalog(config.Endpoints.Select(endpoint => new HostedEndpoint(
                endpoint.EndpointName, endpoint.VariantName, endpoint.InferenceExecutionConfig.Mode,
                endpoint.Containers.Select(factory.Create).ToArray(), identity)));
        }, authenticator, identity, options);
    }

    /// <summary>Builds the host over endpoints made elsewhere (for example containers wrapped with extra behaviour).</summary>
    public static WebApplication Build(
        EndpointCatalog catalog, IRequestAuthenticator authenticator, HostIdentity? identity = null, EndpointHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Build(_ => catalog, authenticator, identity ?? HostIdentity.Local, options ?? new EndpointHostOptions());
    }

    private static WebApplication Build(
        Func<IServiceProvider, EndpointCatalog> catalog, IRequestAuthenticator authenticator, HostIdentity identity, EndpointHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
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
        // ASP.NET Core logs every request at Information; the hot path must not pay for that.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(_ => ExternalContainer.CreateClient());
        services.AddSingleton(catalog);
        services.AddSingleton(authenticator);
        services.AddSingleton(identity);
        services.AddSingleton<InvokeEndpointHandler>();
        services.AddSingleton<PingHandler>();
        services.AddHostedService<ContainerStartService>();
        options.ConfigureBuilder?.Invoke(builder);
        var app = builder.Build();
        app.MapInvokeEndpointApi();
        return app;
    }
}
