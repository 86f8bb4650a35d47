namespace Solutions.Shared.Data.Tabular;

/// <summary>
/// Maps a settable property of a row class to a CSV column by its header text. The property's type sets
/// what the values must parse to; a nullable type (<c>double?</c>, <c>string?</c>) makes the column optional
/// and lets a value be empty.
/// </summary>
/// <example><code>
/// public sealed class ChurnRow
/// {
///     [CsvColumn("Account Length")] public int AccountLength { get; set; }
///     [CsvColumn("Churn?")] public bool Churned { get; set; }
/// }
/// </code></example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class CsvColumnAttribute(string name) : Attribute
{
    /// <summary>The header text, matched case-insensitively after trimming.</summary>
    public string Name { get; } = name;
}
