using System.Globalization;
using System.Text;
using System.Xml;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.JUnit;

/// <summary>
/// <c>junit.xml</c> in the structure CI test viewers read (Jenkins, GitLab, Azure DevOps, GitHub test-report actions;
/// the shape of Ant's JUnit task and of Jenkins' junit-10.xsd): <c>&lt;testsuites&gt;</c> holding one
/// <c>&lt;testsuite&gt;</c> per paper, one <c>&lt;testcase&gt;</c> per claim (<c>classname</c> = paper, <c>name</c> =
/// claim id, <c>file</c>/<c>line</c> = spec). Each claim has one outcome (<see cref="JUnitOutcome"/>): a claim that
/// could not be computed is an <c>&lt;error&gt;</c>, a claim not as expected (not reproduced, unexpected pass, golden
/// file differs) a <c>&lt;failure&gt;</c> with the decisive numbers, golden diff and report.html section, a confirmed
/// known failure <c>&lt;skipped&gt;</c>. Suites carry tests/failures/errors/skipped counts, time, an ISO 8601 UTC
/// timestamp, hostname and the run's <c>&lt;properties&gt;</c> (seed, tier, backend…) so a CI run can be reproduced.
/// </summary>
public static class JUnitWriter
{
    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    /// <summary>The report as junit.xml; <paramref name="hostname"/> (the machine named in each suite) is the current one unless given.</summary>
    public static string Write(RunReport run, string? html = Html.HtmlReportWriter.FileName, string? hostname = null)
    {
        hostname ??= Environment.MachineName;
        var timestamp = run.Timings.Started?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "theorycheck");
            Counts(w, run.Claims);
            w.WriteAttributeString("time", Seconds(run.Timings.TotalSeconds));
            if (timestamp is not null) w.WriteAttributeString("timestamp", timestamp);
            var id = 0;
            foreach (var paper in run.Claims.GroupBy(r => r.Paper))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", paper.Key);
                Counts(w, paper.ToList());
                // A suite's time is the work time of its claims (they may have run in parallel with other suites').
                w.WriteAttributeString("time", Seconds(paper.Sum(r => run.Timings.Of(r.Id))));
                if (timestamp is not null) w.WriteAttributeString("timestamp", timestamp);
                w.WriteAttributeString("hostname", hostname);
                w.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
                Properties(w, run);
                foreach (var r in paper) TestCase(w, run, r, html);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The same content as the Markdown and console failure reports (see <see cref="FailureDetails"/>).</summary>
    public static string FailureText(ClaimReport r, string? html = null) => FailureDetails.Text(r, html);

    /// <summary>
    /// The failure message: a golden failure first when the claim itself is as expected (else CI would show
    /// "reproduced: 2 of 2 checks pass" as the reason a test failed), then the claim's summary and decisive numbers.
    /// </summary>
    public static string FailureMessage(ClaimReport r)
    {
        var claim = r.Summary + ": " + DecisiveNumbers.Text(r);
        if (r.Golden is not { Fails: true } g) return claim;
        var golden = $"golden {g.Status.ToString().ToLowerInvariant()} ({g.File}): {g.Message}";
        return JUnitOutcomes.Of(r) == JUnitOutcome.GoldenFailure ? golden + "; claim " + claim : claim + "; " + golden;
    }

    private static void TestCase(XmlWriter w, RunReport run, ClaimReport r, string? html)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", r.Paper);
        w.WriteAttributeString("name", r.Id);
        w.WriteAttributeString("file", r.File);
        w.WriteAttributeString("line", r.Line.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", Seconds(run.Timings.Of(r.Id)));
        // What the claim says about its source (issue 16): confirms, corrects, refutes, undecided or records.
        w.WriteStartElement("properties");
        Property(w, "source-verdict", SourceVerdicts.Of(r));
        if (r.Source.Change is { } change) Property(w, "source-change", change);
        w.WriteEndElement();
        switch (JUnitOutcomes.Of(r))
        {
            case JUnitOutcome.Error:
                w.WriteStartElement("error");
                w.WriteAttributeString("message", r.Summary);
                w.WriteAttributeString("type", StatusText.Of(r.Status));
                w.WriteString(FailureText(r, html));
                w.WriteEndElement();
                break;
            case JUnitOutcome.Failure or JUnitOutcome.GoldenFailure:
                w.WriteStartElement("failure");
                w.WriteAttributeString("message", FailureMessage(r));
                w.WriteAttributeString("type", JUnitOutcomes.Of(r) == JUnitOutcome.GoldenFailure ? "golden " + r.Golden!.Status.ToString().ToLowerInvariant() : StatusText.Of(r.Status));
                w.WriteString(FailureText(r, html));
                w.WriteEndElement();
                break;
            case JUnitOutcome.Skipped:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", r.KnownFailure is { } why ? "known failure: " + why : r.Summary);
                w.WriteEndElement();
                break;
        }
        w.WriteStartElement("system-out");
        w.WriteString(string.Join("\n", r.Checks.Select(c => $"{c.Kind} {StatusText.Of(c.Verdict)}: {c.Reason}")));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>What reproduces the run: seed, tier and backend first (the command line to rerun it), then provenance.</summary>
    private static void Properties(XmlWriter w, RunReport run)
    {
        w.WriteStartElement("properties");
        Property(w, "seed", run.MasterSeed.ToString(CultureInfo.InvariantCulture));
        Property(w, "tier", run.Tier.ToString().ToLowerInvariant());
        Property(w, "backend", run.Backend);
        Property(w, "tool-version", run.ToolVersion);
        if (run.Commit is { } commit) Property(w, "commit", commit);
        if (run.TheoryPerturbation != 0) Property(w, "theory-perturbation", run.TheoryPerturbation.ToString("R", CultureInfo.InvariantCulture));
        Property(w, "selection", $"{run.Selection.Claims} claims, hash {run.Selection.Hash}");
        if (run.Shard is { } shard) Property(w, "shard", shard.ToString());
        w.WriteEndElement();
    }

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", value);
        w.WriteEndElement();
    }

    /// <summary>tests, failures, errors, skipped: each claim counted once, under its <see cref="JUnitOutcome"/>.</summary>
    private static void Counts(XmlWriter w, IReadOnlyCollection<ClaimReport> claims)
    {
        var outcomes = claims.Select(JUnitOutcomes.Of).ToList();
        w.WriteAttributeString("tests", claims.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", outcomes.Count(o => o is JUnitOutcome.Failure or JUnitOutcome.GoldenFailure).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", outcomes.Count(o => o == JUnitOutcome.Error).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", outcomes.Count(o => o == JUnitOutcome.Skipped).ToString(CultureInfo.InvariantCulture));
    }

    private static string Seconds(double s) => s.ToString("F3", CultureInfo.InvariantCulture);
}
