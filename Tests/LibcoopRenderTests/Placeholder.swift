import Testing

@Test func placeholderLibcoopRenderTests() { #expect(1 + 1 == 2) }
