using System.Net;
using Microsoft.AspNetCore.Builder;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>
/// The real host on a free loopback port, requiring AWS Signature Version 4 (the signed fixture's admin key), serving one
/// document-model bundle, <c>birds</c>, through <see cref="EndpointHostOptions.DocumentLoaders"/> as <c>serve</c> would.
/// </summary>
public sealed class DocumentEndpointFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("endpoint-documents-").FullName;
    private WebApplication _app = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        AddingBundle.Write(Path.Combine(_folder, "bundles", "birds"), "v1", offset: 0, solution: MeasuringLoader.Solution);
        var config = HostConfigFile.Parse($$"""
            {
              "Endpoints": [{
                "EndpointName": "birds",
                "InferenceExecutionConfig": { "Mode": "Direct" },
                "Containers": [{ "ContainerHostname": "detector", "ModelDataUrl": "bundles/birds", "Solution": "{{MeasuringLoader.Solution}}" }]
              }],
              "Security": {
                "Region": "us-east-1", "AccountId": "123456789012",
                "AccessKeys": [{ "AccessKeyId": "{{SignedEndpointFixture.AdminKeyId}}", "SecretAccessKeyEnv": "TEST_ADMIN_SECRET",
                  "UserArn": "arn:aws:iam::123456789012:user/admin",
                  "Policies": [{ "Statement": [{ "Effect": "Allow", "Action": "sagemaker:InvokeEndpoint", "Resource": "*" }] }] }]
              }
            }
            """, "documents.json", SignedEndpointFixture.Environment);
        _app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Port = 0,
            Address = IPAddress.Loopback,
            DocumentLoaders = [new MeasuringLoader()],
            RepositoryRoot = _folder,
        });
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{LoopbackPort.Of(_app)}";
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
