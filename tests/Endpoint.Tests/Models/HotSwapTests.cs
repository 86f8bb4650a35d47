using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Metrics;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Models;

public sealed class HotSwapTests
{
    [Fact]
    public async Task A_new_version_is_swapped_in_once_it_looks_the_same_twice()
    {
        using var bundles = new BundleHarness();
        AddingBundle.Write(bundles.Folder("adder"), "v1", offset: 0);
        var metrics = new ContainerMetrics();
        var adder = bundles.Container("adder", metrics);
        await adder.StartAsync(CancellationToken.None);
        var before = await BundleHarness.ScoreAsync(adder);

        AddingBundle.Write(bundles.Folder("adder"), "v2", offset: 100);
        var firstLook = await adder.CheckForNewVersionAsync(CancellationToken.None);
        var duringCopy = await BundleHarness.ScoreAsync(adder);
        var secondLook = await adder.CheckForNewVersionAsync(CancellationToken.None);

        // 1 + 1 = 2 from v1; 1 + 1 + 100 = 102 from v2.
        Assert.Equal(("2\n", false, "2\n", true), (before, firstLook, duringCopy, secondLook));
        Assert.Equal("102\n", await BundleHarness.ScoreAsync(adder));
        Assert.Equal("v2", adder.ModelVersion);
        Assert.Equal(2, metrics.ModelLoadingTime.Snapshot().Count);
        Assert.False(await adder.CheckForNewVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_corrupt_new_version_leaves_the_old_one_serving_logs_why_and_is_not_retried_until_it_changes()
    {
        using var bundles = new BundleHarness();
        var logs = new CapturedLogs();
        AddingBundle.Write(bundles.Folder("adder"), "v1", offset: 0);
        var adder = bundles.Container("adder", logger: logs.CreateLogger("test"));
        await adder.StartAsync(CancellationToken.None);

        AddingBundle.Write(bundles.Folder("adder"), "v2", offset: null);
        await adder.CheckForNewVersionAsync(CancellationToken.None);
        var swapped = await adder.CheckForNewVersionAsync(CancellationToken.None);
        await adder.CheckForNewVersionAsync(CancellationToken.None);
        await adder.CheckForNewVersionAsync(CancellationToken.None);

        Assert.False(swapped);
        Assert.Equal((ContainerState.Ready, "v1", "2\n"), (adder.State, adder.ModelVersion, await BundleHarness.ScoreAsync(adder)));
        // v1 once, the corrupt v2 once: the same corrupt bundle is not loaded again on later looks.
        Assert.Equal(2, bundles.Loader.Loads);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("keeps serving"));
        Assert.Contains("the new bundle version v2 failed to load (offset.txt holds 'corrupt', not a number); version v1 keeps serving", error.Message);

        AddingBundle.Write(bundles.Folder("adder"), "v3", offset: 10);
        await adder.CheckForNewVersionAsync(CancellationToken.None);
        Assert.True(await adder.CheckForNewVersionAsync(CancellationToken.None));
        Assert.Equal("12\n", await BundleHarness.ScoreAsync(adder));
    }

    [Fact]
    public async Task A_request_in_flight_during_a_swap_finishes_on_the_old_version_and_the_next_gets_the_new()
    {
        var gate = new ModelGate();
        using var bundles = new BundleHarness { Loader = new AddingLoader(gate) };
        AddingBundle.Write(bundles.Folder("adder"), "v1", offset: 0);
        var adder = bundles.Container("adder");
        await adder.StartAsync(CancellationToken.None);

        var inFlight = Task.Run(() => BundleHarness.ScoreAsync(adder));
        await gate.EnteredAsync();
        AddingBundle.Write(bundles.Folder("adder"), "v2", offset: 100);
        await adder.CheckForNewVersionAsync(CancellationToken.None);
        var swapped = await adder.CheckForNewVersionAsync(CancellationToken.None);
        gate.Open();

        Assert.True(swapped);
        Assert.Equal("2\n", await inFlight);
        Assert.Equal("102\n", await BundleHarness.ScoreAsync(adder));
    }

    [Fact]
    public async Task A_bundle_corrupt_at_start_leaves_the_container_failed_with_the_reason_until_a_good_version_arrives()
    {
        using var bundles = new BundleHarness();
        AddingBundle.Write(bundles.Folder("adder"), "v1", offset: null);
        var adder = bundles.Container("adder");
        await adder.StartAsync(CancellationToken.None);
        var failed = (adder.State, adder.FailureReason);

        AddingBundle.Write(bundles.Folder("adder"), "v2", offset: 5);
        await adder.CheckForNewVersionAsync(CancellationToken.None);
        await adder.CheckForNewVersionAsync(CancellationToken.None);

        Assert.Equal((ContainerState.Failed, "offset.txt holds 'corrupt', not a number"), failed);
        Assert.Equal((ContainerState.Ready, "7\n"), (adder.State, await BundleHarness.ScoreAsync(adder)));
    }

    [Fact]
    public async Task A_folder_without_a_bundle_is_failed_naming_the_folder()
    {
        using var bundles = new BundleHarness();
        var missing = bundles.Container("missing");

        await missing.StartAsync(CancellationToken.None);

        Assert.Equal(ContainerState.Failed, missing.State);
        Assert.Equal($"no model bundle in '{bundles.Folder("missing")}' (it has no manifest.json)", missing.FailureReason);
    }
}
