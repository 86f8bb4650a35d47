using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Models;

/// <summary>
/// A model bundle served in process, with a lifecycle: loaded at start, or on first use within a <see cref="ModelCache"/>
/// budget (unloaded again when least recently used and idle); and a new bundle version dropped into its folder is loaded
/// beside the old one and swapped in atomically, requests in flight finishing on the old one. A bundle that fails to load
/// leaves the container Failed with the reason if nothing else serves, else the old version keeps serving.
/// </summary>
public sealed partial class BundleContainer : IContainer
{
    // Loads that are unloaded again before their request could use them: only a budget far too small does this.
    private const int LoadAttempts = 3;

    private readonly Func<string, InvocationProcessor> _load;
    private readonly ContainerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ModelCache? _cache;
    private readonly double _sizeFactor;
    private readonly object _gate = new();
    private volatile LoadedModel? _current;
    private volatile string? _failure;
    private volatile BundleSignature? _failedSignature;
    private volatile bool _started;
    private Task? _loading;
    private int _inFlight;
    private long _lastUse;
    private BundleSignature? _pending;

    /// <param name="hostname">The container's hostname.</param>
    /// <param name="folder">The bundle folder, holding manifest.json.</param>
    /// <param name="load">Loads the tabular model of the bundle in a folder; may throw with the reason.</param>
    /// <param name="metrics">Receives load, unload, wait and cache-hit figures.</param>
    /// <param name="logger">Receives loads, swaps, unloads and failures.</param>
    /// <param name="cache">The shared memory budget for lazy loading; null loads the model at start and keeps it.</param>
    /// <param name="sizeFactor">A loaded model's estimated memory is the bundle's file sizes times this.</param>
    public BundleContainer(
        string hostname, string folder, Func<string, IPredictor> load, ContainerMetrics metrics, ILogger logger,
        ModelCache? cache = null, double sizeFactor = 2)
        : this(hostname, folder, bundle => InvocationProcessor.Create(
            load(bundle) ?? throw new InvalidOperationException("the model loader returned null")), metrics, logger, cache, sizeFactor)
    {
    }

    /// <summary>A bundle of either kind of model (see <see cref="PredictorLoaderCatalog.Load"/>).</summary>
    /// <param name="hostname">The container's hostname.</param>
    /// <param name="folder">The bundle folder, holding manifest.json.</param>
    /// <param name="load">Loads the bundle in a folder and wraps the model for serving; may throw with the reason.</param>
    /// <param name="metrics">Receives load, unload, wait and cache-hit figures.</param>
    /// <param name="logger">Receives loads, swaps, unloads and failures.</param>
    /// <param name="cache">The shared memory budget for lazy loading; null loads the model at start and keeps it.</param>
    /// <param name="sizeFactor">A loaded model's estimated memory is the bundle's file sizes times this.</param>
    public BundleContainer(
        string hostname, string folder, Func<string, InvocationProcessor> load, ContainerMetrics metrics, ILogger logger,
        ModelCache? cache = null, double sizeFactor = 2)
    {
        Hostname = hostname;
        Folder = folder;
        _load = load;
        _metrics = metrics;
        _logger = logger;
        _cache = cache;
        _sizeFactor = sizeFactor;
        cache?.Join(this);
    }

    public string Hostname { get; }

    public string Folder { get; }

    /// <summary>A lazily loaded model is Ready while unloaded: the next request loads it (as SageMaker's multi-model endpoints answer ping).</summary>
    public ContainerState State =>
        _current is not null ? ContainerState.Ready
        : _failure is not null ? ContainerState.Failed
        : _cache is not null && _started ? ContainerState.Ready
        : ContainerState.Loading;

    public string? FailureReason => State == ContainerState.Ready ? null : _failure ?? "the model is still loading";

    public bool IsLoaded => _current is not null;

    /// <summary>The <c>ModelVersion</c> of the bundle serving now; null when none is loaded.</summary>
    public string? ModelVersion => _current?.Signature.ModelVersion;

