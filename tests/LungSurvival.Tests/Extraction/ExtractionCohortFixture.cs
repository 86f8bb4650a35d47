using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;

namespace Solutions.LungSurvival.Tests.Extraction;

/// <summary>A small generated cohort (5 patients of 64 x 64 x 24, no pictures; every tumour mask non-empty at this seed) shared by one test class; tests never write into it.</summary>
public sealed class ExtractionCohortFixture : IDisposable
{
    public const int Patients = 5;

    public ExtractionCohortFixture()
    {
        Folder = Directory.CreateTempSubdirectory("extraction-cohort-").FullName;
        CohortGenerator.Generate(Folder, new CohortOptions(Patients, Seed: 6, new VolumeSize(64, 64, 24), Pictures: false));
    }

    public string Folder { get; }

    public CohortLayout Layout => new(Folder);

    /// <summary>A copy of the cohort a test may change.</summary>
    public CohortLayout CopyTo(string folder)
    {
        foreach (var file in Directory.GetFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new CohortLayout(folder);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
