namespace Solutions.PriceOptimization.Forecasting;

/// <summary>A smooth function: returns f(x) and writes ∇f(x) into the gradient.</summary>
internal delegate double SmoothObjective(ReadOnlySpan<double> x, Span<double> gradient);
