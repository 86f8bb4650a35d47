using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Data;

/// <summary>
/// One customer of the mobile operator, as the public SageMaker churn example's CSV describes them
/// (the <c>Phone</c> column, a customer identifier, is not a feature and is ignored when present).
/// </summary>
public class ChurnCustomer
{
    [CsvColumn("State")] public string State { get; set; } = "";
    [CsvColumn("Account Length")] public int AccountLength { get; set; }
    [CsvColumn("Area Code")] public string AreaCode { get; set; } = "";
    [CsvColumn("Int'l Plan")] public bool InternationalPlan { get; set; }
    [CsvColumn("VMail Plan")] public bool VoiceMailPlan { get; set; }
    [CsvColumn("VMail Message")] public int VoiceMailMessages { get; set; }
    [CsvColumn("Day Mins")] public double DayMinutes { get; set; }
    [CsvColumn("Day Calls")] public int DayCalls { get; set; }
    [CsvColumn("Day Charge")] public double DayCharge { get; set; }
    [CsvColumn("Eve Mins")] public double EveningMinutes { get; set; }
    [CsvColumn("Eve Calls")] public int EveningCalls { get; set; }
    [CsvColumn("Eve Charge")] public double EveningCharge { get; set; }
    [CsvColumn("Night Mins")] public double NightMinutes { get; set; }
    [CsvColumn("Night Calls")] public int NightCalls { get; set; }
    [CsvColumn("Night Charge")] public double NightCharge { get; set; }
    [CsvColumn("Intl Mins")] public double InternationalMinutes { get; set; }
    [CsvColumn("Intl Calls")] public int InternationalCalls { get; set; }
    [CsvColumn("Intl Charge")] public double InternationalCharge { get; set; }
    [CsvColumn("CustServ Calls")] public int CustomerServiceCalls { get; set; }
}
