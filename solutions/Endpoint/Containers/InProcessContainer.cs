using Microsoft.Extensions.Logging;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Endpoint.Containers;

/// <summary>
/// A model served inside the host, answering exactly as its own serving container would (the shared
/// <see cref="InvocationProcessor"/>): 200 with predictions, 400/406/415 for bad input, 500 when the model breaks.
/// It serves an <see cref="IPredictor"/> (rows) or, made with <see cref="Create"/>, an <see cref="IDocumentPredictor"/>.
/// </summary>
public sealed class InProcessContainer : IContainer
{
    private const int ResponseStartBytes = 256;

    private readonly Func<InvocationProcessor> _load;
    private readonly ILogger _logger;
    private volatile InvocationProcessor? _processor;
    private volatile string? _failure;

    /// <param name="hostname">The container's hostname.</param>
    /// <param name="load">Loads the model (e.g. a bundle); runs once, on a thread-pool thread, when the container starts.</param>
    /// <param name="logger">Receives load failures and models that break their contract.</param>
    public InProcessContainer(string hostname, Func<IPredictor> load, ILogger logger)
        : this(() => InvocationProcessor.Create(load() ?? throw LoadedNull()), hostname, logger)
    {
    }

    private InProcessContainer(Func<InvocationProcessor> load, string hostname, ILogger logger)
    {
        Hostname = hostname;
        _load = load;
        _logger = logger;
    }

    public string Hostname { get; }

    /// <summary>A container for a model of either kind, e.g. <c>() => InvocationProcessor.Create(new BirdDetector(...))</c>.</summary>
    /// <param name="hostname">The container's hostname.</param>
    /// <param name="load">Loads the model and wraps it for serving; runs once, on a thread-pool thread, when the container starts.</param>
    /// <param name="logger">Receives load failures and models that break their contract.</param>
    public static InProcessContainer Create(string hostname, Func<InvocationProcessor> load, ILogger logger) =>
        new(() => load() ?? throw LoadedNull(), hostname, logger);

    public ContainerState State =>
        _processor is not null ? ContainerState.Ready : _failure is not null ? ContainerState.Failed : ContainerState.Loading;

    public string? FailureReason => _processor is not null ? null : _failure ?? "the model is still loading";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _processor = await Task.Run(_load, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host stopped before the model finished loading.
        }
        catch (Exception failure)
        {
            _failure = failure.Message;
            _logger.LogError(failure, "Container {Container} failed to load; it stays unavailable", Hostname);
        }
    }

    public Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        var processor = _processor ?? throw new InvalidOperationException($"container '{Hostname}' is not ready");
        using var output = new PooledBuffer(ResponseStartBytes);
        ContainerResponse response;
        try
        {
            var contentType = processor.Process(
                new InvocationRequest(request.Body, request.ContentType, request.Accept, request.EnableExplanations, request.CustomAttributes), output);
            response = new ContainerResponse(200, contentType, output.WrittenSpan.ToArray(), request.CustomAttributes);
        }
        catch (InvocationRejectedException rejected)
        {
            response = new ContainerResponse(rejected.StatusCode, ContainerMessage.ContentType, ContainerMessage.Json(rejected.Message));
        }
        catch (Exception failure)
        {
            _logger.LogError(failure, "Container {Container} failed to score inference {InferenceId}", Hostname, request.InferenceId);
            response = new ContainerResponse(500, ContainerMessage.ContentType,
                ContainerMessage.Json("the model failed to score the request; see the server log"));
        }
        return Task.FromResult(response);
    }

    private static InvalidOperationException LoadedNull() => new("the model loader returned null");
}
