import LibcoopRender

/// What a search overlay shows while its index is still being built in the background: the
/// query can be typed, and is searched as soon as the index is ready.
enum IndexingNotice {
    static func text(_ language: Language) -> String {
        language.pick("正在建立索引" + Glyphs.current.chineseEllipsis, "indexing" + Glyphs.current.ellipsis)
    }
}
