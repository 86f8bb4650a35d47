using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

/// <summary>One property of every supported type, required and optional, for value parsing and round trips.</summary>
public sealed class AllTypesRow
{
    [CsvColumn("Real")] public double Real { get; set; }
    [CsvColumn("Single")] public float Single { get; set; }
    [CsvColumn("Money")] public decimal Money { get; set; }
    [CsvColumn("Count")] public int Count { get; set; }
    [CsvColumn("Big")] public long Big { get; set; }
    [CsvColumn("Flag")] public bool Flag { get; set; }
    [CsvColumn("Name")] public string Name { get; set; } = "";
    [CsvColumn("When")] public DateTime When { get; set; }
    [CsvColumn("Maybe Real")] public double? MaybeReal { get; set; }
    [CsvColumn("Maybe Count")] public int? MaybeCount { get; set; }
    [CsvColumn("Maybe Flag")] public bool? MaybeFlag { get; set; }
    [CsvColumn("Maybe When")] public DateTime? MaybeWhen { get; set; }
    [CsvColumn("Note")] public string? Note { get; init; }
}
