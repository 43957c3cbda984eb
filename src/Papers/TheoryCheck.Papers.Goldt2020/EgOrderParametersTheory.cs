using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// eps_g at user-given order parameters (Goldt et al. eq (4)–(6)): eps_g = ½ Σ_ab u_a u_b I2(a, b) over the fields
/// z ~ N(0, C), C = [[Q, R], [Rᵀ, T]], u = (v, −v*), with the closed forms of <see cref="GaussianAverages.I2"/>:
/// erf: (2/π) arcsin(C_ab/√((1 + C_aa)(1 + C_bb))) (Saad and Solla 1995); ReLU: (√(C_aaC_bb − C_ab²) + C_ab(π − arccos ρ_ab))/(2π)
/// (Cho and Saul 2009, arc-cosine kernel of degree 1); linear: C_ab. The three terms of the square are reported too.
/// </summary>
[Solver("goldt2020.eg-order-parameters", "eps_g(Q, R, T, v, v*) for erf, ReLU or linear at user-given order parameters (closed forms), and its student, teacher and cross terms",
    Reference = "eq (4)-(6); Saad & Solla (1995) for erf")]
[Output("eg", "eps_g = ½⟨(Σ_i v_i g(λ_i) − Σ_n v*_n g(ν_n))²⟩ = ½ Σ_ab u_a u_b I2(a, b), u = (v, −v*)")]
[Output("student-term", "½ Σ_ik v_i v_k I2(λ_i, λ_k) = ½⟨(student output)²⟩")]
[Output("teacher-term", "½ Σ_nm v*_n v*_m I2(ν_n, ν_m) = ½⟨(teacher output)²⟩, eps_g of a zero student")]
[Output("cross-term", "−Σ_in v_i v*_n I2(λ_i, ν_n) = eg − student-term − teacher-term")]
public sealed class EgOrderParametersTheory : Theory<EgOrderParametersParameters>
{
    protected override string? Validate(Point point, EgOrderParametersParameters parameters) => parameters.Validate();

    protected override TheoryValues Evaluate(Point point, EgOrderParametersParameters p)
    {
        var g = ScmChecks.Act(p.Activation);
        var c = p.Covariance();
        var u = p.Coefficients();
        var k = p.V.Count;
        var studentOnly = u.Select((x, a) => a < k ? x : 0).ToArray();
        var teacherOnly = u.Select((x, a) => a < k ? 0 : x).ToArray();
        var eg = GeneralisationError.FromCovariance(g, c, u);
        var student = GeneralisationError.FromCovariance(g, c, studentOnly);
        var teacher = GeneralisationError.FromCovariance(g, c, teacherOnly);
        return new TheoryValues().Set("eg", eg).Set("student-term", student).Set("teacher-term", teacher)
            .Set("cross-term", eg - student - teacher);
    }
}
