// The command list is filled in as the solution's commands land (generate, run, detect, serve).
Console.Error.WriteLine("BirdDetection: commands are being built.");
return 2;
