namespace Solutions.Shared.Reporting.Progress;

/// <summary>
/// Shows a run's named steps as they happen: a live progress display on an interactive console,
/// timestamped lines when output is redirected. Use <see cref="ProgressDisplay.ForConsole"/> to get one, and the
/// overloads in <see cref="ProgressDisplayExtensions"/> for steps that do not report progress.
/// </summary>
/// <remarks>
/// Exceptions thrown by a step propagate unchanged after the display marks the step failed.
/// Steps may nest; steps run side by side from several threads are not supported.
/// </remarks>
public interface IProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> as one step; it may report the fraction done, from 0 to 1.</summary>
    T Step<T>(string description, Func<IProgress<double>, T> work);

    /// <summary>Runs asynchronous <paramref name="work"/> as one step; it may report the fraction done, from 0 to 1.</summary>
    Task<T> StepAsync<T>(string description, Func<IProgress<double>, Task<T>> work);
}
