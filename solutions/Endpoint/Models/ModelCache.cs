namespace Solutions.Endpoint.Models;

/// <summary>
/// The memory budget shared by lazily loaded bundles, as a SageMaker multi-model endpoint keeps models: loading one
/// first unloads the least recently used idle ones until it fits. A model serving a request is never unloaded; when
/// every other model is busy the budget is exceeded until they finish, and the excess is unloaded then.
/// </summary>
public sealed class ModelCache
{
    private readonly object _sync = new();
    private readonly List<BundleContainer> _members = [];
    private long _usedBytes;
    private long _clock;

    /// <param name="budgetBytes">The estimated memory the loaded models may take together.</param>
    public ModelCache(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetBytes);
        BudgetBytes = budgetBytes;
    }

    public long BudgetBytes { get; }

    /// <summary>The estimated memory of the models loaded now (plus any being loaded).</summary>
    public long UsedBytes => Volatile.Read(ref _usedBytes);

    internal void Join(BundleContainer member)
    {
        lock (_sync)
        {
            _members.Add(member);
        }
    }

    /// <summary>A tick of the cache's use clock: a later use gets a larger tick (an order, not a time, so LRU is exact).</summary>
    internal long NextUse() => Interlocked.Increment(ref _clock);

    /// <summary>Makes room for <paramref name="bytes"/> more, unloading idle models other than <paramref name="loading"/>, least recently used first.</summary>
    internal void Reserve(BundleContainer loading, long bytes)
    {
        lock (_sync)
        {
            _usedBytes -= UnloadUntil(BudgetBytes - bytes, except: loading);
            _usedBytes += bytes;
        }
    }

    internal void Release(long bytes)
    {
        lock (_sync)
        {
            _usedBytes -= bytes;
        }
    }

    /// <summary>Unloads idle models while over budget; called as requests finish, so an overrun does not outlast the busy moment.</summary>
    internal void Trim()
    {
        if (Volatile.Read(ref _usedBytes) <= BudgetBytes)
        {
            return;
        }
        lock (_sync)
        {
            _usedBytes -= UnloadUntil(BudgetBytes, except: null);
        }
    }

    // Called under _sync; returns the bytes freed.
    private long UnloadUntil(long target, BundleContainer? except)
    {
        long freed = 0;
        foreach (var member in _members.Where(m => m != except && m.IsLoaded).OrderBy(m => m.LastUse).ToList())
        {
            if (_usedBytes - freed <= target)
            {
                break;
            }
            freed += member.TryUnload();
        }
        return freed;
    }
}
