"""Word lists and templates for the demo data (services/demo.py), Chinese and English.

Everything here is plain data: no randomness, no database. Chinese text is
Simplified Chinese as a rep in Guangdong or Shanghai would type it; English
text is British, for customers in UK cities. Tuples keep the order fixed, so
the same seed always picks the same words.
"""

from __future__ import annotations

from typing import Final, NamedTuple

# Word lists read best several to a line: keep the formatter away.
# fmt: off

# --------------------------------------------------------------------------
# Places


class ZhCity(NamedTuple):
    province: str  # "" for the four municipalities
    city: str  # with 市
    short: str  # the name used in company names and the city column
    districts: tuple[str, ...]
    area_code: str
    weight: int


ZH_CITIES: Final[tuple[ZhCity, ...]] = (
    ZhCity("广东省", "深圳市", "深圳",
           ("南山区", "福田区", "宝安区", "龙岗区", "罗湖区"), "0755", 14),
    ZhCity("广东省", "广州市", "广州",
           ("天河区", "越秀区", "海珠区", "白云区", "番禺区"), "020", 10),
    ZhCity("广东省", "东莞市", "东莞", ("南城街道", "东城街道", "长安镇", "虎门镇"), "0769", 6),
    ZhCity("广东省", "佛山市", "佛山", ("禅城区", "南海区", "顺德区"), "0757", 5),
    ZhCity("", "上海市", "上海", ("浦东新区", "徐汇区", "静安区", "闵行区", "长宁区"), "021", 12),
    ZhCity("", "北京市", "北京", ("朝阳区", "海淀区", "东城区", "丰台区"), "010", 8),
    ZhCity("", "天津市", "天津", ("和平区", "南开区", "滨海新区"), "022", 3),
    ZhCity("", "重庆市", "重庆", ("渝中区", "江北区", "九龙坡区"), "023", 3),
    ZhCity("浙江省", "杭州市", "杭州", ("西湖区", "滨江区", "余杭区", "拱墅区"), "0571", 6),
    ZhCity("浙江省", "宁波市", "宁波", ("鄞州区", "海曙区", "北仑区"), "0574", 3),
    ZhCity("浙江省", "温州市", "温州", ("鹿城区", "瓯海区", "龙湾区"), "0577", 2),
    ZhCity("江苏省", "南京市", "南京", ("玄武区", "鼓楼区", "江宁区", "建邺区"), "025", 4),
    ZhCity("江苏省", "苏州市", "苏州", ("姑苏区", "吴中区", "相城区", "虎丘区"), "0512", 5),
    ZhCity("江苏省", "无锡市", "无锡", ("梁溪区", "滨湖区", "新吴区"), "0510", 2),
    ZhCity("山东省", "济南市", "济南", ("历下区", "市中区", "槐荫区"), "0531", 2),
    ZhCity("山东省", "青岛市", "青岛", ("市南区", "崂山区", "黄岛区", "李沧区"), "0532", 3),
    ZhCity("福建省", "厦门市", "厦门", ("思明区", "湖里区", "集美区"), "0592", 3),
    ZhCity("福建省", "福州市", "福州", ("鼓楼区", "台江区", "仓山区"), "0591", 2),
    ZhCity("湖北省", "武汉市", "武汉", ("江汉区", "武昌区", "洪山区", "东西湖区"), "027", 3),
    ZhCity("湖南省", "长沙市", "长沙", ("岳麓区", "芙蓉区", "天心区", "雨花区"), "0731", 3),
    ZhCity("四川省", "成都市", "成都",
           ("锦江区", "武侯区", "青羊区", "金牛区", "成华区"), "028", 4),
    ZhCity("陕西省", "西安市", "西安", ("雁塔区", "碑林区", "未央区"), "029", 2),
    ZhCity("河南省", "郑州市", "郑州", ("金水区", "二七区", "中原区"), "0371", 2),
    ZhCity("安徽省", "合肥市", "合肥", ("蜀山区", "包河区", "庐阳区"), "0551", 2),
    ZhCity("辽宁省", "大连市", "大连", ("中山区", "沙河口区", "甘井子区"), "0411", 2),
    ZhCity("辽宁省", "沈阳市", "沈阳", ("和平区", "沈河区", "铁西区"), "024", 2),
)

ZH_ROADS: Final = (
    "科技园路", "深南大道", "人民路", "中山路", "解放路", "建设路", "和平路", "新华路",
    "长江路", "工业大道", "创业路", "高新路", "学府路", "东风路", "胜利路", "文化路",
    "滨江路", "花园路", "迎宾大道", "振兴路", "发展大道", "光明路", "幸福路", "朝阳路",
    "建国路", "复兴路", "南京路", "淮海路", "北京路", "延安路", "环城路", "金融街",
)
ZH_BUILDINGS: Final = (
    "科技大厦", "国际商务中心", "金融大厦", "商务广场", "创新大厦", "国贸中心", "置业广场",
    "时代大厦", "中心大厦", "财富中心",
)
ZH_PARKS: Final = ("工业园", "科技园", "产业园", "物流园", "创意园")
ZH_HOMES: Final = ("花园", "小区", "新村", "公寓", "名苑", "家园")

ZH_MOBILE_PREFIXES: Final = (
    "138", "139", "137", "136", "135", "134", "150", "151", "152", "157", "158", "159",
    "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
    "153", "180", "181", "189", "177", "199",
)

ZH_HOMETOWNS: Final = (
    "湖南长沙", "湖南衡阳", "湖北荆州", "江西赣州", "广东梅州", "广东潮州", "广东湛江",
    "广西桂林", "四川绵阳", "四川南充", "河南信阳", "河南洛阳", "山东潍坊", "山东临沂",
    "安徽安庆", "江苏南通", "浙江金华", "福建泉州", "福建莆田", "陕西宝鸡", "黑龙江哈尔滨",
    "吉林长春", "辽宁鞍山", "河北石家庄", "山西太原", "重庆万州", "上海", "北京",
)


class UkCity(NamedTuple):
    name: str
    postcodes: tuple[str, ...]
    dial: str  # after +44
    weight: int


