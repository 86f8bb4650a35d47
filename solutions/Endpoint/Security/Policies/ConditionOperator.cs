namespace Solutions.Endpoint.Security.Policies;

/// <summary>The IAM string condition operators this host evaluates. Values compare case-sensitively, as in IAM.</summary>
public enum ConditionOperator
{
    /// <summary>The context value equals one of the policy values.</summary>
    StringEquals,

    /// <summary>The context value equals none of the policy values; true when the key is absent.</summary>
    StringNotEquals,

    /// <summary>The context value matches one of the patterns (<c>*</c> any run, <c>?</c> one character).</summary>
    StringLike,

    /// <summary>The context value matches none of the patterns; true when the key is absent.</summary>
    StringNotLike,
}
