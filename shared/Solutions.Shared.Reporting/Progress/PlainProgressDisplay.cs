using System.Globalization;

namespace Solutions.Shared.Reporting.Progress;

/// <summary>
/// Writes steps as timestamped lines for logs and redirected output:
/// <c>[14:03:12] Training model... 25% 50% 75% done (4.1 s)</c>.
/// A step that contains other steps gets its own closing line when it ends.
/// </summary>
public sealed class PlainProgressDisplay : IProgressDisplay
{
    private static readonly double[] Milestones = [0.25, 0.5, 0.75];

    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private object? _openLine;

    /// <param name="writer">Where lines go, e.g. <see cref="Console.Out"/>.</param>
    /// <param name="time">Clock for timestamps and durations. The default value is the system clock.</param>
    public PlainProgressDisplay(TextWriter writer, TimeProvider? time = null)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _time = time ?? TimeProvider.System;
    }

    public T Step<T>(string description, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var step = Begin(description);
        try
        {
            var result = work(step);
            End(step, StepOutcome.Done);
            return result;
        }
        catch (Exception e)
        {
            End(step, StepOutcome.Of(e));
            throw;
        }
    }

    public async Task<T> StepAsync<T>(string description, Func<IProgress<double>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var step = Begin(description);
        try
        {
            var result = await work(step).ConfigureAwait(false);
            End(step, StepOutcome.Done);
            return result;
        }
        catch (Exception e)
        {
            End(step, StepOutcome.Of(e));
            throw;
        }
    }

    private PlainStep Begin(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var step = new PlainStep(this, description, _time.GetTimestamp());
        lock (_gate)
        {
            CloseOpenLine();
            _writer.Write(Prefix(step));
            _writer.Flush();
            _openLine = step;
        }

        return step;
    }

    private void End(PlainStep step, string outcome)
    {
        var elapsed = StepDuration.Format(_time.GetElapsedTime(step.Started));
        lock (_gate)
        {
            ContinueLine(step);
            _writer.WriteLine($" {outcome} ({elapsed})");
            _writer.Flush();
            _openLine = null;
        }
    }

    /// <summary>Writes each quarter-way milestone once, in order; under the lock because loops may report from many threads.</summary>
    private void Progressed(PlainStep step, double fraction)
    {
        lock (_gate)
        {
            while (step.MilestonesWritten < Milestones.Length && fraction >= Milestones[step.MilestonesWritten])
            {
                ContinueLine(step);
                _writer.Write(string.Create(CultureInfo.InvariantCulture, $" {Milestones[step.MilestonesWritten]:0%}"));
                step.MilestonesWritten++;
            }

            _writer.Flush();
        }
    }

    /// <summary>Reopens the step's line with a fresh prefix if another step's output came in between.</summary>
    private void ContinueLine(PlainStep step)
    {
        if (_openLine != step)
        {
            CloseOpenLine();
            _writer.Write(Prefix(step));
            _openLine = step;
        }
    }

    private void CloseOpenLine()
    {
        if (_openLine is not null)
        {
            _writer.WriteLine();
            _openLine = null;
        }
    }

    private string Prefix(PlainStep step) =>
        string.Create(CultureInfo.InvariantCulture, $"[{_time.GetLocalNow():HH:mm:ss}] {step.Description}...");

    private sealed class PlainStep(PlainProgressDisplay display, string description, long started) : IProgress<double>
    {
        public string Description { get; } = description;

        public long Started { get; } = started;

        public int MilestonesWritten { get; set; }

        public void Report(double value) => display.Progressed(this, value);
    }
}
