using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// Closed forms of the theorem's quantities for the constructed ensembles of <see cref="EnsembleFamilies"/>
/// (exact enumeration over vote splits for i.i.d. members), and the bound lines EIR = DER and
/// EIR = 2(K − 1)/K·DER − (3K − 4)/K for the figure.
/// </summary>
public sealed class EnsembleFamilyTheory : Theory
{
    public override string Name => "theisen-ensembles.family";
    public override string Description => "DER, EIR, majority-vote loss and competence of constructed ensembles in closed form";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt Part III 'Ensembling' (theorem DER >= EIR >= 2(K-1)/K DER - (3K-4)/K; 'The competence assumption'); catalogue montanari-urbani-and-ensembles.md §2";
    public override IReadOnlyList<ParameterSpec> Parameters => EnsembleFamilies.All;

    public override string? Validate(Point point) => EnsembleFamilies.Problem(point);

    public override TheoryValues Evaluate(Point point)
    {
        var values = EnsembleOutputs.Set(new TheoryValues(), EnsembleFamilies.Exact(point));
        var k = point.Integer("classes");
        var der = Enumerable.Range(0, 21).Select(i => i * 0.1).ToArray();
        return values
            .SetCurve("upper-bound", "DER", der, der)
            .SetCurve("lower-bound", "DER", der, der.Select(x => EnsembleMeasures.LowerBoundOf(k, x)).ToArray());
    }
}
