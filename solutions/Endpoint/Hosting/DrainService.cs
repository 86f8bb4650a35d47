using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Solutions.Endpoint.Hosting;

/// <summary>
/// On SIGTERM (or any stop) closes the <see cref="DrainGate"/> at once, so new invocations and <c>/ping</c> get 503, then
/// holds the shutdown until the invocations in flight have answered or the host's ShutdownTimeout runs out. Registered
/// after the web server, so it stops before it: the server keeps answering while the drain lasts.
/// </summary>
internal sealed partial class DrainService(DrainGate gate, IHostApplicationLifetime lifetime, ILogger<DrainService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() => _ = gate.DrainAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        LogDraining(logger, gate.InFlight);
        try
        {
            await gate.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogAbandoned(logger, gate.InFlight);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: draining {InFlight} invocation(s) in flight; new ones get 503")]
    private static partial void LogDraining(ILogger logger, int inFlight);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached with {InFlight} invocation(s) still in flight")]
    private static partial void LogAbandoned(ILogger logger, int inFlight);
}
