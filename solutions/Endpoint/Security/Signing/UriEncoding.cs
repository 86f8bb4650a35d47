using System.Text;

namespace Solutions.Endpoint.Security.Signing;

/// <summary>SigV4's URI encoding: every byte of the UTF-8 form except the RFC 3986 unreserved characters becomes %XX (upper-case hex).</summary>
internal static class UriEncoding
{
    public static string Encode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
                builder.Append(c);
            else
                builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }
}
