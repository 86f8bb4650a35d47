using Microsoft.Extensions.Logging;

namespace Solutions.Shared.Serving.Hosting;

/// <summary>Where the model lands once the background loader finishes; endpoints read it without locking.</summary>
/// <param name="loader">Loads the model and wraps it for serving; may throw with the reason.</param>
/// <param name="logger">Receives a failed load.</param>
internal sealed class PredictorSlot(Func<CancellationToken, Task<InvocationProcessor>> loader, ILogger<PredictorSlot> logger)
{
    private volatile InvocationProcessor? _model;
    private volatile string? _failure;

    /// <summary>The model, or null while loading or after a failed load.</summary>
    public InvocationProcessor? Model => _model;

    /// <summary>Why the model is not available, for 503 responses.</summary>
    public string NotReadyMessage => _failure is { } failure
        ? $"the model failed to load: {failure}"
        : "the model is still loading; retry once GET /ping answers 200";

    /// <summary>Runs the loader; failures are logged and leave the slot empty (so /ping keeps answering 503).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            _model = await loader(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is shutting down before the model finished loading: nothing to report.
        }
        catch (Exception exception)
        {
            _failure = exception.Message;
            logger.LogError(exception, "Loading the model failed; {Ping} will answer 503", ServingContract.PingPath);
        }
    }
}
