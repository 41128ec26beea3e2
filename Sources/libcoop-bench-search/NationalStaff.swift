import Foundation
import LibcoopCore
import LibcoopSynthetic

/// A deterministic national-scale staff list built in memory: Chinese names drawn by real surname
/// frequencies (including polyphonic and two-character surnames) and common given-name characters,
/// English names in pinyin (a few Western ones), dealt to libraries in turn.
///
/// Building it takes a second or two and no file, so the benchmark does not depend on
/// `libcoop generate`; `--data` reads a generated file instead.
enum NationalStaff {
    /// Surnames with their approximate share of the population, in tenths of a per cent.
    static let surnames: [(surname: String, weight: Int)] = [
        ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 22), ("吴", 20),
        ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13), ("胡", 13), ("郭", 12), ("何", 12), ("高", 11),
        ("林", 11), ("罗", 10), ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 7), ("韩", 7),
        ("冯", 7), ("邓", 7), ("曹", 7), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5), ("袁", 5), ("潘", 5),
        ("于", 5), ("蒋", 5), ("蔡", 5), ("余", 5), ("杜", 5), ("叶", 4), ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4),
        ("丁", 4), ("任", 4), ("沈", 4), ("姚", 4), ("卢", 4), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3),
        ("汪", 3), ("范", 3), ("金", 3), ("石", 3), ("廖", 3), ("贾", 3), ("夏", 3), ("韦", 3), ("付", 3), ("方", 3),
        ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
        ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2),
        ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1),
        ("孔", 1), ("向", 1), ("汤", 1), ("单", 1), ("解", 1), ("仇", 1), ("查", 1), ("区", 1), ("朴", 1), ("盖", 1),
        ("乐", 1), ("翟", 1), ("缪", 1), ("欧阳", 1), ("司马", 1), ("诸葛", 1), ("尉迟", 1), ("上官", 1),
    ]

    /// Characters common in given names.
    static let givenNameCharacters = Array(
        """
        伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文庆小琴翔梦菲恒威承冠铭翠桦宇晨欣怡婷雪慧佳嘉子涵思雨晓红玉兰\
        建国志海波斌辉鹏飞浩然博宁安春林峰亮凤梅莉燕玲萍颖丹蕾倩璐瑶婕琳璇悦妍彤萱馨茹蓉荣鑫鸿宏毅俊哲轩睿泽昊宸瑞祥\
        福贵富康健永长成德东南北西中正清明光辉耀荣华新民生立学士云雷电龙凯旋胜利和谐美丽善良忠诚孝义礼智信仁爱家园\
        秋冬夏春竹松柏兰菊荷莲桃李杏梨枫桐杉楠柳槐榕藤薇蓉蕊芝芸苗苑茂茜莹菁萌蓓蔚蕙薰霖露霏霓靖静娴婉婷媛娇姣娥嫣\
        斐文武双全信达雅致远航舟帆宏图大志伯仲叔季天地人和日月星辰山川河流江湖海洋泉溪源泓涌涛澜波浪潮汐沛沁泽润
        """
    )

    static let westernGivenNames = ["Tony", "Grace", "David", "Lucy", "Kevin", "Helen", "Michael", "Amy", "Peter", "Cindy"]

    /// `count` staff dealt to `libraries` libraries in turn; the same seed always gives the same list.
    static func dataset(staff count: Int, libraries libraryCount: Int, seed: UInt64) -> Dataset {
        var random = SeededRandom(seed: seed)
        let libraries = (0..<libraryCount).map { index in
            Library(id: "lib" + padded(index + 1, digits: 5), name: "合成图书馆\(index + 1)", tier: index % 12 == 0 ? .municipal : .district, sources: ["synthetic"])
        }
        var surnameTable: [String] = []
        for (surname, weight) in surnames { surnameTable += Array(repeating: surname, count: weight) }
        var pinyin = PinyinSpelling()
        var staff: [StaffMember] = []
        staff.reserveCapacity(count)
        for index in 0..<count {
            let surname = surnameTable[random.below(surnameTable.count)]
            let first = givenNameCharacters[random.below(givenNameCharacters.count)]
            let second: Character? = random.below(10) < 7 ? givenNameCharacters[random.below(givenNameCharacters.count)] : nil
            let given = String(first) + (second.map { String($0) } ?? "")
            let english: String
            if random.below(50) == 0 {
                english = westernGivenNames[random.below(westernGivenNames.count)] + " " + pinyin.capitalized(surname)
            } else {
                english = pinyin.capitalized(surname) + " " + pinyin.capitalized(given)
            }
            staff.append(StaffMember(
                id: "s" + padded(index + 1, digits: 7), name: surname + given, nameEnglish: english,
                library: libraries[index % libraryCount].id, department: "阅读推广部", title: "馆员", sources: ["synthetic"]
            ))
        }
        return Dataset(libraries: libraries, staff: staff)
    }

    private static func padded(_ number: Int, digits: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
