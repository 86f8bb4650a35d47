namespace Solutions.Endpoint.Hosting;

/// <summary>
/// Counts invocations in flight and, once the host is stopping, turns new ones away so the ones in flight can finish:
/// what a load balancer needs from an instance being taken out of service.
/// </summary>
public sealed class DrainGate
{
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Admits one invocation; false once draining has begun. Every true must be matched by one <see cref="Exit"/>.</summary>
    public bool TryEnter()
    {
        Interlocked.Increment(ref _inFlight);
        // Checked after counting, so Drain either sees this request or this request sees the drain.
        if (!_draining)
        {
            return true;
        }
        Exit();
        return false;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0 && _draining)
        {
            _drained.TrySetResult();
        }
    }

    /// <summary>Stops admitting invocations and completes when none is in flight.</summary>
    public Task DrainAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        if (Volatile.Read(ref _inFlight) == 0)
        {
            _drained.TrySetResult();
        }
        return _drained.Task.WaitAsync(cancellationToken);
    }
}
