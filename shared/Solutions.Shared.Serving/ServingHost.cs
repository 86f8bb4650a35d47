using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Solutions.Shared.Serving;

/// <summary>
/// Builds the web server for one model: Kestrel on SageMaker's port, request logging off (errors only),
/// the model loading in the background, <c>/ping</c> and <c>/invocations</c> mapped.
/// </summary>
/// <example>
/// <code>await ServingHost.Build(ct => ChurnPredictor.LoadAsync(modelPath, ct)).RunAsync();</code>
/// </example>
public static class ServingHost
{
    public static WebApplication Build(Func<CancellationToken, Task<IPredictor>> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
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
        builder.Services.AddServingContract(loader);
        options.ConfigureBuilder?.Invoke(builder);
        var app = builder.Build();
        app.MapServingContract();
        return app;
    }

    /// <summary>Builds the server with a synchronous loader, run on a thread-pool thread.</summary>
    public static WebApplication Build(Func<IPredictor> loader, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return Build(cancellationToken => Task.Run(loader, cancellationToken), options);
    }
}
