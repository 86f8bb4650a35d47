using Solutions.Shared.Reporting.Progress;

namespace Solutions.Shared.Reporting.Tests.Progress;

public sealed class PlainProgressDisplayTests
{
    private readonly StringWriter _output = new() { NewLine = "\n" };
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    private PlainProgressDisplay Display => new(_output, _clock);

    [Fact]
    public void A_step_writes_one_timestamped_line_with_its_duration()
    {
        var result = Display.Step("Training model", () =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1250));
            return 42;
        });

        Assert.Equal(42, result);
        // 1.25 s is shown to one decimal, truncated: 1.2 s.
        Assert.Equal("[09:30:00] Training model... done (1.2 s)\n", _output.ToString());
    }

    [Fact]
    public void A_failing_step_says_failed_and_rethrows_the_same_exception()
    {
        var thrown = new InvalidDataException("bad row 17");

        var caught = Assert.Throws<InvalidDataException>(() => Display.Step("Loading data", () =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(500));
            throw thrown;
        }));

        Assert.Same(thrown, caught);
        Assert.Equal("[09:30:00] Loading data... failed (0.5 s)\n", _output.ToString());
    }

    [Fact]
    public void A_cancelled_step_says_cancelled()
    {
        Assert.Throws<OperationCanceledException>(() => Display.Step("Tuning", () => throw new OperationCanceledException()));

        Assert.Equal("[09:30:00] Tuning... cancelled (0.0 s)\n", _output.ToString());
    }

    [Fact]
    public void Reported_fractions_write_each_quarter_milestone_once()
    {
        Display.Step("Epochs", progress =>
        {
            // 0.1 crosses nothing; 0.3 crosses 25%; 0.3 again adds nothing; 0.8 crosses 50% and 75%; 1.0 adds nothing.
            foreach (var fraction in new[] { 0.1, 0.3, 0.3, 0.8, 1.0 })
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
                progress.Report(fraction);
            }
        });

        Assert.Equal("[09:30:00] Epochs... 25% 50% 75% done (5.0 s)\n", _output.ToString());
    }

    [Fact]
    public void Nested_steps_get_their_own_lines_and_the_outer_step_closes_on_a_new_line()
    {
        var display = Display;
        display.Step("Training", () =>
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            display.Step("Fold 1", () => _clock.Advance(TimeSpan.FromSeconds(2)));
            _clock.Advance(TimeSpan.FromSeconds(65));
        });

        Assert.Equal(
            "[09:30:00] Training...\n" +
            "[09:30:01] Fold 1... done (2.0 s)\n" +
            "[09:31:08] Training... done (1 min 08 s)\n",
            _output.ToString());
    }

    [Fact]
    public void Long_steps_show_hours_and_minutes()
    {
        Display.Step("Backfill", () => _clock.Advance(TimeSpan.FromSeconds(3725)));

        Assert.Equal("[09:30:00] Backfill... done (1 h 02 min)\n", _output.ToString());
    }

    [Fact]
    public async Task Async_steps_return_the_result_and_write_the_same_line()
    {
        var result = await Display.StepAsync("Scoring", async () =>
        {
            await Task.Yield();
            _clock.Advance(TimeSpan.FromSeconds(3));
            return "scored";
        });

        Assert.Equal("scored", result);
        Assert.Equal("[09:30:00] Scoring... done (3.0 s)\n", _output.ToString());
    }

    [Fact]
    public async Task Async_failures_propagate_unchanged()
    {
        var thrown = new TimeoutException("model server did not answer");

        var caught = await Assert.ThrowsAsync<TimeoutException>(() => Display.StepAsync("Calling server", async () =>
        {
            await Task.Yield();
            throw thrown;
        }));

        Assert.Same(thrown, caught);
        Assert.Equal("[09:30:00] Calling server... failed (0.0 s)\n", _output.ToString());
    }
}
