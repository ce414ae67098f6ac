using Xunit;
using Xunit.Sdk;

namespace ProgramBot.TestKit.Facts;

/// <summary>The theory form of <see cref="StorageFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("ProgramBot.TestKit.Facts.StorageTheoryDiscoverer", "ProgramBot.TestKit")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StorageTheoryAttribute : TheoryAttribute;
