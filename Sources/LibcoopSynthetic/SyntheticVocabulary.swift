import LibcoopCore

/// Words the generator builds synthetic records from: common surnames and given-name characters
/// with their pinyin (for English renderings), district names, departments, titles and room types.
///
/// Generator input only; search derives pinyin with ICU and never reads this table.
enum SyntheticVocabulary {
    static let surnames: [(hanzi: String, pinyin: String)] = [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
        ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
        ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"),
        ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"),
        ("袁", "Yuan"), ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"),
        ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"), ("吕", "Lü"), ("丁", "Ding"), ("任", "Ren"),
        ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("姜", "Jiang"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"),
        ("陆", "Lu"), ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"), ("石", "Shi"), ("廖", "Liao"), ("贾", "Jia"),
        ("夏", "Xia"), ("韦", "Wei"), ("付", "Fu"), ("方", "Fang"), ("白", "Bai"), ("邹", "Zou"), ("孟", "Meng"),
        ("熊", "Xiong"), ("秦", "Qin"), ("邱", "Qiu"), ("江", "Jiang"), ("尹", "Yin"), ("薛", "Xue"), ("闫", "Yan"),
        ("段", "Duan"), ("雷", "Lei"), ("侯", "Hou"), ("龙", "Long"), ("史", "Shi"), ("陶", "Tao"), ("黎", "Li"),
        ("贺", "He"), ("顾", "Gu"), ("毛", "Mao"), ("郝", "Hao"), ("龚", "Gong"), ("邵", "Shao"), ("万", "Wan"),
        ("钱", "Qian"), ("倪", "Ni"), ("焦", "Jiao"), ("单", "Shan"), ("解", "Xie"), ("仇", "Qiu"), ("查", "Zha"),
        ("欧阳", "Ouyang"), ("司马", "Sima"), ("尉迟", "Yuchi"), ("诸葛", "Zhuge"),
    ]

    static let givenNameCharacters: [(hanzi: String, pinyin: String)] = [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
        ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
        ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
        ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("文", "wen"), ("庆", "qing"), ("小", "xiao"), ("琴", "qin"),
        ("翔", "xiang"), ("梦", "meng"), ("菲", "fei"), ("恒", "heng"), ("威", "wei"), ("承", "cheng"), ("冠", "guan"),
        ("铭", "ming"), ("翠", "cui"), ("桦", "hua"), ("宇", "yu"), ("晨", "chen"), ("欣", "xin"), ("怡", "yi"),
        ("婷", "ting"), ("雪", "xue"), ("慧", "hui"), ("佳", "jia"), ("嘉", "jia"), ("子", "zi"), ("涵", "han"),
        ("思", "si"), ("雨", "yu"), ("晓", "xiao"), ("红", "hong"), ("玉", "yu"), ("兰", "lan"), ("建", "jian"),
        ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("波", "bo"), ("斌", "bin"), ("辉", "hui"), ("鹏", "peng"),
        ("飞", "fei"), ("浩", "hao"), ("然", "ran"), ("博", "bo"), ("宁", "ning"), ("安", "an"), ("春", "chun"),
    ]

    static let cities = ["南京市", "苏州市", "无锡市", "常州市", "扬州市", "镇江市", "南通市", "徐州市", "淮安市", "盐城市", "泰州市", "宿迁市", "连云港市"]
    static let districtStems = ["玄武", "秦淮", "建邺", "鼓楼", "浦口", "栖霞", "江宁", "六合", "溧水", "高淳", "姑苏", "吴中", "相城", "梁溪", "滨湖", "新北", "武进", "广陵", "邗江", "京口", "崇川", "云龙", "清江浦", "亭湖", "海陵", "宿城", "海州", "东城", "西城", "南湖", "北塘", "青山", "白沙", "金桥", "银河"]

    static let departments: [(name: String, english: String)] = [
        ("事业研究部", "Research and Development Department"), ("系统技术部", "Systems Technology Department"),
        ("图书借阅部", "Book Lending Department"), ("少儿服务部", "Children's Services Department"),
        ("参考咨询部", "Reference Department"), ("采编部", "Acquisitions and Cataloguing Department"),
        ("办公室", "General Office"), ("阅读推广部", "Reading Promotion Department"),
        ("地方文献部", "Local Documents Department"), ("数字资源部", "Digital Resources Department"),
    ]

    static let titles: [(name: String, english: String)] = [
        ("馆员", "Librarian"), ("馆员", "Librarian"), ("馆员", "Librarian"), ("助理馆员", "Assistant Librarian"),
        ("副研究馆员", "Associate Research Librarian"), ("主任", "Head of Department"), ("副主任", "Deputy Head of Department"),
    ]

    static let spaces: [(name: String, english: String, kind: Space.Kind)] = [
        ("读者服务大厅", "Reader Services Hall", .serviceHall), ("少儿阅览室", "Children's Reading Room", .children),
        ("视障阅览室", "Reading Room for the Visually Impaired", .accessibility), ("自修室", "Self-study Room", .study),
        ("综合借阅区", "General Lending Area", .lending), ("报刊阅览室", "Periodicals Reading Room", .periodicals),
        ("读者沙龙", "Reader Salon", .salon), ("多功能厅", "Multi-function Hall", .multipurpose),
        ("地方文献室", "Local Documents Room", .specialCollection), ("展厅", "Exhibition Hall", .exhibition),
        ("会议室", "Meeting Room", .meeting), ("培训室", "Training Room", .training),
    ]

    static let programStems: [(name: String, english: String, kind: Program.Kind)] = [
        ("读书节", "Reading Festival", .readingPromotion), ("征文大赛", "Essay Contest", .contest),
        ("科普讲座", "Popular Science Lectures", .lectureSeries), ("法律咨询", "Legal Consultation", .consultation),
        ("送书下乡", "Books to the Countryside", .outreach), ("馆员业务培训", "Staff Training", .training),
        ("线上读书会", "Online Book Club", .activitySeries), ("馆际交流", "Inter-library Exchange", .exchange),
    ]
}
