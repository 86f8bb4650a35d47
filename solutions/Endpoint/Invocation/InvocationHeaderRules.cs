using Microsoft.AspNetCore.Http;
using Solutions.Endpoint.Hosting;

namespace Solutions.Endpoint.Invocation;

/// <summary>SageMaker's limits on InvokeEndpoint's headers; a header that breaks them is a ValidationError.</summary>
internal static class InvocationHeaderRules
{
    private const int MaxHeaderLength = 1024;
    private const int MaxInferenceIdLength = 64;

    public static RuntimeError? Check(IHeaderDictionary headers, HostedEndpoint endpoint)
    {
        foreach (var name in (ReadOnlySpan<string>)[RuntimeHeaders.TargetContainerHostname, RuntimeHeaders.TargetVariant,
                     RuntimeHeaders.CustomAttributes, RuntimeHeaders.InferenceId, RuntimeHeaders.EnableExplanations, "Content-Type", "Accept"])
        {
            var values = headers[name];
            if (values.Count > 1)
            {
                return RuntimeError.Validation($"Header {name} is given {values.Count} times; send it once.");
            }
            if (values.Count == 1 && values[0]!.Length > MaxHeaderLength)
            {
                return RuntimeError.Validation($"Header {name} is {values[0]!.Length} characters long; the limit is {MaxHeaderLength}.");
            }
        }
        if (headers[RuntimeHeaders.CustomAttributes] is [{ } attributes] && !IsVisibleAscii(attributes))
        {
            return RuntimeError.Validation(
                $"Header {RuntimeHeaders.CustomAttributes} must hold visible US-ASCII characters only (RFC 7230 field value).");
        }
        if (headers[RuntimeHeaders.InferenceId] is [{ } inferenceId]
            && (inferenceId.Length is 0 or > MaxInferenceIdLength || char.IsWhiteSpace(inferenceId[0]) || !IsVisibleAscii(inferenceId)))
        {
            return RuntimeError.Validation(
                $"Header {RuntimeHeaders.InferenceId} must be 1-{MaxInferenceIdLength} printable characters, not starting with a space.");
        }
        if (headers[RuntimeHeaders.TargetVariant] is [{ } variant]
            && !string.Equals(variant, endpoint.VariantName, StringComparison.Ordinal))
        {
            return RuntimeError.Validation(
                $"Variant {variant} not found on endpoint {endpoint.Name} (its variant: {endpoint.VariantName}).");
        }
        return null;
    }

    private static bool IsVisibleAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('\t' or (>= ' ' and <= '~')))
            {
                return false;
            }
        }
        return true;
    }
}