UK_CITIES: Final[tuple[UkCity, ...]] = (
    UkCity("London", ("E1", "EC1", "EC2", "N1", "SE1", "SW1", "W1", "NW1", "E14"), "20", 12),
    UkCity("Manchester", ("M1", "M2", "M3", "M4", "M15", "M17", "M50"), "161", 8),
    UkCity("Birmingham", ("B1", "B3", "B4", "B5", "B7", "B11", "B24"), "121", 7),
    UkCity("Leeds", ("LS1", "LS2", "LS6", "LS9", "LS10", "LS11"), "113", 5),
    UkCity("Glasgow", ("G1", "G2", "G3", "G40", "G51"), "141", 4),
    UkCity("Bristol", ("BS1", "BS2", "BS3", "BS11", "BS16"), "117", 4),
    UkCity("Liverpool", ("L1", "L2", "L3", "L8", "L24"), "151", 4),
    UkCity("Edinburgh", ("EH1", "EH2", "EH3", "EH6", "EH11"), "131", 3),
    UkCity("Sheffield", ("S1", "S2", "S3", "S9", "S35"), "114", 3),
    UkCity("Newcastle upon Tyne", ("NE1", "NE2", "NE4", "NE6"), "191", 3),
    UkCity("Nottingham", ("NG1", "NG2", "NG7", "NG11"), "115", 3),
    UkCity("Cardiff", ("CF10", "CF11", "CF14", "CF24"), "29", 2),
    UkCity("Leicester", ("LE1", "LE2", "LE4", "LE5"), "116", 2),
    UkCity("Southampton", ("SO14", "SO15", "SO16"), "23", 2),
    UkCity("Belfast", ("BT1", "BT2", "BT3", "BT7"), "28", 2),
)
UK_POSTCODE_LETTERS: Final = "ABDEFGHJLNPQRSTUWXY"
UK_STREET_NAMES: Final = (
    "Harbour", "High", "Station", "Church", "Victoria", "Mill", "Park", "King", "Queen",
    "Market", "Albert", "Bridge", "Canal", "Wharf", "Oxford", "Princess", "George", "Castle",
    "Chapel", "Grove", "Meadow", "Orchard", "Portland", "Granby", "Union", "Regent", "Cambridge",
    "Silver", "Water", "York",
)
UK_STREET_TYPES: Final = ("Street", "Street", "Road", "Road", "Lane", "Way", "Avenue", "Place")
UK_ESTATES: Final = (
    "Riverside Trading Estate", "Westgate Business Park", "Meadowbank Industrial Estate",
    "Canal Side Business Centre", "Kingsway Business Park", "Airport Industrial Estate",
)
UK_HOME_TYPES: Final = ("Close", "Gardens", "Drive", "Crescent", "Road", "Avenue")
UK_HOMETOWNS: Final = (
    "Leeds", "York", "Bristol", "Bath", "Manchester", "Stockport", "Liverpool", "Chester",
    "Glasgow", "Aberdeen", "Cardiff", "Swansea", "Norwich", "Ipswich", "Hull", "Derby",
    "Coventry", "Belfast", "Dublin", "Brighton", "Plymouth", "Exeter", "Durham", "Sunderland",
    "Lahore", "Hong Kong", "Mumbai", "Lagos",
)

# --------------------------------------------------------------------------
# Companies


class ZhIndustry(NamedTuple):
    word: str  # in the company name: 深圳华信[电子]有限公司
    code: str  # for web domains
    main_business: str
    business_scope: str
    group: str  # in industry history: "电子元器件"


ZH_INDUSTRIES: Final[tuple[ZhIndustry, ...]] = (
    ZhIndustry("电子", "dz", "电子元器件分销",
               "电阻电容、连接器、传感器的批发与技术支持", "电子元器件"),
    ZhIndustry("电子科技", "tech", "智能硬件研发与生产",
               "智能家居控制板、蓝牙模块的研发、生产和销售", "智能硬件"),
    ZhIndustry("贸易", "trade", "进出口贸易", "五金、日用百货、机电产品的进出口", "进出口贸易"),
    ZhIndustry("机械", "jx", "包装机械制造", "全自动包装机、封箱机的生产及售后维修", "包装机械"),
    ZhIndustry("精密机械", "jm", "精密零件加工", "数控车铣加工、模具设计与制造", "精密加工"),
    ZhIndustry("塑胶制品", "sj", "塑胶制品注塑", "家电外壳、汽车内饰件注塑加工", "塑胶制品"),
    ZhIndustry("包装材料", "bz", "纸箱与包装材料", "瓦楞纸箱、彩盒、缓冲材料的生产和配送", "包装"),
    ZhIndustry("印务", "print", "商业印刷", "画册、说明书、不干胶标签印刷", "印刷"),
    ZhIndustry("食品", "food", "休闲食品生产", "饼干、糕点及节日礼盒的生产和批发", "食品"),
    ZhIndustry("餐饮管理", "cy", "连锁餐饮", "中式快餐门店经营与团餐配送", "餐饮"),
    ZhIndustry("酒店管理", "hotel", "商务酒店经营", "商务酒店、会议接待及宴会服务", "酒店"),
    ZhIndustry("物流", "wl", "第三方物流", "仓储、城配和跨省干线运输", "物流"),
    ZhIndustry("建材", "jc", "建筑材料批发", "瓷砖、卫浴、防水材料的批发与工程配套", "建材"),
    ZhIndustry("装饰工程", "zs", "室内装饰工程", "办公室与商铺装修设计施工", "装饰工程"),
    ZhIndustry("医疗器械", "yl", "医疗器械经销", "二类医疗器械、检验耗材的经销", "医疗器械"),
    ZhIndustry("医药", "yy", "医药连锁", "药品零售连锁及社区药房", "医药零售"),
    ZhIndustry("服饰", "fs", "服装设计与批发", "女装、职业装的设计生产和批发", "服装"),
    ZhIndustry("纺织", "fz", "纺织面料", "棉麻面料、功能性面料的织造与印染", "纺织"),
    ZhIndustry("家具", "jj", "办公家具制造", "办公桌椅、文件柜的生产与安装", "办公家具"),
    ZhIndustry("汽车服务", "auto", "汽车销售与维修", "汽车4S店、维修保养及配件销售", "汽车服务"),
    ZhIndustry("汽车配件", "qp", "汽车零部件", "刹车片、滤清器等汽车配件的生产批发", "汽车零部件"),
    ZhIndustry("化工", "hg", "精细化工", "涂料、胶粘剂及工业清洗剂的生产", "精细化工"),
    ZhIndustry("新能源", "ny", "光伏与储能", "光伏组件、储能电池系统的销售与安装", "新能源"),
    ZhIndustry("环保科技", "hb", "环保设备", "污水处理设备、废气治理工程", "环保"),
    ZhIndustry("信息技术", "it", "企业软件与系统集成", "ERP实施、网络工程与IT运维外包", "信息技术"),
    ZhIndustry("文化传播", "media", "广告与展会服务", "展会搭建、品牌策划与广告投放", "广告传媒"),
    ZhIndustry("教育科技", "edu", "职业培训", "企业内训、职业技能培训课程", "教育培训"),
    ZhIndustry("五金", "wj", "五金工具批发", "手动工具、紧固件、劳保用品的批发", "五金工具"),
    ZhIndustry("照明", "zm", "LED照明", "LED灯具、商业照明工程", "照明"),
    ZhIndustry("农业科技", "agri", "农产品供应链", "生鲜农产品采购、冷链配送", "农产品"),
)

