namespace Solutions.Shared.Notebooks.Running;

public enum CellOutputKind
{
    /// <summary>A value shown with <c>display(x)</c> or <c>x.Display()</c>.</summary>
    Display,

    /// <summary>The value of a cell's last expression when it has no semicolon.</summary>
    ReturnValue,

    StandardOutput,
    StandardError,
}
