using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the linear-response routes whose ladder runs over K (Goldt et al. eq (10), (14), section 3).</summary>
public sealed record LinearResponseKParameters
{
    /// <summary>Activation g of teacher and student (erf or linear: ReLU has no closed-form ODE).</summary>
    [Parameter("activation", "g: erf = erf(x/√2), linear (relu has no ODE)", Default = "erf", Choices = new[] { "erf", "linear" })]
    public string Activation { get; init; } = "erf";

    /// <summary>Teacher hidden units M.</summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2)]
    public int M { get; init; }

    /// <summary>Learning rate η.</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true, Default = 0.2)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ.</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0, Default = 0)]
    public double Sigma { get; init; }

    /// <summary>Which layers are trained: first (SCM) or both.</summary>
    [Parameter("layers", "first: second layer frozen (SCM); both: second layer trained with η_v = η", Default = "first", Choices = new[] { "first", "both" })]
    public string Layers { get; init; } = "first";

    /// <summary>Frozen second layers: scm or normalised.</summary>
    [Parameter("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", Default = "scm", Choices = new[] { "scm", "normalised" })]
    public string SecondLayer { get; init; } = "scm";

    /// <summary>Teacher second-layer weight v* when both layers are trained.</summary>
    [Parameter("vstar", "teacher second-layer weight v* (all teachers) when both layers are trained", Min = 0, MinExclusive = true, Default = 1)]
    public double VStar { get; init; }

    /// <summary>Noiseless fixed point expanded around: specialised or copies.</summary>
    [Parameter("state", "noiseless fixed point: specialised (students i < M copy teachers, L superfluous at zero) or copies (K = Z·M, each teacher copied Z times; v_k = v*/Z when trained)", Default = "specialised", Choices = new[] { "specialised", "copies" })]
    public string State { get; init; } = "specialised";

    /// <summary>The linear-response problem at <paramref name="point"/> with K and η resolved against the ladder.</summary>
    internal LinearResponseProblem Problem(Point point) =>
        new(ScmChecks.Act(Activation), point.Size, M, Ladder.Eta(point, Eta), Sigma, Layers == "both", SecondLayer == "normalised", VStar, State == "copies");
}
