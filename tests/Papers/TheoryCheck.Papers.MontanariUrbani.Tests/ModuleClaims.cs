using TheoryCheck.Tests;

[assembly: ClaimsFolder("montanari-urbani")]

namespace TheoryCheck.Papers.MontanariUrbani.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/montanari-urbani.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/montanari-urbani: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
