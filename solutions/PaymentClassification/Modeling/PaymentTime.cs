namespace Solutions.PaymentClassification.Modeling;

/// <summary>Calendar parts of a payment's timestamp as the models read them.</summary>
internal static class PaymentTime
{
    /// <summary>Monday 0 to Sunday 6 (banks' weeks start on Monday; .NET's on Sunday).</summary>
    public static int Weekday(DateTime timestamp) => ((int)timestamp.DayOfWeek + 6) % 7;
}
