namespace Solutions.Endpoint.Metrics;

/// <summary>A monotonically increasing count, incremented lock-free.</summary>
public sealed class MetricCounter
{
    private long _value;

    public long Value => Volatile.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}
