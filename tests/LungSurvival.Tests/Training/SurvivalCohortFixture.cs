using System.Globalization;
using System.Text;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Model;

namespace Solutions.LungSurvival.Tests.Training;

/// <summary>
/// A small generated cohort (40 patients of 96 x 96 x 60 voxels: 3.6 x 3.6 x 5 mm, fine enough that the smallest (8 mm) tumour covers a voxel) with its radiomics.csv computed here, patient by
/// patient, as the cohort radiomics extraction will: read the CT series and the SEG, extract with pyradiomics defaults.
/// </summary>
public sealed class SurvivalCohortFixture : IDisposable
{
    public const int Patients = 40;
    public const int Seed = 11;

    public SurvivalCohortFixture()
    {
        Folder = Directory.CreateTempSubdirectory("survival-cohort-").FullName;
        var summary = CohortGenerator.Generate(Folder, new CohortOptions(Patients, Seed, new VolumeSize(96, 96, 60)));
        Layout = summary.Layout;
        WriteRadiomics(Layout, Inputs.RadiomicsCsv);
    }

    public string Folder { get; }

    public CohortLayout Layout { get; }

    public SurvivalStudyInputs Inputs => SurvivalStudyInputs.FromCohort(Folder);

    /// <summary>A fresh folder inside the fixture's, for one test's outputs or edited copies.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Folder, "out", $"{name}-{Guid.NewGuid():N}")).FullName;

    /// <summary>The study's small settings for tests: 3 folds x 2 repeats, one logistic candidate and the boosted trees.</summary>
    public static SurvivalStudyOptions QuickOptions { get; } =
        new(Folds: 3, Repeats: 2, Candidates: [ClassifierCandidate.Logistic(10), ClassifierCandidate.BoostedTrees()]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void WriteRadiomics(CohortLayout layout, string path)
    {
        var extractor = new RadiomicsExtractor();
        var text = new StringBuilder();
        var caseIds = File.ReadLines(layout.Clinical).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).ToArray();
        foreach (var (caseId, index) in caseIds.Select((c, i) => (c, i)))
        {
            var ct = SeriesAssembler.Assemble(Assert.Single(DicomSeriesReader.ReadDirectory(layout.Ct(caseId))));
            var seg = DicomFile.Read(Path.Combine(layout.Seg(caseId), PatientSeries.SegFileName));
            var features = extractor.Extract(ct.Volume, SegmentationReader.ToMask(seg, ct).Mask).ToNamedValues();
            if (index == 0)
            {
                text.Append(ClinicalColumns.CaseId).Append(',').AppendJoin(',', features.Keys).Append('\n');
            }
            text.Append(caseId).Append(',').AppendJoin(',', features.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }
}
