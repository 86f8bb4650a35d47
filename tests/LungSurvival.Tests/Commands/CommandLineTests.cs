using System.Text.Json;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Nifti;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Tools;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Tests.Commands;

public sealed class CommandLineTests(GeneratedCohortFixture cohort) : IClassFixture<GeneratedCohortFixture>
{
    private CohortLayout Layout => new(cohort.Folder);

    private static (PatientTraits Traits, PatientOutcome Outcome) Patient(int index) =>
        PatientSampler.Sample(GeneratedCohortFixture.Patients, GeneratedCohortFixture.Seed)[index];

    [Fact]
    public void Generate_cohort_writes_tables_model_series_and_pictures()
    {
        Assert.Equal(0, cohort.ExitCode);
        var clinical = CsvLoader.Load<ClinicalRecord>(Layout.Clinical);
        Assert.Equal(GeneratedCohortFixture.Patients, clinical.Rows.Count);
        Assert.Equal(0, clinical.RowsRejected);
        Assert.Equal(ClinicalColumns.All, File.ReadLines(Layout.Clinical).First().Split(',').Select(c => c.Trim('"')).Aggregate(new List<string>(), Rejoin));
        Assert.Equal(GeneratedCohortFixture.Patients + 1, File.ReadLines(Layout.Genes).Count());
        var readme = File.ReadAllText(Path.Combine(cohort.Folder, CohortReadme.FileName));
        Assert.Contains("illustrative", readme);
        Assert.Contains("seed 17", readme);
        using var model = JsonDocument.Parse(File.ReadAllText(Layout.RiskModel));
        Assert.Equal(SurvivalRiskModel.Intercept, model.RootElement.GetProperty("intercept").GetDouble());
        Assert.Equal(SurvivalRiskModel.Features.Count, model.RootElement.GetProperty("features").GetArrayLength());
        foreach (var row in clinical.Rows)
        {
            Assert.Equal(20, Directory.GetFiles(Layout.Ct(row.CaseId), "*.dcm").Length);
            Assert.True(File.Exists(Path.Combine(Layout.Seg(row.CaseId), PatientSeries.SegFileName)));
            Assert.True(File.Exists(Layout.AxialPicture(row.CaseId)));
            Assert.True(File.Exists(Layout.OrthoPicture(row.CaseId)));
        }
    }

    [Fact]
    public void The_ct_series_and_seg_read_back_to_the_phantom_on_the_same_grid()
    {
        var (traits, _) = Patient(0);
        var expected = ChestPhantom.Build(traits.Tumour, VolumeSize.Parse(GeneratedCohortFixture.Size), traits.Seed);

        var ct = SeriesAssembler.Assemble(Assert.Single(DicomSeriesReader.ReadDirectory(Layout.Ct(traits.CaseId))));
        var seg = DicomFile.Read(Path.Combine(Layout.Seg(traits.CaseId), PatientSeries.SegFileName));
        var mask = SegmentationReader.ToMask(seg, ct, segmentNumber: 1);

        Assert.Empty(ct.Warnings);
        Assert.True(ct.Volume.Geometry.SameGridAs(expected.Geometry), $"{ct.Volume.Geometry} vs {expected.Geometry}");
        Assert.Equal(expected.Hounsfield.Voxels.Select(v => (float)v), ct.Volume.Voxels);
        Assert.Equal(expected.TumourMask.Voxels, mask.Mask.Voxels);
        Assert.True(mask.VoxelCount > 0);
    }

    [Fact]
    public void Convert_writes_ct_and_seg_as_nifti_on_one_grid()
    {
        var (traits, _) = Patient(1);
        var ctPath = Path.Combine(cohort.Folder, "ct.nii.gz");
        var segPath = Path.Combine(cohort.Folder, "seg.nii.gz");

        Assert.Equal(0, CommandLine.Run("convert", "--series", Layout.Ct(traits.CaseId), "--out", ctPath).ExitCode);
        Assert.Equal(0, CommandLine.Run("convert", "--series", Layout.Seg(traits.CaseId), "--out", segPath).ExitCode);

        var ct = NiftiReader.Read(ctPath);
        var seg = NiftiReader.Read(segPath);
        var expected = ChestPhantom.Build(traits.Tumour, VolumeSize.Parse(GeneratedCohortFixture.Size), traits.Seed);
        Assert.Equal(NiftiDataType.Int16, ct.DataType);
        Assert.Equal(NiftiDataType.UInt8, seg.DataType);
        Assert.Equal(expected.Hounsfield.Voxels.Select(v => (float)v), ct.Volume.Voxels);
        Assert.Equal(expected.TumourMask.Voxels.Select(v => (float)v), seg.Volume.Voxels);
        NiftiRoundTripAffine(ct, expected.Geometry);
        Assert.True(seg.Volume.Geometry.SameGridAs(ct.Volume.Geometry));
    }