ZH_BRANDS: Final = (
    "华信", "永和", "恒达", "宏远", "金桥", "东方", "天成", "瑞丰", "鑫源", "博雅",
    "中科", "新世纪", "海天", "长城", "华南", "联创", "金盛", "汇通", "嘉禾", "盛世",
    "鼎新", "和美", "众诚", "恒通", "锦程", "安泰", "宝利", "创新", "德胜", "飞鸿",
    "富华", "广源", "国泰", "华美", "佳宁", "建华", "金鹏", "凯达", "朗润", "力宏",
    "龙腾", "美亚", "明辉", "南方", "鹏程", "启航", "荣昌", "润和", "三友", "尚品",
    "天宇", "同创", "万达", "伟业", "协和", "新锐", "星光", "旭日", "亚太", "耀华",
    "一品", "银河", "永信", "宇通", "远大", "振华", "正泰", "志诚", "中联", "卓越",
    "百合", "宏达", "华达", "立信", "蓝海", "领航", "绿源", "名扬", "诺亚", "欧华",
    "齐力", "瑞达", "圣元", "泰和", "拓普", "威尔", "祥和", "信达", "雅居", "怡和",
    "裕丰", "粤海", "兆丰", "智达", "铭泰", "恒丰", "宏图", "昌盛", "丰泽", "金诚",
    "华兴", "晨光", "德信", "骏业", "凯旋", "隆盛", "美华", "合众", "东升", "海纳",
    "天瑞", "润丰", "鸿运", "聚源", "博达", "汇丰源", "科达", "国华", "正大", "春晖",
)
ZH_SUFFIXES: Final = (
    "有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "实业有限公司",
)
ZH_DEPARTMENTS: Final = ("市场部", "行政部", "售后服务部", "培训中心", "采购中心", "工程部")
ZH_REGIONS: Final = ("华南", "华东", "华北", "华中", "西南", "珠三角", "长三角", "全省", "本市")
ZH_RANKS: Final = ("前五", "前十", "前三", "较有名气", "中等规模", "新兴")


class EnIndustry(NamedTuple):
    word: str
    main_business: str
    business_scope: str


EN_INDUSTRIES: Final[tuple[EnIndustry, ...]] = (
    EnIndustry("Trading", "Import and wholesale of household goods",
               "Kitchenware, small appliances and homeware to independent retailers"),
    EnIndustry("Logistics", "Third-party logistics",
               "Warehousing, pallet distribution and same-day courier"),
    EnIndustry("Engineering", "Precision engineering",
               "CNC machining and fabrication for the automotive trade"),
    EnIndustry("Electronics", "Electronic component distribution",
               "Connectors, sensors and cable assemblies for OEMs"),
    EnIndustry("Foods", "Bakery and snack manufacturing",
               "Own-label biscuits and seasonal hampers"),
    EnIndustry("Packaging", "Corrugated packaging", "Boxes, mailers and protective packaging"),
    EnIndustry("Print", "Commercial printing", "Brochures, labels and point-of-sale displays"),
    EnIndustry("Plastics", "Injection moulding", "Moulded housings and parts for appliance makers"),
    EnIndustry("Textiles", "Workwear and uniforms", "Corporate uniforms, embroidery and PPE"),
    EnIndustry("Building Supplies", "Builders' merchant",
               "Timber, plumbing and heating supplies to trade"),
    EnIndustry("Hospitality", "Hotels and venues", "Business hotels, conferences and events"),
    EnIndustry("Dental Care", "Dental practices", "A group of private dental surgeries"),
    EnIndustry("Motor Group", "Car dealerships", "New and used car sales, servicing and parts"),
    EnIndustry("Office Solutions", "Office supplies and furniture",
               "Stationery, office furniture and managed print"),
    EnIndustry("Hardware", "Tools and fixings wholesale",
               "Hand tools, fixings and site consumables"),
    EnIndustry("Interiors", "Commercial fit-out", "Office and retail refurbishment"),
    EnIndustry("Pharmacy", "Community pharmacies",
               "Independent pharmacy chain and care-home supply"),
    EnIndustry("Garden Centre", "Garden retail", "Plants, garden furniture and a café"),
    EnIndustry("Catering Equipment", "Commercial catering equipment",
               "Supply, installation and servicing of kitchens"),
    EnIndustry("Medical Supplies", "Medical consumables distribution",
               "Consumables for clinics and care homes"),
    EnIndustry("Software", "Business software and IT services",
               "ERP roll-outs, networks and managed IT"),
    EnIndustry("Energy", "Solar and battery installation", "Commercial solar PV and storage"),
    EnIndustry("Chemicals", "Industrial cleaning chemicals",
               "Cleaning and hygiene products for industry"),
    EnIndustry("Media", "Marketing and exhibitions", "Exhibition stands, branding and campaigns"),
    EnIndustry("Furniture", "Furniture manufacturing", "Contract furniture for offices and hotels"),
)
EN_FIRST_WORDS: Final = (
    "Northwind", "Bluewater", "Greystone", "Redfield", "Ashford", "Kingsway", "Harbour",
    "Pennine", "Mersey", "Thames", "Severn", "Clyde", "Avalon", "Brightwell", "Oakridge",
    "Silverline", "Ironbridge", "Westgate", "Eastwood", "Highland", "Lakeside", "Summit",
    "Crown", "Sterling", "Meridian", "Pinnacle", "Cobalt", "Falcon", "Orchard", "Beacon",
    "Castlegate", "Riverside", "Heritage", "Evergreen", "Granite", "Albion", "Britannia",
    "Phoenix", "Trident", "Vanguard", "Sovereign", "Waverley", "Cheviot", "Malvern",
    "Cotswold", "Fenland", "Wessex", "Mercia", "Tyne", "Humber", "Solent", "Medway",
    "Chiltern", "Dales", "Kestrel", "Osprey", "Heron", "Ravenscroft", "Lindley", "Hawthorn",
)
EN_SECOND_WORDS: Final = (
    "", "", "", "", "", "Valley", "Bay", "Park", "Point", "Bridge", "Cross", "Hill", "Gate",
    "Field", "Works", "Star", "Vale",
)
EN_SUFFIXES: Final = (
    "Ltd", "Ltd", "Ltd", "Ltd", "Limited", "Limited", "plc", "& Co", "LLP", "Group Ltd",
)
EN_DEPARTMENTS: Final = ("Marketing", "Customer Service", "Training", "Facilities", "Purchasing")
EN_REGIONS: Final = (
    "the North West", "the Midlands", "Yorkshire", "the South East", "Scotland", "the South West",
    "London", "Wales", "the North East",
)

