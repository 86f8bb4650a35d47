namespace Solutions.Shared.Reporting.Progress;

/// <summary>The word a display shows when a step ends.</summary>
internal static class StepOutcome
{
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static string Of(Exception exception) => exception is OperationCanceledException ? Cancelled : Failed;
}
