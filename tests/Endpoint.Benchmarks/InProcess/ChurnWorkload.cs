using System.Text;
using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Serving;
using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Endpoint.Benchmarks.InProcess;

/// <summary>
/// The request every churn benchmark sends — the data set's first customer as a header-less CSV row, label
/// left out — and the two ways of scoring it in process that the endpoint's latency is compared with.
/// </summary>
public sealed class ChurnWorkload
{
    private readonly IPredictor _predictor;
    private readonly InvocationProcessor _processor;
    private readonly object?[] _row;
    private readonly InvocationRequest _request;

    private ChurnWorkload(IPredictor predictor, object?[] row, string csvRow)
    {
        _predictor = predictor;
        _processor = InvocationProcessor.Create(predictor);
        _row = row;
        CsvRow = csvRow;
        _request = new InvocationRequest(Encoding.UTF8.GetBytes(csvRow), ServingContract.CsvMediaType);
    }

    /// <summary>The request body wrk sends too.</summary>
    public string CsvRow { get; }

    /// <exception cref="InvalidOperationException">The data file has no valid customer.</exception>
    public static ChurnWorkload Load(string bundleFolder, string dataPath)
    {
        var firstLine = File.ReadLines(dataPath).Skip(1).FirstOrDefault()
            ?? throw new InvalidOperationException($"{dataPath}: no customer after the header row");
        var customer = CsvLoader.Load<ChurnRecord>(dataPath).Rows.FirstOrDefault()
            ?? throw new InvalidOperationException($"{dataPath}: the first customer was rejected");
        // The label is the last column; the endpoint's callers send the features only.
        var csvRow = firstLine[..firstLine.LastIndexOf(',')];
        return new ChurnWorkload(ChurnBundle.Load(bundleFolder).Predictor, CustomerValues.ToRow(customer), csvRow);
    }

    /// <summary>The model alone: an already-typed row through <see cref="IPredictor.Predict"/>.</summary>
    public void ScoreRow() => _predictor.Predict([_row], PredictionOptions.ScoresOnly);

    /// <summary>
    /// The serving contract without HTTP: the same CSV bytes parsed, scored and written as the endpoint does,
    /// into a pooled buffer as its request handler does.
    /// </summary>
    /// <returns>The response's length in bytes.</returns>
    public int ScoreRequest()
    {
        using var output = new PooledBuffer(256);
        _processor.Process(_request, output);
        return output.Count;
    }

    /// <summary>The response body to <see cref="CsvRow"/>, to show what was measured.</summary>
    public string Answer()
    {
        using var output = new PooledBuffer(256);
        _processor.Process(_request, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
