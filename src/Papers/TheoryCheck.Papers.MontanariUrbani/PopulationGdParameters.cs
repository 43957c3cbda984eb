using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Parameters of the population flow of the decoupling set-up from the finite-n runs' initial state (Montanari–Urbani,
/// 'Setup', mean-field initialisation): those of <see cref="DecouplingParameters"/> except <c>stop-at-excess-gap</c>,
/// which only the finite-n runs read (the population flow always runs to the horizon).
/// </summary>
public sealed record PopulationGdParameters
{
    [Parameter("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear",
        Choices = new[] { "relu", "erf", "tanh", "linear" }, Default = "relu")]
    public string Activation { get; init; } = "relu";

    [Parameter("d", "input dimension d", Min = 2, Max = 4096, Default = 20)]
    public int Dimension { get; init; }

    [Parameter("alpha", "over-parameterisation ratio alpha = n/(m d)", Min = 0, MinExclusive = true, Default = 0.5)]
    public double Alpha { get; init; }

    [Parameter("tau", "label-noise standard deviation tau (Bayes risk tau^2/2)", Min = 0, Default = 0.5)]
    public double Tau { get; init; }

    [Parameter("eta", "step of projected GD in rescaled time", Min = 0, MinExclusive = true, Max = 2, Default = 0.4)]
    public double Eta { get; init; }

    [Parameter("horizon", "final time T (used when horizon-per-m is 0)", Min = 0, MinExclusive = true, Default = 128)]
    public double Horizon { get; init; }

    [Parameter("horizon-per-m", "if > 0, the final time is this times m (t = Theta(m) studies)", Min = 0, Default = 0)]
    public double HorizonPerM { get; init; }

    [Parameter("plateau-time", "end t_p of the O(1) window where the plateau gap g(t_p) is taken", Min = 0, MinExclusive = true, Default = 20)]
    public double PlateauTime { get; init; }

    [Parameter("record-every", "time between records of e_tr, e_ts, a, v", Min = 0, MinExclusive = true, Default = 2)]
    public double RecordEvery { get; init; }

    [Parameter("init-seed", "seed of the initial state (shared by the finite-n runs and the population flow)", Min = 0, Default = 1)]
    public int InitSeed { get; init; }

    /// <summary>The set-up of the population flow with m neurons (the ladder's size); it never stops early.</summary>
    internal DecouplingSetup Setup(int m) => new DecouplingParameters
    {
        Activation = Activation, Dimension = Dimension, Alpha = Alpha, Tau = Tau, Eta = Eta, Horizon = Horizon,
        HorizonPerM = HorizonPerM, PlateauTime = PlateauTime, RecordEvery = RecordEvery, InitSeed = InitSeed,
    }.Setup(m);
}
