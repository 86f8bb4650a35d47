namespace Solutions.Endpoint.Security.Policies;

/// <summary>
/// One condition of a statement, e.g. <c>"StringLike": {"sagemaker:TargetContainerHostname": ["customIps*", "common*"]}</c>.
/// </summary>
/// <param name="Operator">How the context value is compared with <paramref name="Values"/>.</param>
/// <param name="IfExists">The <c>...IfExists</c> form: the condition holds when the key is absent from the context.</param>
/// <param name="Key">The condition key, compared case-insensitively as in IAM.</param>
/// <param name="Values">The policy values; a positive operator needs one to match, a negated operator needs none to.</param>
public sealed record PolicyCondition(ConditionOperator Operator, bool IfExists, string Key, IReadOnlyList<string> Values)
{
    /// <summary>Whether the condition holds for the request context (condition key → value).</summary>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, string> context)
    {
        var value = context.FirstOrDefault(entry => string.Equals(entry.Key, Key, StringComparison.OrdinalIgnoreCase)).Value;
        if (value is null)
            // IAM: an absent key never matches, so positive operators fail and negated ones hold.
            return IfExists || Operator is ConditionOperator.StringNotEquals or ConditionOperator.StringNotLike;

        return Operator switch
        {
            ConditionOperator.StringEquals => Values.Any(v => string.Equals(v, value, StringComparison.Ordinal)),
            ConditionOperator.StringNotEquals => !Values.Any(v => string.Equals(v, value, StringComparison.Ordinal)),
            ConditionOperator.StringLike => Values.Any(v => IamWildcard.IsMatch(v, value, ignoreCase: false)),
            ConditionOperator.StringNotLike => !Values.Any(v => IamWildcard.IsMatch(v, value, ignoreCase: false)),
            _ => throw new InvalidOperationException($"Unknown condition operator {Operator}."),
        };
    }
}