    [Fact]
    public void Pydicom_and_dcmdump_read_the_generated_ct_and_seg()
    {
        var (traits, _) = Patient(2);
        var expected = ChestPhantom.Build(traits.Tumour, VolumeSize.Parse(GeneratedCohortFixture.Size), traits.Seed);
        var slice = Path.Combine(Layout.Ct(traits.CaseId), "CT0010.dcm");
        var segPath = Path.Combine(Layout.Seg(traits.CaseId), PatientSeries.SegFileName);

        using var ct = JsonDocument.Parse(ImagingTools.Run(ImagingTools.Python, ImagingTools.ScriptPath("pydicom_check.py"), slice));
        using var seg = JsonDocument.Parse(ImagingTools.Run(ImagingTools.Python, ImagingTools.ScriptPath("pydicom_check.py"), segPath));
        ImagingTools.Run("dcmdump", "-q", slice);
        ImagingTools.Run("dcmdump", "-q", segPath);

        // Slice CT0010 is z index 9.
        Assert.Equal(expected.Hounsfield.Slice(9).ToArray().Sum(v => (double)v), ct.RootElement.GetProperty("sum").GetDouble());
        Assert.Equal(expected.TumourVoxels, seg.RootElement.GetProperty("setBits").GetInt32());
        Assert.Equal("SEG", seg.RootElement.GetProperty("modality").GetString());
    }

    [Fact]
    public void Inspect_dumps_a_file_and_refuses_one_that_is_not_dicom()
    {
        var (traits, _) = Patient(0);
        var notDicom = Path.Combine(cohort.Folder, "not-dicom.dcm");
        File.WriteAllText(notDicom, "hello, this is not DICOM at all, just text long enough to look at");

        Assert.Equal(0, CommandLine.Run("inspect", "--file", Path.Combine(Layout.Ct(traits.CaseId), "CT0001.dcm")).ExitCode);
        var (code, error) = CommandLine.Run("inspect", "--file", notDicom);

        Assert.Equal(1, code);
        Assert.Contains("not-dicom.dcm", error);
    }

    [Fact]
    public void Bad_command_lines_get_one_clear_line()
    {
        var empty = Directory.CreateTempSubdirectory("empty-").FullName;
        try
        {
            var (badSize, sizeError) = CommandLine.Run("generate-cohort", "--size", "9x9", "--out", empty);
            var (noSeries, seriesError) = CommandLine.Run("convert", "--series", empty, "--out", Path.Combine(empty, "x.nii.gz"));
            var (badOut, outError) = CommandLine.Run("convert", "--series", empty, "--out", Path.Combine(empty, "x.png"));

            Assert.Equal((2, true), (badSize, sizeError.Contains("COLUMNSxROWSxSLICES")));
            Assert.Equal((1, true), (noSeries, seriesError.Contains("no DICOM image series")));
            Assert.Equal((2, true), (badOut, outError.Contains(".nii or .nii.gz")));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static void NiftiRoundTripAffine(NiftiImage image, VolumeGeometry expected) =>
        Imaging.Nifti.NiftiRoundTripTests.AssertMatrix(NiftiAffine.FromGeometry(expected), image.RasAffine(), 1e-3);

    /// <summary>Re-joins the one header that holds commas (it is quoted in the file).</summary>
    private static List<string> Rejoin(List<string> headers, string part)
    {
        if (headers.Count > 0 && headers[^1].StartsWith("Pleural invasion (elastic", StringComparison.Ordinal) && !headers[^1].EndsWith(')'))
        {
            headers[^1] += "," + part;
        }
        else
        {
            headers.Add(part);
        }
        return headers;
    }
}
