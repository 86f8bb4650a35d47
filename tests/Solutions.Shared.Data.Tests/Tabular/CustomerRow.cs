using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

/// <summary>A few churn-like columns, enough to exercise header matching and located errors.</summary>
public sealed class CustomerRow
{
    public const string Header = "State,Account Length,Day Mins,Churn?";

    [CsvColumn("State")]
    public string State { get; set; } = "";

    [CsvColumn("Account Length")]
    public int AccountLength { get; set; }

    [CsvColumn("Day Mins")]
    public double DayMins { get; set; }

    [CsvColumn("Churn?")]
    public bool Churned { get; set; }
}
