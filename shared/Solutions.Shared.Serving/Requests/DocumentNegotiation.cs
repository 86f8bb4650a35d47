using Microsoft.AspNetCore.Http;

namespace Solutions.Shared.Serving.Requests;

/// <summary>
/// Matches Content-Type and Accept against the media types an <see cref="IDocumentPredictor"/> declares, or refuses
/// them with 415 / 406. Parameters such as charset are ignored: a document's bytes are passed on as they came.
/// </summary>
internal static class DocumentNegotiation
{
    /// <summary>The declared type the request's Content-Type names; the first declared one when Content-Type is absent.</summary>
    /// <exception cref="InvocationRejectedException">415 when the model does not take that type.</exception>
    public static string RequestType(string? contentType, IReadOnlyList<string> accepted)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return accepted[0];
        }
        var text = contentType.AsSpan();
        var semicolon = text.IndexOf(';');
        var mediaType = (semicolon < 0 ? text : text[..semicolon]).Trim();
        foreach (var type in accepted)
        {
            if (mediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }
        throw new InvocationRejectedException(
            StatusCodes.Status415UnsupportedMediaType,
            $"Content-Type '{contentType}' is not supported by this model; send one of: {string.Join(", ", accepted)}");
    }

    /// <summary>
    /// The declared answer type Accept prefers: the range of highest quality that names one (the first listed among
    /// equals), <c>type/*</c> and <c>*/*</c> picking the first declared type they cover; the first declared one when
    /// Accept is absent.
    /// </summary>
    /// <exception cref="InvocationRejectedException">406 when Accept names nothing the model answers in.</exception>
    public static string ResponseType(string? accept, IReadOnlyList<string> answers)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return answers[0];
        }
        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in accept.Split(','))
        {
            var semicolon = range.IndexOf(';');
            var mediaType = (semicolon < 0 ? range : range[..semicolon]).Trim();
            var quality = semicolon < 0 ? 1.0 : ContentNegotiation.Quality(range.AsSpan(semicolon + 1));
            // Strictly greater: among equal qualities the first listed wins, and q=0 ("not this") never does.
            if (quality > bestQuality && Covered(mediaType, answers) is { } answer)
            {
                best = answer;
                bestQuality = quality;
            }
        }
        return best ?? throw new InvocationRejectedException(
            StatusCodes.Status406NotAcceptable,
            $"Accept '{accept}' names no type this model answers in; ask for one of: {string.Join(", ", answers)}");
    }

    private static string? Covered(string range, IReadOnlyList<string> answers)
    {
        if (range == "*/*")
        {
            return answers[0];
        }
        if (range.EndsWith("/*", StringComparison.Ordinal))
        {
            var prefix = range[..^1];
            return answers.FirstOrDefault(answer => answer.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }
        return answers.FirstOrDefault(answer => answer.Equals(range, StringComparison.OrdinalIgnoreCase));
    }
}
