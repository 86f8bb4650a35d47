namespace Solutions.PriceOptimization.Elasticity;

/// <summary>Settings of the double machine learning estimator.</summary>
public sealed record DmlOptions
{
    /// <summary>Folds of cross-fitting: each nuisance prediction comes from models that never saw the row.</summary>
    /// <value>The default value is 5.</value>
    public int Folds { get; init; } = 5;

    /// <summary>Repetitions of cross-fitting over fresh fold assignments; the median is reported.</summary>
    /// <value>The default value is 5.</value>
    public int Repetitions { get; init; } = 5;

    /// <value>The default is <see cref="NuisanceLearner.Selected"/>.</value>
    public NuisanceLearner Learner { get; init; } = NuisanceLearner.Selected;

    /// <value>The default is <see cref="DmlScore.IvType"/>.</value>
    public DmlScore Score { get; init; } = DmlScore.IvType;

    /// <summary>Boosting rounds of the tree learners (LightGBM, FastTree); this and the next three do not touch the spline ridge.</summary>
    /// <value>The default value is 200.</value>
    public int Trees { get; init; } = 200;

    /// <value>The default value is 16.</value>
    public int Leaves { get; init; } = 16;

    /// <value>The default value is 20.</value>
    public int MinimumRowsPerLeaf { get; init; } = 20;

    /// <value>The default value is 0.05.</value>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>
    /// True to fit the nuisance models on all products at once (the product is a feature) and the final stage
    /// per product; false to run everything per product. Pooling lends the trees more rows; the spline ridge
    /// fits each product on its own rows either way (its basis interacts fully with the product).
    /// </summary>
    /// <value>The default value is true.</value>
    public bool Pooled { get; init; } = true;

    /// <summary>
    /// A covariate column (<c>temperature</c>, <c>competitor_price</c> or <c>marketing</c>) by which the
    /// elasticity may vary linearly, estimated as EconML's LinearDML does; null for a constant elasticity.
    /// </summary>
    public string? HeterogeneityCovariate { get; init; }

    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;
}
