using System.Collections.Frozen;
using System.Globalization;

namespace Solutions.PaymentClassification.Data;

/// <summary>
/// Reads one cell of the schema. Each method returns null on success, else the problem in words, so the caller
/// can say where in the file it sits.
/// </summary>
internal static class TransactionValues
{
    public const string IdExpected = "16-digit id";
    public const string AmountExpected = "non-negative amount with at most 2 decimals";
    public const string TimestampExpected = "timestamp YYYY-MM-DD HH:MM:SS";
    public const string CategoryExpected = "one of the 19 transaction categories";

    private const NumberStyles AmountStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Matched case-insensitively, returned in the canonical spelling.
    private static readonly FrozenDictionary<string, string> Categories =
        TransactionCategories.All.ToFrozenDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    public static string? Id(string text, out string id)
    {
        id = text.Trim();
        if (id.Length == 0)
        {
            return $"missing value (expected a {IdExpected})";
        }
        if (id.Contains('E', StringComparison.OrdinalIgnoreCase) && double.TryParse(id, Invariant, out _))
        {
            // A spreadsheet that opened the file turned the id into a rounded number.
            return $"{Quote(text)} is a number in scientific notation, not a {IdExpected} " +
                   "(was the file saved from a spreadsheet?)";
        }
        var nonDigit = id.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (nonDigit >= 0)
        {
            return $"{Quote(text)} has '{id[nonDigit]}' at position {nonDigit + 1}; expected a {IdExpected}";
        }
        return id.Length == TransactionSchema.IdDigits
            ? null
            : $"{Quote(text)} has {id.Length} digits; expected a {IdExpected}";
    }

    public static string? Amount(string text, out decimal amount)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            amount = 0;
            return $"missing value (expected a {AmountExpected})";
        }
        if (!decimal.TryParse(trimmed, AmountStyle, Invariant, out amount))
        {
            return $"{Quote(text)} is not a number (expected a {AmountExpected}, e.g. 12.50)";
        }
        if (amount < 0)
        {
            return $"{Quote(text)} is negative (expected a {AmountExpected})";
        }
        return decimal.Round(amount, 2) == amount
            ? null
            : $"{Quote(text)} has more than 2 decimals (expected a {AmountExpected})";
    }

    public static string? Timestamp(string text, out DateTime timestamp) =>
        DateTime.TryParseExact(text.Trim(), TransactionSchema.TimestampFormat, Invariant, DateTimeStyles.None,
            out timestamp)
            ? null
            : $"{Quote(text)} is not a {TransactionSchema.TimestampColumn} in the form YYYY-MM-DD HH:MM:SS";

    public static string? Category(string text, out string category)
    {
        if (Categories.TryGetValue(text.Trim(), out var known))
        {
            category = known;
            return null;
        }
        category = "";
        return text.Trim().Length == 0
            ? $"missing value (expected {CategoryExpected})"
            : $"{Quote(text)} is not {CategoryExpected} ({string.Join(", ", TransactionCategories.All)})";
    }

    /// <summary>Quotes a value for a message, shortened and kept on one line.</summary>
    public static string Quote(string text)
    {
        const int MaxShown = 60;
        var shown = text.Length > MaxShown ? string.Concat(text.AsSpan(0, MaxShown - 3), "...") : text;
        return $"'{shown.ReplaceLineEndings("\\n")}'";
    }
}
