namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Meanings of the parameters several records share (one wording per spec name).</summary>
internal static class ParameterText
{
    public const string Alpha = "samples per input dimension, alpha = P/N (P = alpha*N must be a whole number)";
    public const string Snr = "signal-to-noise ratio sigma_w^2 / sigma_eps^2 (SNR = 0 would mean infinite noise)";
    public const string Inr = "initialisation-to-signal ratio sigma_w0^2 / sigma_w^2";
    public const string Eta = "gradient-descent step; time t = eta * k";
    public const string RecordSteps = "gradient-descent steps k at which E_g is recorded";
    public const string Dataset = "index of the fixed data set X (the same for every seed; the theory uses its spectrum)";
    public const string CurveEvery = "record the E_g(t) curve every this many steps up to the last recorded step (at most 100 points)";
    public const string Alphas = "sample ratios alpha = P/N visited in one run (P = alpha*N whole for each)";
    public const string Steps = "gradient-descent steps k (t = eta*k) when stop = fixed";
    public const string ReferenceAlpha = "the alpha whose error the others are compared with (the peak)";
    public const string DrawsTimesN = "matrices per seed times N (a batch of round(value/N) matrices: S ∝ 1/N)";
    public const string Delta = "threshold for the count of small eigenvalues (inside the MP bulk [0, 4])";
    public const string InputDimension = "input dimension N_i";
    public const string Samples = "training samples P";
    public const string WidthRatios = "hidden widths N_h as multiples of P (ascending; must include 0.25, 0.5, 1, 2, 4, 8, 32, 64)";
    public const string Datasets = "data sets per run (medians over them; S = 10 in our protocol)";
}