# --------------------------------------------------------------------------
# People

ZH_SURNAMES: Final = (
    ("王", 72), ("李", 70), ("张", 68), ("刘", 55), ("陈", 54), ("杨", 32), ("黄", 25),
    ("赵", 22), ("吴", 21), ("周", 21), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13),
    ("胡", 12), ("郭", 11), ("何", 11), ("林", 10), ("罗", 9), ("高", 9), ("郑", 9),
    ("梁", 8), ("谢", 7), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6),
    ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 4), ("董", 4), ("潘", 4), ("袁", 4),
    ("蔡", 4), ("蒋", 4), ("余", 4), ("于", 4), ("杜", 3), ("叶", 3), ("程", 3), ("魏", 3),
    ("苏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("卢", 3), ("姚", 3), ("沈", 3), ("钟", 3),
    ("姜", 2), ("崔", 2), ("谭", 2), ("陆", 2), ("范", 2), ("汪", 2), ("廖", 2), ("欧阳", 1),
    ("司马", 1),
)
ZH_GIVEN_MALE: Final = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
    "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "建", "国",
    "志", "海", "峰", "文", "亮", "晨", "阳", "博", "思", "远", "振", "荣", "德", "永", "家",
)
ZH_GIVEN_FEMALE: Final = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "燕", "玲", "婷", "雪", "慧", "莹",
    "晶", "倩", "琳", "洁", "颖", "红", "梅", "琴", "云", "璐", "欣", "怡", "佳", "悦", "月",
    "思", "雨", "晓", "文", "美", "丹", "萍", "春", "嘉", "蕾",
)

EN_FIRST_MALE: Final = (
    "James", "John", "David", "Michael", "Paul", "Andrew", "Mark", "Richard", "Peter", "Steven",
    "Daniel", "Thomas", "Christopher", "Matthew", "Simon", "Gareth", "Ian", "Neil", "Stuart",
    "Oliver", "Harry", "George", "Jack", "Ravi", "Mohammed", "Liam", "Connor", "Ben", "Sam", "Tom",
)
EN_FIRST_FEMALE: Final = (
    "Sarah", "Emma", "Claire", "Helen", "Rachel", "Laura", "Karen", "Susan", "Jane", "Nicola",
    "Louise", "Rebecca", "Hannah", "Sophie", "Charlotte", "Amelia", "Emily", "Lucy", "Priya",
    "Aisha", "Fiona", "Kirsty", "Joanne", "Megan", "Grace", "Olivia", "Chloe", "Anna", "Kate",
    "Zoe",
)
EN_SURNAMES: Final = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
    "Jackson", "Clarke", "Hughes", "Barker", "Patel", "Khan", "Turner", "Hill", "Moore",
    "Cooper", "Ward", "Morris", "King", "Harris", "Baker", "Lewis", "Edwards", "Collins",
    "Stewart", "Murray", "Campbell", "Kelly", "O'Brien", "Shaw", "Lloyd", "Ellis", "Mitchell",
    "Chapman", "Fletcher", "Marshall", "Owen", "Holmes", "Ahmed", "Singh", "Chen", "Wong",
    "Lee", "Fraser", "Reid", "Grant", "Spencer", "Bennett",
)

# Titles by PersonRole code.
ZH_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "buyer": ("采购经理", "采购主管", "总经理", "老板", "采购部长"),
    "secretary": ("总经理秘书", "行政助理", "前台主管", "总裁办秘书"),
    "department_head": ("生产部经理", "工程部部长", "市场部经理", "品质部经理", "行政部经理"),
    "influencer": ("技术顾问", "副总经理", "质量主管", "项目经理"),
    "decision_management": ("董事长", "总经理", "副总裁", "执行董事"),
    "technical_management": ("技术总监", "总工程师", "研发经理"),
    "purchasing": ("采购专员", "采购部经理", "供应链经理"),
    "finance": ("财务经理", "财务总监", "会计主管"),
    "usage_management": ("车间主任", "运营经理", "仓库主管", "设备科科长"),
    "operator": ("设备操作员", "技术员", "班组长", "仓管员"),
}
EN_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "buyer": ("Purchasing Manager", "Buyer", "Managing Director", "Owner", "Head of Procurement"),
    "secretary": ("PA to the Managing Director", "Office Manager", "Receptionist"),
    "department_head": ("Production Manager", "Head of Engineering", "Marketing Manager",
                        "Operations Manager"),
    "influencer": ("Technical Consultant", "Deputy MD", "Quality Manager", "Project Manager"),
    "decision_management": ("Managing Director", "Chief Executive", "Director"),
    "technical_management": ("Technical Director", "Chief Engineer", "Head of R&D"),
    "purchasing": ("Procurement Officer", "Purchasing Manager", "Supply Chain Manager"),
    "finance": ("Finance Manager", "Finance Director", "Financial Controller"),
    "usage_management": ("Workshop Manager", "Site Manager", "Warehouse Manager"),
    "operator": ("Machine Operator", "Technician", "Team Leader", "Storekeeper"),
}

