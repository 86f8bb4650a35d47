using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Tests.Security.Policies;

public sealed class PolicyEvaluatorTests
{
    private const string Invoke = "sagemaker:InvokeEndpoint";
    private const string Churn = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn";
    private static readonly Dictionary<string, string> NoContext = [];

    // The example in AWS's multi-container endpoint guide: the caller may only target hosts customIps* and common*.
    private const string CustomIpsAndCommon = """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Action": ["sagemaker:InvokeEndpoint"],
            "Effect": "Allow",
            "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn",
            "Condition": {"StringLike": {"sagemaker:TargetContainerHostname": ["customIps*", "common*"]}}
          }]
        }
        """;

    [Theory]
    [InlineData("customIps1", true)]
    [InlineData("customIps", true)]
    [InlineData("common-preprocessing", true)]
    [InlineData("customips1", false)] // StringLike is case-sensitive
    [InlineData("secretModel", false)]
    [InlineData("xcommon", false)]
    public void AWS_example_restricts_target_hosts_to_customIps_and_common(string hostname, bool allowed)
    {
        var decision = Evaluate([CustomIpsAndCommon], Churn, Host(hostname));

        Assert.Equal(allowed, decision.IsAllowed);
    }

    [Fact]
    public void StringLike_on_a_missing_hostname_does_not_match()
    {
        var decision = Evaluate([CustomIpsAndCommon], Churn, NoContext);

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.ImplicitDeny, null, $"No statement allows {Invoke} on {Churn}."), decision);
    }

    [Fact]
    public void Allow_without_conditions_allows_and_names_the_statement()
    {
        var decision = Evaluate([Statement("Allow", "\"sagemaker:InvokeEndpoint\"", $"\"{Churn}\"", sid: "InvokeChurn")], Churn, NoContext);

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Allowed, "InvokeChurn", $"Statement 'InvokeChurn' allows {Invoke} on {Churn}."), decision);
    }

    [Fact]
    public void Explicit_deny_wins_over_an_allow_in_another_policy()
    {
        var decision = Evaluate(
            [Statement("Allow", "\"*\"", "\"*\""), Statement("Deny", "\"sagemaker:InvokeEndpoint\"", $"\"{Churn}\"")],
            Churn,
            NoContext);

        Assert.Equal(PolicyDecisionKind.ExplicitDeny, decision.Kind);
        Assert.Equal("policy 2, statement 1", decision.Statement);
    }

    [Fact]
    public void No_policies_deny_by_default() =>
        Assert.Equal(PolicyDecisionKind.ImplicitDeny, PolicyEvaluator.Evaluate([], Invoke, Churn, NoContext).Kind);

    [Theory]
    [InlineData("\"sagemaker:InvokeEndpoint\"", true)]
    [InlineData("\"sagemaker:invokeendpoint\"", true)] // actions match case-insensitively, as in IAM
    [InlineData("\"sagemaker:*\"", true)]
    [InlineData("\"sagemaker:Invoke*\"", true)]
    [InlineData("\"*\"", true)]
    [InlineData("[\"s3:GetObject\", \"sagemaker:InvokeEndpoint\"]", true)]
    [InlineData("\"sagemaker:InvokeEndpointAsync\"", false)]
    [InlineData("\"s3:*\"", false)]
    public void Action_patterns(string action, bool allowed) =>
        Assert.Equal(allowed, Evaluate([Statement("Allow", action, "\"*\"")], Churn, NoContext).IsAllowed);

    [Theory]
    [InlineData("\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn\"", true)]
    [InlineData("\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/*\"", true)]
    [InlineData("\"arn:aws:sagemaker:*:*:endpoint/ch?rn\"", true)]
    [InlineData("\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-*\"", false)]
    [InlineData("\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/chur\"", false)]
    [InlineData("\"arn:aws:sagemaker:us-west-2:123456789012:endpoint/churn\"", false)]
    [InlineData("[\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/lung\", \"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn\"]", true)]
    public void Resource_patterns(string resource, bool allowed) =>
        Assert.Equal(allowed, Evaluate([Statement("Allow", "\"sagemaker:InvokeEndpoint\"", resource)], Churn, NoContext).IsAllowed);

    [Fact]
    public void Endpoint_arns_carry_the_name_in_lower_case() =>
        Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint", EndpointArn.For("us-east-1", "123456789012", "My-Endpoint"));

    [Theory]
    // Condition block, hostname (null = header absent), whether the Allow applies.
    [InlineData("{\"StringEquals\": {\"sagemaker:TargetContainerHostname\": \"churn\"}}", "churn", true)]
    [InlineData("{\"StringEquals\": {\"sagemaker:TargetContainerHostname\": \"churn\"}}", "Churn", false)]
    [InlineData("{\"StringEquals\": {\"sagemaker:TargetContainerHostname\": \"churn\"}}", null, false)]
    [InlineData("{\"StringNotEquals\": {\"sagemaker:TargetContainerHostname\": [\"secret\", \"admin\"]}}", "churn", true)]
    [InlineData("{\"StringNotEquals\": {\"sagemaker:TargetContainerHostname\": [\"secret\", \"admin\"]}}", "admin", false)]
    [InlineData("{\"StringNotEquals\": {\"sagemaker:TargetContainerHostname\": \"secret\"}}", null, true)]
    [InlineData("{\"StringNotLike\": {\"sagemaker:TargetContainerHostname\": \"secret*\"}}", "secretModel", false)]
    [InlineData("{\"StringNotLike\": {\"sagemaker:TargetContainerHostname\": \"secret*\"}}", "churn", true)]
    [InlineData("{\"StringNotLike\": {\"sagemaker:TargetContainerHostname\": \"secret*\"}}", null, true)]
    [InlineData("{\"StringLikeIfExists\": {\"sagemaker:TargetContainerHostname\": \"common*\"}}", null, true)]
    [InlineData("{\"StringLikeIfExists\": {\"sagemaker:TargetContainerHostname\": \"common*\"}}", "other", false)]
    [InlineData("{\"StringLike\": {\"SageMaker:targetcontainerhostname\": \"c?urn\"}}", "churn", true)] // keys are case-insensitive
    [InlineData("{\"StringLike\": {\"sagemaker:TargetContainerHostname\": \"c*\"}, \"StringNotEquals\": {\"sagemaker:TargetContainerHostname\": \"common\"}}", "common", false)]
    [InlineData("{\"StringLike\": {\"sagemaker:TargetContainerHostname\": \"c*\"}, \"StringNotEquals\": {\"sagemaker:TargetContainerHostname\": \"common\"}}", "churn", true)]
    public void Conditions(string condition, string? hostname, bool allowed)
    {
        var policy = Statement("Allow", "\"sagemaker:InvokeEndpoint\"", "\"*\"", condition: condition);

        Assert.Equal(allowed, Evaluate([policy], Churn, hostname is null ? NoContext : Host(hostname)).IsAllowed);
    }

    [Fact]
    public void Deny_with_a_condition_only_denies_the_matching_host()
    {
        string[] policies =
        [
            Statement("Allow", "\"sagemaker:*\"", "\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/*\""),
            Statement("Deny", "\"sagemaker:InvokeEndpoint\"", "\"*\"", "{\"StringEquals\": {\"sagemaker:TargetContainerHostname\": \"secretModel\"}}", "NoSecrets"),
        ];

        Assert.True(Evaluate(policies, Churn, Host("churn")).IsAllowed);
        Assert.Equal("NoSecrets", Evaluate(policies, Churn, Host("secretModel")).Statement);
    }

    private static Dictionary<string, string> Host(string hostname) => new() { [ConditionKeys.TargetContainerHostname] = hostname };

    private static PolicyDecision Evaluate(string[] policies, string resource, IReadOnlyDictionary<string, string> context) =>
        PolicyEvaluator.Evaluate([.. policies.Select(p => PolicyDocument.Parse(p))], Invoke, resource, context);

    private static string Statement(string effect, string action, string resource, string? condition = null, string? sid = null)
    {
        var sidPart = sid is null ? "" : $"\"Sid\": \"{sid}\", ";
        var conditionPart = condition is null ? "" : $", \"Condition\": {condition}";
        return "{\"Statement\": {" + sidPart + $"\"Effect\": \"{effect}\", \"Action\": {action}, \"Resource\": {resource}" + conditionPart + "}}";
    }
}
