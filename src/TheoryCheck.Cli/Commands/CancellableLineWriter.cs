using System.Text;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// Passes text through to another writer, flushing at every line (so rows stream to a pipe as they are computed)
/// and throwing <see cref="OperationCanceledException"/> at the next line once Ctrl+C was pressed.
/// </summary>
public sealed class CancellableLineWriter(TextWriter inner, CancellationToken cancellation) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(value);
        if (value == '\n') inner.Flush();
    }

    public override void Write(string? value)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(value);
        if (value is not null && value.Contains('\n')) inner.Flush();
    }

    public override void WriteLine(string? value)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(value);
        inner.Write('\n');
        inner.Flush();
    }
}
