using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Models;

/// <summary>Polls every in-process container's bundle folder for a new model version (see <see cref="BundleContainer.CheckForNewVersionAsync"/>).</summary>
internal sealed partial class BundleWatchService(EndpointCatalog catalog, TimeSpan interval, ILogger<BundleWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var bundles = catalog.Endpoints.SelectMany(endpoint => endpoint.Containers).OfType<BundleContainer>().ToArray();
        if (bundles.Length == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                foreach (var bundle in bundles)
                {
                    try
                    {
                        await bundle.CheckForNewVersionAsync(stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception failure) when (failure is not OperationCanceledException)
                    {
                        LogCheckFailed(logger, failure, bundle.Hostname, bundle.Folder);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check container {Container}'s bundle folder {Folder} for a new version")]
    private static partial void LogCheckFailed(ILogger logger, Exception failure, string container, string folder);
}
