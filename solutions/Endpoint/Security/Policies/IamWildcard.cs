namespace Solutions.Endpoint.Security.Policies;

/// <summary>IAM's glob: <c>*</c> matches any run of characters (even empty), <c>?</c> exactly one; nothing else is special.</summary>
internal static class IamWildcard
{
    public static bool IsMatch(string pattern, string value, bool ignoreCase)
    {
        // Greedy match with backtracking to the last star: linear in practice, never exponential.
        int p = 0, v = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], value[v], ignoreCase)))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starV = v;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
