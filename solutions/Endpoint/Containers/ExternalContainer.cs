using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Invocation;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Containers;

/// <summary>
/// A container running anywhere, in any language, that speaks the serving contract: the host waits for its
/// <c>GET /ping</c> to answer 200, then forwards invocations to <c>POST /invocations</c> with the caller's headers.
/// </summary>
public sealed class ExternalContainer : IContainer
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);

    private readonly Uri _ping;
    private readonly Uri _invocations;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _pingInterval;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private volatile bool _ready;
    private volatile string _waitingFor;

    /// <param name="hostname">The container's hostname.</param>
    /// <param name="baseUrl">Where the container listens, e.g. <c>http://127.0.0.1:9001</c>.</param>
    /// <param name="timeout">How long one invocation may take.</param>
    /// <param name="http">A shared, pooled client (its own timeout is not used).</param>
    /// <param name="logger">Receives unreachable containers.</param>
    /// <param name="pingInterval">How often to ask <c>/ping</c> until it answers 200; default half a second.</param>
    public ExternalContainer(string hostname, Uri baseUrl, TimeSpan timeout, HttpClient http, ILogger logger, TimeSpan? pingInterval = null)
    {
        Hostname = hostname;
        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        _ping = new Uri(root + "/ping");
        _invocations = new Uri(root + "/invocations");
        _timeout = timeout;
        _pingInterval = pingInterval ?? TimeSpan.FromMilliseconds(500);
        _http = http;
        _logger = logger;
        _waitingFor = $"waiting for GET {_ping} to answer 200";
    }

    public string Hostname { get; }

    public ContainerState State => _ready ? ContainerState.Ready : ContainerState.Loading;

    public string? FailureReason => _ready ? null : _waitingFor;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(PingTimeout);
                using var response = await _http.GetAsync(_ping, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    _ready = true;
                    return;
                }
                _waitingFor = $"GET {_ping} answered {(int)response.StatusCode}";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is HttpRequestException or OperationCanceledException)
            {
                _waitingFor = $"GET {_ping} gave no answer: {unreachable.Message}";
            }
            try
            {
                await Task.Delay(_pingInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _invocations) { Content = new ReadOnlyMemoryContent(request.Body) };
        if (request.ContentType is { } contentType)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        AddHeader(message, "Accept", request.Accept);
        AddHeader(message, RuntimeHeaders.CustomAttributes, request.CustomAttributes);
        AddHeader(message, RuntimeHeaders.InferenceId, request.InferenceId);
        AddHeader(message, RuntimeHeaders.EnableExplanations, request.EnableExplanations);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return new ContainerResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(),
                body,
                response.Headers.TryGetValues(RuntimeHeaders.CustomAttributes, out var attributes) ? string.Join(",", attributes) : null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContainerUnreachableException(
                $"Your invocation timed out while waiting for a response from container {Hostname} after {_timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException unreachable)
        {
            _logger.LogWarning("Container {Container} at {Url} gave no answer: {Reason}", Hostname, _invocations, unreachable.Message);
            throw new ContainerUnreachableException($"container {Hostname} at {_invocations} gave no answer: {unreachable.Message}", unreachable);
        }
    }

    private static void AddHeader(HttpRequestMessage message, string name, string? value)
    {
        if (value is not null)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>A pooled client for external containers: connections are reused and renewed, never redirected or proxied.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AllowAutoRedirect = false,
        UseProxy = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = ServingContract.MaxRequestBodyBytes,
    };
}
