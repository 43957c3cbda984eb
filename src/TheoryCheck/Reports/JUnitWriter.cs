using System.Globalization;
using System.Text;
using System.Xml;
using TheoryCheck.Running;

namespace TheoryCheck.Reports;

/// <summary>
/// <c>junit.xml</c>: one testcase per claim, <c>classname</c> = paper, <c>name</c> = claim id, <c>file</c> = spec
/// path; a failing claim's verdict and golden diff in <c>&lt;failure&gt;</c>; a known failure as <c>&lt;skipped&gt;</c>.
/// </summary>
public static class JUnitWriter
{
    public static string Write(RunResult run)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "theorycheck");
            foreach (var paper in run.Specs.GroupBy(r => r.Spec.Paper))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", paper.Key);
                w.WriteAttributeString("tests", paper.Count().ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("failures", paper.Count(StatusText.Fails).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("skipped", paper.Count(r => r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped).ToString(CultureInfo.InvariantCulture));
                foreach (var r in paper)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("classname", r.Spec.Paper);
                    w.WriteAttributeString("name", r.Spec.Id);
                    w.WriteAttributeString("file", Path.GetRelativePath(Directory.GetCurrentDirectory(), r.Spec.FilePath).Replace('\\', '/'));
                    w.WriteAttributeString("time", r.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture));
                    if (StatusText.Fails(r))
                    {
                        w.WriteStartElement("failure");
                        w.WriteAttributeString("message", r.Summary + (r.Golden is { Fails: true } g ? "; golden: " + g.Message : ""));
                        w.WriteString(FailureText(r));
                        w.WriteEndElement();
                    }
                    else if (r.Status is ClaimStatus.KnownFailure or ClaimStatus.Skipped)
                    {
                        w.WriteStartElement("skipped");
                        w.WriteAttributeString("message", r.Spec.KnownFailure ?? r.Summary);
                        w.WriteEndElement();
                    }
                    w.WriteStartElement("system-out");
                    w.WriteString(string.Join("\n", r.Checks.Select(c => $"{c.Definition.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}")));
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The same content as the Markdown and console failure reports.</summary>
    public static string FailureText(SpecResult r)
    {
        var sb = new StringBuilder();
        sb.Append(r.Spec.Claim).Append('\n');
        if (r.Error is { } e) sb.Append("error: ").Append(e).Append('\n');
        foreach (var c in r.Checks)
            sb.Append($"{c.Definition.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}\n  claimed: {c.Definition.Describe()}\n  tolerance: {c.Definition.Reason}\n");
        if (r.Golden is { Fails: true } g)
        {
            sb.Append("golden ").Append(g.Status.ToString().ToLowerInvariant()).Append(": ").Append(g.Message).Append('\n');
            foreach (var d in g.Differences.Take(20))
                sb.Append($"  {d.Key}: expected {d.Expected?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, actual {d.Actual?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}, Δabs {StatusText.F(d.AbsoluteDelta)}, Δrel {StatusText.F(d.RelativeDelta)}, ulps {StatusText.F(d.Ulps)}, tolerance {d.Tolerance}, margin {StatusText.F(d.Margin)}\n");
        }
        return sb.ToString();
    }
}
