using System.Collections.Concurrent;
using Microsoft.ML;

namespace Solutions.Shared.Modeling.Scoring;

/// <summary>
/// ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/> is not thread-safe and costly to create: serving keeps
/// a pool of them and lends one to each request.
/// </summary>
public sealed class PredictionEnginePool<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TInput, TOutput>> _engines = [];
    private readonly Func<PredictionEngine<TInput, TOutput>> _create;

    public PredictionEnginePool(MLContext mlContext, ITransformer model)
    {
        _create = () => mlContext.Model.CreatePredictionEngine<TInput, TOutput>(model);
        _engines.Add(_create());
    }

    /// <summary>Scores one input with a pooled engine.</summary>
    public TOutput Predict(TInput input)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _create();
        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
