using Solutions.Shared.Data.Tabular;

namespace Solutions.PriceOptimization.Data;

/// <summary>
/// One product on one day: the price set, the units sold, what a unit cost, and the demand drivers observed that
/// day. This is the CSV schema of a price history (the generator writes it; a user's own history must follow it).
/// </summary>
public sealed class PriceObservation
{
    public const string DateColumn = "date";
    public const string ProductColumn = "product";
    public const string PriceColumn = "price";
    public const string VolumeColumn = "volume";

    [CsvColumn(DateColumn)] public DateTime Date { get; set; }

    [CsvColumn(ProductColumn)] public string Product { get; set; } = "";

    [CsvColumn(PriceColumn)] public double Price { get; set; }

    /// <summary>Units sold.</summary>
    [CsvColumn(VolumeColumn)] public double Volume { get; set; }

    [CsvColumn("unit_cost")] public double UnitCost { get; set; }

    /// <summary>Daily mean temperature (°C), a demand driver.</summary>
    [CsvColumn("temperature")] public double Temperature { get; set; }

    /// <summary>The main competitor's price for the same product.</summary>
    [CsvColumn("competitor_price")] public double CompetitorPrice { get; set; }

    /// <summary>Marketing intensity index (0 = none).</summary>
    [CsvColumn("marketing")] public double Marketing { get; set; }

    /// <summary>True on a promotion day (display and advertising, usually with a price cut).</summary>
    [CsvColumn("promotion")] public bool Promotion { get; set; }

    [CsvColumn("holiday")] public bool Holiday { get; set; }
}
