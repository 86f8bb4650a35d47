namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>A NIfTI file this reader cannot use; the message names the file, the header field and its byte offset.</summary>
public sealed class NiftiFormatException(string message) : IOException(message);
