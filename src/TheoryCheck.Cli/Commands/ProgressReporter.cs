using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Cli.Commands;

/// <summary>Progress on stderr: one rewritten line on a terminal, plain lines when redirected or on CI.</summary>
public sealed class ProgressReporter(TextWriter error, int total, bool enabled)
{
    private readonly object _lock = new();
    private readonly bool _live = enabled && !Console.IsErrorRedirected && !Engine.Golden.GoldenStore.DetectCi();
    private int _done;

    public void Finished(SpecResult r)
    {
        if (!enabled) return;
        lock (_lock)
        {
            _done++;
            var line = $"[{_done}/{total}] {r.Spec.Id}: {StatusText.Of(r.Status)} ({r.Elapsed.TotalSeconds:F1}s)";
            if (_live) error.Write("\r\u001b[2K" + line);
            else error.WriteLine(line);
        }
    }

    public void Done()
    {
        if (_live) lock (_lock) error.WriteLine();
    }
}
