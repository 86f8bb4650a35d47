using Solutions.Shared.Data.IO;
using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

/// <summary>The bundled churn file loads in full through the typed loader.</summary>
public sealed class ChurnFileTests
{
    private sealed class ChurnRecord
    {
        [CsvColumn("State")] public string State { get; set; } = "";
        [CsvColumn("Account Length")] public int AccountLength { get; set; }
        [CsvColumn("Area Code")] public string AreaCode { get; set; } = "";
        [CsvColumn("Int'l Plan")] public bool InternationalPlan { get; set; }
        [CsvColumn("Day Mins")] public double DayMinutes { get; set; }
        [CsvColumn("CustServ Calls")] public int ServiceCalls { get; set; }
        [CsvColumn("Churn?")] public bool Churned { get; set; }
        [CsvColumn("Phone")] public string? Phone { get; set; }
    }

    [Fact]
    public void Loads_all_5000_customers_with_707_churners()
    {
        var result = CsvLoader.Load<ChurnRecord>(RepositoryRoot.Resolve("data", "churn", "churn.csv"));

        // Counts from data/churn/README.md; the first row is the file's line 2: KS,128,415,no,...,265.1,...,1,False.
        Assert.Equal((5000L, 0L), (result.RowsRead, result.RowsRejected));
        Assert.Equal(707, result.Rows.Count(r => r.Churned));
        var first = result.Rows[0];
        Assert.Equal(("KS", 128, "415", false, 265.1, 1, false, (string?)null),
            (first.State, first.AccountLength, first.AreaCode, first.InternationalPlan, first.DayMinutes,
             first.ServiceCalls, first.Churned, first.Phone));
        Assert.Equal(13, result.IgnoredColumns.Count); // 20 columns in the file, 7 mapped
    }
}
