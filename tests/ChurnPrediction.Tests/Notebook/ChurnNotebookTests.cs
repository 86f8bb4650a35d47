using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.ChurnPrediction.Tests.Notebook;

/// <summary>The solution's notebook runs, every cell, against the current library.</summary>
[Collection(NotebookCollection.Name)]
public sealed class ChurnNotebookTests
{
    [Fact]
    public async Task Every_cell_of_the_notebook_runs()
    {
        var notebook = RepositoryRoot.Resolve("solutions", "ChurnPrediction", "ChurnPrediction.ipynb");
        var output = Directory.CreateTempSubdirectory("churn-notebook-").FullName;
        try
        {
            var result = await new NotebookRunner().RunAsync(notebook, new NotebookRunOptions
            {
                EnvironmentVariables = new Dictionary<string, string?> { ["CHURN_ROWS"] = "1200", ["CHURN_OUT"] = output },
            });

            Assert.Contains("1,200 used", result.Cells.Select(c => c.Text).First(t => t.Contains("rejected")));
            Assert.Contains(result.Cells, c => c.Text.Contains("chosen: "));
            Assert.Contains(result.Cells, c => c.Text.Contains("same answer after reloading: True"));
            Assert.True(File.Exists(Path.Combine(output, "model", "manifest.json")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
