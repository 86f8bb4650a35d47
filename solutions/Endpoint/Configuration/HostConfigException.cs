namespace Solutions.Endpoint.Configuration;

/// <summary>A configuration file the host cannot use; the message names the file, the JSON path and what was expected.</summary>
public sealed class HostConfigException : InvalidOperationException
{
    public HostConfigException(string file, IReadOnlyList<string> problems)
        : base(Describe(file, problems))
    {
        File = file;
        Problems = problems;
    }

    public string File { get; }

    /// <summary>Each problem as <c>$.json.path: what is wrong</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string file, IReadOnlyList<string> problems) => problems.Count == 1
        ? $"{file}: {problems[0]}"
        : $"{file}: {problems.Count} problems:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems);
}
