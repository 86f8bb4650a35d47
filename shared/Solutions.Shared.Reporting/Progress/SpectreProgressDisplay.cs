using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace Solutions.Shared.Reporting.Progress;

/// <summary>
/// Shows steps as live Spectre.Console progress rows: a spinner until the step reports progress, then a bar,
/// and finally "done", "failed" or "cancelled" with the elapsed time. Nested steps add rows to the same display.
/// </summary>
public sealed class SpectreProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    private readonly IAnsiConsole _console = console ?? throw new ArgumentNullException(nameof(console));
    private ProgressContext? _context;

    public T Step<T>(string description, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(work);
        if (_context is { } running)
        {
            return Run(running, description, work);
        }

        // Spectre skips the final frame when the callback throws, which would hide the "failed" row,
        // so the exception is carried out of the display and rethrown with its original stack trace.
        ExceptionDispatchInfo? failure = null;
        var result = CreateProgress().Start(context =>
        {
            _context = context;
            try
            {
                return Run(context, description, work);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
                return default!;
            }
            finally
            {
                _context = null;
            }
        });
        failure?.Throw();
        return result;
    }

    public async Task<T> StepAsync<T>(string description, Func<IProgress<double>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(work);
        if (_context is { } running)
        {
            return await RunAsync(running, description, work).ConfigureAwait(false);
        }

        ExceptionDispatchInfo? failure = null;
        var result = await CreateProgress().StartAsync(async context =>
        {
            _context = context;
            try
            {
                return await RunAsync(context, description, work).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
                return default!;
            }
            finally
            {
                _context = null;
            }
        }).ConfigureAwait(false);
        failure?.Throw();
        return result;
    }

    private Spectre.Console.Progress CreateProgress() =>
        _console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn());

    private static T Run<T>(ProgressContext context, string description, Func<IProgress<double>, T> work)
    {
        var step = new SpectreStep(context.AddTask(Markup.Escape(description), maxValue: 1), description);
        try
        {
            var result = work(step);
            step.Finish(StepOutcome.Done);
            return result;
        }
        catch (Exception e)
        {
            step.Finish(StepOutcome.Of(e));
            throw;
        }
    }

    private static async Task<T> RunAsync<T>(ProgressContext context, string description, Func<IProgress<double>, Task<T>> work)
    {
        var step = new SpectreStep(context.AddTask(Markup.Escape(description), maxValue: 1), description);
        try
        {
            var result = await work(step).ConfigureAwait(false);
            step.Finish(StepOutcome.Done);
            return result;
        }
        catch (Exception e)
        {
            step.Finish(StepOutcome.Of(e));
            throw;
        }
    }

    /// <summary>A task row that stays a spinner until the work first reports a fraction.</summary>
    private sealed class SpectreStep : IProgress<double>
    {
        private readonly ProgressTask _task;
        private readonly string _description;

        public SpectreStep(ProgressTask task, string description)
        {
            _task = task;
            _description = description;
            _task.IsIndeterminate = true;
        }

        public void Report(double value)
        {
            if (double.IsNaN(value))
            {
                return;
            }

            _task.IsIndeterminate = false;
            _task.Value = Math.Clamp(value, 0, 1);
        }

        public void Finish(string outcome)
        {
            var colour = outcome == StepOutcome.Done ? "green" : outcome == StepOutcome.Failed ? "red" : "yellow";
            _task.Description = $"{Markup.Escape(_description)} [{colour}]{outcome}[/]";
            if (outcome == StepOutcome.Done)
            {
                _task.IsIndeterminate = false;
                _task.Value = 1;
            }

            _task.StopTask();
        }
    }
}
