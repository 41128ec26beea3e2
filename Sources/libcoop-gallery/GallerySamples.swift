import LibcoopRender

/// Sample data in the shape of the real records: Chinese names, mixed Latin, emoji, combining
/// marks and one value with an embedded escape sequence (shown sanitised).
enum GallerySamples {
    static let libraries: [String] = [
        "市图书馆 City Library",
        "东城区图书馆",
        "西城区图书馆 📚",
        "第3分馆 Branch 3",
        "朝阳区图书馆（新馆）",
        "海淀区图书馆 👨‍👩‍👧 亲子阅读",
        "Café Librairie e\u{301}tudiante",
        "丰台区图书馆",
        "石景山区图书馆",
        "门头沟区图书馆",
        "房山区图书馆 🇨🇳",
        "通州区图书馆「城市副中心」",
        "顺义区图书馆",
        "昌平区图书馆",
        "大兴区图书馆",
        "怀柔区图书馆",
        "平谷区图书馆",
        "密云区图书馆",
        "延庆区图书馆",
        "数据含控制字符\u{1B}[31m红色",
        "少儿图书馆 Children's",
        "盲文图书馆 Braille ⠃⠗⠁⠊⠇⠇⠑",
        "古籍馆",
        "社区书屋 No. 24 ❤️",
    ]

    static let records: [(date: String, branch: String, program: String, visits: String)] = [
        ("2024-01-15", "东城区图书馆", "“阅读推广”讲座", "120"),
        ("2024-02-03", "第3分馆", "Story time 英文绘本", "36"),
        ("2024-03-21", "海淀区图书馆", "通借通还 Interlibrary loan", "1 024"),
        ("2024-04-23", "市图书馆", "世界读书日 📚 特展", "8 600"),
        ("2024-05-18", "朝阳区图书馆", "古籍修复工作坊", "18"),
        ("2024-06-01", "少儿图书馆", "六一亲子阅读 👨‍👩‍👧", "450"),
        ("2024-07-09", "Café Librairie", "Lecture en franc\u{327}ais", "22"),
        ("2024-08-30", "通州区图书馆", "城市副中心分馆联合编目", "—"),
        ("2024-09-10", "延庆区图书馆", "流动图书车进村", "310"),
        ("2024-10-24", "房山区图书馆", "数字资源共享平台上线", "2 300"),
    ]

    static let article = """
        市图书馆与各区图书馆于二〇二四年签订合作协议，建立“总分馆制”服务体系：统一采购、统一编目、通借通还。读者凭一张读者证，即可在全市任一分馆借阅和归还图书。

        The cooperation covers interlibrary loan, shared cataloguing, joint reading programmes and staff training. Records are kept per branch and per programme, with dates, visitor counts and the documents that back them.

        各分馆每季度提交活动记录（包括日期、项目名称、参与人次），由市馆汇总后形成年度报告。报告中的数字须与原始文件一致；如有出入，以原始文件为准。

        混合排版示例：第3分馆（Branch 3）在2024年共举办了42场活动，参与人次达到1 024人次；其中“Story time 英文绘本”系列最受欢迎！
        """
}
