namespace Solutions.Shared.Serving;

/// <summary>The fixed names and limits of SageMaker's bring-your-own-container serving contract.</summary>
public static class ServingContract
{
    /// <summary>Health check: 200 once the model is loaded, 503 before (or when loading failed).</summary>
    public const string PingPath = "/ping";

    /// <summary>Scoring: POST rows, get one prediction per row.</summary>
    public const string InvocationsPath = "/invocations";

    /// <summary>SageMaker Clarify's switch for explanations; its value is a JMESPath condition such as <c>`true`</c>.</summary>
    public const string ExplanationsHeader = "X-Amzn-SageMaker-Enable-Explanations";

    /// <summary>The caller's opaque attributes, handed to a document model verbatim (<see cref="DocumentRequest.CustomAttributes"/>).</summary>
    public const string CustomAttributesHeader = "X-Amzn-SageMaker-Custom-Attributes";

    /// <summary>The environment variable SageMaker sets when the container must listen on a port other than 8080.</summary>
    public const string PortVariable = "SAGEMAKER_BIND_TO_PORT";

    /// <summary>The port SageMaker expects when <see cref="PortVariable"/> is not set.</summary>
    public const int DefaultPort = 8080;

    /// <summary>
    /// How a list travels in one text column (e.g. candidate prices <c>6;8;10</c>): CSV requests write it so, and a
    /// JSON array in that column is joined with it.
    /// </summary>
    public const string ListSeparator = ";";

    /// <summary>SageMaker's real-time payload limit, 6 MiB; larger bodies get 413.</summary>
    public const int MaxRequestBodyBytes = 6 * 1024 * 1024;

    public const string CsvMediaType = "text/csv";
    public const string JsonMediaType = "application/json";
    public const string JsonLinesMediaType = "application/jsonlines";
}
