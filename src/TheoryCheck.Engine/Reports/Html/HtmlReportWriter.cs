using System.Globalization;
using System.Text;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Reports.Svg;
using TheoryCheck.Engine.Running;
using static TheoryCheck.Engine.Reports.Svg.Markup;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary>
/// <c>report.html</c>: one offline file (inline CSS and SVG, no script, no network) with the run's header, an
/// overview of one line per claim grouped by status, paper and tag (<see cref="HtmlOverview"/>), and, failures first, per claim its source, verdict, a convergence plot per converges
/// check, the figures its spec declares, the data under each plot and the golden differences, worst first.
/// Deterministic except for the date and the commit (in <c>&lt;span class="date"&gt;</c> and <c>&lt;span class="commit"&gt;</c>).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The file name of the HTML report in a report folder (summary.md and junit.xml link to it).</summary>
    public const string FileName = "report.html";

    public static string Write(RunReport run)
    {
        var sb = new StringBuilder();
        var headline = StatusText.Headline(run.Claims);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append($"<title>TheoryCheck: {headline}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n");
        WriteHeader(sb, run, headline);
        sb.Append("<main>\n");
        var ordered = ClaimGroups.Order(run.Claims);
        WriteOverview(sb, run, ordered);
        foreach (var claim in ordered) WriteClaim(sb, claim);
        sb.Append("</main>\n");
        sb.Append($"<footer>Written by theorycheck {Escape(run.ToolVersion)}. results.json beside this file holds every number; ")
          .Append("plots are drawn from it, error bars are standard errors of the mean over the seeds.</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteHeader(StringBuilder sb, RunReport run, string headline)
    {
        sb.Append("<header>\n<h1>TheoryCheck report</h1>\n");
        sb.Append($"<p><b>{Escape(headline)}</b>{(run.Fails ? " — <span class=\"fail\">the run fails</span>" : "")}</p>\n");
        sb.Append("<div class=\"meta\">");
        Meta(sb, "tool", Escape(run.ToolVersion));
        Meta(sb, "commit", $"<span class=\"commit\">{Escape(run.Commit ?? "unknown")}</span>");
        Meta(sb, "master seed", run.MasterSeed.ToString(CultureInfo.InvariantCulture));
        Meta(sb, "tier", run.Tier.ToString().ToLowerInvariant());
        Meta(sb, "backend", Escape(run.Backend));
        // Date and wall time are the only parts of the page that change from run to run (with the commit).
        var date = run.Timings.Started is { } started ? started.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "unknown";
        Meta(sb, "date", $"<span class=\"date\">{date}, {run.Timings.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s</span>");
        if (run.Shard is { } shard) Meta(sb, "shard", $"{shard} of {run.Selection.Claims} selected claims");
        Meta(sb, "power", Escape(StatusText.PowerLine(run.Claims)?["power: ".Length..] ?? "not measured in this run (run --power measures it)"));
        if (run.TheoryPerturbation != 0) Meta(sb, "theory perturbed by", Value(run.TheoryPerturbation) + " (on purpose: claims should fail)");
        sb.Append("</div>\n</header>\n");
    }

    private static void Meta(StringBuilder sb, string name, string html) => sb.Append($"<span>{name}: <b>{html}</b></span>");

    /// <summary>The overview (status index, groups by status, paper and tag) and the sources' errors, before the claims' sections.</summary>
    private static void WriteOverview(StringBuilder sb, RunReport run, IReadOnlyList<ClaimReport> ordered)
    {
        HtmlOverview.Write(sb, run, ordered);
        if (!SourceVerdicts.Errors(run).Any()) return;
        sb.Append($"<section id=\"source-errors\">\n<h2>{SourceVerdicts.SectionTitle}</h2>\n<ul>\n");
        foreach (var c in SourceVerdicts.Errors(run)) sb.Append($"<li>{Escape(SourceVerdicts.Line(c))}</li>\n");
        sb.Append("</ul>\n</section>\n");
    }

    private static void WriteClaim(StringBuilder sb, ClaimReport c)
    {
        sb.Append($"<section class=\"claim\" id=\"{c.Anchor}\">\n<h2><a href=\"#{c.Anchor}\">{Escape(c.Id)}</a> ")
          .Append($"<span class=\"badge {StatusClass(c.Status)}\">{StatusText.Of(c.Status)}</span>{(c.Golden?.Fails == true ? " <span class=\"badge st-error\">golden failure</span>" : "")}</h2>\n");
        sb.Append($"<p><b>{Escape(c.Title)}</b></p>\n<blockquote>{Escape(c.Claim)}</blockquote>\n");
        sb.Append($"<p class=\"muted\">Source: {Escape(c.Source.Document)}, {Escape(c.Source.Reference)}. Spec: {Escape(c.File)}:{c.Line}. ")
          .Append($"Theory <code>{Escape(c.Theory)}</code>, experiment <code>{Escape(c.Experiment)}</code>; ")
          .Append($"{c.Points.Count} points, {(c.Points.Count > 0 ? c.Points[0].Seeds : 0)} seeds each.</p>\n");
        WriteReferences(sb, c.References);
        sb.Append($"<p>Verdict: <b>{Escape(c.Summary)}</b></p>\n");
        if (c.KnownFailure is { } kf) sb.Append($"<p class=\"note\">Declared known failure: {Escape(kf)}</p>\n");
        if (c.Error is { } err) sb.Append($"<p class=\"fail\">Error: {Escape(err)}</p>\n");
        if (c.Checks.Count > 0)
        {
            sb.Append("<ul class=\"checks\">");
            foreach (var check in c.Checks)
                sb.Append($"<li><b>{Escape(check.Kind)}</b> <span class=\"{(check.Verdict == Verdict.Pass ? "pass" : "fail")}\">{StatusText.Of(check.Verdict)}</span>: ")
                  .Append($"{Escape(check.Reason)}<br><span class=\"muted\">claimed: {Escape(check.Claimed)}; tolerance because: {Escape(check.ToleranceReason)}</span></li>");
            sb.Append("</ul>\n");
        }
        var figures = c.Checks.Where(k => k.Converges is not null).Select(k => ConvergencePlotBuilder.Build(c, k, k.Converges!))
            .Concat(c.Figures.Select(f => FigurePlotBuilder.Build(c, f))).ToList();
        if (figures.Count > 0)
        {
            sb.Append("<div class=\"plots\">\n");
            foreach (var f in figures) WriteFigure(sb, f);
            sb.Append("</div>\n");
        }
        if (c.Golden is { } g) WriteGolden(sb, g);
        sb.Append("</section>\n");
    }

    /// <summary>The papers the claim's solvers implement (from their modules' paper.yaml): nothing when none is declared.</summary>
    private static void WriteReferences(StringBuilder sb, IReadOnlyList<Registry.PaperReference> references)
    {
        if (references.Count == 0) return;
        sb.Append($"<p class=\"muted cite\">{(references.Count == 1 ? "Paper" : "Papers")}: ");
        for (var i = 0; i < references.Count; i++)
        {
            var r = references[i];
            if (i > 0) sb.Append("; ");
            sb.Append($"{Escape(r.AuthorList)}, <i>{Escape(r.Title)}</i>");
            if (r.Venue is { } venue) sb.Append($", {Escape(venue)}");
            if (r.Year is { } year) sb.Append($", {year.ToString(CultureInfo.InvariantCulture)}");
            sb.Append('.');
            if (r.ArxivUrl is { } arxiv) sb.Append($" <a href=\"{Escape(arxiv)}\">arXiv:{Escape(r.Arxiv!)}</a>");
            if (r.DoiUrl is { } doi) sb.Append($" <a href=\"{Escape(doi)}\">doi:{Escape(r.Doi!)}</a>");
            if (r.Url is { } url) sb.Append($" <a href=\"{Escape(url)}\">{Escape(url)}</a>");
        }
        sb.Append("</p>\n");
    }

    private static void WriteFigure(StringBuilder sb, PlotFigure f)
    {
        sb.Append("<figure>\n");
        // An empty frame says nothing: a figure with nothing to draw shows its title and the notes saying why.
        if (f.Plot.Series.Any(s => s.Points.Count > 0)) sb.Append(SvgPlotWriter.Write(f.Plot));
        sb.Append($"<figcaption>{Escape(f.Caption)}</figcaption>\n");
        foreach (var note in f.Notes) sb.Append($"<p class=\"note\">{Escape(note)}</p>\n");
        if (f.Table.RowCount > 0)
            sb.Append($"<details><summary>data ({f.Table.RowCount} rows)</summary><div class=\"wide\">{f.Table.ToHtml()}</div></details>\n");
        sb.Append("</figure>\n");
    }

    private static void WriteGolden(StringBuilder sb, GoldenReport g)
    {
        sb.Append($"<h3>Golden snapshot: <span class=\"{(g.Fails ? "fail" : "")}\">{g.Status.ToString().ToLowerInvariant()}</span></h3>\n");
        sb.Append($"<p class=\"muted\">{Escape(g.Message)} ({Escape(g.File)}{(g.Received is { } r ? $"; received: {Escape(r)}" : "")})</p>\n");
        if (g.Differences.Count > 0)
        {
            sb.Append($"<p>{g.DifferenceCount} values moved beyond tolerance, worst first{(g.DifferenceCount > g.Differences.Count ? $" (the worst {g.Differences.Count} listed)" : "")}:</p>\n");
            Differences(sb, g.Differences);
        }
        if (g.NearMisses.Count > 0)
        {
            sb.Append($"<details><summary>{g.NearMissCount} near misses (within tolerance, past half of it)</summary>");
            Differences(sb, g.NearMisses);
            sb.Append("</details>\n");
        }
    }

    private static void Differences(StringBuilder sb, IReadOnlyList<Golden.GoldenDifference> list)
    {
        sb.Append("<div class=\"wide\"><table class=\"data\"><thead><tr><th>quantity</th><th>expected</th><th>actual</th><th>Δabs</th><th>Δrel</th><th>tolerance</th><th>margin</th></tr></thead><tbody>\n");
        foreach (var d in list)
            sb.Append($"<tr><td style=\"text-align:left\"><code>{Escape(d.Key)}</code></td><td>{R(d.Expected)}</td><td>{R(d.Actual)}</td>")
              .Append($"<td>{Value(d.AbsoluteDelta)}</td><td>{Value(d.RelativeDelta)}</td><td>{Escape(d.Tolerance)}</td><td>{Value(d.Margin)}</td></tr>\n");
        sb.Append("</tbody></table></div>\n");
    }

    private static string R(double? v) => v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "—";

    private static string StatusClass(ClaimStatus s) => "st-" + StatusText.Of(s).Replace(' ', '-');
}
