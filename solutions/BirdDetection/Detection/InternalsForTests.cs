using System.Runtime.CompilerServices;

// The head's gradient, box encoding and suppression are checked directly by the tests; the project file belongs to
// the whole solution, so the grant lives beside the code it opens.
[assembly: InternalsVisibleTo("BirdDetection.Tests")]
