namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Fixed weights for checking eps_g (Goldt et al. eq (4)–(6)) against Monte Carlo: N = 5, M = 2, K = 3, random second
/// layers v, v* and a non-identity teacher overlap T, so no term of the closed form can hide.
/// </summary>
internal static class SanityWeights
{
    public const int N = 5;
    public static readonly double[] WStar =
    [
        -0.878181, -0.675171, 0.200794, -0.385201, -1.47387,
        -0.0760653, -0.450636, 0.887182, 0.376101, -0.0873384,
    ];
    public static readonly double[] VStar = [0.965846, -1.40304];
    public static readonly double[] W =
    [
        1.04404, 0.583583, 1.43897, 0.963895, 0.795075,
        -0.864295, -0.911849, 2.02883, 0.783554, -1.01488,
        -0.451547, -0.772216, 0.780296, 0.799456, -0.0126815,
    ];
    public static readonly double[] V = [-1.3598, -0.0671005, -0.395626];
}
