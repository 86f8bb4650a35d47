using Solutions.Endpoint.Security.Configuration;
using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Tests.Security.Policies;

public sealed class PolicyDocumentParseTests
{
    [Fact]
    public void Parses_a_single_statement_object_with_string_action_and_array_resource()
    {
        var policy = PolicyDocument.Parse("""
            {"Version": "2012-10-17", "Statement": {"Sid": "A", "Effect": "Deny", "Action": "sagemaker:InvokeEndpoint",
             "Resource": ["arn:aws:sagemaker:us-east-1:123456789012:endpoint/a"],
             "Condition": {"StringNotLike": {"sagemaker:TargetContainerHostname": "x*"}}}}
            """);

        var statement = Assert.Single(policy.Statements);
        Assert.Equal(PolicyEffect.Deny, statement.Effect);
        Assert.Equal(["sagemaker:InvokeEndpoint"], statement.Actions);
        Assert.Equal(["arn:aws:sagemaker:us-east-1:123456789012:endpoint/a"], statement.Resources);
        Assert.Equal(new PolicyCondition(ConditionOperator.StringNotLike, false, "sagemaker:TargetContainerHostname", statement.Conditions[0].Values), statement.Conditions[0]);
        Assert.Equal(["x*"], statement.Conditions[0].Values);
    }

    [Theory]
    [InlineData("""{"Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"}]}""", "p.json: $.Statement[0].Effect: expected \"Allow\" or \"Deny\" (case-sensitive), found 'allow'.")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Resource": "*"}]}""", "p.json: $.Statement[0]: missing required property 'Action'")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]}""", "p.json: $.Statement[0].Action: expected at least one value (an action), found an empty array.")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "InvokeEndpoint", "Resource": "*"}]}""", "action 'InvokeEndpoint' should be \"*\" or \"service:action\"")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/My-Endpoint"}]}""", "write 'endpoint/my-endpoint'")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "endpoint/x"}]}""", "should be \"*\" or an ARN")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:sagemaker:*:*:endpoint/${aws:username}"}]}""", "policy variables are not supported")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "NotAction": "*", "Resource": "*"}]}""", "$.Statement[0].NotAction: 'NotAction' is not supported")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqualsIgnoreCase": {"k": "v"}}}]}""", "unsupported condition operator 'StringEqualsIgnoreCase'")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals,StringLike": {"k": "v"}}}]}""", "unsupported condition operator")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringLike": {"k": 3}}}]}""", "$.Statement[0].Condition.StringLike.k: expected a string, found a number.")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "effect": "Deny"}]}""", "$.Statement[0].effect: unknown property")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"}]}""", "p.json(1,")]
    [InlineData("""{"Version": "2020-01-01", "Statement": []}""", "$.Version: expected one of 2012-10-17, 2008-10-17")]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Action": "*" "Resource": "*"}]}""", "p.json(1,")]
    public void Invalid_policies_are_rejected_with_path_and_expectation(string json, string expected)
    {
        var error = Assert.Throws<SecurityConfigurationException>(() => PolicyDocument.Parse(json, "p.json"));

        Assert.Contains(expected, error.Message);
    }
}
