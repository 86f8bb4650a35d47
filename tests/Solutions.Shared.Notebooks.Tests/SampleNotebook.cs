using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Notebooks.Tests;

/// <summary>The sample notebooks under Notebooks/, copied beside the test assembly or in the source tree.</summary>
internal static class SampleNotebook
{
    public static string Copied(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "Notebooks", relativePath);

    /// <summary>
    /// The notebook where it lives in the repository: how solution tests run their notebooks, so that
    /// a relative <c>#r "../../artifacts/bin/..."</c> resolves exactly as it does in VS Code.
    /// </summary>
    public static string InSource(string relativePath) =>
        RepositoryRoot.Resolve("tests", "Solutions.Shared.Notebooks.Tests", "Notebooks", relativePath);
}
