using Microsoft.Extensions.Primitives;

namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// Reads <c>X-Amzn-SageMaker-Enable-Explanations</c>. Clarify sends a JMESPath condition; the literal forms
/// (<c>`true`</c>, <c>`false`</c>) and the plain spellings true/false/1/0 are understood.
/// </summary>
internal static class ExplanationSwitch
{
    /// <exception cref="InvocationRejectedException">400 for any other value.</exception>
    public static PredictionOptions Parse(StringValues header)
    {
        if (header.Count == 0)
        {
            return PredictionOptions.ScoresOnly;
        }
        var value = header.ToString().AsSpan().Trim();
        var unquoted = value.Length >= 2 && value[0] == '`' && value[^1] == '`' ? value[1..^1].Trim() : value;
        if (unquoted.Equals("true", StringComparison.OrdinalIgnoreCase) || unquoted.SequenceEqual("1"))
        {
            return PredictionOptions.Explained;
        }
        if (unquoted.Equals("false", StringComparison.OrdinalIgnoreCase) || unquoted.SequenceEqual("0"))
        {
            return PredictionOptions.ScoresOnly;
        }
        throw InvocationRejectedException.BadRequest(
            $"header {ServingContract.ExplanationsHeader}: '{header}' is not understood; send `true` or `false`");
    }
}
