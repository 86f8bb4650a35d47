using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>
/// The real host on a free loopback port, built from a config that requires AWS Signature Version 4: an admin key allowed
/// everything and a partner key limited to containers named <c>customIps*</c> and <c>common*</c> (SageMaker's example),
/// secrets read from (test) environment variables. Two adding-model bundles: <c>adder</c> and <c>common-scores</c>.
/// </summary>
public sealed class SignedEndpointFixture : IAsyncLifetime
{
    public const string AdminKeyId = "AKIAENDPOINTADMIN";
    public const string AdminSecret = "adminSecretKey/K7MDENG+bPxRfiCYEXAMPLE1";
    public const string PartnerKeyId = "AKIAENDPOINTPARTNER";
    public const string PartnerSecret = "partnerSecretKey/K7MDENG+bPxRfiCYEXAMPL2";

    private readonly string _folder = Directory.CreateTempSubdirectory("endpoint-signed-").FullName;
    private WebApplication _app = null!;

    public int Port { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    internal CapturedLogs Logs { get; } = new();

    public static string Config => """
        {
          "Endpoints": [{
            "EndpointName": "suite",
            "InferenceExecutionConfig": { "Mode": "Direct" },
            "Containers": [
              { "ContainerHostname": "adder", "ModelDataUrl": "bundles/adder", "Solution": "Adding" },
              { "ContainerHostname": "common-scores", "ModelDataUrl": "bundles/common-scores", "Solution": "Adding" }
            ]
          }],
          "Security": {
            "Region": "us-east-1", "AccountId": "123456789012",
            "AccessKeys": [
              { "AccessKeyId": "AKIAENDPOINTADMIN", "SecretAccessKeyEnv": "TEST_ADMIN_SECRET", "UserArn": "arn:aws:iam::123456789012:user/admin",
                "Policies": [{ "Statement": [{ "Effect": "Allow", "Action": "sagemaker:InvokeEndpoint", "Resource": "*" }] }] },
              { "AccessKeyId": "AKIAENDPOINTPARTNER", "SecretAccessKeyEnv": "TEST_PARTNER_SECRET", "UserArn": "arn:aws:iam::123456789012:user/partner",
                "Policies": [{ "Statement": [{ "Effect": "Allow", "Action": "sagemaker:InvokeEndpoint",
                  "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/suite",
                  "Condition": { "StringLike": { "sagemaker:TargetContainerHostname": ["customIps*", "common*"] } } }] }] }
            ]
          }
        }
        """;

    public static string? Environment(string name) => name switch
    {
        "TEST_ADMIN_SECRET" => AdminSecret,
        "TEST_PARTNER_SECRET" => PartnerSecret,
        _ => null,
    };

    public async Task InitializeAsync()
    {
        AddingBundle.Write(Path.Combine(_folder, "bundles", "adder"), "v1", offset: 0);
        AddingBundle.Write(Path.Combine(_folder, "bundles", "common-scores"), "v1", offset: 1000);
        var config = HostConfigFile.Parse(Config, "signed.json", Environment);
        _app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Port = 0,
            Address = IPAddress.Loopback,
            Loaders = [new AddingLoader()],
            RepositoryRoot = _folder,
            ConfigureBuilder = builder => builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace),
        });
        await _app.StartAsync();
        Port = LoopbackPort.Of(_app);
        using var client = new HttpClient();
        for (var poll = 0; poll < 2000 && (await client.GetAsync(BaseUrl + "/ping")).StatusCode != HttpStatusCode.OK; poll++)
        {
            await Task.Delay(5);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
