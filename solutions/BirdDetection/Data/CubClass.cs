namespace Solutions.BirdDetection.Data;

/// <summary>One species of the data set as classes.txt lists it.</summary>
/// <param name="Id">The 1-based CUB class id.</param>
/// <param name="FolderName">The name in classes.txt, which is also the image sub-folder, e.g. <c>001.Black_footed_Albatross</c>.</param>
public sealed record CubClass(int Id, string FolderName)
{
    /// <summary>The species name for people: the folder name without its number prefix, underscores as spaces.</summary>
    public string Name
    {
        get
        {
            var dot = FolderName.IndexOf('.');
            var bare = dot >= 0 && FolderName[..dot].All(char.IsAsciiDigit) ? FolderName[(dot + 1)..] : FolderName;
            return bare.Replace('_', ' ');
        }
    }
}
