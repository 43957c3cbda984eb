using System.Globalization;
using System.Text;
using System.Xml;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.JUnit;

/// <summary>
/// <c>junit.xml</c>: one testcase per claim, <c>classname</c> = paper, <c>name</c> = claim id, <c>file</c> = spec
/// path; a failing claim's decisive numbers, verdict, golden diff and its report.html section in <c>&lt;failure&gt;</c>;
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
                w.WriteAttributeString("failures", paper.Count(r => r.Fails).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("skipped", paper.Count(r => r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped).ToString(CultureInfo.InvariantCulture));
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

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", value);
        w.WriteEndElement();
    }

    /// <summary>The same content as the Markdown and console failure reports (see <see cref="FailureDetails"/>).</summary>
    public static string FailureText(ClaimReport r, string? html = null) => FailureDetails.Text(r, html);
}
