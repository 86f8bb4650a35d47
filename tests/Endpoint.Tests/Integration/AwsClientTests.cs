using System.Text.Json;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>The real AWS CLI and boto3, pointed at the host with --endpoint-url / endpoint_url, against a real churn bundle.</summary>
public sealed class AwsClientTests(ChurnEndpointFixture host) : IClassFixture<ChurnEndpointFixture>
{
    [Fact]
    public void The_missing_bundle_was_trained_once()
    {
        Assert.Single(host.Trained);
    }

    [Fact]
    public async Task The_aws_cli_invokes_the_churn_container_and_reads_the_headers()
    {
        var folder = Directory.CreateTempSubdirectory("aws-cli-").FullName;
        var row = Path.Combine(folder, "row.csv");
        var answer = Path.Combine(folder, "answer.csv");
        await File.WriteAllTextAsync(row, host.CustomerRow);

        var (exit, output, error) = await AwsTool.RunAsync("aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "suite", "--target-container-hostname", "churn", "--body", "fileb://" + row,
            "--content-type", "text/csv", "--custom-attributes", "trace=cli", "--endpoint-url", $"http://127.0.0.1:{host.Port}", answer);

        Assert.True(exit == 0, error);
        using var metadata = JsonDocument.Parse(output);
        Assert.Equal("text/csv; charset=utf-8", metadata.RootElement.GetProperty("ContentType").GetString());
        Assert.Equal("AllTraffic", metadata.RootElement.GetProperty("InvokedProductionVariant").GetString());
        Assert.Equal("trace=cli", metadata.RootElement.GetProperty("CustomAttributes").GetString());
        // One line: a probability in [0, 1] and the decision at the bundle's cutoff.
        var fields = (await File.ReadAllTextAsync(answer)).TrimEnd('\n').Split(',');
        Assert.Equal(2, fields.Length);
        Assert.InRange(double.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), 0, 1);
        Assert.Contains(fields[1], new[] { "true", "false" });
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_aws_cli_reports_a_missing_target_as_a_validation_error()
    {
        var (exit, _, error) = await AwsTool.RunAsync("aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "suite", "--body", "1", "--endpoint-url", $"http://127.0.0.1:{host.Port}", "/dev/null");

        Assert.NotEqual(0, exit);
        Assert.Contains("An error occurred (ValidationError) when calling the InvokeEndpoint operation", error);
    }

    [Fact]
    public async Task Boto3_parses_answers_and_each_error_code_with_its_fields()
    {
        // The script prints one JSON line per call: what boto3 returned or the ClientError it raised.
        const string Script = """
            import json, sys, boto3, botocore
            port, row = sys.argv[1], sys.stdin.read()
            client = boto3.client("sagemaker-runtime", region_name="us-east-1", endpoint_url="http://127.0.0.1:" + port)
            def call(**kwargs):
                try:
                    r = client.invoke_endpoint(EndpointName=kwargs.pop("name", "suite"), **kwargs)
                    return {"body": r["Body"].read().decode(), "type": r["ContentType"], "variant": r["InvokedProductionVariant"],
                            "attributes": r.get("CustomAttributes")}
                except botocore.exceptions.ClientError as e:
                    return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                            "original": e.response.get("OriginalStatusCode"), "log": e.response.get("LogStreamArn")}
            print(json.dumps(call(TargetContainerHostname="churn", Body=row.encode(), Accept="application/json", CustomAttributes="a=1", InferenceId="i-1")))
            print(json.dumps(call(TargetContainerHostname="churn", Body=b"KS,not-a-number")))
            print(json.dumps(call(TargetContainerHostname="nobody", Body=row.encode())))
            print(json.dumps(call(name="elsewhere", TargetContainerHostname="churn", Body=row.encode())))
            """;
        var script = Path.Combine(Path.GetTempPath(), $"boto3-endpoint-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);

        var (exit, output, error) = await AwsTool.RunAsync("python3", host.CustomerRow, script, host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(script);

        Assert.True(exit == 0, error);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        var scored = results[0];
        Assert.Equal("application/json", scored.GetProperty("type").GetString());
        Assert.Equal("AllTraffic", scored.GetProperty("variant").GetString());
        Assert.Equal("a=1", scored.GetProperty("attributes").GetString());
        using (var body = JsonDocument.Parse(scored.GetProperty("body").GetString()!))
        {
            var prediction = Assert.Single(body.RootElement.GetProperty("predictions").EnumerateArray().ToArray());
            Assert.InRange(prediction.GetProperty("churn_probability").GetDouble(), 0, 1);
        }
        Assert.Equal(("ModelError", 424, 400), (results[1].GetProperty("code").GetString(), results[1].GetProperty("status").GetInt32(), results[1].GetProperty("original").GetInt32()));
        Assert.EndsWith(":log-stream:AllTraffic/churn", results[1].GetProperty("log").GetString());
        Assert.Equal(("ValidationError", 400), (results[2].GetProperty("code").GetString(), results[2].GetProperty("status").GetInt32()));
        Assert.Equal(("ValidationError", 400), (results[3].GetProperty("code").GetString(), results[3].GetProperty("status").GetInt32()));
    }
}