    internal long LastUse => Volatile.Read(ref _lastUse);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (BundleSignature.TryRead(Folder) is not { } signature)
        {
            _failure = NoBundle();
        }
        else if (_cache is null)
        {
            try
            {
                var (model, failure) = await LoadModelAsync(signature, cancellationToken).ConfigureAwait(false);
                _current = model;
                (_failure, _failedSignature) = model is null ? (failure, signature) : (null, null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The host stopped before the model finished loading.
                return;
            }
        }
        _started = true;
    }

    public Task<ContainerResponse> InvokeAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        if (_cache is not null)
        {
            return InvokeCachedAsync(request, cancellationToken);
        }
        // Kept in memory: no bookkeeping on the hot path; a swapped-out version finishes the requests that already hold it.
        var model = _current ?? throw new ContainerUnavailableException(_failure ?? "the model is not loaded");
        return model.Container.InvokeAsync(request, cancellationToken);
    }

    /// <summary>
    /// Looks at the folder once (the bundle watcher calls this every poll): a bundle that differs from the one serving and has
    /// looked the same on two calls in a row is loaded beside it and swapped in.
    /// </summary>
    /// <returns>True when a new version was swapped in.</returns>
    public async Task<bool> CheckForNewVersionAsync(CancellationToken cancellationToken)
    {
        var signature = BundleSignature.TryRead(Folder);
        var current = _current;
        if (!_started || signature is null || signature == current?.Signature || signature == _failedSignature)
        {
            _pending = null;
            return false;
        }
        if (signature != _pending)
        {
            // Changed since the last look: it may still be being copied.
            _pending = signature;
            return false;
        }
        _pending = null;
        if (_cache is not null && current is null)
        {
            // Not in memory: the next request loads whatever the folder holds, so forgetting an old failure is enough.
            lock (_gate)
            {
                if (_current is null && _loading is null)
                {
                    (_failure, _failedSignature) = (null, null);
                }
            }
            return false;
        }
        return await SwapAsync(signature, current, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unloads the model if it is idle; the model cache calls this to make room.</summary>
    /// <returns>The estimated bytes freed; 0 when the model is not loaded or is serving.</returns>
    internal long TryUnload()
    {
        var started = Stopwatch.GetTimestamp();
        LoadedModel model;
        lock (_gate)
        {
            if (_current is null || _inFlight > 0 || _loading is not null)
            {
                return 0;
            }
            model = _current;
            _current = null;
        }
        (model.Model as IDisposable)?.Dispose();
        _metrics.ModelUnloadingTime.RecordSince(started);
        LogUnloaded(_logger, Hostname, model.Signature.ModelVersion, model.Bytes / (1024 * 1024.0));
        return model.Bytes;
    }

    private async Task<ContainerResponse> InvokeCachedAsync(ContainerRequest request, CancellationToken cancellationToken)
    {
        var model = Enter();
        if (model is null)
        {
            var waiting = Stopwatch.GetTimestamp();
            model = await LoadOnDemandAsync(cancellationToken).ConfigureAwait(false);
            _metrics.ModelLoadingWaitTime.RecordSince(waiting);
        }
        else
        {
            _metrics.ModelCacheHit.Increment();
        }
        try
        {
            return await model.Container.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
            _cache!.Trim();
        }
    }

    private LoadedModel? Enter()
    {
        lock (_gate)
        {
            if (_current is not { } model)
            {
                return null;
            }
            _inFlight++;
            _lastUse = _cache!.NextUse();
            return model;
        }
    }

    private async Task<LoadedModel> LoadOnDemandAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Task loading;
            lock (_gate)
            {
                if (_current is { } model)
                {
                    _inFlight++;
                    _lastUse = _cache!.NextUse();
                    return model;
                }
                if (_failure is { } failure)
                {
                    throw new ContainerUnavailableException(failure);
                }
                if (attempt > LoadAttempts)
                {
                    throw new ContainerUnavailableException(
                        "the model was unloaded again before it could serve: the model cache's memory budget is too small for the models in use");
                }
                // One load however many requests wait for it.
                loading = _loading ??= Task.Run(LoadIntoCacheAsync, CancellationToken.None);
            }
            await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Never throws: the outcome is left in _current or _failure for the waiting requests.
    private async Task LoadIntoCacheAsync()
    {
        LoadedModel? model = null;
        string? failure;
        var signature = BundleSignature.TryRead(Folder);
        if (signature is null)
        {
            failure = NoBundle();
        }
        else
        {
            var bytes = Estimate(signature);
            _cache!.Reserve(this, bytes);
            (model, failure) = await LoadModelAsync(signature, CancellationToken.None).ConfigureAwait(false);
            if (model is null)
            {
                _cache.Release(bytes);
            }
        }
        lock (_gate)
        {
            _current = model;
            _lastUse = _cache!.NextUse();
            (_failure, _failedSignature) = model is null ? (failure, signature) : (null, null);
            _loading = null;
        }
    }

    private async Task<bool> SwapAsync(BundleSignature signature, LoadedModel? current, CancellationToken cancellationToken)
    {
        var bytes = Estimate(signature);
        _cache?.Reserve(this, bytes);
        var (model, failure) = await LoadModelAsync(signature, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            _cache?.Release(bytes);
            lock (_gate)
            {
                _failedSignature = signature;
                if (_current is null)
                {
                    _failure = failure;
                }
            }
            LogSwapFailed(_logger, Hostname, signature.ModelVersion, current?.Signature.ModelVersion ?? "none", failure!);
            return false;
        }
        LoadedModel? old;
        lock (_gate)
        {
            old = _current;
            _current = model;
            (_failure, _failedSignature) = (null, null);
            _lastUse = _cache?.NextUse() ?? 0;
        }
        if (old is not null)
        {
            // Requests holding the old version finish on it; its memory goes with the last of them.
            _cache?.Release(old.Bytes);
        }
        LogSwapped(_logger, Hostname, old?.Signature.ModelVersion ?? "none", signature.ModelVersion);
        return true;
    }

    private async Task<(LoadedModel? Model, string? Failure)> LoadModelAsync(BundleSignature signature, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        InvocationProcessor? processor = null;
        var container = InProcessContainer.Create(Hostname, () => processor = _load(Folder), _logger);
        await container.StartAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (container.State != ContainerState.Ready)
        {
            return (null, container.FailureReason);
        }
        _metrics.ModelLoadingTime.RecordSince(started);
        LogLoaded(_logger, Hostname, signature.ModelVersion, Stopwatch.GetElapsedTime(started).TotalMilliseconds, Estimate(signature) / (1024 * 1024.0));
        return (new LoadedModel(container, processor!.Model, signature, Estimate(signature)), null);
    }

    private long Estimate(BundleSignature signature) => (long)(signature.Bytes * _sizeFactor);

    private string NoBundle() => $"no model bundle in '{Folder}' (it has no manifest.json)";

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Container} loaded model version {ModelVersion} in {Milliseconds:0} ms (about {MegaBytes:0.#} MiB)")]
    private static partial void LogLoaded(ILogger logger, string container, string modelVersion, double milliseconds, double megaBytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Container} swapped model version {OldVersion} for {NewVersion}")]
    private static partial void LogSwapped(ILogger logger, string container, string oldVersion, string newVersion);

    [LoggerMessage(Level = LogLevel.Error, Message = "Container {Container}: the new bundle version {NewVersion} failed to load ({Reason}); version {OldVersion} keeps serving")]
    private static partial void LogSwapFailed(ILogger logger, string container, string newVersion, string oldVersion, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Container} unloaded model version {ModelVersion} (about {MegaBytes:0.#} MiB) to stay within the memory budget")]
    private static partial void LogUnloaded(ILogger logger, string container, string modelVersion, double megaBytes);
}
