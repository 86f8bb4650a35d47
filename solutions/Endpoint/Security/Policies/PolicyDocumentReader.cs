using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Security.Policies;

/// <summary>Reads and validates a policy document's JSON, rejecting what this host would not evaluate faithfully.</summary>
internal static class PolicyDocumentReader
{
    private static readonly string[] Versions = ["2012-10-17", "2008-10-17"];

    public static PolicyDocument Read(JsonSection policy)
    {
        policy.ExpectObject("an IAM policy document");
        policy.RejectUnknown("Version", "Id", "Statement");
        if (policy.Optional("Version") is { } version && !Versions.Contains(version.String()))
            throw version.Error($"expected one of {string.Join(", ", Versions)}, found '{version.String()}'.");

        var statement = policy.Required("Statement", "a statement object or an array of them");
        var statements = statement.Element.ValueKind == System.Text.Json.JsonValueKind.Array
            ? statement.Items().Select(ReadStatement).ToList()
            : [ReadStatement(statement)];
        return new PolicyDocument(statements);
    }

    private static PolicyStatement ReadStatement(JsonSection statement)
    {
        statement.ExpectObject("a policy statement");
        foreach (var unsupported in new[] { "NotAction", "NotResource", "Principal", "NotPrincipal" })
        {
            if (statement.Optional(unsupported) is { } element)
                throw element.Error($"'{unsupported}' is not supported in this host's identity-based policies; use Action and Resource.");
        }
        statement.RejectUnknown("Sid", "Effect", "Action", "Resource", "Condition");

        var sid = statement.Optional("Sid")?.String();
        var effectSection = statement.Required("Effect", "\"Allow\" or \"Deny\"");
        var effect = effectSection.String() switch
        {
            "Allow" => PolicyEffect.Allow,
            "Deny" => PolicyEffect.Deny,
            var other => throw effectSection.Error($"expected \"Allow\" or \"Deny\" (case-sensitive), found '{other}'."),
        };

        var actionSection = statement.Required("Action", "an action such as \"sagemaker:InvokeEndpoint\", or an array of them");
        var actions = actionSection.StringOrStrings("an action");
        foreach (var action in actions.Where(a => a != "*" && !a.Contains(':')))
            throw actionSection.Error($"action '{action}' should be \"*\" or \"service:action\", e.g. \"sagemaker:InvokeEndpoint\".");

        var resourceSection = statement.Required("Resource", "an endpoint ARN pattern such as \"arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint\", or an array of them");
        var resources = resourceSection.StringOrStrings("a resource ARN pattern");
        foreach (var resource in resources)
            ValidateResource(resourceSection, resource);

        var conditions = statement.Optional("Condition") is { } condition ? ReadConditions(condition) : [];
        return new PolicyStatement(sid, effect, actions, resources, conditions);
    }

    private static void ValidateResource(JsonSection section, string resource)
    {
        if (resource.Contains("${", StringComparison.Ordinal))
            throw section.Error($"resource '{resource}' uses a policy variable; policy variables are not supported.");
        if (resource == "*")
            return;
        var parts = resource.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn")
            throw section.Error($"resource '{resource}' should be \"*\" or an ARN, arn:partition:service:region:account:resource.");
        // SageMaker lower-cases endpoint names in ARNs and IAM compares ARNs case-sensitively, so an upper-case
        // letter in the resource part would silently never match.
        if (parts[2] == "sagemaker" && parts[5].Any(char.IsUpper))
            throw section.Error(
                $"resource '{resource}' has upper-case letters, but SageMaker ARNs carry endpoint names in lower case " +
                $"(endpoint/my-endpoint), so it would never match; write '{parts[5].ToLowerInvariant()}'.");
    }

    private static List<PolicyCondition> ReadConditions(JsonSection conditionBlock)
    {
        conditionBlock.ExpectObject("a condition block, e.g. {\"StringLike\": {\"sagemaker:TargetContainerHostname\": \"common*\"}}");
        var conditions = new List<PolicyCondition>();
        foreach (var (name, keys) in conditionBlock.Properties())
        {
            var ifExists = name.EndsWith("IfExists", StringComparison.Ordinal);
            var operatorName = ifExists ? name[..^"IfExists".Length] : name;
            // Looked up by exact name: Enum.TryParse would also take numbers and comma-joined names.
            if (!Enum.GetNames<ConditionOperator>().Contains(operatorName, StringComparer.Ordinal))
                throw keys.Error(
                    $"unsupported condition operator '{name}'; expected one of {string.Join(", ", Enum.GetNames<ConditionOperator>())}, optionally with the IfExists suffix.");

            var op = Enum.Parse<ConditionOperator>(operatorName);
            keys.ExpectObject("condition keys and their values");
            foreach (var (key, values) in keys.Properties())
                conditions.Add(new PolicyCondition(op, ifExists, key, values.StringOrStrings("a condition value")));
        }
        return conditions;
    }
}
