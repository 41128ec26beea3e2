import Testing

@Test func placeholderLibcoopCoreTests() { #expect(1 + 1 == 2) }
