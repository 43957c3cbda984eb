using TheoryCheck.Engine;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Specs;

/// <summary>
/// A filtered run parses only the spec files whose name (= id) the filter matches: an unrelated malformed file does
/// not stop it, a malformed file it selects is still refused with file and line, and an unfiltered load still
/// validates everything.
/// </summary>
public class FilteredLoadingTests
{
    private const string GoodId = "montanari-urbani.h.relu-closed-form";

    private static string FolderWithOneGoodAndOneMalformedSpec()
    {
        var dir = TestPaths.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "p"));
        File.Copy(Path.Combine(TestPaths.Specs, "montanari-urbani", GoodId + ".yaml"), Path.Combine(dir, "p", GoodId + ".yaml"));
        File.WriteAllText(Path.Combine(dir, "p", "broken.yaml"), "id: broken\ntitle: [unterminated\n");
        return dir;
    }

    [Fact]
    public void A_filter_parses_only_the_files_it_can_select()
    {
        var dir = FolderWithOneGoodAndOneMalformedSpec();
        var specs = new SpecLoader(SolverRegistry.Default).LoadDirectory(dir, id => id == GoodId);
        specs.Select(s => s.Id).Should().Equal(GoodId);
    }

    [Fact]
    public void A_malformed_file_the_filter_selects_is_still_refused_with_its_line()
    {
        var dir = FolderWithOneGoodAndOneMalformedSpec();
        var errors = new Action(() => new SpecLoader(SolverRegistry.Default).LoadDirectory(dir, id => id.StartsWith("b", StringComparison.Ordinal)))
            .Should().Throw<SpecException>().Which.Errors;
        errors.Should().ContainSingle().Which.File.Should().EndWith("broken.yaml");
        errors[0].Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Without_a_filter_every_file_is_validated()
    {
        var dir = FolderWithOneGoodAndOneMalformedSpec();
        new Action(() => new SpecLoader(SolverRegistry.Default).LoadDirectory(dir, null))
            .Should().Throw<SpecException>().Which.Errors.Should().Contain(e => e.File.EndsWith("broken.yaml"));
    }
}
