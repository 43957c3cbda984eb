using System.Text;

namespace TheoryCheck.Cli;

/// <summary>
/// Standard output through one 64 KiB buffer, flushed when the command ends. <see cref="Console.Out"/> flushes at every
/// Write, so a <c>simulate</c> row of a dozen fields cost a dozen write system calls; commands that stream (simulate's
/// rows) still flush at each line themselves. Standard error stays unbuffered (logs and progress appear at once).
/// </summary>
public static class BufferedStandardOutput
{
    public static int Run(Func<TextWriter, int> command)
    {
        var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            return command(writer);
        }
        finally
        {
            try { writer.Flush(); }
            catch (IOException) { } // the reader closed the pipe (e.g. `| head`): nothing more can be delivered
        }
    }
}
