namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>Holds predictions until opened, and tells the test when one is waiting: a model kept busy on purpose.</summary>
internal sealed class ModelGate
{
    private readonly ManualResetEventSlim _open = new();
    private readonly SemaphoreSlim _entered = new(0);

    /// <summary>Called by the model: signals a waiting prediction, then waits (at most 30 s, so a broken test cannot hang).</summary>
    public void Pass()
    {
        _entered.Release();
        _open.Wait(TimeSpan.FromSeconds(30));
    }

    /// <summary>Completes when a prediction is waiting at the gate.</summary>
    public Task EnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(
        waited => waited.Result ? Task.CompletedTask : throw new TimeoutException("no prediction reached the gate"), TaskScheduler.Default).Unwrap();

    public void Open() => _open.Set();
}
