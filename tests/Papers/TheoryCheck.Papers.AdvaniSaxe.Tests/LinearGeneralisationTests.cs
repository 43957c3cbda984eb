namespace TheoryCheck.Papers.AdvaniSaxe.Tests;

/// <summary>The MP-limit errors of the linear model against published sanity values.</summary>
public class LinearGeneralisationTests
{
    [Fact]
    public void Gradient_flow_error_matches_the_catalogue_sanity_values()
    {
        // catalogue §1 sanity values (MP limit, SNR = 4, INR = 0.25).
        LinearGeneralisation.FlowError(2, 4, 0.25, 1).Should().BeApproximately(0.4933389, 5e-8);
        LinearGeneralisation.FlowError(0.5, 4, 0.25, 20).Should().BeApproximately(1.1133150, 5e-8);
        LinearGeneralisation.GradientDescentError(2, 4, 0.25, 0.1, 50).Should().BeApproximately(0.4634198, 5e-8);
        LinearGeneralisation.FlowError(2, 4, 0.25, 1e6).Should().BeApproximately(LinearGeneralisation.AsymptoticError(2, 4, 0.25), 1e-9);
    }
}
