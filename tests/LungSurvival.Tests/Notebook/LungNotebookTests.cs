using Solutions.LungSurvival.Cohort;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.LungSurvival.Tests.Notebook;

/// <summary>The solution's notebook runs, every cell, against the current library, on a tiny cohort.</summary>
[Collection(NotebookCollection.Name)]
public sealed class LungNotebookTests
{
    [Fact]
    public async Task Every_cell_of_the_notebook_runs()
    {
        var notebook = RepositoryRoot.Resolve("solutions", "LungSurvival", "LungSurvival.ipynb");
        var output = Directory.CreateTempSubdirectory("lung-notebook-").FullName;
        try
        {
            var result = await new NotebookRunner().RunAsync(notebook, new NotebookRunOptions
            {
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["LUNG_PATIENTS"] = "20", ["LUNG_SIZE"] = "64x64x24", ["LUNG_REPEATS"] = "1", ["LUNG_OUT"] = output,
                },
            });

            var texts = result.Cells.Select(c => c.Text).ToArray();
            Assert.Contains(texts, t => t.StartsWith("20 patients of 64x64x24 voxels", StringComparison.Ordinal));
            // pyradiomics' default classes: 19 first order + 14 shape + 9 shape 2-D + 24 GLCM + 16 GLRLM + 16 GLSZM + 14 GLDM + 5 NGTDM.
            Assert.Contains(texts, t => t.Contains("116 features from", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("20 patients in", StringComparison.Ordinal) && t.Contains("0 failed", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("cross-validated AUC", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("same answer after reloading: True", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(output, "model", "manifest.json")));
            Assert.True(File.Exists(new CohortLayout(Path.Combine(output, "cohort")).Clinical));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
