using Solutions.Shared.Reporting.Progress;
using Spectre.Console;

namespace Solutions.Shared.Reporting.Tests.Progress;

public sealed class SpectreProgressDisplayTests
{
    private readonly StringWriter _output = new();

    private SpectreProgressDisplay Display => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        // Interactive, so the live renderer draws the final state of every row when the display stops.
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(_output),
    }));

    [Fact]
    public void A_step_returns_its_result_and_shows_its_description()
    {
        var result = Display.Step("Training model", progress =>
        {
            progress.Report(0.5);
            return 7;
        });

        Assert.Equal(7, result);
        Assert.Contains("Training model done", _output.ToString());
    }

    [Fact]
    public void Failures_propagate_unchanged()
    {
        var thrown = new InvalidOperationException("no positive cases");

        var caught = Assert.Throws<InvalidOperationException>(() => Display.Step("Evaluating", () => throw thrown));

        Assert.Same(thrown, caught);
        Assert.Contains("Evaluating failed", _output.ToString());
    }

    [Fact]
    public void Nested_steps_share_one_live_display()
    {
        var display = Display;

        // Spectre refuses two live displays at once, so this would throw if the inner step started its own.
        var result = display.Step("Cross-validation", () => display.Step("Fold 1", () => 3) + display.Step("Fold 2", () => 4));

        Assert.Equal(7, result);
        Assert.Contains("Fold 2 done", _output.ToString());
        Assert.Contains("Cross-validation done", _output.ToString());
    }

    [Fact]
    public async Task Async_failures_propagate_unchanged()
    {
        var thrown = new IOException("disk full");

        var caught = await Assert.ThrowsAsync<IOException>(() => Display.StepAsync("Saving", async () =>
        {
            await Task.Yield();
            throw thrown;
        }));

        Assert.Same(thrown, caught);
        Assert.Contains("Saving failed", _output.ToString());
    }

    [Fact]
    public void Descriptions_with_markup_characters_are_shown_literally()
    {
        Display.Step("Loading [train] set", () => { });

        // Unescaped, Spectre would read "[train]" as a style and throw while rendering.
        Assert.Contains("Loading [train] set done", _output.ToString());
    }
}
