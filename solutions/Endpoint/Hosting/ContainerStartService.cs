using Microsoft.Extensions.Hosting;

namespace Solutions.Endpoint.Hosting;

/// <summary>Starts every container when the host starts, in the background, so <c>/ping</c> answers (503) at once.</summary>
internal sealed class ContainerStartService(EndpointCatalog catalog) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Task.Run so a container that blocks before its first await cannot delay Kestrel's start.
        _starting = Task.Run(
            () => Task.WhenAll(catalog.Endpoints.SelectMany(e => e.Containers).Select(c => c.StartAsync(_stopping.Token))),
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        // A loader that ignores cancellation is abandoned when the host's shutdown timeout ends the wait.
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
