namespace Solutions.Shared.Notebooks.Running;

/// <summary>
/// Sets the process's working directory and environment variables for one notebook run and puts them back after.
/// Both are process-wide and the kernel runs in this process, so runs in one process take turns.
/// </summary>
internal sealed class ProcessEnvironmentScope : IDisposable
{
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    private readonly string _previousDirectory;
    private readonly Dictionary<string, string?> _previousVariables;
    private bool _disposed;

    private ProcessEnvironmentScope(string workingDirectory, IReadOnlyDictionary<string, string?> variables)
    {
        _previousDirectory = Environment.CurrentDirectory;
        _previousVariables = variables.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        Environment.CurrentDirectory = workingDirectory;
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public static async Task<ProcessEnvironmentScope> EnterAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> variables, CancellationToken ct)
    {
        await OneRunAtATime.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return new ProcessEnvironmentScope(workingDirectory, variables);
        }
        catch
        {
            OneRunAtATime.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var (name, value) in _previousVariables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        Environment.CurrentDirectory = _previousDirectory;
        OneRunAtATime.Release();
    }
}
