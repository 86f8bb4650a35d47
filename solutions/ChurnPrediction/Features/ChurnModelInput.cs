using Solutions.ChurnPrediction.Data;

namespace Solutions.ChurnPrediction.Features;

/// <summary>
/// A customer as the ML.NET model sees them: categories as text, everything else as single-precision numbers
/// (yes/no plans as 0/1), which also keeps the model exportable to ONNX.
/// </summary>
public sealed class ChurnModelInput
{
    public string State { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public float AccountLength { get; set; }
    public float InternationalPlan { get; set; }
    public float VoiceMailPlan { get; set; }
    public float VoiceMailMessages { get; set; }
    public float DayMinutes { get; set; }
    public float DayCalls { get; set; }
    public float DayCharge { get; set; }
    public float EveningMinutes { get; set; }
    public float EveningCalls { get; set; }
    public float EveningCharge { get; set; }
    public float NightMinutes { get; set; }
    public float NightCalls { get; set; }
    public float NightCharge { get; set; }
    public float InternationalMinutes { get; set; }
    public float InternationalCalls { get; set; }
    public float InternationalCharge { get; set; }
    public float CustomerServiceCalls { get; set; }

    /// <summary>True for a churner; ignored when scoring.</summary>
    public bool Label { get; set; }

    public static ChurnModelInput From(ChurnCustomer customer) => new()
    {
        State = customer.State,
        AreaCode = customer.AreaCode,
        AccountLength = customer.AccountLength,
        InternationalPlan = customer.InternationalPlan ? 1f : 0f,
        VoiceMailPlan = customer.VoiceMailPlan ? 1f : 0f,
        VoiceMailMessages = customer.VoiceMailMessages,
        DayMinutes = (float)customer.DayMinutes,
        DayCalls = customer.DayCalls,
        DayCharge = (float)customer.DayCharge,
        EveningMinutes = (float)customer.EveningMinutes,
        EveningCalls = customer.EveningCalls,
        EveningCharge = (float)customer.EveningCharge,
        NightMinutes = (float)customer.NightMinutes,
        NightCalls = customer.NightCalls,
        NightCharge = (float)customer.NightCharge,
        InternationalMinutes = (float)customer.InternationalMinutes,
        InternationalCalls = customer.InternationalCalls,
        InternationalCharge = (float)customer.InternationalCharge,
        CustomerServiceCalls = customer.CustomerServiceCalls,
        Label = customer is ChurnRecord record && record.Churned,
    };
}
