namespace Solutions.Shared.Data.IO;

/// <summary>Finds the repository root: the nearest folder, upward, that holds <c>Solutions.sln</c>.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "Solutions.sln";

    /// <summary>The root above the working directory, else above the running assembly, else null.</summary>
    public static string? TryFind()
    {
        return TryFindFrom(Environment.CurrentDirectory) ?? TryFindFrom(AppContext.BaseDirectory);
    }

    public static string? TryFindFrom(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, MarkerFile)))
            {
                return folder.FullName;
            }
        }
        return null;
    }

    /// <summary>The root, or an exception that tells the user how to point at their files instead.</summary>
    public static string Find() =>
        TryFind() ?? throw new DirectoryNotFoundException(
            $"Could not find the repository root (a folder holding {MarkerFile}) above '{Environment.CurrentDirectory}'. " +
            "Run from inside the repository, or pass --data and --out explicitly.");

    /// <summary>A path under the repository root, e.g. <c>Resolve("data", "churn", "churn.csv")</c>.</summary>
    public static string Resolve(params string[] parts) => Path.Combine([Find(), .. parts]);
}
