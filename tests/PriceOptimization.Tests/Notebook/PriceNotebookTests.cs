using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.PriceOptimization.Tests.Notebook;

/// <summary>The solution's notebook runs, every cell, against the current library.</summary>
[Collection(NotebookCollection.Name)]
public sealed class PriceNotebookTests
{
    [Fact]
    public async Task Every_cell_of_the_notebook_runs()
    {
        var notebook = RepositoryRoot.Resolve("solutions", "PriceOptimization", "PriceOptimization.ipynb");
        var output = Directory.CreateTempSubdirectory("price-notebook-").FullName;
        try
        {
            var result = await new NotebookRunner().RunAsync(notebook, new NotebookRunOptions
            {
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["PRICE_DAYS"] = "400", ["PRICE_PRODUCTS"] = "1", ["PRICE_OUT"] = output,
                },
            });

            Assert.Contains(result.Cells, c => c.Text.Contains("400 rows"));
            Assert.Contains(result.Cells, c => c.Text.Contains("DML -"));
            Assert.Contains(result.Cells, c => c.Text.Contains("best profit_plus_loyalty: price"));
            Assert.Contains(result.Cells, c => c.Text.Contains("price x 1.40: causal MAPE"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
