namespace Solutions.Endpoint.Security.Policies;

/// <summary>
/// IAM's evaluation of identity-based policies: an explicit Deny wins, otherwise any Allow allows, otherwise the
/// request is implicitly denied.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>Decides whether <paramref name="policies"/> allow <paramref name="action"/> on <paramref name="resourceArn"/>.</summary>
    /// <param name="policies">The caller's policies.</param>
    /// <param name="action">e.g. <c>sagemaker:InvokeEndpoint</c>.</param>
    /// <param name="resourceArn">e.g. <c>arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint</c>.</param>
    /// <param name="context">Condition keys and their values for this request, e.g. <see cref="ConditionKeys.TargetContainerHostname"/>.</param>
    public static PolicyDecision Evaluate(
        IReadOnlyList<PolicyDocument> policies,
        string action,
        string resourceArn,
        IReadOnlyDictionary<string, string> context)
    {
        string? allowedBy = null;
        for (var p = 0; p < policies.Count; p++)
        {
            var statements = policies[p].Statements;
            for (var s = 0; s < statements.Count; s++)
            {
                var statement = statements[s];
                if (!statement.AppliesTo(action, resourceArn, context))
                    continue;
                var label = statement.Sid is { Length: > 0 } sid ? sid : $"policy {p + 1}, statement {s + 1}";
                if (statement.Effect == PolicyEffect.Deny)
                    return new PolicyDecision(PolicyDecisionKind.ExplicitDeny, label,
                        $"Statement '{label}' explicitly denies {action} on {resourceArn}.");
                allowedBy ??= label;
            }
        }

        return allowedBy is not null
            ? new PolicyDecision(PolicyDecisionKind.Allowed, allowedBy, $"Statement '{allowedBy}' allows {action} on {resourceArn}.")
            : new PolicyDecision(PolicyDecisionKind.ImplicitDeny, null, $"No statement allows {action} on {resourceArn}.");
    }
}
