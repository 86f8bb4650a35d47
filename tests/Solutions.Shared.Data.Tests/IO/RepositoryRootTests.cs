using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Data.Tests.IO;

public sealed class RepositoryRootTests
{
    [Fact]
    public void TryFindFrom_walks_up_to_the_folder_holding_the_marker()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(RepositoryRoot.MarkerFile), "");
        var deep = Directory.CreateDirectory(temp.File("solutions", "Churn", "bin")).FullName;

        Assert.Equal(temp.Path, RepositoryRoot.TryFindFrom(deep));
    }

    [Fact]
    public void TryFindFrom_returns_null_without_a_marker_above()
    {
        using var temp = new TempFolder();
        var deep = Directory.CreateDirectory(temp.File("a", "b")).FullName;

        Assert.Null(RepositoryRoot.TryFindFrom(deep));
    }

    [Fact]
    public void Resolve_finds_the_bundled_churn_data_from_a_test_run()
    {
        // Tests run from artifacts/bin under the repository, so the root is found above them.
        var root = RepositoryRoot.Find();

        Assert.True(File.Exists(Path.Combine(root, RepositoryRoot.MarkerFile)));
        Assert.True(File.Exists(RepositoryRoot.Resolve("data", "churn", "churn.csv")));
    }
}
