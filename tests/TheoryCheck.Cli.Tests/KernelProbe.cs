using TheoryCheck.Papers.MontanariUrbani;
using TheoryCheck.Numerics.Activations;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using TheoryCheck.Numerics.Kernels;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Tests.Numerics.Kernels;

/// <summary>
/// The test assembly's entry point (Microsoft.NET.Test.Sdk's empty generated one is switched off in the project):
/// <c>dotnet TheoryCheck.Tests.dll kernel-probe</c> prints which vector widths the JIT accelerates, then the bits of
/// kernel results on fixed inputs, so <see cref="InstructionSetIndependenceTests"/> can compare a child process run with
/// DOTNET_EnableHWIntrinsic=0 (etc.) against a default one.
/// </summary>
public static class KernelProbe
{
    public const string Command = "kernel-probe";
    public const string FlagsPrefix = "accelerated:";

    public static int Main(string[] args)
    {
        if (args is not [Command]) return 2;
        Console.WriteLine($"{FlagsPrefix} v128={Vector128.IsHardwareAccelerated} v256={Vector256.IsHardwareAccelerated} v512={Vector512.IsHardwareAccelerated}");
        foreach (var line in Lines()) Console.WriteLine(line);
        return 0;
    }

    /// <summary>name = hex bits (or a SHA-256 of the bits of a whole array).</summary>
    public static IEnumerable<string> Lines()
    {
        var rng = new Rng(42);
        var x = new double[1000];
        var y = new double[1000];
        rng.FillGaussian(x);
        rng.FillGaussian(y);
        foreach (var n in new[] { 0, 1, 7, 8, 9, 31, 100, 203, 784 })
            foreach (var offset in new[] { 0, 1, 3 })
            {
                yield return $"dot n={n} offset={offset}: {Hex(FixedOrder.Dot(x.AsSpan(offset, n), y.AsSpan(2 * offset, n)))}";
                yield return $"sum n={n} offset={offset}: {Hex(FixedOrder.Sum(x.AsSpan(offset, n)))}";
                yield return $"norm n={n} offset={offset}: {Hex(FixedOrder.Norm(x.AsSpan(offset, n)))}";
            }
        var axpy = y.ToArray();
        Elementwise.MultiplyAdd(x.AsSpan(1, 999), 0.37, axpy.AsSpan(0, 999), axpy.AsSpan(0, 999));
        yield return $"multiply-add: {Digest(axpy)}";

        foreach (var sigma in new[] { Activation.Relu, Activation.Erf })
        {
            const int n = 203, d = 20, m = 9;
            var data = new double[n * d];
            rng.FillGaussian(data);
            var labels = new double[n];
            rng.FillGaussian(labels);
            var a = new double[m];
            rng.FillGaussian(a);
            var w = Sphere.RandomColumns(rng, d, m);
            var z = new double[n * m];
            var f = new double[n];
            var g = new double[d * m];
            TwoLayerProducts.Forward(data, n, d, w, m, a, sigma, z, f);
            TwoLayerProducts.Backward(data, n, d, z, m, g);
            yield return $"two-layer {sigma} forward: {Digest(z)} {Digest(f)} backward: {Digest(g)}";
            var gd = new ProjectedGradientDescent(data, labels, d, sigma, a, w);
            var risks = new double[5];
            for (var step = 0; step < risks.Length; step++) risks[step] = gd.Step(0.05);
            yield return $"projected-gd {sigma}: {Digest(risks)} {Digest(gd.A)} {Digest(gd.W)}";
        }
    }

    private static string Hex(double v) => BitConverter.DoubleToInt64Bits(v).ToString("x16");

    private static string Digest(ReadOnlySpan<double> v) =>
        Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(v)))[..16];
}
