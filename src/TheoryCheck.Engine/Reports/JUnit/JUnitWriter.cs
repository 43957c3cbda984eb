using System.Globalization;
using System.Text;
using System.Xml;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.JUnit;

/// <summary>
/// <c>junit.xml</c>: one testcase per claim, <c>classname</c> = paper, <c>name</c> = claim id, <c>file</c> = spec
/// path; a failing claim's decisive numbers, verdict, golden diff and its report.html section in <c>&lt;failure&gt;</c>
/// (<c>&lt;error&gt;</c> for a claim that could not be evaluated); per paper a testsuite with tests/failures/errors/skipped/time;
/// a known failure as <c>&lt;skipped&gt;</c>.
/// </summary>
public static class JUnitWriter
{
    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    public static string Write(RunReport run, string? html = Html.HtmlReportWriter.FileName)
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
                // JUnit's split: an error is a claim that could not be evaluated (exception, divergence), a failure one that was evaluated and failed.
                w.WriteAttributeString("failures", paper.Count(r => r.Fails && r.Status != ClaimStatus.Error).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("errors", paper.Count(r => r.Status == ClaimStatus.Error).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("skipped", paper.Count(r => r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("time", paper.Sum(r => run.Timings.Of(r.Id)).ToString("F3", CultureInfo.InvariantCulture));
                foreach (var r in paper)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("classname", r.Paper);
                    w.WriteAttributeString("name", r.Id);
                    w.WriteAttributeString("file", r.File);
                    w.WriteAttributeString("time", run.Timings.Of(r.Id).ToString("F3", CultureInfo.InvariantCulture));
                    w.WriteStartElement("properties");
                    Property(w, "source-verdict", SourceVerdicts.Of(r));
                    if (r.Source.Change is { } change) Property(w, "source-change", change);
                    w.WriteEndElement();
                    if (r.Fails)
                    {
                        w.WriteStartElement(r.Status == ClaimStatus.Error ? "error" : "failure");
                        w.WriteAttributeString("message", FailureMessage(r));
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

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", value);
        w.WriteEndElement();
    }

    /// <summary>
    /// The one-line message: what failed first. A claim that reproduces but whose golden file differs leads with the golden
    /// failure (not with "reproduced: 2 of 2 checks pass", which reads as a pass).
    /// </summary>
    public static string FailureMessage(ClaimReport r)
    {
        var checks = r.Summary + ": " + DecisiveNumbers.Text(r);
        if (r.Golden is not { Fails: true } g) return checks;
        return r.Status is ClaimStatus.Reproduced or ClaimStatus.KnownFailure
            ? $"golden failed: {g.Message} (the checks themselves: {checks})"
            : $"{checks}; golden: {g.Message}";
    }

    /// <summary>The same content as the Markdown and console failure reports (see <see cref="FailureDetails"/>).</summary>
    public static string FailureText(ClaimReport r, string? html = null) => FailureDetails.Text(r, html);
}
