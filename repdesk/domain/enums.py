"""The method's classifications as enums with stable codes.

The codes are what the database stores; labels for people live in the GUI
(translated with Qt's tr()), so renaming a label never needs a migration.
Terms follow ../shared/domain.md; the seed's Chinese term is in each comment.
"""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    CONSUMER = "consumer"
    ORGANISATION = "organisation"


class RelationshipType(StrEnum):
    """按与企业关系."""

    B2C = "b2c"  # 消费者 (retail consumer)
    B2B = "b2b"  # 企业客户 (business customer)
    DISTRIBUTOR = "distributor"  # 分销商和代销商
    INTERNAL = "internal"  # 内部客户


class CustomerStatus(StrEnum):
    """客户/潜在客户: closed (a customer) or not yet (a prospect)."""

    PROSPECT = "prospect"
    CUSTOMER = "customer"


class ValueTier(StrEnum):
    """Closed customers by value: 小、中、大、VIP."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    VIP = "vip"


class ProspectGrade(StrEnum):
    """Prospects by likelihood to close, A (most likely) to D."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class ValueClass(StrEnum):
    """分析客户对于企业的价值."""

    MVC = "mvc"  # 最有价值的客户: keep close
    MGC = "mgc"  # 最具增长性的客户: develop
    BZC = "bzc"  # 负值客户: exclude unless strategic


class Level(StrEnum):
    """High / medium / low, for spending (消费能力) and profit potential."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RelationshipStatus(StrEnum):
    """The segmentation grid's relationship axis (客户细分)."""

    STABLE = "stable"  # 地位稳固
    DEVELOPING = "developing"  # 关系正发展
    GOOD = "good"  # 关系不错
    JUST_CONTACTED = "just_contacted"  # 处于刚刚接触
    LIMITED = "limited"  # 交往有限
    WITHDRAWING = "withdrawing"  # 正退出


class LoyaltyStage(StrEnum):
    """忠诚客户的四个发展阶段."""

    WATCHING = "watching"  # 不了解的观望
    RANDOM = "random"  # 随机性消费
    REPEAT = "repeat"  # 回头消费
    LOYAL = "loyal"  # 忠诚消费


class DifferentiationStrategy(StrEnum):
    """差别化: share of purchases x quantity about to be bought."""

    KEEP_CLOSE = "keep_close"  # 重点保持: high share, large quantity
    MAINTAIN_OR_ACQUIRE = "maintain_or_acquire"  # 保持或获取: high share, small
    DEVELOP = "develop"  # 发展: low share, large quantity
    ACQUIRE_OR_ABANDON = "acquire_or_abandon"  # 获取或放弃: low share, small


class PurchaseBy(StrEnum):
    """Item 11: does an individual or the company buy."""

    INDIVIDUAL = "individual"
    COMPANY = "company"


class PurchaseChannels(StrEnum):
    """Item 12: single-channel or multi-channel purchasing."""

    SINGLE = "single"
    MULTI = "multi"


class PersonRole(StrEnum):
    """The people around the purchase: the sheet's roles and the six key-account roles."""

    BUYER = "buyer"  # 购买者
    SECRETARY = "secretary"  # 秘书
    DEPARTMENT_HEAD = "department_head"  # 部门负责人
    INFLUENCER = "influencer"  # 其他影响者
    DECISION_MANAGEMENT = "decision_management"  # 决策管理层
    TECHNICAL_MANAGEMENT = "technical_management"  # 技术管理
    PURCHASING = "purchasing"  # 采购
    FINANCE = "finance"  # 财务
    USAGE_MANAGEMENT = "usage_management"  # 使用管理
    OPERATOR = "operator"  # 操作层


class Quadrant(StrEnum):
    """与客户的4种关系: does the rep serve the organisation's / the person's interest."""

    OUTSIDER = "outsider"  # 局外人: neither
    SUPPLIER = "supplier"  # 供应商: organisation only
    FRIEND = "friend"  # 朋友: person only
    PARTNER = "partner"  # 合作伙伴: both


