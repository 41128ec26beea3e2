import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// data/nanjing.json says what the 2022-06-08 article says: these are its facts, one by one.
@Suite struct SampleDatasetTests {
    let dataset: Dataset
    let index: DatasetIndex

    init() throws {
        dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
        index = DatasetIndex(dataset)
    }

    @Test func citesTheArticleAsItsOnlySource() throws {
        #expect(dataset.sources.count == 1)
        let source = try #require(dataset.sources.first)
        #expect(source.title == "金图+雨图,市区联动共建共享书香城市")
        #expect(source.site == "书香江苏在线")
        #expect(source.author == "朱宇晨")
        #expect(source.postedBy == "shiyun")
        #expect(source.contributedBy == "南京市雨花台区图书馆")
        #expect(source.date?.description == "2022-06-08")
        #expect(source.synthetic == false)
        #expect(dataset.info?.synthetic == false)
        var everyCitation: [String] = dataset.libraries.flatMap(\.sources)
        everyCitation += dataset.staff.flatMap(\.sources)
        everyCitation += dataset.programs.flatMap(\.sources)
        everyCitation += dataset.events.flatMap(\.sources)
        everyCitation += dataset.phases.flatMap(\.sources)
        everyCitation += dataset.documents.flatMap(\.sources)
        everyCitation += dataset.organizations.flatMap(\.sources)
        #expect(Set(everyCitation) == [source.id])
    }

    @Test func theTwoLibrariesArePaired() throws {
        let jinling = try #require(index.library("jinling"))
        let yuhuatai = try #require(index.library("yuhuatai"))
        #expect(jinling.name == "金陵图书馆")
        #expect(jinling.tier == .municipal)
        #expect(yuhuatai.name == "雨花台区图书馆")
        #expect(yuhuatai.tier == .district)
        #expect(yuhuatai.district == "雨花台区")
        #expect(yuhuatai.pairedWith == "jinling")
        #expect(jinling.floors.isEmpty, "the article describes no floors of the Jinling Library")
        #expect(jinling.address == nil && yuhuatai.address == nil, "the article gives no address")
    }

    @Test(arguments: [
        ("jiaoxiang", "焦翔", "jinling", nil, nil, "馆长"),
        ("zhangxiaoqin", "张小琴", "jinling", nil, "事业研究部", "主任"),
        ("wangchengguan", "王承冠", "jinling", nil, "系统技术部", "主任"),
        ("chenming", "陈铭", "jinling", nil, "图书借阅部", "主任"),
        ("maxiaocui", "马小翠", "jinling", nil, nil, "业务统计主管"),
        ("wumengfei", "吴梦菲", "jinling", nil, "事业研究部", nil),
        ("nihengwei", "倪恒威", nil, "yuhuatai-wenlu", nil, "副局长"),
        ("zhangqingwen", "张庆文", "yuhuatai", nil, nil, "副馆长"),
        ("qianhua", "钱桦", "yuhuatai", nil, nil, "副馆长"),
    ] as [(String, String, String?, String?, String?, String?)])
    func everyPersonWithAffiliationDepartmentAndTitle(_ id: String, _ name: String, _ library: String?, _ organization: String?, _ department: String?, _ title: String?) throws {
        let person = try #require(index.staffMember(id))
        #expect(person.name == name)
        #expect(person.library == library)
        #expect(person.organization == organization)
        #expect(person.department == department)
        #expect(person.title == title)
        #expect(person.nameEnglish != nil)
    }

    @Test func exactlyTheNinePeopleTheArticleNames() {
        #expect(dataset.staff.count == 9)
        #expect(index.organization("yuhuatai-wenlu")?.name == "雨花台区文化和旅游局")
        #expect(index.organization("nanjing-wenlu-party")?.name == "南京市文旅局党委")
    }

