"""Which sheet field a column of another program's export holds, from its header.

Salesforce, HubSpot, Zoho, Dynamics and plain Excel lists name their columns
differently ("Account Name", "Company Name", "公司名称"...); headers are compared
width-folded, casefolded and without spaces or punctuation. RepDesk's own
export headers are recognised exactly, in every contact slot. The rep can
change every guess in the mapping step.
"""

from __future__ import annotations

from collections.abc import Sequence

from repdesk.services.sheet_columns import (
    FIRST_NAME,
    LAST_NAME,
    LEAD_SOURCE,
    Target,
    header_key,
    own_header_target,
    spec,
)

_C = None  # the customer
_P = 0  # the first (and, in other programs' files, only) contact

_ALIASES: dict[tuple[str, int | None], tuple[str, ...]] = {
    ("name", _C): (
        "company",
        "companyname",
        "account",
        "accountname",
        "organization",
        "organisation",
        "organizationname",
        "organisationname",
        "org",
        "business",
        "businessname",
        "customer",
        "customername",
        "client",
        "clientname",
        "firm",
        "公司",
        "公司名称",
        "公司全称",
        "客户",
        "客户名称",
        "客户全称",
        "单位",
        "单位名称",
        "企业",
        "企业名称",
        "机构名称",
    ),
    ("address", _C): (
        "address",
        "street",
        "streetaddress",
        "address1",
        "address2",
        "address3",
        "addressline1",
        "addressline2",
        "addressline3",
        "billingstreet",
        "billingaddress",
        "mailingstreet",
        "mailingaddress",
        "shippingstreet",
        "shippingaddress",
        "address1street1",
        "address1street2",
        "address1street3",
        "state",
        "province",
        "region",
        "stateprovince",
        "stateregion",
        "billingstate",
        "billingstateprovince",
        "mailingstate",
        "mailingstateprovince",
        "address1stateprovince",
        "zip",
        "zipcode",
        "postcode",
        "postalcode",
        "zippostalcode",
        "billingzip",
        "billingzippostalcode",
        "billingpostalcode",
        "mailingzip",
        "mailingzippostalcode",
        "mailingpostalcode",
        "address1zippostalcode",
        "country",
        "countryregion",
        "billingcountry",
        "mailingcountry",
        "address1countryregion",
        "地址",
        "详细地址",
        "公司地址",
        "联系地址",
        "通讯地址",
        "办公地址",
        "街道",
        "省",
        "省份",
        "所在省份",
        "区",
        "区县",
        "邮编",
        "邮政编码",
        "国家",
    ),
    ("city", _C): (
        "city",
        "town",
        "billingcity",
        "mailingcity",
        "shippingcity",
        "address1city",
        "城市",
        "所在城市",
        "市",
    ),
    ("phone", _C): (
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "businessphone",
        "workphone",
        "officephone",
        "companyphone",
        "mainphone",
        "accountphone",
        "电话",
        "电话号码",
        "联系电话",
        "固定电话",
        "座机",
        "办公电话",
        "公司电话",
    ),
    ("email", _C): ("companyemail", "accountemail", "公司邮箱", "公司email"),
    ("website", _C): (
        "website",
        "web",
        "url",
        "webpage",
        "homepage",
        "companywebsite",
        "网址",
        "网站",
        "公司网址",
        "主页",
    ),
    ("main_business", _C): ("industry", "mainbusiness", "行业", "所属行业", "主营业务"),
    ("business_scope", _C): ("businessscope", "业务范围", "经营范围"),
    ("employees", _C): (
        "employees",
        "numberofemployees",
        "noofemployees",
        "employeecount",
        "headcount",
        "员工人数",
        "职员人数",
        "员工数",
        "人数",
    ),
    ("remarks", _C): (
        "notes",
        "note",
        "description",
        "comments",
        "comment",
        "remarks",
        "remark",
        "accountdescription",
        "备注",
        "其他备注",
        "说明",
        "描述",
    ),
    (LEAD_SOURCE, _C): ("leadsource", "source", "客户来源", "线索来源", "来源"),
    ("name", _P): (
        "contact",
        "contactname",
        "contactperson",
        "fullname",
        "primarycontact",
        "person",
        "联系人",
        "联系人姓名",
        "姓名",
        "负责人",
    ),
    (FIRST_NAME, _P): ("firstname", "givenname", "first", "forename", "名", "名字"),
    (LAST_NAME, _P): ("lastname", "surname", "familyname", "last", "姓", "姓氏"),
    ("title", _P): (
        "title",
        "jobtitle",
        "position",
        "designation",
        "职位",
        "职务",
        "头衔",
        "岗位",
    ),
    ("phone", _P): (
        "mobile",
        "mobilephone",
        "mobilenumber",
        "cell",
        "cellphone",
        "手机",
        "手机号",
        "手机号码",
        "移动电话",
        "联系人电话",
        "联系人手机",
    ),
    ("email", _P): (
        "email",
        "emailaddress",
        "mail",
        "primaryemail",
        "workemail",
        "邮箱",
        "电子邮箱",
        "电子邮件",
        "邮件",
        "email地址",
        "联系人邮箱",
    ),
    ("birthday", _P): ("birthday", "birthdate", "dateofbirth", "dob", "生日", "出生日期"),
    ("gender", _P): ("gender", "sex", "性别"),
    ("hobbies", _P): ("hobbies", "hobby", "爱好", "兴趣爱好"),
    ("interests", _P): ("interests", "兴趣"),
    ("education", _P): ("education", "学历", "教育", "教育背景"),
    ("hometown", _P): ("hometown", "birthplace", "籍贯", "家乡", "老家"),
    ("notes", _P): ("contactnotes", "contactdescription", "联系人备注"),
}

ALIASES: dict[str, Target] = {
    header_key(alias): Target(field, person)
    for (field, person), aliases in _ALIASES.items()
    for alias in aliases
}

# Words other programs put before a field's name: "Billing City", "Contact Email".
_PREFIXES = ("billing", "mailing", "shipping", "primary", "business", "work", "other", "main")
_PREFIXES_LAST = ("account", "company", "contact")
_AMBIGUOUS_NAME = "name"  # the company's in an accounts list, the person's in a contacts list


def _guess(header: str) -> Target | None:
    own = own_header_target(header)
    if own is not None:
        return own
    key = header_key(header)
    if key in ALIASES:
        return ALIASES[key]
    bare = key.rstrip("0123456789")  # "Email 2", "Phone1"
    if bare in ALIASES:
        return ALIASES[bare]
    for prefix in (*_PREFIXES, *_PREFIXES_LAST):
        if key.startswith(prefix) and key[len(prefix) :] in ALIASES:
            return ALIASES[key[len(prefix) :]]
    return None


def recognise(headers: Sequence[str]) -> list[Target | None]:
    """A target for each column (None: not imported), at most one column per field
    unless the field joins several (street, zip and country into the address)."""
    guesses = [_guess(header) for header in headers]
    taken = {target for target in guesses if target is not None}
    for index, header in enumerate(headers):
        if header_key(header) == _AMBIGUOUS_NAME:
            company = Target("name")
            guesses[index] = Target("name", _P) if company in taken else company
            taken.add(guesses[index])  # type: ignore[arg-type]
    seen: set[Target] = set()
    result: list[Target | None] = []
    for target in guesses:
        if target is not None and target in seen and not spec(target).joinable:
            target = None
        if target is not None:
            seen.add(target)
        result.append(target)
    return result
