using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.Shared.Notebooks.Tests.Running;

[Collection(nameof(NotebookRuns))]
public sealed class NotebookLibraryLoadingTests
{
    private readonly NotebookRunner _runner = new();

    [Fact]
    public async Task A_notebook_references_a_library_built_into_artifacts_by_a_relative_path()
    {
        var result = await _runner.RunAsync(SampleNotebook.InSource("LoadsLibrary.ipynb"));

        Assert.Equal(RepositoryRoot.MarkerFile, result.Cell(3).Text);
    }

    [Fact]
    public async Task A_library_the_test_host_already_loaded_is_shared_not_loaded_twice()
    {
        // The test host references Solutions.Shared.Data; the kernel hands the notebook the host's copy,
        // so a type the notebook uses is the very type the test sees and no two copies clash.
        var hostCopy = typeof(RepositoryRoot).Assembly.Location;

        var result = await _runner.RunAsync(SampleNotebook.InSource("LoadsLibrary.ipynb"));

        Assert.Equal(hostCopy, result.Cell(4).Text);
    }
}
