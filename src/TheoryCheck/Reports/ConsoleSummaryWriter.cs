using System.Text;
using TheoryCheck.Running;

namespace TheoryCheck.Reports;

/// <summary>The plain-text table printed at the end of a run, then the details of every claim that fails it.</summary>
public static class ConsoleSummaryWriter
{
    public static string Write(RunResult run)
    {
        var sb = new StringBuilder();
        var idWidth = Math.Max(5, run.Specs.Select(r => r.Spec.Id.Length).DefaultIfEmpty(5).Max());
        sb.Append($"{"claim".PadRight(idWidth)}  {"status",-16}{"golden",-10}{"time",8}\n");
        sb.Append(new string('-', idWidth + 36)).Append('\n');
        foreach (var r in run.Specs)
            sb.Append($"{r.Spec.Id.PadRight(idWidth)}  {StatusText.Of(r.Status),-16}{r.Golden?.Status.ToString().ToLowerInvariant() ?? "-",-10}{r.Elapsed.TotalSeconds,7:F1}s\n");
        sb.Append('\n');
        foreach (var r in run.Specs.Where(StatusText.Fails))
            sb.Append($"{r.Spec.Id} ({r.Spec.FilePath}:{r.Spec.Line}): {r.Summary}\n{JUnitWriter.FailureText(r)}\n");
        foreach (var r in run.Specs.Where(r => r.Golden is { NearMisses.Count: > 0 }))
            sb.Append($"warning: {r.Spec.Id}: {r.Golden!.NearMisses.Count} golden values within tolerance but past half of it (worst {r.Golden.NearMisses[0].Key}, margin {StatusText.F(r.Golden.NearMisses[0].Margin)})\n");
        var counts = Enum.GetValues<ClaimStatus>().Select(s => (s, n: run.Specs.Count(r => r.Status == s))).Where(t => t.n > 0)
            .Select(t => $"{t.n} {StatusText.Of(t.s)}");
        var golden = run.Specs.Count(r => r.Golden?.Fails == true);
        sb.Append($"{run.Specs.Count} claims: {string.Join(", ", counts)}{(golden > 0 ? $"; {golden} golden failures" : "")} " +
                  $"in {run.Elapsed.TotalSeconds:F1}s (tier {run.Tier.ToString().ToLowerInvariant()}, seed {run.MasterSeed}, backend {run.Backend})\n");
        return sb.ToString();
    }
}
