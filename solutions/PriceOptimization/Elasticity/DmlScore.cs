namespace Solutions.PriceOptimization.Elasticity;

/// <summary>The orthogonal score whose sample mean is set to zero (the names of DoubleML's PLR scores).</summary>
public enum DmlScore
{
    /// <summary>(U − θV)V with U = Y − ℓ̂(X), V = D − m̂(X): the residual-on-residual slope.</summary>
    PartiallingOut,

    /// <summary>
    /// (Y − θD − ĝ(X))V, with ĝ learned from Y − θ̃D for a first partialling-out estimate θ̃. Also Neyman-orthogonal,
    /// and its outcome nuisance is learned from a target without the price's noise, so it is learned more accurately.
    /// </summary>
    IvType,
}
