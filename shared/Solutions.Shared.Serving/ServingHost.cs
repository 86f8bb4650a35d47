using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Solutions.Shared.Serving;

/// <summary>
/// Builds the web server for one model: Kestrel on SageMaker's port, request logging off (errors only),
/// the model loading in the background, <c>/ping</c> and <c>/invocations</c> mapped.
/// </summary>
/// <example>
/// <code>await ServingHost.Build(ct => ChurnPredictor.LoadAsync(modelPath, ct)).RunAsync();</code>
/// <code>await ServingHost.Build(() => BirdDetector.Load(bundleFolder)).RunAsync(); // an IDocumentPredictor</code>
/// </example>
public static class ServingHost
{
    public static WebApplication Build(Func<CancellationToken, Task<IPredictor>> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return Build(services => services.AddServingContract(loader), options);
    }

    /// <summary>Builds the server with a synchronous loader, run on a thread-pool thread.</summary>
    public static WebApplication Build(Func<IPredictor> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return Build(services => services.AddServingContract(loader), options);
    }

    /// <summary>Builds the server for a model whose request body is one whole document (see <see cref="IDocumentPredictor"/>).</summary>
    public static WebApplication Build(Func<CancellationToken, Task<IDocumentPredictor>> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return Build(services => services.AddServingContract(loader), options);
    }

    /// <summary>Builds the server for a document model with a synchronous loader, run on a thread-pool thread.</summary>
    public static WebApplication Build(Func<IDocumentPredictor> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return Build(services => services.AddServingContract(loader), options);
    }

    private static WebApplication Build(Action<IServiceCollection> addServingContract, ServingOptions? options)
    {
        options ??= new ServingOptions();
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
        addServingContract(builder.Services);
        options.ConfigureBuilder?.Invoke(builder);
        var app = builder.Build();
        app.MapServingContract();
        return app;
    }
}
