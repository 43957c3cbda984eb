using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Tests.Reports.JUnit;

/// <summary>
/// junit.xml as CI systems read it: valid against the JUnit schema shipped beside this test (junit.xsd, the structure
/// Jenkins/GitLab/GitHub parsers expect), each claim counted once as failure, error or skipped, run properties present.
/// </summary>
public class JUnitSchemaTests
{
    private static readonly string Schema = Path.Combine(AppContext.BaseDirectory, "Reports", "JUnit", "junit.xsd");

    /// <summary>The sample run (reproduced, not reproduced with a golden diff, error, known failure) plus a claim that reproduces but whose golden differs.</summary>
    private static RunReport Run()
    {
        var sample = SampleReport.Build();
        var converges = sample.Claims.Single(c => c.Id == "demo.converges");
        var goldenOnly = converges with
        {
            Id = "demo.golden-only",
            Golden = new GoldenReport(GoldenStatus.Mismatch, "golden/demo/demo.golden-only.verified.json", "1 of 40 values moved beyond tolerance",
                "golden/demo/demo.golden-only.received.json", 1, [new GoldenDifference("M=50 | experiment.ks.mean", 0.1, 0.2, "rel 1E-09", 1e8)], 0, []),
        };
        return sample with { Claims = [.. sample.Claims, goldenOnly] };
    }

    private static List<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, Schema);
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    [Fact]
    public void A_run_with_every_outcome_is_valid_junit()
    {
        Validate(JUnitWriter.Write(Run(), hostname: "ci-runner-1")).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_rejects_what_a_ci_parser_would_not_read()
    {
        // Guards the test above: the validator does read the schema and does fail (a testcase without a name, an unknown element).
        var xml = JUnitWriter.Write(Run(), hostname: "h");
        Validate(xml.Replace("<testcase classname=\"demo\" name=\"demo.scalar\"", "<testcase classname=\"demo\"")).Should().ContainSingle().Which.Should().Contain("name");
        Validate(xml.Replace("<skipped ", "<ignored ")).Should().NotBeEmpty();
        Validate(xml.Replace("tests=\"6\"", "tests=\"-1\"")).Should().NotBeEmpty();
    }

    [Fact]
    public void Each_claim_counts_once_as_failure_error_or_skipped()
    {
        var doc = XDocument.Parse(JUnitWriter.Write(Run(), hostname: "ci-runner-1"));
        foreach (var element in new[] { doc.Root!, doc.Root!.Element("testsuite")! })
        {
            // demo.bound and demo.golden-only fail, demo.error errs, demo.known is skipped, two reproduce.
            ((string?)element.Attribute("tests")).Should().Be("6");
            ((string?)element.Attribute("failures")).Should().Be("2");
            ((string?)element.Attribute("errors")).Should().Be("1");
            ((string?)element.Attribute("skipped")).Should().Be("1");
            ((string?)element.Attribute("timestamp")).Should().Be("2026-11-22T12:00:00Z");
        }
        ((string?)doc.Root!.Attribute("time")).Should().Be("12.500", "the run's wall time");
        var suite = doc.Root.Element("testsuite")!;
        ((string?)suite.Attribute("time")).Should().Be("4.750", "the claims' work times: 3.25 s + 1.5 s");
        ((string?)suite.Attribute("hostname")).Should().Be("ci-runner-1");
        TestCase(doc, "demo.error").Element("error")!.Attribute("message")!.Value.Should().StartWith("error: at N=10, seed 3: diverged");
        TestCase(doc, "demo.error").Element("failure").Should().BeNull("a claim that could not be computed is an error, not a refuted claim");
        TestCase(doc, "demo.known").Element("skipped")!.Attribute("message")!.Value.Should().Be("known failure: the paper's constant is off by 2");
        TestCase(doc, "demo.converges").Elements().Select(e => e.Name.LocalName).Should().Equal(["properties", "system-out"], "a reproduced claim: its source verdict, then its checks");
    }

    [Fact]
    public void A_golden_only_failure_says_first_that_the_golden_failed()
    {
        var doc = XDocument.Parse(JUnitWriter.Write(Run(), hostname: "h"));
        var failure = TestCase(doc, "demo.golden-only").Element("failure")!;
        failure.Attribute("message")!.Value.Should().StartWith("golden mismatch (golden/demo/demo.golden-only.verified.json): 1 of 40 values moved beyond tolerance; claim reproduced:");
        ((string?)failure.Attribute("type")).Should().Be("golden mismatch");
        var bound = TestCase(doc, "demo.bound").Element("failure")!;
        bound.Attribute("message")!.Value.Should().StartWith("not reproduced: 1 of 1 checks fail: FAIL bound", "a refuted claim leads with the claim, its golden diff after");
        ((string?)bound.Attribute("type")).Should().Be("not reproduced");
    }

    [Fact]
    public void Every_suite_names_seed_tier_and_backend_to_rerun_it()
    {
        var doc = XDocument.Parse(JUnitWriter.Write(Run(), hostname: "h"));
        var properties = doc.Root!.Element("testsuite")!.Element("properties")!.Elements("property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        properties["seed"].Should().Be("20261122");
        properties["tier"].Should().Be("quick");
        properties["backend"].Should().Be("managed (test)");
        properties["commit"].Should().Be("0123456789abcdef0123456789abcdef01234567");
        properties.Should().NotContainKey("theory-perturbation", "only written when the theory was perturbed");
    }

    private static XElement TestCase(XDocument doc, string id) => doc.Descendants("testcase").Single(t => (string?)t.Attribute("name") == id);
}
