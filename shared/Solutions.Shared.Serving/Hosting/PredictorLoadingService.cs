using Microsoft.Extensions.Hosting;

namespace Solutions.Shared.Serving.Hosting;

/// <summary>Starts loading the model when the host starts, without holding up the server.</summary>
internal sealed class PredictorLoadingService(PredictorSlot slot) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Task.Run so a loader that blocks before its first await cannot delay Kestrel's start.
        _loading = Task.Run(() => slot.LoadAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        // A loader that ignores cancellation is abandoned when the host's shutdown timeout ends the wait.
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
