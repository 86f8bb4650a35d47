using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Models;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Models;

public sealed class ModelCacheTests
{
    // Three bundles of the same size (same-length versions, same padding); with size factor 1 a loaded model costs its bytes.
    private static (BundleHarness Bundles, long Size) ThreeBundles(ModelGate? gate = null)
    {
        var bundles = new BundleHarness { Loader = new AddingLoader(gate) };
        foreach (var (name, offset) in new[] { ("a", 10.0), ("b", 20.0), ("c", 30.0) })
        {
            AddingBundle.Write(bundles.Folder(name), "v1", offset, paddingBytes: 10_000);
        }
        return (bundles, AddingBundle.Bytes(bundles.Folder("a")));
    }

    [Fact]
    public async Task Models_load_on_first_use_and_the_least_recently_used_idle_one_is_unloaded_to_fit()
    {
        var (bundles, size) = ThreeBundles();
        using var _ = bundles;
        var cache = new ModelCache(size * 5 / 2);
        var (ma, mb, mc) = (new ContainerMetrics(), new ContainerMetrics(), new ContainerMetrics());
        var (a, b, c) = (bundles.Container("a", ma, cache), bundles.Container("b", mb, cache), bundles.Container("c", mc, cache));
        foreach (var container in new[] { a, b, c })
        {
            await container.StartAsync(CancellationToken.None);
        }
        var readyBeforeUse = (a.State, a.IsLoaded);

        // Offsets 10, 20, 30: 1 + 1 + offset.
        Assert.Equal("12\n", await BundleHarness.ScoreAsync(a));
        Assert.Equal("22\n", await BundleHarness.ScoreAsync(b));
        Assert.Equal("32\n", await BundleHarness.ScoreAsync(c));
        var afterC = (a.IsLoaded, b.IsLoaded, c.IsLoaded);
        Assert.Equal("22\n", await BundleHarness.ScoreAsync(b));
        Assert.Equal("12\n", await BundleHarness.ScoreAsync(a));

        Assert.Equal((ContainerState.Ready, false), readyBeforeUse);
        // Room for two: c's load unloads a (used least recently); a's reload unloads c (b was used after c).
        Assert.Equal((false, true, true), afterC);
        Assert.Equal((true, true, false), (a.IsLoaded, b.IsLoaded, c.IsLoaded));
        Assert.Equal(2 * size, cache.UsedBytes);
        Assert.Equal((2, 1, 0), (ma.ModelLoadingTime.Snapshot().Count, ma.ModelUnloadingTime.Snapshot().Count, ma.ModelCacheHit.Value));
        Assert.Equal((1, 0, 1), (mb.ModelLoadingTime.Snapshot().Count, mb.ModelUnloadingTime.Snapshot().Count, mb.ModelCacheHit.Value));
        Assert.Equal((1, 1), (mc.ModelLoadingWaitTime.Snapshot().Count, mc.ModelUnloadingTime.Snapshot().Count));
        Assert.Equal(4, bundles.Loader.Loads);
    }

    [Fact]
    public async Task A_model_serving_a_request_is_never_unloaded_the_budget_is_overrun_until_it_finishes()
    {
        var gate = new ModelGate();
        var (bundles, size) = ThreeBundles(gate);
        using var _ = bundles;
        var cache = new ModelCache(size);
        var (a, b) = (bundles.Container("a", cache: cache), bundles.Container("b", cache: cache));
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);

        var busy = Task.Run(() => BundleHarness.ScoreAsync(a));
        await gate.EnteredAsync();
        var other = Task.Run(() => BundleHarness.ScoreAsync(b));
        await gate.EnteredAsync();
        var whileBusy = (a.IsLoaded, b.IsLoaded, cache.UsedBytes);
        gate.Open();

        Assert.Equal((true, true, 2 * size), whileBusy);
        Assert.Equal(("12\n", "22\n"), (await busy, await other));
        // Once both finished, the overrun is unloaded: one model fits.
        Assert.Equal(size, cache.UsedBytes);
        Assert.True(a.IsLoaded ^ b.IsLoaded);
    }

    [Fact]
    public async Task Requests_waiting_for_the_same_model_share_one_load()
    {
        var (bundles, size) = ThreeBundles();
        using var _ = bundles;
        var metrics = new ContainerMetrics();
        var a = bundles.Container("a", metrics, new ModelCache(size));
        await a.StartAsync(CancellationToken.None);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => BundleHarness.ScoreAsync(a))));

        Assert.All(answers, answer => Assert.Equal("12\n", answer));
        Assert.Equal(1, bundles.Loader.Loads);
        Assert.Equal(8, metrics.ModelLoadingWaitTime.Snapshot().Count + metrics.ModelCacheHit.Value);
    }

    [Fact]
    public async Task A_corrupt_lazy_bundle_fails_its_first_request_and_then_the_container_with_the_reason()
    {
        using var bundles = new BundleHarness();
        AddingBundle.Write(bundles.Folder("a"), "v1", offset: null);
        var cache = new ModelCache(1_000_000);
        var a = bundles.Container("a", cache: cache);
        await a.StartAsync(CancellationToken.None);
        var before = a.State;

        var refused = await Assert.ThrowsAsync<ContainerUnavailableException>(() => BundleHarness.ScoreAsync(a));

        Assert.Equal(ContainerState.Ready, before);
        Assert.Equal("offset.txt holds 'corrupt', not a number", refused.Message);
        Assert.Equal((ContainerState.Failed, "offset.txt holds 'corrupt', not a number"), (a.State, a.FailureReason));
        Assert.Equal(0, cache.UsedBytes);
    }
}
