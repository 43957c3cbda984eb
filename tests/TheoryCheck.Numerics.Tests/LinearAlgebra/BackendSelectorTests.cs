using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

public class BackendSelectorTests
{
    private static readonly Func<(NativeBackend?, string)> Missing = () => (null, "libopenblas.so.0 not found");

    [Theory]
    [InlineData("managed")]
    [InlineData(" Managed ")]
    public void Managed_can_be_forced(string request)
    {
        var (backend, warning) = BackendSelector.Choose(request);
        backend.Should().BeOfType<ManagedBackend>();
        backend.Name.Should().StartWith("managed");
        warning.Should().BeNull();
    }

    [Fact]
    public void Select_records_its_warning()
    {
        BackendSelector.Select("managed").Should().BeOfType<ManagedBackend>();
        BackendSelector.LastWarning.Should().BeNull();
    }

    [Fact]
    public void Auto_without_a_library_falls_back_to_managed_quietly()
    {
        var (backend, warning) = BackendSelector.Choose("auto", Missing);
        backend.Should().BeOfType<ManagedBackend>();
        warning.Should().BeNull();
    }

    [Fact]
    public void Native_requested_but_missing_falls_back_to_managed_with_a_warning()
    {
        var (backend, warning) = BackendSelector.Choose("native", Missing);
        backend.Should().BeOfType<ManagedBackend>();
        warning.Should().Contain("THEORYCHECK_BACKEND=native").And.Contain("libopenblas.so.0 not found").And.Contain("managed");
    }

    [Fact]
    public void An_unknown_request_is_treated_as_auto_with_a_warning()
    {
        var (_, warning) = BackendSelector.Choose("gpu", Missing);
        warning.Should().Contain("gpu").And.Contain("managed, native, auto");
    }

    [Fact]
    public void Missing_libraries_are_reported_by_name()
    {
        LapackNative.TryLoad([["libtheorycheck-no-such-blas.so"]], out var failure).Should().BeNull();
        failure.Should().Contain("libtheorycheck-no-such-blas.so");
    }

    [NativeTheory]
    [InlineData(null)]
    [InlineData("auto")]
    [InlineData("native")]
    public void Native_is_chosen_when_the_library_loads(string? request)
    {
        var (backend, warning) = BackendSelector.Choose(request);
        backend.Should().BeOfType<NativeBackend>();
        backend.Name.Should().MatchRegex(@"^native \(lib(openblas|lapack).*\)$");
        warning.Should().BeNull();
    }

    [Fact]
    public void Native_is_available_where_the_build_requires_it()
    {
        // CI sets THEORYCHECK_REQUIRE_NATIVE=1 after tools/install-native-deps.sh, so native tests cannot skip silently there.
        if (Environment.GetEnvironmentVariable("THEORYCHECK_REQUIRE_NATIVE") != "1") return;
        NativeBackend.IsAvailable.Should().BeTrue(NativeBackend.LoadFailure);
    }
}
