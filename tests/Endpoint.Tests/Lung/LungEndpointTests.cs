using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Training;
using Solutions.LungSurvival.Serving;
using Solutions.Shared.Data.IO;

namespace Solutions.Endpoint.Tests.Lung;

/// <summary>The lung models behind the endpoint: the serial radiomics -> survival pipeline and the one-step model of config/lung.json.</summary>
public sealed class LungEndpointTests(LungEndpointFixture lung) : IClassFixture<LungEndpointFixture>
{
    [Fact]
    public void Lung_json_names_a_serial_and_a_direct_endpoint_whose_solutions_the_host_loads_and_trains()
    {
        var config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "lung.json"));

        var endpoints = config.Endpoints.Select(e => (e.EndpointName, e.InferenceExecutionConfig.Mode,
            string.Join(" -> ", e.Containers.Select(c => $"{c.ContainerHostname}:{c.Solution}:{c.ModelDataUrl}")))).ToArray();
        Assert.Equal(
        [
            ("lung", ExecutionMode.Serial, "radiomics:LungSurvival.Radiomics:artifacts/lung/radiomics -> survival:LungSurvival:artifacts/lung/model"),
            ("lung-archive", ExecutionMode.Direct, "archive:LungSurvival.Archive:artifacts/lung/archive"),
        ], endpoints);
        var solutions = config.Endpoints.SelectMany(e => e.Containers).Select(c => c.Solution!).ToArray();
        Assert.All(solutions, s => Assert.Contains(s, SuiteSolutions.Loaders.Select(l => l.Solution).Concat(SuiteSolutions.DocumentLoaders.Select(l => l.Solution))));
        Assert.All(solutions, s => Assert.Contains(SuiteSolutions.Trainers, t => t.Solution == s));
        // The fixture's host started from nothing: --train-missing's trainers wrote all three bundles.
        Assert.Equal(3, lung.Trained.Count);
    }

    [Fact]
    public async Task Through_the_serial_pipeline_each_patient_s_zip_gets_the_survival_model_s_probability_of_the_joined_row()
    {
        var probabilities = new List<double>();
        foreach (var caseId in lung.CaseIds)
        {
            var answer = await lung.InvokeAsync("lung", lung.Zip(caseId));
            Assert.True(answer.Status == 200, answer.Body);
            Assert.Equal("application/json", answer.ContentType);
            probabilities.Add(Probability(answer.Body));
        }

        // Exactly equal: the radiomics container writes round-trip numbers, so the survival container reads the same doubles.
        Assert.Equal(lung.Expected, probabilities);
    }

    [Fact]
    public async Task The_one_step_model_agrees_with_the_pipeline_in_json_and_csv()
    {
        var json = await lung.InvokeAsync("lung-archive", lung.Zip(lung.CaseIds[0]), target: "archive");
        var csv = await lung.InvokeAsync("lung-archive", lung.Zip(lung.CaseIds[0]), accept: "text/csv", target: "archive");
        var serialCsv = await lung.InvokeAsync("lung", lung.Zip(lung.CaseIds[0]), accept: "text/csv");

        Assert.True(json.Status == 200, json.Body);
        Assert.Equal(lung.Expected[0], Probability(json.Body));
        var fields = csv.Body.TrimEnd('\n').Split(',');
        Assert.Equal(lung.Expected[0], double.Parse(fields[0], CultureInfo.InvariantCulture));
        Assert.Equal(SurvivalPredictor.Status(lung.Expected[0]), fields[1]);
        Assert.Equal(serialCsv.Body, csv.Body);
        Assert.StartsWith("text/csv", csv.ContentType);
    }

    [Fact]
    public async Task Bad_zips_are_the_container_s_400_naming_the_container_and_the_problem()
    {
        var zip = lung.Zip(lung.CaseIds[0]);

        var notZip = await lung.InvokeAsync("lung", Encoding.UTF8.GetBytes("not a zip"));
        var noSeg = await lung.InvokeAsync("lung", Without(zip, "SEG/"));
        var noClinicalSerial = await lung.InvokeAsync("lung", lung.Zip(lung.CaseIds[0], withClinical: false));
        var noClinicalDirect = await lung.InvokeAsync("lung-archive", lung.Zip(lung.CaseIds[0], withClinical: false), target: "archive");

        Assert.All(new[] { notZip, noSeg, noClinicalSerial, noClinicalDirect }, answer =>
            Assert.Equal((424, "ModelError", 400), (answer.Status, answer.ErrorCode, answer.Json.GetProperty("OriginalStatusCode").GetInt32())));
        Assert.StartsWith("Received client error (400) from radiomics (container 1 of 2 in the serial pipeline)", notZip.Message);
        Assert.Contains("request.zip: not a zip archive", notZip.Message);
        Assert.Contains("request.zip: no DICOM SEG or RTSTRUCT", noSeg.Message);
        // Without clinical.csv the radiomics row lacks the clinical columns: the survival container refuses it.
        Assert.StartsWith("Received client error (400) from survival (container 2 of 2 in the serial pipeline)", noClinicalSerial.Message);
        Assert.Contains("missing required key 'Age at Histological Diagnosis'", noClinicalSerial.Message);
        Assert.Contains("request.zip: no clinical.csv", noClinicalDirect.Message);
    }

    private static double Probability(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("predictions")[0].GetProperty(SurvivalPredictor.ProbabilityOutput).GetDouble();
    }

    private static byte[] Without(byte[] zip, string prefix)
    {
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        var memory = new MemoryStream();
        using (var target = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => !e.FullName.StartsWith(prefix, StringComparison.Ordinal)))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }
        return memory.ToArray();
    }
}
