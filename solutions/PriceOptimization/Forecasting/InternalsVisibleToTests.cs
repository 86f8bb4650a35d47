using System.Runtime.CompilerServices;

// The forecaster's tests check the optimizer and the posterior's gradient directly.
[assembly: InternalsVisibleTo("PriceOptimization.Tests")]
