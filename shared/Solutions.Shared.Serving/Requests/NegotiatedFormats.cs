namespace Solutions.Shared.Serving.Requests;

/// <summary>What the headers decided before the body is read.</summary>
/// <param name="Request">The body's format, or null to sniff it.</param>
/// <param name="Response">The answer's format, or null for the request's.</param>
/// <param name="Options">Whether explanations were asked for.</param>
internal readonly record struct NegotiatedFormats(PayloadFormat? Request, PayloadFormat? Response, PredictionOptions Options)
{
    /// <exception cref="InvocationRejectedException">415, 406 or 400 for a header the contract cannot honour.</exception>
    public static NegotiatedFormats From(string? contentType, string? accept, string? enableExplanations) => new(
        ContentNegotiation.RequestFormat(contentType),
        ContentNegotiation.ResponseFormat(accept),
        ExplanationSwitch.Parse(enableExplanations));
}
