using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests;

/// <summary>A fact that is skipped, not failed, when no system LAPACK/BLAS library loads (run tools/install-native-deps.sh).</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (!NativeBackend.IsAvailable)
            Skip = $"no native LAPACK/BLAS library: {NativeBackend.LoadFailure}";
    }
}
