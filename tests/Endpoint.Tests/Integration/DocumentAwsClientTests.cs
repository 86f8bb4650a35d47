using System.Text.Json;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>The real AWS CLI, signing with a configured key, sending a binary image to a document model.</summary>
public sealed class DocumentAwsClientTests(DocumentEndpointFixture host) : IClassFixture<DocumentEndpointFixture>
{
    private static readonly (string, string) Admin = (SignedEndpointFixture.AdminKeyId, SignedEndpointFixture.AdminSecret);

    [Fact]
    public async Task The_aws_cli_sends_a_png_that_comes_back_byte_for_byte()
    {
        var folder = Directory.CreateTempSubdirectory("aws-cli-png-").FullName;
        var image = Path.Combine(folder, "bird.png");
        var answer = Path.Combine(folder, "answer.bin");
        // PNG's signature then 4 KiB of seeded noise: every byte value, NULs and invalid UTF-8 included.
        var noise = new byte[4096];
        new Random(11).NextBytes(noise);
        byte[] body = [.. MeasuringDocumentPredictor.PngSignature, .. noise];
        await File.WriteAllBytesAsync(image, body);

        var (exit, output, error) = await AwsTool.RunAsync(Admin, "aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "birds", "--target-container-hostname", "detector", "--body", "fileb://" + image,
            "--content-type", "image/png", "--accept", "application/octet-stream", "--custom-attributes", "trace=cli-png",
            "--endpoint-url", host.BaseUrl, answer);

        Assert.True(exit == 0, error);
        using var metadata = JsonDocument.Parse(output);
        Assert.Equal("application/octet-stream", metadata.RootElement.GetProperty("ContentType").GetString());
        Assert.Equal("trace=cli-png", metadata.RootElement.GetProperty("CustomAttributes").GetString());
        Assert.Equal(body, await File.ReadAllBytesAsync(answer));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_aws_cli_gets_the_models_measure_of_a_png_as_json()
    {
        var folder = Directory.CreateTempSubdirectory("aws-cli-png-").FullName;
        var image = Path.Combine(folder, "bird.png");
        var answer = Path.Combine(folder, "answer.json");
        await File.WriteAllBytesAsync(image, MeasuringDocumentPredictor.PngSignature);

        var (exit, _, error) = await AwsTool.RunAsync(Admin, "aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "birds", "--target-container-hostname", "detector", "--body", "fileb://" + image,
            "--content-type", "image/png", "--accept", "application/json", "--endpoint-url", host.BaseUrl, answer);

        Assert.True(exit == 0, error);
        // 8 bytes, the first 0x89 = 137, no attributes sent.
        Assert.Equal("""{"length":8,"first_byte":137,"attributes":null}""", await File.ReadAllTextAsync(answer));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_aws_cli_reports_an_unsupported_content_type_as_a_model_error()
    {
        var (exit, _, error) = await AwsTool.RunAsync(Admin, "aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "birds", "--target-container-hostname", "detector", "--body", "GIF89a",
            "--content-type", "image/gif", "--endpoint-url", host.BaseUrl, "/dev/null");

        Assert.NotEqual(0, exit);
        Assert.Contains("An error occurred (ModelError) when calling the InvokeEndpoint operation", error);
        Assert.Contains("Received client error (415) from detector", error);
    }
}