class DissatisfactionSignal(StrEnum):
    """客户不满的六个信号."""

    FALLING_VOLUME = "falling_volume"
    MORE_COMPLAINTS = "more_complaints"
    CITES_COMPETITOR = "cites_competitor"
    RELATIONSHIP_DECLINING = "relationship_declining"
    NEW_STRATEGY = "new_strategy"
    OWNERSHIP_CHANGE = "ownership_change"


class BuyingSignal(StrEnum):
    """成交的信号."""

    NAMES_ADVANTAGES = "names_advantages"
    ASKS_SERVICE_DETAILS = "asks_service_details"
    BODY_LANGUAGE = "body_language"
    STARTS_AGREEING = "starts_agreeing"
    VOLUNTEERS_INFORMATION = "volunteers_information"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ChecklistKind(StrEnum):
    """STEP1 preparation lists."""

    SALES_TOOLS = "sales_tools"  # 销售工具
    INFORMATION = "information"  # 信息收集
    DEPARTURE_CHECKS = "departure_checks"  # 临行检查


class ObjectionTarget(StrEnum):
    """Whom or what a refusal is aimed at, or a common sales objection."""

    PERSON = "person"  # of the person
    PRODUCT = "product"  # of the product
    REFLEX = "reflex"  # 本能性拒绝
    PRICE = "price"
    COMPETITOR = "competitor"
    NO_NEED = "no_need"
    TIMING = "timing"
    AUTHORITY = "authority"


class Directness(StrEnum):
    INDIRECT = "indirect"  # 间接
    DIRECT = "direct"  # 直接


class ClassificationField(StrEnum):
    """What a classification-history row records a change of."""

    STATUS = "status"
    VALUE_TIER = "value_tier"
    PROSPECT_GRADE = "prospect_grade"
    VALUE_CLASS = "value_class"


class OccasionKind(StrEnum):
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"
    CUSTOM = "custom"


class Gender(StrEnum):
    """For the right form of address (先生/女士, he/she); unknown is NULL."""

    FEMALE = "female"
    MALE = "male"


class HolidayCode(StrEnum):
    """Holidays a care occasion can name; their dates come from a calendar each year."""

    NEW_YEAR = "new_year"  # 元旦
    SPRING_FESTIVAL = "spring_festival"  # 春节
    LANTERN = "lantern"  # 元宵节
    WOMENS_DAY = "womens_day"  # 妇女节
    QINGMING = "qingming"  # 清明节
    MOTHERS_DAY = "mothers_day"  # 母亲节
    DRAGON_BOAT = "dragon_boat"  # 端午节
    FATHERS_DAY = "fathers_day"  # 父亲节
    QIXI = "qixi"  # 七夕
    TEACHERS_DAY = "teachers_day"  # 教师节
    MID_AUTUMN = "mid_autumn"  # 中秋节
    NATIONAL_DAY = "national_day"  # 国庆节
    DOUBLE_NINTH = "double_ninth"  # 重阳节
    CHRISTMAS = "christmas"  # 圣诞节


class LeadSourceCode(StrEnum):
    """客户线索的探询: the seed's lead sources, loaded as editable defaults."""

    TARGET_LIST = "target_list"  # 目标客户
    EXISTING_CUSTOMER = "existing_customer"  # 老客户
    NEWSPAPER = "newspaper"  # 报纸
    DIRECT_MAIL = "direct_mail"  # 直接邮件
    COLD_VISIT = "cold_visit"  # 陌生访问
    CUSTOMER_REFERRAL = "customer_referral"  # 客户推荐
    MAILING_LIST = "mailing_list"  # 邮件清单
    E_COMMERCE = "e_commerce"  # 电子商务
    YELLOW_PAGES = "yellow_pages"  # 黄页
    FRIEND_REFERRAL = "friend_referral"  # 朋友推荐
    ARCHIVE = "archive"  # 档案客户
