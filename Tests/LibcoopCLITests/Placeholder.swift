import Testing

@Test func placeholderLibcoopCLITests() { #expect(1 + 1 == 2) }
