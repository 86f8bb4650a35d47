using System.Text.Json;
using Solutions.Endpoint.Tests.Integration;
using Solutions.LungSurvival.Serving;

namespace Solutions.Endpoint.Tests.Lung;

/// <summary>The real AWS CLI sending a patient's zip to the serial lung endpoint, as a client would.</summary>
public sealed class LungAwsClientTests(LungEndpointFixture lung) : IClassFixture<LungEndpointFixture>
{
    [Fact]
    public async Task The_aws_cli_sends_a_patient_zip_and_gets_the_probability_of_death()
    {
        var folder = Directory.CreateTempSubdirectory("aws-cli-lung-").FullName;
        var zip = Path.Combine(folder, "patient.zip");
        var answer = Path.Combine(folder, "answer.json");
        await File.WriteAllBytesAsync(zip, lung.Zip(lung.CaseIds[1]));

        var (exit, output, error) = await AwsTool.RunAsync("aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "lung", "--body", "fileb://" + zip, "--content-type", "application/zip", "--accept", "application/json",
            "--endpoint-url", lung.BaseUrl, answer);

        Assert.True(exit == 0, error);
        using var metadata = JsonDocument.Parse(output);
        Assert.Equal("application/json", metadata.RootElement.GetProperty("ContentType").GetString());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(answer));
        var prediction = json.RootElement.GetProperty("predictions")[0];
        Assert.Equal(lung.Expected[1], prediction.GetProperty(SurvivalPredictor.ProbabilityOutput).GetDouble());
        Assert.Equal(SurvivalPredictor.Status(lung.Expected[1]), prediction.GetProperty(SurvivalPredictor.StatusOutput).GetString());
        Directory.Delete(folder, recursive: true);
    }
}
