using Solutions.Endpoint.Configuration;
using Solutions.Shared.Data.IO;

namespace Solutions.Endpoint.Tests.Configuration;

public sealed class HostConfigFileTests
{
    private const string LocalSecurity = """ "Security": {"AllowUnsignedRequests": true, "Region": "us-east-1", "AccountId": "000000000000"}""";

    private static string Containers(int count) =>
        string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"ContainerHostname": "c{{i}}", "Url": "http://127.0.0.1:{{9000 + i}}"}"""));

    private static string Endpoint(string containers, string mode = "Direct") =>
        $$"""{"Endpoints": [{"EndpointName": "suite", "InferenceExecutionConfig": {"Mode": "{{mode}}"}, "Containers": [{{containers}}]}], {{LocalSecurity}}}""";

    [Theory]
    [InlineData("suite.json", "suite", ExecutionMode.Direct, "churn,payment,price")]
    [InlineData("serial.json", "churn-offers", ExecutionMode.Serial, "churn,retention-offer")]
    public void The_sample_configs_load(string file, string endpoint, ExecutionMode mode, string hostnames)
    {
        var config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", file));

        var only = Assert.Single(config.Endpoints);
        Assert.Equal((endpoint, mode, "AllTraffic"), (only.EndpointName, only.InferenceExecutionConfig.Mode, only.VariantName));
        Assert.Equal(hostnames, string.Join(",", only.Containers.Select(c => c.ContainerHostname)));
        Assert.True(config.Security.AllowUnsignedRequests);
    }

    [Fact]
    public void Defaults_follow_SageMaker_serial_mode_one_AllTraffic_variant_and_a_60_second_timeout()
    {
        var config = HostConfigFile.Parse("""{"Endpoints": [{"EndpointName": "e", "Containers": [{"ContainerHostname": "m", "ModelDataUrl": "artifacts/m"}]}], """ + LocalSecurity + "}", "t.json");

        var endpoint = config.Endpoints[0];
        Assert.Equal(ExecutionMode.Serial, endpoint.InferenceExecutionConfig.Mode);
        Assert.Equal("AllTraffic", endpoint.VariantName);
        Assert.Equal(60, endpoint.Containers[0].TimeoutSeconds);
        Assert.Null(config.ModelCache);
        Assert.Equal(5, config.BundleWatch.PollSeconds);
    }

    [Fact]
    public void Fifteen_containers_are_allowed_and_sixteen_are_not()
    {
        HostConfigFile.Parse(Endpoint(Containers(15)), "t.json");

        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(Endpoint(Containers(16)), "t.json"));

        Assert.Equal("t.json: $.Endpoints[0].Containers: expected at most 15 containers (SageMaker's limit), got 16", refused.Message);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_json_path()
    {
        var json = Endpoint("""
            {"ContainerHostname": "churn", "ModelDataUrl": "a"},
            {"ContainerHostname": "Churn", "Url": "ftp://x"},
            {"ContainerHostname": "bad_name", "ModelDataUrl": "a", "Url": "http://x"},
            {"ContainerHostname": "none"}
            """);

        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(json, "t.json"));

        Assert.Equal(
        [
            "$.Endpoints[0].Containers[1].ContainerHostname: 'Churn' is used by an earlier container of this endpoint",
            "$.Endpoints[0].Containers[1].Url: 'ftp://x' is not an absolute http(s) URL without a query, such as http://127.0.0.1:9001",
            "$.Endpoints[0].Containers[2].ContainerHostname: 'bad_name' is not a valid name (expected 1-63 letters, digits and hyphens, starting and ending with a letter or digit)",
            "$.Endpoints[0].Containers[2]: give exactly one of ModelDataUrl (a model bundle folder) or Url (an external container), not both",
            "$.Endpoints[0].Containers[3]: give exactly one of ModelDataUrl (a model bundle folder) or Url (an external container), got neither",
        ], refused.Problems);
    }

    [Theory]
    [InlineData("""{"Endpoints": [], """ + LocalSecurity + "}", "$.Endpoints: expected at least one endpoint")]
    [InlineData("""{"Endpoints": [{"EndpointName": "e", "Containers": []}], """ + LocalSecurity + "}", "$.Endpoints[0].Containers: expected 1 to 15 containers, got none")]
    [InlineData("""{"Endpoints": [{"EndpointName": "e", "ProductionVariants": [], "Containers": [{"ContainerHostname": "m", "Url": "http://h"}]}], """ + LocalSecurity + "}",
        "$.Endpoints[0].ProductionVariants: expected exactly one variant, got 0 (weighted traffic between variants is not supported on one host)")]
    public void Empty_lists_are_refused(string json, string expected)
    {
        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(json, "t.json"));

        Assert.Equal(expected, Assert.Single(refused.Problems));
    }

    [Theory]
    // Lines count from 1; the position is just past the offending token, as System.Text.Json reports it (plus 1).
    [InlineData("{\"Endpoints\": [],\n \"Endpiont\": 1}", "$.Endpiont (line 2, position 13)")]
    [InlineData("""{"Endpoints": [{"EndpointName": "e", "InferenceExecutionConfig": {"Mode": "Parallel"}}]}""",
        "$.Endpoints[0].InferenceExecutionConfig.Mode (line 1, position 85)")]
    [InlineData("""{"Endpoints": [{"EndpointName": null}]}""", "$.Endpoints[0].EndpointName (line 1, position 37)")]
    public void Malformed_json_names_the_path_line_and_position(string json, string location)
    {
        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(json, "t.json"));

        Assert.StartsWith($"t.json: {location}: ", refused.Message);
    }

    [Fact]
    public void An_unknown_mode_names_the_two_modes()
    {
        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(Endpoint(Containers(1), "Parallel"), "t.json"));

        Assert.EndsWith("(expected \"Direct\" or \"Serial\")", refused.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Load("no/such/config.json"));

        Assert.Equal("no/such/config.json: the file does not exist", refused.Message);
    }

    [Fact]
    public void The_secured_sample_reads_its_secrets_from_the_environment_and_is_the_one_source_of_region_and_account()
    {
        var environment = new Dictionary<string, string> { ["ENDPOINT_ADMIN_SECRET"] = "admin-secret", ["ENDPOINT_PARTNER_SECRET"] = "partner-secret" };

        var config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "secured.json"), environment.GetValueOrDefault);

        Assert.False(config.Security.AllowUnsignedRequests);
        Assert.Equal(["AKIAENDPOINTADMIN:admin-secret", "AKIAENDPOINTPARTNER:partner-secret"],
            config.Security.AccessKeys.Select(key => $"{key.AccessKeyId}:{key.SecretAccessKey}"));
        Assert.Equal(new Solutions.Endpoint.Hosting.HostIdentity("us-east-1", "123456789012"), config.Identity);
        Assert.Equal((512, 2), (config.ModelCache!.MemoryBudgetMb, config.ModelCache.BundleSizeFactor));
    }

    [Fact]
    public void A_secret_variable_that_is_not_set_is_named_with_its_json_path()
    {
        var refused = Assert.Throws<HostConfigException>(() =>
            HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "secured.json"), _ => null));

        Assert.EndsWith("secured.json: $.Security.AccessKeys[0].SecretAccessKeyEnv: environment variable 'ENDPOINT_ADMIN_SECRET' is not set " +
                        "or is empty (expected the SecretAccessKey).", refused.Message);
    }

    [Fact]
    public void A_config_without_a_security_section_is_refused_with_an_example()
    {
        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(
            """{"Endpoints": [{"EndpointName": "e", "Containers": [{"ContainerHostname": "m", "Url": "http://h"}]}]}""", "t.json"));

        Assert.StartsWith("t.json: $.Security: missing; give the region and account and either AccessKeys", refused.Message);
    }

    [Theory]
    [InlineData(""", "ModelCache": {"MemoryBudgetMb": 0}""", "$.ModelCache.MemoryBudgetMb: expected a budget above 0 MiB, got 0")]
    [InlineData(""", "ModelCache": {"MemoryBudgetMb": 10, "BundleSizeFactor": 0}""", "$.ModelCache.BundleSizeFactor: expected a factor from 0.1 to 100, got 0")]
    [InlineData(""", "BundleWatch": {"PollSeconds": -1}""", "$.BundleWatch.PollSeconds: expected 0 (off) to 3600 seconds, got -1")]
    public void Model_cache_and_bundle_watch_settings_are_checked(string section, string expected)
    {
        var json = Endpoint(Containers(1));

        var refused = Assert.Throws<HostConfigException>(() => HostConfigFile.Parse(json[..^1] + section + "}", "t.json"));

        Assert.Equal(expected, Assert.Single(refused.Problems));
    }
}
