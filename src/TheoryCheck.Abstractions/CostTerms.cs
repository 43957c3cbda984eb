namespace TheoryCheck.Abstractions;

/// <summary>
/// Building blocks of <see cref="Experiment.EstimateCost"/>: conservative (upper-bound) operation counts of the usual
/// dense steps and the bytes of their arrays, so that each experiment states its cost as one short formula. Work units are
/// floating-point-operation-like counts; the constants are deliberately high (the estimate must bound the run time).
/// </summary>
public static class CostTerms
{
    /// <summary>Bytes of an array of <paramref name="count"/> doubles.</summary>
    public static double Doubles(double count) => 8 * count;

    /// <summary>Drawing <paramref name="count"/> Gaussian (or uniform) numbers: about 20 operations each (generator + ziggurat/Box–Muller).</summary>
    public static double Draws(double count) => 20 * count;

    /// <summary>The product of an m×k and a k×n matrix (or a Gram matrix): 2mkn.</summary>
    public static double Product(double m, double k, double n) => 2 * m * k * n;

    /// <summary>All eigenvalues of a symmetric n×n matrix (tridiagonal reduction 4n³/3, then QR): counted as 30n³ (the managed solver's memory traffic; calibrated).</summary>
    public static double Eigenvalues(double n) => 30 * n * n * n;

    /// <summary>Eigenvalues and eigenvectors of a symmetric n×n matrix (Golub–Van Loan §8.3: about 9n³): counted as 60n³ (calibrated).</summary>
    public static double Eigenpairs(double n) => 60 * n * n * n;

    /// <summary>A Cholesky factorisation or LU solve of an n×n matrix (n³/3 and 2n³/3): bounded by n³.</summary>
    public static double Factor(double n) => n * n * n;

    /// <summary>The singular values of an m×n matrix (bidiagonalisation 4mn² − 4n³/3, then QR), n = min side: counted as 30·m·n² (calibrated).</summary>
    public static double SingularValues(double m, double n) => 30 * Math.Max(m, n) * Math.Min(m, n) * Math.Min(m, n);

    /// <summary>A special function (erf, exp, log, pow) or an activation: about 40 operations.</summary>
    public static double Functions(double count) => 40 * count;
}
