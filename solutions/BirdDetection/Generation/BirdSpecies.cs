namespace Solutions.BirdDetection.Generation;

/// <summary>A synthetic species: its 1-based class id, its made-up name and how it looks.</summary>
public sealed record BirdSpecies(int Id, string Name, BirdAppearance Appearance)
{
    /// <summary>The CUB-style class folder name, e.g. <c>003.Crested_Amber_Pixelfinch</c>.</summary>
    public string FolderName => $"{Id:D3}.{Name.Replace(' ', '_').Replace('-', '_')}";
}
