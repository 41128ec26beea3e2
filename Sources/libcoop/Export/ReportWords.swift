import LibcoopApp
import LibcoopCore

/// The words a report uses for the model's enumerations, in Chinese or English.
enum ReportWords {
    static func kind(_ kind: Program.Kind, _ language: Language) -> String {
        switch kind {
        case .contest: language.pick("比赛", "contest")
        case .lectureSeries: language.pick("系列讲座", "lecture series")
        case .activitySeries: language.pick("系列活动", "activity series")
        case .consultation: language.pick("咨询", "consultation")
        case .outreach: language.pick("延伸服务", "outreach")
        case .training: language.pick("培训", "training")
        case .readingPromotion: language.pick("阅读推广", "reading promotion")
        case .exchange: language.pick("交流", "exchange")
        case .other: language.pick("其他", "other")
        }
    }

    static func mode(_ mode: Program.Mode, _ language: Language) -> String {
        switch mode {
        case .online: language.pick("线上", "online")
        case .onsite: language.pick("线下", "on site")
        case .mixed: language.pick("线上线下结合", "online and on site")
        }
    }

    static func status(_ status: Program.Status, _ language: Language) -> String {
        switch status {
        case .planned: language.pick("计划中", "planned")
        case .running: language.pick("进行中", "running")
        case .completed: language.pick("已完成", "completed")
        }
    }

    static func kind(_ kind: Document.Kind, _ language: Language) -> String {
        switch kind {
        case .workPlan: language.pick("工作方案", "work plan")
        case .agreement: language.pick("协议", "agreement")
        case .report: language.pick("报告", "report")
        case .notice: language.pick("通知", "notice")
        case .other: language.pick("其他", "other")
        }
    }
}
