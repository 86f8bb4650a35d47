using System.Globalization;
using System.Text;

namespace Solutions.Shared.Reporting.Markdown;

/// <summary>Renders a GitHub-flavoured Markdown table; columns whose cells are all numbers are right-aligned.</summary>
internal static class MarkdownTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n");
        text.Append('|').AppendJoin("|", Enumerable.Range(0, headers.Count).Select(c => IsNumericColumn(rows, c) ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A cell is one line of inline text: a pipe would end the cell and a newline the table.</summary>
    public static string Cell(string? value) =>
        (value ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("\r", "<br>", StringComparison.Ordinal);

    private static bool IsNumericColumn(IReadOnlyList<IReadOnlyList<string>> rows, int column) =>
        rows.Count > 0 && rows.All(row => IsNumber(row[column]));

    private static bool IsNumber(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        var trimmed = cell.Trim().TrimEnd('%');
        return trimmed == MarkdownFormat.NotAvailable
            || double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
    }
}
