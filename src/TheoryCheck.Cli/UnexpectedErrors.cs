using System.Security;

namespace TheoryCheck.Cli;

/// <summary>What the command line does with an exception no command handled.</summary>
public static class UnexpectedErrors
{
    public const string WhereToReport = "please report it with the command line at the TheoryCheck issue tracker (`issues` in the repository)";

    /// <summary>
    /// Errors of the machine rather than of TheoryCheck (a folder that cannot be written, a disk that is full, memory
    /// that cannot be had): exit 4 with the system's message, which names the path.
    /// </summary>
    public static bool IsEnvironment(Exception e) =>
        e is IOException or UnauthorizedAccessException or SecurityException or OutOfMemoryException;

    /// <summary>A bug: one line on stderr (the whole trace with <c>--verbose</c>), exit 3.</summary>
    public static int Report(Exception e, TextWriter error, bool verbose)
    {
        error.WriteLine($"internal error (a bug in TheoryCheck): {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}; {WhereToReport}" +
                        (verbose ? "" : " (--verbose shows the stack trace)"));
        if (verbose) error.WriteLine(e.ToString());
        return ExitCodes.InternalError;
    }
}
