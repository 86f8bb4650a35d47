using Solutions.BirdDetection.Tests.Commands;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Notebooks.Running;

namespace Solutions.BirdDetection.Tests.Notebook;

/// <summary>The solution's notebook runs, every cell, against the current library, on a tiny data set.</summary>
[Collection(BirdRunCollection.Name)]
public sealed class BirdNotebookTests
{
    [Fact]
    public async Task Every_cell_of_the_notebook_runs()
    {
        var notebook = RepositoryRoot.Resolve("solutions", "BirdDetection", "BirdDetection.ipynb");
        var output = Directory.CreateTempSubdirectory("birds-notebook-").FullName;
        try
        {
            var result = await new NotebookRunner().RunAsync(notebook, new NotebookRunOptions
            {
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["BIRDS_OUT"] = output, ["BIRDS_SPECIES"] = "2", ["BIRDS_IMAGES_PER_SPECIES"] = "4", ["BIRDS_EPOCHS"] = "2",
                },
            });

            var texts = result.Cells.Select(c => c.Text).ToList();
            Assert.Contains(texts, t => t.Contains("8 images of 2 species: 4 training, 4 test"));
            Assert.Contains(texts, t => t.Contains("mirrored:   xmin"));
            // 4 training images plain and mirrored and 4 test images: 12 maps, none cached in a fresh folder.
            Assert.Contains(texts, t => t.Contains("feature maps: 12 computed, 0 from the cache"));
            Assert.Contains(texts, t => t.Contains("final mAP@0.5: baseline"));
            Assert.Contains(texts, t => t.Contains("detections drawn: True"));
            Assert.True(File.Exists(Path.Combine(output, "models", "flipped", "manifest.json")));
            Assert.True(File.Exists(Path.Combine(output, "report.md")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
