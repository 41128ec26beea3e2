/// Surnames whose reading differs from the reading ICU gives their characters in ordinary words:
/// 曾 is read zeng as a surname but ceng in 曾经, 单 shan but dan, 尉迟 yuchi but weichi.
///
/// This is domain data, not a pinyin table: everything else about a character's pinyin comes from
/// ICU. The search index adds these readings to the first character(s) of a name and keeps ICU's
/// reading too, so 曾 as a surname is found by `zeng` and by `ceng`. Keys are Simplified.
enum SurnameReadings {
    /// The surname reading of each character of the surname, in lowercase ASCII pinyin.
    static let readings: [String: [String]] = [
        "曾": ["zeng"], "单": ["shan"], "解": ["xie"], "仇": ["qiu"], "朴": ["piao"], "区": ["ou"],
        "查": ["zha"], "盖": ["ge"], "乐": ["yue"], "翟": ["zhai"], "召": ["shao"], "秘": ["bi"],
        "缪": ["miao"], "重": ["chong"], "折": ["she"], "覃": ["qin"], "蕃": ["pi"], "种": ["chong"],
        "句": ["gou"], "员": ["yun"], "藏": ["zang"], "粘": ["nian"], "繁": ["po"], "宓": ["fu"],
        "祭": ["zhai"], "都": ["du"], "郇": ["xun"], "奇": ["ji"], "能": ["nai"], "乜": ["nie"],
        "洗": ["xian"], "角": ["jue"], "薄": ["bo"], "黑": ["he"], "卜": ["bu"], "镡": ["tan"],
        "长": ["chang"], "行": ["hang"], "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"],
        "澹台": ["tan", "tai"], "单于": ["chan", "yu"],
    ]

    /// The longest surname in the table, in characters.
    static let longestSurname = 2
}
