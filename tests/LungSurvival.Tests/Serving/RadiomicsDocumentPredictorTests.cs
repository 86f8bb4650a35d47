using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Requests;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(ServingCohortCollection.Name)]
public sealed class RadiomicsDocumentPredictorTests(ServingCohortFixture cohort)
{
    private static readonly RadiomicsDocumentPredictor Radiomics = new(ServingCohortFixture.Settings);

    [Fact]
    public void A_patient_zip_becomes_the_training_row_of_clinical_genes_and_radiomic_features_as_json()
    {
        var (contentType, body) = ServingRequests.Invoke(Radiomics, cohort.Zip(cohort.CaseIds[1]));

        // Expected: the patient's row as training joined it from clinical.csv, genes.csv and radiomics.csv (the fixture
        // extracted that from the CT and SEG folders; here they come out of the zip), bit for bit.
        var patient = cohort.Cohort.Patients[1];
        using var json = JsonDocument.Parse(body);
        var instance = Assert.Single(json.RootElement.GetProperty("instances").EnumerateArray());
        Assert.Equal(ServingContract.JsonMediaType, contentType);
        Assert.Equal(cohort.CaseIds[1], instance.GetProperty(ClinicalColumns.CaseId).GetString());
        Assert.Equal(patient.Clinical, ClinicalFeatureColumns.Used.Select(c => instance.GetProperty(c).GetString()));
        Assert.Equal(patient.Genomic, cohort.Cohort.GeneColumns.Select(c => double.Parse(instance.GetProperty(c).GetString()!, CultureInfo.InvariantCulture)));
        Assert.Equal(patient.Radiomic, cohort.Cohort.RadiomicColumns.Select(c =>
            instance.GetProperty(c) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : double.NaN));
        // Clinical columns first, in the file's order, then the features.
        Assert.Equal(ClinicalColumns.CaseId, instance.EnumerateObject().First().Name);
        Assert.Equal(cohort.Cohort.RadiomicColumns[^1], instance.EnumerateObject().Last().Name);
    }

    [Fact]
    public void Asked_for_csv_it_answers_a_header_and_one_row_that_read_back_to_the_same_values()
    {
        var row = Radiomics.Extract(cohort.Zip(cohort.CaseIds[0]));

        var (contentType, body) = ServingRequests.Invoke(Radiomics, cohort.Zip(cohort.CaseIds[0]), "text/csv");

        var tokenizer = new CsvTokenizer(new StringReader(body), "answer");
        Assert.True(tokenizer.TryRead(out var header));
        Assert.True(tokenizer.TryRead(out var values));
        Assert.False(tokenizer.TryRead(out _));
        Assert.Equal("text/csv; charset=utf-8", contentType);
        Assert.Equal(row.Columns, header);
        // "Pleural invasion (elastic, visceral, or parietal)" holds commas: quoted, it still reads as one column.
        Assert.Contains(ClinicalColumns.PleuralInvasion, header);
        Assert.Equal(row.Clinical.Select(c => c.Value), values[..row.Clinical.Count]);
        Assert.Equal(row.Radiomic.Select(f => double.IsFinite(f.Value) ? f.Value : double.NaN),
            values[row.Clinical.Count..].Select(v => v.Length == 0 ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_clinical_csv_the_row_holds_the_radiomic_features_alone()
    {
        var row = Radiomics.Extract(cohort.Zip(cohort.CaseIds[0], withClinical: false));

        Assert.Empty(row.Clinical);
        Assert.Equal(cohort.Cohort.RadiomicColumns, row.Columns);
    }

    [Fact]
    public void Unusable_archives_are_400s_that_say_what_is_wrong()
    {
        var zip = cohort.Zip(cohort.CaseIds[0]);
        var twoRows = Encoding.UTF8.GetBytes("Case ID,Age at Histological Diagnosis\nA,60\nB,70\n");

        Assert.Contains("request.zip: not a zip archive", Refusal(Encoding.UTF8.GetBytes("plain text, not a zip")));
        Assert.Contains("request.zip: no DICOM SEG or RTSTRUCT; expected the tumour mask", Refusal(ServingRequests.Rezip(zip, name => !name.StartsWith("SEG/"))));
        Assert.Contains("request.zip: no DICOM image series; expected the CT slices", Refusal(ServingRequests.Rezip(zip, name => name.StartsWith("SEG/"))));
        Assert.Contains("request.zip!clinical.csv: line 3 is a second row", Refusal(ServingRequests.Rezip(zip, name => name != "clinical.csv", ("clinical.csv", twoRows))));
        Assert.Contains("request.zip!CT/", Refusal(ServingRequests.Rezip(zip, name => name != "clinical.csv", ("CT/broken.dcm", [.. new byte[128], .. "DICM"u8, 1, 2, 3]))));
        Assert.Contains("request.zip: the tumour mask selects no voxel", Refusal(WithMaskOffTheGrid(zip)));
    }

    [Fact]
    public void Archives_are_held_to_the_request_limits()
    {
        var zip = cohort.Zip(cohort.CaseIds[0]);
        var small = new RadiomicsDocumentPredictor(limits: new ArchiveLimits { MaxArchiveBytes = 1000 });

        var error = Assert.Throws<InvalidDataException>(() => small.Extract(zip));

        Assert.Contains($"request.zip: {zip.Length:N0} bytes; archives are limited to 1,000", error.Message);
        Assert.Equal(6 << 20, RadiomicsDocumentPredictor.RequestLimits.MaxArchiveBytes);
        Assert.Same(RadiomicsDocumentPredictor.RequestLimits, Radiomics.Limits);
        // A generated patient of 64 x 64 x 24 voxels zips far below the limit.
        Assert.InRange(zip.Length, 1, 1 << 20);
    }

    private static string Refusal(byte[] body) =>
        Assert.Throws<InvocationRejectedException>(() => ServingRequests.Invoke(Radiomics, body)) is { StatusCode: 400 } refused
            ? refused.Message
            : throw new Xunit.Sdk.XunitException("expected a 400");

    /// <summary>The zip's CT with a SEG of the same tumour drawn on a copy of the CT moved 1 m along x: no frame lands on the CT.</summary>
    private byte[] WithMaskOffTheGrid(byte[] zip)
    {
        using var folder = new TemporaryFolder();
        var caseId = cohort.CaseIds[0];
        var scan = PatientScanReader.Read(cohort.Layout.Ct(caseId), cohort.Layout.Seg(caseId));
        var origin = scan.Image.Geometry.Origin;
        var moved = scan.Image.Geometry with { Origin = new Vector3D(origin.X + 1000, origin.Y, origin.Z) };
        var movedCt = CtSeriesWriter.Write(new Volume3D<float>(moved, scan.Image.Voxels), folder.Path, CtSeriesMetadata.ForPatient(caseId, "moved"));
        var seg = folder.File("seg.dcm");
        SegmentationWriter.Write(new Volume3D<byte>(moved, scan.Mask.Voxels), [SegmentDescription.Tumour()], movedCt, seg);
        return ServingRequests.Rezip(zip, name => !name.StartsWith("SEG/"), ("SEG/seg.dcm", File.ReadAllBytes(seg)));
    }
}
