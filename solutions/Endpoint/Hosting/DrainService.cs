using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Solutions.Endpoint.Hosting;

/// <summary>
/// On SIGTERM (or any stop) closes the <see cref="DrainGate"/>, so new invocations and <c>/ping</c> get 503, and holds the
/// shutdown until the invocations in flight have answered or the host's ShutdownTimeout runs out. It drains in the
/// stopping phase, before any hosted service stops, so the web server is still listening (and answering 503) meanwhile.
/// </summary>
internal sealed partial class DrainService(DrainGate gate, ILogger<DrainService> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
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

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: draining {InFlight} invocation(s) in flight; new ones get 503")]
    private static partial void LogDraining(ILogger logger, int inFlight);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached with {InFlight} invocation(s) still in flight")]
    private static partial void LogAbandoned(ILogger logger, int inFlight);
}
