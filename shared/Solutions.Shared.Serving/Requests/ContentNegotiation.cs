using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Solutions.Shared.Serving.Requests;

/// <summary>Maps Content-Type and Accept headers to payload formats, or refuses them with 415 / 406.</summary>
internal static class ContentNegotiation
{
    private const string Supported =
        ServingContract.CsvMediaType + ", " + ServingContract.JsonMediaType + ", " + ServingContract.JsonLinesMediaType;

    public static string MediaType(PayloadFormat format) => format switch
    {
        PayloadFormat.Csv => ServingContract.CsvMediaType,
        PayloadFormat.Json => ServingContract.JsonMediaType,
        _ => ServingContract.JsonLinesMediaType,
    };

    /// <summary>The request's format, or null when Content-Type is absent (the body is sniffed then).</summary>
    /// <exception cref="InvocationRejectedException">415 for an unsupported type or a charset other than UTF-8.</exception>
    public static PayloadFormat? RequestFormat(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }
        var text = contentType.AsSpan();
        var semicolon = text.IndexOf(';');
        var mediaType = (semicolon < 0 ? text : text[..semicolon]).Trim();
        var format = FormatOf(mediaType) ?? throw new InvocationRejectedException(
            StatusCodes.Status415UnsupportedMediaType,
            $"Content-Type '{contentType}' is not supported; send one of: {Supported}");
        if (semicolon >= 0)
        {
            RequireUtf8(text[(semicolon + 1)..], contentType);
        }
        return format;
    }

    /// <summary>
    /// The response format the Accept header asks for; null means "the same as the request" (no Accept, or a
    /// wildcard), which is resolved once the request format is known.
    /// </summary>
    /// <exception cref="InvocationRejectedException">406 when Accept names nothing the contract writes.</exception>
    public static PayloadFormat? ResponseFormat(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return null;
        }
        PayloadFormat? best = null;
        var bestIsWildcard = false;
        var bestQuality = 0.0;
        var rest = accept.AsSpan();
        while (!rest.IsEmpty)
        {
            var comma = rest.IndexOf(',');
            var range = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? [] : rest[(comma + 1)..];
            var semicolon = range.IndexOf(';');
            var mediaType = (semicolon < 0 ? range : range[..semicolon]).Trim();
            var quality = semicolon < 0 ? 1.0 : Quality(range[(semicolon + 1)..]);
            var isWildcard = mediaType.Equals("*/*", StringComparison.Ordinal);
            var format = isWildcard ? null : FormatOf(mediaType) ?? TypeWildcardFormatOf(mediaType);
            // Strictly greater: among equal qualities the first listed wins.
            if ((format is not null || isWildcard) && quality > bestQuality)
            {
                best = format;
                bestIsWildcard = isWildcard;
                bestQuality = quality;
            }
        }
        if (best is null && !bestIsWildcard)
        {
            throw new InvocationRejectedException(
                StatusCodes.Status406NotAcceptable, $"Accept '{accept}' names no supported type; ask for one of: {Supported}");
        }
        return best;
    }

    /// <summary>Guesses the format of a body sent without Content-Type: JSON when it opens with '{' or '['.</summary>
    public static PayloadFormat Sniff(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && body[start] is (byte)'{' or (byte)'[' ? PayloadFormat.Json : PayloadFormat.Csv;
    }

    private static PayloadFormat? FormatOf(ReadOnlySpan<char> mediaType)
    {
        if (mediaType.Equals(ServingContract.CsvMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return PayloadFormat.Csv;
        }
        if (mediaType.Equals(ServingContract.JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return PayloadFormat.Json;
        }
        if (mediaType.Equals(ServingContract.JsonLinesMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return PayloadFormat.JsonLines;
        }
        return null;
    }

    private static PayloadFormat? TypeWildcardFormatOf(ReadOnlySpan<char> mediaType)
    {
        if (mediaType.Equals("text/*", StringComparison.OrdinalIgnoreCase))
        {
            return PayloadFormat.Csv;
        }
        return mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? PayloadFormat.Json : null;
    }

    private static void RequireUtf8(ReadOnlySpan<char> parameters, string contentType)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range];
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var charset = parameter[(equals + 1)..].Trim().Trim('"');
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvocationRejectedException(
                    StatusCodes.Status415UnsupportedMediaType,
                    $"Content-Type '{contentType}': charset '{charset}' is not supported; send UTF-8");
            }
        }
    }

    /// <summary>The q value of an Accept range's parameters; 1 when none is given.</summary>
    public static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '='
                && double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
            {
                return Math.Clamp(q, 0.0, 1.0);
            }
        }
        return 1.0;
    }
}
