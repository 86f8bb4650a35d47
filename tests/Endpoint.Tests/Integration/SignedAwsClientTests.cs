using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>The real AWS CLI and boto3 signing with configured keys against a host that requires SigV4 and evaluates policies.</summary>
public sealed class SignedAwsClientTests(SignedEndpointFixture host) : IClassFixture<SignedEndpointFixture>
{
    private static readonly (string, string) Admin = (SignedEndpointFixture.AdminKeyId, SignedEndpointFixture.AdminSecret);

    [Fact]
    public async Task The_aws_cli_signing_with_a_configured_key_is_served()
    {
        var answer = Path.Combine(Path.GetTempPath(), $"signed-{Guid.NewGuid():N}.csv");

        var (exit, _, error) = await AwsTool.RunAsync(Admin, "aws", null, "sagemaker-runtime", "invoke-endpoint",
            "--endpoint-name", "suite", "--target-container-hostname", "adder", "--body", "1,2",
            "--content-type", "text/csv", "--endpoint-url", host.BaseUrl, answer);

        Assert.True(exit == 0, error);
        // 1 + 2 from the adder bundle (offset 0).
        Assert.Equal("3\n", await File.ReadAllTextAsync(answer));
        File.Delete(answer);
    }

    [Fact]
    public async Task The_aws_cli_with_a_wrong_secret_gets_invalid_signature()
    {
        var (exit, _, error) = await AwsTool.RunAsync((SignedEndpointFixture.AdminKeyId, "not-the-secret"), "aws", null, "sagemaker-runtime",
            "invoke-endpoint", "--endpoint-name", "suite", "--target-container-hostname", "adder", "--body", "1,2",
            "--endpoint-url", host.BaseUrl, "/dev/null");

        Assert.NotEqual(0, exit);
        Assert.Contains("An error occurred (InvalidSignatureException) when calling the InvokeEndpoint operation", error);
    }

    [Fact]
    public async Task Boto3_gets_each_authentication_and_authorization_outcome_by_its_aws_error_code()
    {
        // One JSON line per call: the body boto3 returned, or the code of the ClientError it raised.
        const string Script = """
            import json, sys, boto3, botocore
            from botocore import UNSIGNED
            from botocore.config import Config
            url = sys.argv[1]
            def client(key, secret, **extra):
                return boto3.client("sagemaker-runtime", region_name="us-east-1", endpoint_url=url,
                                    aws_access_key_id=key, aws_secret_access_key=secret, **extra)
            def call(c, target):
                try:
                    r = c.invoke_endpoint(EndpointName="suite", TargetContainerHostname=target, Body=b"1,2", ContentType="text/csv")
                    return {"body": r["Body"].read().decode()}
                except botocore.exceptions.ClientError as e:
                    return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
            admin, partner = ("AKIAENDPOINTADMIN", sys.argv[2]), ("AKIAENDPOINTPARTNER", sys.argv[3])
            for c, target in [(client(*admin), "adder"), (client(admin[0], "wrong-secret"), "adder"), (client("AKIAUNKNOWN", "x"), "adder"),
                              (client(*partner), "common-scores"), (client(*partner), "adder"),
                              (client("x", "y", config=Config(signature_version=UNSIGNED)), "adder")]:
                print(json.dumps(call(c, target)))
            """;
        var script = Path.Combine(Path.GetTempPath(), $"boto3-signed-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);

        var (exit, output, error) = await AwsTool.RunAsync("python3", null, script, host.BaseUrl,
            SignedEndpointFixture.AdminSecret, SignedEndpointFixture.PartnerSecret);
        File.Delete(script);

        Assert.True(exit == 0, error);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal("3\n", results[0].GetProperty("body").GetString());
        Assert.Equal(("InvalidSignatureException", 403), Error(results[1]));
        Assert.Equal(("UnrecognizedClientException", 403), Error(results[2]));
        // The partner may call common* containers (offset 1000: 1 + 2 + 1000) but not adder.
        Assert.Equal("1003\n", results[3].GetProperty("body").GetString());
        Assert.Equal(("AccessDeniedException", 403), Error(results[4]));
        Assert.Equal(("MissingAuthenticationToken", 403), Error(results[5]));
    }

    [Fact]
    public async Task Secrets_never_reach_the_logs_even_when_requests_are_rejected()
    {
        using var client = new HttpClient();
        var signedRight = await client.SendAsync(Signed(SignedEndpointFixture.AdminKeyId, SignedEndpointFixture.AdminSecret, "adder"));
        var signedWrong = await client.SendAsync(Signed(SignedEndpointFixture.AdminKeyId, SignedEndpointFixture.PartnerSecret, "adder"));
        var denied = await client.SendAsync(Signed(SignedEndpointFixture.PartnerKeyId, SignedEndpointFixture.PartnerSecret, "adder"));
        var logged = host.Logs.AllText;

        Assert.Equal((200, 403, 403), ((int)signedRight.StatusCode, (int)signedWrong.StatusCode, (int)denied.StatusCode));
        Assert.Contains("InvalidSignatureException", logged);
        Assert.Contains("AKIAENDPOINTPARTNER denied", logged);
        Assert.DoesNotContain(SignedEndpointFixture.AdminSecret, logged);
        Assert.DoesNotContain(SignedEndpointFixture.PartnerSecret, logged);
        Assert.DoesNotContain("Signature=", logged);
    }

    private HttpRequestMessage Signed(string keyId, string secret, string target)
    {
        const string Path = "/endpoints/suite/invocations";
        var body = Encoding.UTF8.GetBytes("1,2");
        var unsigned = new AwsRequest("POST", Path, "",
            [new("Host", $"127.0.0.1:{host.Port}"), new("Content-Type", "text/csv"), new(RuntimeHeaders.TargetContainerHostname, target)], body);
        var signed = SigV4Signer.Sign(unsigned, keyId, secret, "us-east-1", "sagemaker", DateTimeOffset.UtcNow);
        var message = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + Path) { Content = new ByteArrayContent(body) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "text/csv");
        foreach (var (name, value) in signed.Headers.Where(h => h.Key is not ("Host" or "Content-Type")))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        return message;
    }

    private static (string?, int) Error(JsonElement result) =>
        (result.GetProperty("code").GetString(), result.GetProperty("status").GetInt32());
}