ZH_PERSONALITY: Final = (
    "外向、爽快，喜欢直来直去", "稳重、细致，做决定前要看数据", "比较谨慎，不轻易表态",
    "热情健谈，喜欢交朋友", "雷厉风行，讨厌拖泥带水", "内向，但很讲信用", "精明，对价格敏感",
    "注重面子，喜欢被尊重", "务实，关心售后和交期", "好奇心强，愿意尝试新东西",
)
ZH_HOBBIES: Final = (
    "钓鱼", "打高尔夫", "喝茶", "打羽毛球", "爬山", "摄影", "书法", "打麻将", "跑步", "游泳",
    "下象棋", "打篮球", "唱K", "骑行", "养花", "自驾游",
)
ZH_INTERESTS: Final = (
    "红酒", "普洱茶", "历史", "足球（广州队）", "理财投资", "孩子教育", "养生", "汽车",
    "收藏紫砂壶", "健身", "美食", "旅游", "古典音乐", "科技数码", "国学",
)
ZH_LIFESTYLE: Final = (
    "早起跑步，周末陪孩子", "经常出差，喜欢在机场贵宾室办公", "晚上常应酬，周日固定去钓鱼",
    "生活规律，不喝酒", "周末回老家看父母", "热爱户外，假期常自驾",
)
ZH_EDUCATION: Final = (
    "华南理工大学 本科", "中山大学 MBA", "复旦大学 本科", "武汉大学 硕士", "湖南大学 本科",
    "深圳大学 本科", "浙江大学 硕士", "大专", "中专", "四川大学 本科", "厦门大学 本科",
    "西安交通大学 本科", "北京理工大学 硕士", "高中",
)
ZH_WILLING: Final = (
    "愿意先小批量试用", "对新供应商比较保守", "只要有成功案例就愿意尝试", "需要先看样品",
)
ZH_CONFIDENCE: Final = (
    "能拍板，决策快", "要请示老板", "需要技术部点头", "喜欢集体讨论后再定",
)
ZH_PERSON_NOTES: Final = (
    "不怕货比三家，就怕没有爱好：多聊钓鱼", "孩子今年高考，别在六月约", "上午比较忙，下午好约",
    "不喜欢电话推销，最好发微信", "和前任业务员关系很好", "对售后响应速度要求高",
)
ZH_FACT_SOURCES: Final = (
    "问过前台", "打电话问过其他人员", "拜访时闲聊得知", "观察办公室摆设", "秘书告知",
    "名片上的头衔", "公司官网", "行业展会上交谈",
)

EN_PERSONALITY: Final = (
    "outgoing and direct", "detail-minded, wants the numbers first", "cautious, rarely commits",
    "chatty, likes to build a rapport", "decisive, hates waffle", "quiet but keeps his word",
    "sharp on price", "values being consulted", "practical, cares about delivery and service",
    "curious, likes trying new things",
)
EN_HOBBIES: Final = (
    "golf", "fishing", "cycling", "running", "sailing", "hill walking", "photography",
    "gardening", "five-a-side football", "cricket", "rugby", "climbing", "cooking", "tennis",
)
EN_INTERESTS: Final = (
    "wine", "Manchester United", "Liverpool FC", "local history", "classic cars", "jazz",
    "craft beer", "travel", "his children's football", "theatre", "whisky", "F1", "gadgets",
)
EN_LIFESTYLE: Final = (
    "early riser, in the office by 7", "travels a lot, works from trains",
    "family first: leaves at 5 sharp", "fitness fanatic, runs marathons",
    "weekends at the caravan in the Lakes",
)
EN_EDUCATION: Final = (
    "BSc, University of Leeds", "MBA, Manchester Business School", "BEng, Loughborough",
    "HND in Engineering", "BA, University of Bristol", "left school at 16, apprenticeship",
    "MSc, University of Strathclyde", "BA, Nottingham Trent", "ACCA",
)
EN_WILLING: Final = (
    "open to a small trial order", "sticks with what works", "will try it if we show a case study",
    "wants samples first",
)
EN_CONFIDENCE: Final = (
    "decides on the spot", "needs sign-off from the MD", "defers to the engineers",
    "likes a committee decision",
)
EN_PERSON_NOTES: Final = (
    "prefers email to calls", "do not book Friday afternoons", "got on well with my predecessor",
    "expects a quick response when something breaks", "has a dog called Biscuit",
)
EN_FACT_SOURCES: Final = (
    "asked reception", "phoned a colleague of hers", "chatted on the last visit",
    "photos in the office", "her PA told me", "business card", "company website",
    "met at the trade show",
)

ZH_CONSUMER_EMAIL_DOMAINS: Final = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com")
EN_CONSUMER_EMAIL_DOMAINS: Final = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk")

# --------------------------------------------------------------------------
# Customer sheet texts (by language)

ZH_HISTORY: Final = (
    "成立于{year}年，{region}地区{rank}的{group}企业",
    "{year}年创立，从小作坊做起，现在是{region}{rank}的{group}公司",
    "{year}年由国企改制而来，在{region}{group}行业有一定地位",
)
EN_HISTORY: Final = (
    "Founded in {year}; one of the better-known {group} firms in {region}",
    "Family business since {year}, now second generation; solid name in {region}",
    "Started in {year} as a spin-out; growing fast in {region}",
)
ZH_REMARKS: Final = (
    "", "", "", "老板很重视交期", "去年换了采购经理", "每年三月做年度招标", "付款周期60天",
    "只接受月结", "正在扩建新厂房", "和竞争对手有长期合同，明年到期", "喜欢先试用再下单",
)
EN_REMARKS: Final = (
    "", "", "", "pays on 60 days", "annual tender every March", "new buyer since last year",
    "moving to a bigger site next year", "locked into a rival's contract until the spring",
    "likes a trial before committing",
)
ZH_APPROVAL: Final = (
    "采购金额5万以上需总经理审批", "部门经理提申请，财务复核，老板签字", "董事会每季度审批一次预算",
)
ZH_PURCHASING: Final = (
    "采购部比价三家后下单", "年度框架合同，按月下订单", "通过公司的采购平台招标",
)
ZH_USAGE: Final = ("车间使用，设备科负责验收", "各门店自行领用", "仓库统一收货后分发")
EN_APPROVAL: Final = ("anything over £5k needs the MD", "budget holder, then finance, then MD",
                      "board approves capital spend quarterly")
EN_PURCHASING: Final = (
    "three quotes, then a PO from purchasing", "annual framework, monthly call-offs",
    "e-procurement portal tender",
)
EN_USAGE: Final = ("used on the shop floor, maintenance signs off", "each branch orders its own",
                   "goods-in, then issued from stores")

# Customer fact sources: {"field name": "how we know"}.
ZH_CUSTOMER_FACTS: Final = (
    ("name", "问过前台"), ("employees", "公司官网"), ("main_business", "宣传画册"),
    ("approval_process", "采购经理介绍"), ("industry_history", "行业协会名录"),
)
EN_CUSTOMER_FACTS: Final = (
    ("name", "asked reception"), ("employees", "Companies House accounts"),
    ("main_business", "their brochure"), ("approval_process", "the buyer explained it"),
    ("industry_history", "trade association directory"),
)

