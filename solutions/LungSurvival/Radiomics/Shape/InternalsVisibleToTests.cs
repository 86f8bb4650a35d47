using System.Runtime.CompilerServices;

// The shape tests check the mesh itself (closed, outward-facing), which is internal.
[assembly: InternalsVisibleTo("LungSurvival.Tests")]
