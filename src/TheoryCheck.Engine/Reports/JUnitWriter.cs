using System.Globalization;
using System.Text;
using System.Xml;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports;

/// <summary>
/// <c>junit.xml</c>: one testcase per claim, <c>classname</c> = paper, <c>name</c> = claim id, <c>file</c> = spec
/// path; a failing claim's decisive numbers, verdict, golden diff and its report.html section in <c>&lt;failure&gt;</c>;
/// a known failure as <c>&lt;skipped&gt;</c>.
/// </summary>
public static class JUnitWriter
{
    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    public static string Write(RunReport run, string? html = MarkdownSummaryWriter.HtmlReportFile)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "theorycheck");
            foreach (var paper in run.Claims.GroupBy(r => r.Paper))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", paper.Key);
                w.WriteAttributeString("tests", paper.Count().ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("failures", paper.Count(r => r.Fails).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("skipped", paper.Count(r => r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped).ToString(CultureInfo.InvariantCulture));
                foreach (var r in paper)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("classname", r.Paper);
                    w.WriteAttributeString("name", r.Id);
                    w.WriteAttributeString("file", r.File);
                    w.WriteAttributeString("time", run.Timings.Of(r.Id).ToString("F3", CultureInfo.InvariantCulture));
                    if (r.Fails)
                    {
                        w.WriteStartElement("failure");
                        w.WriteAttributeString("message", r.Summary + ": " + DecisiveNumbers.Text(r) + (r.Golden is { Fails: true } g ? "; golden: " + g.Message : ""));
                        w.WriteString(FailureText(r, html));
                        w.WriteEndElement();
                    }
                    else if (r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped)
                    {
                        w.WriteStartElement("skipped");
                        w.WriteAttributeString("message", r.KnownFailure ?? r.Summary);
                        w.WriteEndElement();
                    }
                    w.WriteStartElement("system-out");
                    w.WriteString(string.Join("\n", r.Checks.Select(c => $"{c.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}")));
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The same content as the Markdown and console failure reports: decisive numbers, checks, golden diff, link.</summary>
    public static string FailureText(ClaimReport r, string? html = null)
    {
        var sb = new StringBuilder();
        sb.Append(r.Claim).Append('\n');
        if (html is not null) sb.Append($"report: {html}#{r.Anchor}\n");
        foreach (var line in DecisiveNumbers.Of(r)) sb.Append("decisive: ").Append(line).Append('\n');
        foreach (var c in r.Checks)
            sb.Append($"{c.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}\n  claimed: {c.Claimed}\n  tolerance: {c.ToleranceReason}\n");
        if (r.Golden is { Fails: true } g)
        {
            sb.Append("golden ").Append(g.Status.ToString().ToLowerInvariant()).Append(": ").Append(g.Message).Append('\n');
            foreach (var d in g.Differences.Take(20))
                sb.Append($"  {d.Key}: expected {d.Expected?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, actual {d.Actual?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, Δabs {GoldenDifferenceText.Delta(d, d.AbsoluteDelta)}, Δrel {GoldenDifferenceText.Delta(d, d.RelativeDelta)}, ulps {GoldenDifferenceText.Delta(d, d.Ulps)}, tolerance {d.Tolerance}, margin {StatusText.F(d.Margin)}\n");
        }
        return sb.ToString();
    }
}