# Source notes by LeadSourceCode.
ZH_SOURCE_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "target_list": ("年初目标客户名单", "区域重点客户清单"),
    "existing_customer": ("老客户新开的分厂", "老客户增购"),
    "newspaper": ("看到报纸上的招聘广告", "晚报专题报道"),
    "direct_mail": ("回复了直邮的回执卡",),
    "cold_visit": ("扫楼时陌生拜访", "路过工业园顺便拜访"),
    "customer_referral": ("老客户张总介绍", "客户推荐，已打过招呼"),
    "mailing_list": ("行业协会会员名录",),
    "e_commerce": ("在公司网店询价", "1688上留言"),
    "yellow_pages": ("黄页上查到电话",),
    "friend_referral": ("朋友介绍，大学同学", "朋友推荐，饭局上认识"),
    "archive": ("前任业务员留下的档案", "公司档案里的老客户"),
}
EN_SOURCE_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "target_list": ("on this year's target list",),
    "existing_customer": ("existing customer's new branch",),
    "newspaper": ("article in the local business paper",),
    "direct_mail": ("returned the reply card",),
    "cold_visit": ("walked in on the industrial estate",),
    "customer_referral": ("referred by an existing customer",),
    "mailing_list": ("chamber of commerce list",),
    "e_commerce": ("enquiry through the web shop",),
    "yellow_pages": ("found in Yell",),
    "friend_referral": ("a friend from the golf club",),
    "archive": ("inherited from my predecessor's files",),
}

# --------------------------------------------------------------------------
# Diary and follow-ups

ZH_VISIT_RESULTS_GOOD: Final = (
    "初步同意", "初步同意，等样品", "同意试用", "约好下周面谈", "对方很感兴趣，要报价",
)
ZH_VISIT_RESULTS_WEAK: Final = (
    "暂时不需要", "让先寄资料", "负责人不在，留了名片", "对价格有疑虑", "已有固定供应商",
)
EN_VISIT_RESULTS_GOOD: Final = (
    "agreed in principle", "agreed to a trial", "wants a quote", "meeting booked for next week",
)
EN_VISIT_RESULTS_WEAK: Final = (
    "not now, try again in the spring", "asked for literature", "buyer out, left a card",
    "worried about price", "happy with current supplier",
)
ZH_DIARY_NOTES: Final = (
    "", "", "", "", "前台说采购经理周三下午在", "对方老板是潮汕人，喜欢喝功夫茶",
    "秘书很热心，可以多联系", "公司正在搬迁，下个月再约", "需要带样品和检测报告",
)
EN_DIARY_NOTES: Final = (
    "", "", "", "", "reception says the buyer is in on Wednesday afternoons",
    "PA very helpful: go through her", "they move site next month",
    "bring samples and test reports",
)
ZH_DIARY_ACTIONS: Final = (
    "寄更多资料，再打电话", "发报价单", "寄样品", "电话约拜访时间", "发产品目录和成功案例",
    "加微信，发公司介绍",
)
EN_DIARY_ACTIONS: Final = (
    "mail more material, phone again", "send a quote", "post samples", "phone to book a visit",
    "email the catalogue and a case study",
)
ZH_CALL_ACTIONS: Final = (
    "打电话确认报价", "回电话：询问交货期", "提醒对方签回合同", "确认样品是否收到",
    "约下次拜访时间", "催款：上月货款",
)
EN_CALL_ACTIONS: Final = (
    "phone to confirm the quote", "call back about delivery dates", "chase the signed contract",
    "check the samples arrived", "book the next visit", "chase last month's invoice",
)

# --------------------------------------------------------------------------
# Care occasions


class Holiday(NamedTuple):
    code: str
    zh_label: str
    en_label: str
    zh_gestures: tuple[str, ...]
    en_gestures: tuple[str, ...]
    female_only: bool


ZH_HOLIDAYS: Final[tuple[Holiday, ...]] = (
    Holiday("spring_festival", "春节", "Spring Festival",
            ("春节前上门拜年，送年货", "春节寄贺卡并送水果礼盒"), (), False),
    Holiday("mid_autumn", "中秋节", "Mid-Autumn Festival",
            ("中秋节送月饼礼盒", "中秋节送大闸蟹券"), (), False),
    Holiday("national_day", "国庆节", "National Day",
            ("国庆节活动送月饼券", "国庆节发短信问候"), (), False),
    Holiday("mothers_day", "母亲节", "Mother's Day",
            ("母亲节送她一束鲜花", "母亲节送一盒护手霜"), (), True),
)
EN_HOLIDAYS: Final[tuple[Holiday, ...]] = (
    Holiday("christmas", "圣诞节", "Christmas", (),
            ("Christmas card and a bottle of wine", "send a Christmas hamper"), False),
    Holiday("mothers_day", "母亲节", "Mother's Day", (),
            ("Mother's Day: send her flowers",), True),
)
ZH_BIRTHDAY_GESTURES: Final = ("生日送蛋糕券", "生日发微信祝福", "生日送一盒好茶", "生日送鲜花")
EN_BIRTHDAY_GESTURES: Final = ("birthday card", "birthday: send a cake", "birthday: bottle of wine")


class Custom(NamedTuple):
    zh_label: str
    en_label: str
    zh_gesture: str
    en_gesture: str
    one_off: bool


CUSTOM_OCCASIONS: Final[tuple[Custom, ...]] = (
    Custom("公司周年庆", "Company anniversary", "周年庆送花篮", "send a card and flowers", False),
    Custom("新厂房落成", "New factory opening", "送开业花篮，到场祝贺",
           "attend and bring a plant", True),
    Custom("孩子升学宴", "Child's graduation party", "随份子，送学习用品",
           "card and a gift voucher", True),
    Custom("结婚纪念日", "Wedding anniversary", "提醒：发祝福", "send a card", False),
    Custom("新店开业", "New branch opening", "送开业花篮", "send flowers to the new branch", True),
)

# --------------------------------------------------------------------------
# Visits

ZH_OBJECTIVES: Final = (
    "介绍新产品目录，了解下季度采购计划", "送样品并讲解使用方法", "谈年度框架合同",
    "处理上次的投诉，回访满意度", "认识技术部负责人", "递交报价单并答疑", "例行拜访，带最新价格表",
    "催签合同", "了解竞品情况",
)
EN_OBJECTIVES: Final = (
    "walk through the new catalogue and next quarter's needs", "drop off samples and demo them",
    "negotiate the annual agreement", "follow up last month's complaint",
    "meet the technical director", "present the quote and answer questions",
    "routine call with the latest price list", "get the contract signed",
)
ZH_STAGE_GOALS: Final = (
    "拿到试用订单", "进入合格供应商名单", "确认年度用量", "建立与技术部的联系", "把份额提高到50%",
    "收回上月货款",
)
EN_STAGE_GOALS: Final = (
    "win a trial order", "get on the approved supplier list", "agree annual volumes",
    "build a link with engineering", "raise our share to half their spend",
)
ZH_RESOURCES: Final = (
    "带样品两件", "请技术部王工同行", "申请特价审批", "带演示样机", "公司车辆半天", "",
)
EN_RESOURCES: Final = (
    "two samples", "bring our applications engineer", "special-price approval",
    "demo unit in the boot", "",
)
ZH_FREQUENCY: Final = ("每月一次", "每两周一次", "每季度一次", "按需拜访", "每周电话，每月拜访")
EN_FREQUENCY: Final = (
    "monthly", "fortnightly", "quarterly", "as needed", "weekly call, monthly visit",
)
ZH_DOCUMENTS: Final = ("报价单、合同草稿", "产品目录、检测报告", "成功案例集", "对账单", "")
EN_DOCUMENTS: Final = ("quote and draft contract", "catalogue and test certificates",
                       "case studies", "statement of account", "")
