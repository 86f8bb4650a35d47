using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.PaymentClassification.Tests.Notebook;

/// <summary>The solution's notebook runs, every cell, against the current library.</summary>
[Collection(NotebookCollection.Name)]
public sealed class PaymentNotebookTests
{
    [Fact]
    public async Task Every_cell_of_the_notebook_runs()
    {
        var notebook = RepositoryRoot.Resolve("solutions", "PaymentClassification", "PaymentClassification.ipynb");
        var output = Directory.CreateTempSubdirectory("payment-notebook-").FullName;
        try
        {
            var result = await new NotebookRunner().RunAsync(notebook, new NotebookRunOptions
            {
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["PAYMENT_ROWS"] = "5000", ["PAYMENT_ROUNDS"] = "30", ["PAYMENT_OUT"] = output,
                },
            });

            var texts = result.Cells.Select(c => c.Text).ToArray();
            Assert.Contains(texts, t => t.Contains("first ingest: 5,000 added; second ingest: 0 added, 5,000 already stored"));
            Assert.Contains(texts, t => t.Contains("point-in-time: True"));
            Assert.Contains(texts, t => t.Contains("precision    recall  f1-score   support"));
            Assert.Contains(texts, t => t.Contains("9999999999999999"));
            Assert.True(File.Exists(Path.Combine(output, "model", "manifest.json")));
            Assert.True(File.Exists(Path.Combine(output, "report.md")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(output, recursive: true);
        }
    }
}
