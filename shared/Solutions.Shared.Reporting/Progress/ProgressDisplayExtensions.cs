namespace Solutions.Shared.Reporting.Progress;

/// <summary>Step overloads for work that returns nothing or reports no progress.</summary>
public static class ProgressDisplayExtensions
{
    public static T Step<T>(this IProgressDisplay display, string description, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return display.Step(description, _ => work());
    }

    public static void Step(this IProgressDisplay display, string description, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        display.Step(description, _ =>
        {
            work();
            return true;
        });
    }

    /// <summary>Runs a loop-like step that reports the fraction done, e.g. after each epoch or patient.</summary>
    public static void Step(this IProgressDisplay display, string description, Action<IProgress<double>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        display.Step(description, progress =>
        {
            work(progress);
            return true;
        });
    }

    public static Task<T> StepAsync<T>(this IProgressDisplay display, string description, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return display.StepAsync(description, _ => work());
    }

    public static Task StepAsync(this IProgressDisplay display, string description, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return display.StepAsync(description, async _ =>
        {
            await work().ConfigureAwait(false);
            return true;
        });
    }

    public static Task StepAsync(this IProgressDisplay display, string description, Func<IProgress<double>, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return display.StepAsync(description, async progress =>
        {
            await work(progress).ConfigureAwait(false);
            return true;
        });
    }
}