ZH_INFO_NOTES: Final = (
    "竞品报价低5%左右", "对方在用某德国品牌", "新来的技术总监以前用过我们的产品", "",
)
EN_INFO_NOTES: Final = (
    "rival is about 5% cheaper", "they use a German brand now", "new technical director knows us",
    "",
)
ZH_SUMMARIES: Final = (
    "介绍了新产品目录，客户对价格比较敏感", "送了样品，技术部要做两周测试",
    "和采购经理谈了年度用量，对方希望有返点", "处理了上次的质量投诉，客户基本满意",
    "见到了总经理，聊了企业发展，很投机", "客户在比较三家供应商，我们的交期有优势",
    "例行拜访，顺便了解到对方要扩产", "客户提出付款周期太短，需要回公司申请",
)
EN_SUMMARIES: Final = (
    "Went through the new catalogue; price-sensitive as ever",
    "Left samples; engineering will test them for two weeks",
    "Discussed annual volumes with the buyer; they want a rebate",
    "Closed out last month's quality complaint; customer satisfied",
    "Met the MD, good chat about their expansion plans",
    "They are comparing three suppliers; our lead time is the edge",
    "Routine call; heard they are adding a second shift",
)
ZH_OUTCOMES_GOOD: Final = (
    "初步同意", "下了试用订单", "同意进入供应商名单", "签了年度合同", "追加订单",
)
ZH_OUTCOMES_WEAK: Final = ("还在考虑", "需要内部开会", "暂不采购", "要求再降价")
EN_OUTCOMES_GOOD: Final = (
    "agreed in principle", "placed a trial order", "added us to the approved list",
    "signed the annual agreement", "repeat order",
)
EN_OUTCOMES_WEAK: Final = ("still thinking", "needs an internal meeting", "no order for now",
                           "wants a lower price")
ZH_NEXT_STEPS: Final = (
    "寄更多资料，再打电话", "发正式报价单", "安排技术交流", "送合同过去签字", "两周后回访测试结果",
    "邀请参观工厂",
)
EN_NEXT_STEPS: Final = (
    "mail more material, phone again", "send the formal quote", "set up a technical meeting",
    "take the contract over for signature", "follow up the trial in two weeks",
    "invite them to see the factory",
)

# --------------------------------------------------------------------------
# Dissatisfaction signals and classification reasons

ZH_SIGNAL_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "falling_volume": ("连续两个月订单量下降三成", "本季度只下了一次单"),
    "more_complaints": ("一个月内投诉了三次交期", "仓库反映包装破损增多"),
    "cites_competitor": ("采购经理多次提到某品牌更便宜", "说竞争对手能做到当天送货"),
    "relationship_declining": ("电话经常不接，微信回复很慢", "上次拜访只给了五分钟"),
    "new_strategy": ("公司要集中采购，由总部统一招标", "准备转型做线上业务"),
    "ownership_change": ("公司被收购，换了新老板", "新来的总经理要重新评估供应商"),
}
EN_SIGNAL_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "falling_volume": ("orders down a third over two months",),
    "more_complaints": ("three delivery complaints this month",),
    "cites_competitor": ("keeps quoting a rival's prices",),
    "relationship_declining": ("buyer not returning calls",),
    "new_strategy": ("moving to central purchasing at group level",),
    "ownership_change": ("bought out by a private equity firm",),
}
ZH_RESOLUTIONS: Final = (
    "上门道歉并补发货物，客户满意", "调整了价格，恢复正常下单", "换了送货车队，投诉消失",
    "和新老板见了面，关系恢复", "进入了总部的供应商名单",
)
EN_RESOLUTIONS: Final = (
    "apologised in person and replaced the goods", "price review; orders back to normal",
    "changed the haulier; complaints stopped", "met the new owners; relationship back on track",
)

# Reasons by (field, direction); direction is "up", "down" or "set".
ZH_CHANGE_REASONS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("prospect_grade", "set"): ("首次接触后评估", "根据需求和预算初步分级"),
    ("prospect_grade", "up"): ("拜访后客户初步同意试用", "确认了预算和采购时间", "见到了决策人"),
    ("prospect_grade", "down"): ("采购计划推迟到明年", "关键联系人离职", "选择了竞争对手"),
    ("prospect_grade", "clear"): ("已成交，转为正式客户",),
    ("status", "up"): ("签订首单", "试用满意，签了年度合同"),
    ("value_tier", "set"): ("首单后按年采购额定级",),
    ("value_tier", "up"): ("年采购额增长", "拿下了新产品线的订单"),
    ("value_tier", "down"): ("订单量下降", "部分业务转给了竞争对手"),
    ("value_class", "set"): ("年度客户价值分析", "按利润贡献重新评估"),
}
EN_CHANGE_REASONS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("prospect_grade", "set"): ("graded after first contact",),
    ("prospect_grade", "up"): ("agreed in principle to a trial", "budget and timing confirmed",
                               "met the decision-maker"),
    ("prospect_grade", "down"): ("purchase pushed back a year", "our contact left",
                                 "went with a rival"),
    ("prospect_grade", "clear"): ("won: now a customer",),
    ("status", "up"): ("first order signed", "trial went well, annual agreement signed"),
    ("value_tier", "set"): ("tiered on first-year spend",),
    ("value_tier", "up"): ("annual spend up", "won a second product line"),
    ("value_tier", "down"): ("volumes down", "lost part of the business to a rival"),
    ("value_class", "set"): ("annual customer value review", "re-assessed on profit contribution"),
}

ZH_LOOSE_OBJECTIONS: Final = (
    "明年的预算还没批下来", "我们在重组，等等再说", "老板的亲戚也在做这个",
)
EN_LOOSE_OBJECTIONS: Final = ("budget for next year isn't signed off", "we're mid-restructure")
ZH_CONSUMER_RESULTS_WEAK: Final = ("暂时不需要", "让先寄资料", "对价格有疑虑", "要和家里人商量")
EN_CONSUMER_RESULTS_WEAK: Final = (
    "not now, try again in the spring", "asked for literature", "worried about price",
    "wants to talk it over at home",
)


