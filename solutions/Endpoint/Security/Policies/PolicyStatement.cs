namespace Solutions.Endpoint.Security.Policies;

/// <summary>One statement of an identity-based policy.</summary>
/// <param name="Sid">The statement id, when the policy gives one; used in decision reasons.</param>
/// <param name="Effect">Allow or Deny.</param>
/// <param name="Actions">Action patterns such as <c>sagemaker:InvokeEndpoint</c>, <c>sagemaker:*</c> or <c>*</c>; matched case-insensitively.</param>
/// <param name="Resources">ARN patterns with <c>*</c> and <c>?</c>; matched case-sensitively, as IAM does.</param>
/// <param name="Conditions">All must hold for the statement to apply.</param>
public sealed record PolicyStatement(
    string? Sid,
    PolicyEffect Effect,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<PolicyCondition> Conditions)
{
    /// <summary>Whether this statement covers the action on the resource in this request context.</summary>
    public bool AppliesTo(string action, string resourceArn, IReadOnlyDictionary<string, string> context) =>
        Actions.Any(pattern => IamWildcard.IsMatch(pattern, action, ignoreCase: true))
        && Resources.Any(pattern => IamWildcard.IsMatch(pattern, resourceArn, ignoreCase: false))
        && Conditions.All(condition => condition.IsSatisfiedBy(context));
}
