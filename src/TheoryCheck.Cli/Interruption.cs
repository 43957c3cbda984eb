namespace TheoryCheck.Cli;

/// <summary>
/// The second line of defence after the cancellation token: commands check the token between units of work (a
/// claim, a row of <c>simulate</c>, a file of <c>analyze</c>); one unit can take longer than the promised second, so
/// if the command has not returned 500 ms after Ctrl+C the process ends with exit code 2. Every file the commands
/// write is written to a temp file and renamed, so nothing half-written is left in place.
/// </summary>
public static class Interruption
{
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    public static void ExitIfStillRunning(TextWriter error) =>
        _ = Task.Delay(Grace).ContinueWith(_ =>
        {
            error.WriteLine("interrupted");
            error.Flush();
            Environment.Exit(ExitCodes.Interrupted);
        }, TaskScheduler.Default);
}