# --------------------------------------------------------------------------
# One bundle per language, so the builders pick ``words.summaries`` and never branch.


class Words(NamedTuple):
    zh: bool
    personality: tuple[str, ...]
    hobbies: tuple[str, ...]
    hobby_separator: str
    interests: tuple[str, ...]
    lifestyle: tuple[str, ...]
    education: tuple[str, ...]
    hometowns: tuple[str, ...]
    willing: tuple[str, ...]
    confidence: tuple[str, ...]
    person_notes: tuple[str, ...]
    fact_sources: tuple[str, ...]
    titles: dict[str, tuple[str, ...]]
    consumer_email_domains: tuple[str, ...]
    history: tuple[str, ...]
    regions: tuple[str, ...]
    remarks: tuple[str, ...]
    approval: tuple[str, ...]
    purchasing: tuple[str, ...]
    usage: tuple[str, ...]
    customer_facts: tuple[tuple[str, str], ...]
    source_notes: dict[str, tuple[str, ...]]
    results_good: tuple[str, ...]
    results_weak: tuple[str, ...]
    consumer_results_weak: tuple[str, ...]
    diary_notes: tuple[str, ...]
    diary_actions: tuple[str, ...]
    call_actions: tuple[str, ...]
    holidays: tuple[Holiday, ...]
    birthday_label: str
    birthday_gestures: tuple[str, ...]
    objectives: tuple[str, ...]
    stage_goals: tuple[str, ...]
    resources: tuple[str, ...]
    frequency: tuple[str, ...]
    documents: tuple[str, ...]
    info_notes: tuple[str, ...]
    summaries: tuple[str, ...]
    outcomes_good: tuple[str, ...]
    outcomes_weak: tuple[str, ...]
    next_steps: tuple[str, ...]
    loose_objections: tuple[str, ...]
    answer_separator: str
    close_step: str
    signal_notes: dict[str, tuple[str, ...]]
    resolutions: tuple[str, ...]
    change_reasons: dict[tuple[str, str], tuple[str, ...]]


ZH: Final = Words(
    zh=True, personality=ZH_PERSONALITY, hobbies=ZH_HOBBIES, hobby_separator="、",
    interests=ZH_INTERESTS, lifestyle=ZH_LIFESTYLE, education=ZH_EDUCATION,
    hometowns=ZH_HOMETOWNS, willing=ZH_WILLING, confidence=ZH_CONFIDENCE,
    person_notes=ZH_PERSON_NOTES, fact_sources=ZH_FACT_SOURCES, titles=ZH_TITLES,
    consumer_email_domains=ZH_CONSUMER_EMAIL_DOMAINS, history=ZH_HISTORY, regions=ZH_REGIONS,
    remarks=ZH_REMARKS, approval=ZH_APPROVAL, purchasing=ZH_PURCHASING, usage=ZH_USAGE,
    customer_facts=ZH_CUSTOMER_FACTS, source_notes=ZH_SOURCE_NOTES,
    results_good=ZH_VISIT_RESULTS_GOOD, results_weak=ZH_VISIT_RESULTS_WEAK,
    consumer_results_weak=ZH_CONSUMER_RESULTS_WEAK, diary_notes=ZH_DIARY_NOTES,
    diary_actions=ZH_DIARY_ACTIONS, call_actions=ZH_CALL_ACTIONS, holidays=ZH_HOLIDAYS,
    birthday_label="生日", birthday_gestures=ZH_BIRTHDAY_GESTURES, objectives=ZH_OBJECTIVES,
    stage_goals=ZH_STAGE_GOALS, resources=ZH_RESOURCES, frequency=ZH_FREQUENCY,
    documents=ZH_DOCUMENTS, info_notes=ZH_INFO_NOTES, summaries=ZH_SUMMARIES,
    outcomes_good=ZH_OUTCOMES_GOOD, outcomes_weak=ZH_OUTCOMES_WEAK, next_steps=ZH_NEXT_STEPS,
    loose_objections=ZH_LOOSE_OBJECTIONS, answer_separator="，",
    close_step="趁热打铁，拿下试用订单",
    signal_notes=ZH_SIGNAL_NOTES, resolutions=ZH_RESOLUTIONS, change_reasons=ZH_CHANGE_REASONS,
)
EN: Final = Words(
    zh=False, personality=EN_PERSONALITY, hobbies=EN_HOBBIES, hobby_separator=", ",
    interests=EN_INTERESTS, lifestyle=EN_LIFESTYLE, education=EN_EDUCATION,
    hometowns=UK_HOMETOWNS, willing=EN_WILLING, confidence=EN_CONFIDENCE,
    person_notes=EN_PERSON_NOTES, fact_sources=EN_FACT_SOURCES, titles=EN_TITLES,
    consumer_email_domains=EN_CONSUMER_EMAIL_DOMAINS, history=EN_HISTORY, regions=EN_REGIONS,
    remarks=EN_REMARKS, approval=EN_APPROVAL, purchasing=EN_PURCHASING, usage=EN_USAGE,
    customer_facts=EN_CUSTOMER_FACTS, source_notes=EN_SOURCE_NOTES,
    results_good=EN_VISIT_RESULTS_GOOD, results_weak=EN_VISIT_RESULTS_WEAK,
    consumer_results_weak=EN_CONSUMER_RESULTS_WEAK, diary_notes=EN_DIARY_NOTES,
    diary_actions=EN_DIARY_ACTIONS, call_actions=EN_CALL_ACTIONS, holidays=EN_HOLIDAYS,
    birthday_label="Birthday", birthday_gestures=EN_BIRTHDAY_GESTURES, objectives=EN_OBJECTIVES,
    stage_goals=EN_STAGE_GOALS, resources=EN_RESOURCES, frequency=EN_FREQUENCY,
    documents=EN_DOCUMENTS, info_notes=EN_INFO_NOTES, summaries=EN_SUMMARIES,
    outcomes_good=EN_OUTCOMES_GOOD, outcomes_weak=EN_OUTCOMES_WEAK, next_steps=EN_NEXT_STEPS,
    loose_objections=EN_LOOSE_OBJECTIONS, answer_separator=": ", close_step="take the trial order",
    signal_notes=EN_SIGNAL_NOTES, resolutions=EN_RESOLUTIONS, change_reasons=EN_CHANGE_REASONS,
)
