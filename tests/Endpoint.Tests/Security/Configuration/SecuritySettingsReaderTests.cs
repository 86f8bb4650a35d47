using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Tests.Security.Configuration;

public sealed class SecuritySettingsReaderTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static readonly Dictionary<string, string> Environment = new() { ["ENDPOINT_SECRET_1"] = Secret, ["EMPTY"] = "" };

    private const string Valid = """
        {
          "Endpoints": [],
          "Security": {
            "AllowUnsignedRequests": false,
            "Region": "us-east-1",
            "AccountId": "123456789012",
            "ClockSkewSeconds": 120,
            "AccessKeys": [
              {
                "AccessKeyId": "AKIAANALYST",
                "SecretAccessKeyEnv": "ENDPOINT_SECRET_1",
                "UserArn": "arn:aws:iam::123456789012:user/analyst",
                "Policies": [
                  {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sagemaker:InvokeEndpoint",
                    "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/*"}]}
                ]
              },
              {"AccessKeyId": "AKIATEMP", "SecretAccessKey": "inline-secret", "SessionToken": "tok",
               "UserArn": "arn:aws:sts::123456789012:assumed-role/app/session"}
            ]
          }
        }
        """;

    [Fact]
    public void Reads_a_complete_section_with_secrets_from_the_environment()
    {
        var settings = Read(Valid);

        Assert.False(settings.AllowUnsignedRequests);
        Assert.Equal(("us-east-1", "123456789012", TimeSpan.FromSeconds(120), "sagemaker"),
            (settings.Region, settings.AccountId, settings.ClockSkew, settings.SigningName));
        Assert.Equal(2, settings.AccessKeys.Count);
        Assert.Equal(Secret, settings.AccessKeys[0].SecretAccessKey);
        Assert.Equal(PolicyEffect.Allow, Assert.Single(Assert.Single(settings.AccessKeys[0].Policies).Statements).Effect);
        Assert.Equal(("inline-secret", "tok"), (settings.AccessKeys[1].SecretAccessKey, settings.AccessKeys[1].SessionToken));
        Assert.Empty(settings.AccessKeys[1].Policies);
    }

    [Fact]
    public void Unsigned_only_section_needs_no_keys()
    {
        var settings = Read("""{"Security": {"AllowUnsignedRequests": true, "Region": "eu-west-1", "AccountId": "000000000000"}}""");

        Assert.True(settings.AllowUnsignedRequests);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.ClockSkew);
        Assert.Empty(settings.AccessKeys);
    }

    [Theory]
    [InlineData("""{"Endpoints": []}""", "cfg.json: $: missing the 'Security' section")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012"}}""", "cfg.json: Security: no AccessKeys and AllowUnsignedRequests is false")]
    [InlineData("""{"Security": {"AllowUnsignedRequest": true, "Region": "us-east-1", "AccountId": "123456789012"}}""", "Security.AllowUnsignedRequest: unknown property")]
    [InlineData("""{"Security": {"AllowUnsignedRequests": "yes", "Region": "us-east-1", "AccountId": "123456789012"}}""", "Security.AllowUnsignedRequests: expected true or false, found a string.")]
    [InlineData("""{"Security": {"AllowUnsignedRequests": true, "AccountId": "123456789012"}}""", "Security: missing required property 'Region'")]
    [InlineData("""{"Security": {"AllowUnsignedRequests": true, "Region": "US East", "AccountId": "123456789012"}}""", "Security.Region: expected a region such as \"us-east-1\"")]
    [InlineData("""{"Security": {"AllowUnsignedRequests": true, "Region": "us-east-1", "AccountId": "12345"}}""", "Security.AccountId: expected 12 digits, found '12345'.")]
    [InlineData("""{"Security": {"AllowUnsignedRequests": true, "Region": "us-east-1", "AccountId": "123456789012", "ClockSkewSeconds": 0}}""", "Security.ClockSkewSeconds: expected a whole number from 1 to 3600")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "UserArn": "arn:aws:iam::123456789012:user/a"}]}}""", "Security.AccessKeys[0]: missing 'SecretAccessKeyEnv'")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKeyEnv": "NOT_SET", "UserArn": "arn:aws:iam::123456789012:user/a"}]}}""", "Security.AccessKeys[0].SecretAccessKeyEnv: environment variable 'NOT_SET' is not set or is empty")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKeyEnv": "EMPTY", "UserArn": "arn:aws:iam::123456789012:user/a"}]}}""", "environment variable 'EMPTY' is not set or is empty")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKey": "s", "SecretAccessKeyEnv": "ENDPOINT_SECRET_1", "UserArn": "arn:aws:iam::123456789012:user/a"}]}}""", "give either 'SecretAccessKey' or 'SecretAccessKeyEnv', not both.")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK-1", "SecretAccessKey": "s", "UserArn": "arn:aws:iam::123456789012:user/a"}]}}""", "Security.AccessKeys[0].AccessKeyId: expected letters and digits only")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKey": "s", "UserArn": "analyst"}]}}""", "Security.AccessKeys[0].UserArn: expected an IAM identity ARN")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKey": "s", "UserArn": "arn:aws:iam::123456789012:user/a"}, {"AccessKeyId": "AK", "SecretAccessKey": "t", "UserArn": "arn:aws:iam::123456789012:user/b"}]}}""", "access key id 'AK' is configured more than once.")]
    [InlineData("""{"Security": {"Region": "us-east-1", "AccountId": "123456789012", "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKey": "s", "UserArn": "arn:aws:iam::123456789012:user/a", "Policies": [{"Statement": [{"Effect": "Permit", "Action": "*", "Resource": "*"}]}]}]}}""", "Security.AccessKeys[0].Policies[0].Statement[0].Effect: expected \"Allow\" or \"Deny\"")]
    [InlineData("{\n  \"Security\": {\n    \"Region\": us-east-1\n  }\n}", "cfg.json(3,15): invalid JSON")]
    public void Invalid_settings_name_the_place_and_the_expectation(string json, string expected)
    {
        var error = Assert.Throws<SecurityConfigurationException>(() => Read(json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Errors_about_a_secret_never_show_its_value()
    {
        // The secret is given as a number: the complaint says so without printing the digits.
        var error = Assert.Throws<SecurityConfigurationException>(() => Read("""
            {"Security": {"Region": "us-east-1", "AccountId": "123456789012",
              "AccessKeys": [{"AccessKeyId": "AK", "SecretAccessKey": 987654321, "UserArn": "arn:aws:iam::123456789012:user/a"}]}}
            """));

        Assert.Equal("cfg.json: Security.AccessKeys[0].SecretAccessKey: expected a string, found a number.", error.Message);
    }

    [Fact]
    public void ToString_of_keys_and_settings_never_shows_secrets_or_tokens()
    {
        var settings = Read(Valid);

        var text = string.Join("\n", settings.AccessKeys.Select(k => k.ToString()).Append(settings.ToString()));

        Assert.Equal(
            "AccessKey { AccessKeyId = AKIAANALYST, UserArn = arn:aws:iam::123456789012:user/analyst, SecretAccessKey = ***, SessionToken = none, Policies = 1 }",
            settings.AccessKeys[0].ToString());
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain("inline-secret", text);
        Assert.DoesNotContain("tok,", text);
        Assert.Contains("SessionToken = ***", text);
    }

    private static SecuritySettings Read(string json) =>
        SecuritySettingsReader.Parse(json, "cfg.json", name => Environment.GetValueOrDefault(name));
}
