using System.Text;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.ConsoleSummary;

/// <summary>The plain-text table printed at the end of a run, then the details of every claim that fails it.</summary>
public static class ConsoleSummaryWriter
{
    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    public static string Write(RunReport run)
    {
        var sb = new StringBuilder();
        var idWidth = Math.Max(5, run.Claims.Select(r => r.Id.Length).DefaultIfEmpty(5).Max());
        sb.Append($"{"claim".PadRight(idWidth)}  {"status",-16}{"golden",-10}{"time",8}\n");
        sb.Append(new string('-', idWidth + 36)).Append('\n');
        foreach (var r in run.Claims)
            sb.Append($"{r.Id.PadRight(idWidth)}  {StatusText.Of(r.Status),-16}{r.Golden?.Status.ToString().ToLowerInvariant() ?? "-",-10}{run.Timings.Of(r.Id),7:F1}s\n");
        sb.Append('\n');
        foreach (var r in run.Claims.Where(r => r.Fails))
            sb.Append($"{r.Id} ({r.File}:{r.Line}): {r.Summary}\n{FailureDetails.Text(r)}\n");
        foreach (var r in run.Claims.Where(r => r.Golden is { NearMissCount: > 0 }))
            sb.Append($"warning: {r.Id}: {StatusText.GoldenValues(r.Golden!.NearMissCount)} within tolerance but past half of it (worst {r.Golden.NearMisses[0].Key}, margin {StatusText.F(r.Golden.NearMisses[0].Margin)})\n");
        if (StatusText.PowerLine(run.Claims) is { } power) sb.Append(power).Append('\n');
        foreach (var line in GoldenWrites.Lines(run)) sb.Append(line).Append('\n');
        var shard = run.Shard is { } s ? $", shard {s} of {run.Selection.Claims} selected" : "";
        sb.Append($"{StatusText.Headline(run.Claims)} " +
                  $"in {run.Timings.TotalSeconds:F1}s (tier {run.Tier.ToString().ToLowerInvariant()}, seed {run.MasterSeed}, backend {run.Backend}{shard})\n");
        if (GoldenWrites.Summary(run) is { } written) sb.Append(written).Append('\n');
        return sb.ToString();
    }
}