    @Test func theYuhuataiFloorsFromTheTopDown() throws {
        let library = try #require(index.library("yuhuatai"))
        let floors = library.floorsTopDown.map { floor in (floor.level, floor.spaces.map(\.name)) }
        #expect(floors.map(\.0) == [6, 5, 4, 3, 2])
        #expect(floors.map(\.1) == [
            ["红色书房", "地方名人室", "特色馆藏室"],
            ["报刊阅览", "自修", "百姓书房"],
            ["综合借阅空间"],
            ["少儿阅读", "视障阅览室", "研习室", "读者沙龙", "多功能室"],
            ["读者服务大厅"],
        ])
    }

    @Test func onlyTheCitizensStudyIsUnderConstruction() throws {
        let library = try #require(index.library("yuhuatai"))
        let building = library.allSpaces.filter { $0.status != .open }
        #expect(building.map(\.name) == ["百姓书房"])
        #expect(building.first?.status == .underConstruction)
        #expect(index.space("yht-baixing-study")?.floorLevel == 5)
    }

    @Test func theMeetingAndTrainingRoomsHaveNoFloor() throws {
        let library = try #require(index.library("yuhuatai"))
        #expect(library.spacesWithoutFloor.map(\.name) == ["会议室", "培训室"])
        #expect(index.space("yht-meeting-room")?.floorLevel == nil)
    }

    @Test func everyProgramTheArticleNames() {
        let names = Set(dataset.programs.map(\.name))
        for name in ["18法律咨询广场", "文都文影——读者征文摄影大赛", "书海好景——读者荐书短视频大赛", "关爱特殊群体阅读",
                     "“科学的南京”科普系列活动", "阅美善读"] {
            #expect(names.contains(name), "missing \(name)")
        }
        let online = dataset.programs.filter { $0.mode == .online }.map(\.name)
        #expect(Set(online) == ["“科学的南京”科普系列活动", "阅美善读"])
        #expect(dataset.programs.filter { $0.status == .planned }.map(\.id) == ["jl-yuemei-sharing-team"])
        #expect(dataset.programs.allSatisfy { $0.start == nil && $0.end == nil }, "the article dates no program")
    }

    @Test func theVisitAndWhatHappenedDuringIt() throws {
        let visit = try #require(index.event("visit-2022-05-30"))
        #expect(visit.date.description == "2022-05-30")
        #expect(visit.participants.count == 9)
        let parts = dataset.events.filter { $0.parent == visit.id }
        #expect(parts.map(\.title) == ["参观调研雨花台区图书馆建设情况", "座谈交流", "图书馆基础业务辅导培训会"])
        #expect(index.event("visit-2022-05-30-talks")?.spaces == ["yht-meeting-room"])
        #expect(index.event("visit-2022-05-30-talks")?.documents == ["plan-2022-grassroots-service"])
        #expect(index.event("visit-2022-05-30-training")?.spaces == ["yht-training-room"])
        #expect(index.event("visit-2022-05-30-training")?.participants == ["chenming"])
    }

    @Test func theCooperationSince2018AndItsTwoWaysOfWorking() throws {
        let whole = try #require(index.phase("city-district-sharing"))
        #expect(whole.start?.description == "2018")
        #expect(whole.ongoing)
        let stages = dataset.phases.filter { $0.parent == whole.id }.map(\.title)
        #expect(stages == ["中层干部“一对一,点对点”对接服务", "事业研究部统筹业务联系"])
        #expect(index.phase("rd-department-coordination")?.start == nil, "the article does not date the change")
    }

    @Test func theWorkPlan() throws {
        let plan = try #require(index.document("plan-2022-grassroots-service"))
        #expect(plan.title == "南京市公共图书馆2022年基层服务专项工作方案")
        #expect(plan.kind == .workPlan)
        #expect(plan.year == 2022)
    }

    @Test func everyNameHasAnEnglishRendering() {
        #expect(dataset.libraries.allSatisfy { $0.nameEnglish != nil })
        #expect(dataset.libraries.flatMap(\.allSpaces).allSatisfy { $0.nameEnglish != nil })
        #expect(dataset.programs.allSatisfy { $0.nameEnglish != nil })
        #expect(dataset.events.allSatisfy { $0.titleEnglish != nil })
    }
}
