namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The quantities of the ensemble-improvement theorem for one ensemble on one (finite, possibly weighted) data set
/// (Theisen, Kim, Yang, Hodgkinson, Mahoney 2023: the ensemble improvement rate EIR, the disagreement-error ratio DER and
/// the bound DER ≥ EIR ≥ 2(K − 1)/K·DER − (3K − 4)/K for competent ensembles).
/// </summary>
internal sealed record EnsembleMeasures
{
    public required int Classes { get; init; }
    /// <summary>E_ρ[L] = E_D[W_ρ], W_ρ(x, y) the weighted fraction of members that err at (x, y).</summary>
    public required double ExpectedLoss { get; init; }
    /// <summary>L_MV, ties broken uniformly at random (expected error (t − 1)/t with the truth among t tied maxima).</summary>
    public required double MajorityVoteLoss { get; init; }
    /// <summary>D_ρ = E_X[1 − Σ_k p_k(X)²]: disagreement of two members drawn independently (with replacement).</summary>
    public required double Disagreement { get; init; }
    /// <summary>The distinct-pair (U-statistic) disagreement M/(M − 1)·D for uniform weights: not the paper's D, which draws the two members independently (with replacement).</summary>
    public required double DistinctPairDisagreement { get; init; }
    /// <summary>E[W²].</summary>
    public required double SecondMoment { get; init; }
    /// <summary>P(W ≥ 1/2).</summary>
    public required double HalfOrMoreWrong { get; init; }
    /// <summary>min over t ∈ [0, 1/2] of P(W ∈ [t, 1/2)) − P(W ∈ [1/2, 1 − t]); competent iff ≥ 0 (the paper's competence condition).</summary>
    public required double CompetenceMargin { get; init; }

    public bool Competent => CompetenceMargin >= 0;

    /// <summary>EIR = (E[L] − L_MV)/E[L] (undefined when E[L] = 0).</summary>
    public double ImprovementRate => (ExpectedLoss - MajorityVoteLoss) / ExpectedLoss;

    /// <summary>DER = D/E[L].</summary>
    public double DisagreementErrorRatio => Disagreement / ExpectedLoss;

    public double DistinctPairRatio => DistinctPairDisagreement / ExpectedLoss;

    /// <summary>The theorem's lower bound 2(K − 1)/K · DER − (3K − 4)/K.</summary>
    public double LowerBound => LowerBoundOf(Classes, DisagreementErrorRatio);

    public static double LowerBoundOf(int classes, double der) => 2.0 * (classes - 1) / classes * der - (3.0 * classes - 4) / classes;

    /// <summary>DER − EIR: ≥ 0 for every ensemble (the upper bound EIR ≤ DER).</summary>
    public double UpperSlack => DisagreementErrorRatio - ImprovementRate;

    /// <summary>EIR − lower bound: ≥ 0 for competent ensembles.</summary>
    public double LowerMargin => ImprovementRate - LowerBound;
}
