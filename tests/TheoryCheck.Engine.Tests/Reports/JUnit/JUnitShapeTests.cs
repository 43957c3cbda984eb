using System.Xml.Linq;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.JUnit;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Tests.Engine.Reports.JUnit;

/// <summary>Issue 17: errors apart from failures, suite times, a golden-only failure that says so first.</summary>
public class JUnitShapeTests
{
    [Fact]
    public void An_error_claim_is_an_error_element_and_counted_in_errors()
    {
        var suite = XDocument.Parse(JUnitWriter.Write(SampleReport.Build())).Root!.Elements("testsuite").Single();
        // The sample: bound not reproduced (failure), error (error), known failure (skipped), two reproduced.
        suite.Attribute("tests")!.Value.Should().Be("5");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Attribute("errors")!.Value.Should().Be("1");
        suite.Attribute("skipped")!.Value.Should().Be("1");
        suite.Attribute("time").Should().NotBeNull();
        var error = suite.Elements("testcase").Single(t => t.Attribute("name")!.Value == "demo.error");
        error.Element("error").Should().NotBeNull();
        error.Element("failure").Should().BeNull();
    }
}
