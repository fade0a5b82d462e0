<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>RepDesk met an unexpected error and logged it:

%1</source>
        <translation>RepDesk 遇到意外错误，已记入日志：

%1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>No database is open. Use File &gt; Open database… to open or create one.</source>
        <translation>未打开数据库。请使用“文件 &gt; 打开数据库…”打开或新建一个数据库。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Customers and prospects: %n</source>
        <translation>客户和潜在客户：%n</translation>
    </message>
    <message>
        <source>No customers yet.
Customer detail sheets you create, or import, will be listed here.</source>
        <translation>还没有客户。
您新建或导入的客户情况明细表将列在这里。</translation>
    </message>
    <message>
        <source>Search names, phones, addresses, hobbies and remarks…</source>
        <translation>搜索名称、电话、地址、爱好和备注…</translation>
    </message>
    <message>
        <source>No customer or person matches “%1”.</source>
        <translation>没有与“%1”相符的客户或联系人。</translation>
    </message>
    <message>
        <source>Matches: more than %n</source>
        <translation>相符：超过 %n 条</translation>
    </message>
    <message>
        <source>Matches: %n</source>
        <translation>相符：%n 条</translation>
    </message>
    <message>
        <source>Diary rows: %n</source>
        <translation>日记记录：%n</translation>
    </message>
    <message>
        <source>The prospect diary is empty.
Every prospecting contact you log will be listed here.</source>
        <translation>目标客户探询的个人日记还是空的。
您记录的每一次探询接触都将列在这里。</translation>
    </message>
    <message>
        <source>Visits: %n</source>
        <translation>拜访：%n</translation>
    </message>
    <message>
        <source>No visits planned or recorded yet.
Visit plans and visit records will be listed here.</source>
        <translation>还没有拜访计划或拜访记录。
拜访计划和拜访记录将列在这里。</translation>
    </message>
    <message>
        <source>Objections in the playbook: %n</source>
        <translation>异议应对手册中的异议：%n</translation>
    </message>
    <message>
        <source>The objection playbook is empty.
Objections, their answers and how often they worked will be listed here.</source>
        <translation>异议应对手册还是空的。
各类客户异议、应对话术及其奏效次数将列在这里。</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>This database is empty. Load demo data to explore RepDesk with a realistic customer book in English and Chinese, or start entering your own customers.</source>
        <translation>这个数据库还是空的。可以载入演示数据，用一套贴近实际的中英文客户资料熟悉 RepDesk；也可以直接开始录入您自己的客户。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Start with an empty book</source>
        <translation>从空白开始</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>MVC (most valuable)</source>
        <translation>MVC（最有价值的客户）</translation>
    </message>
    <message>
        <source>MGC (most growable)</source>
        <translation>MGC（最具增长性的客户）</translation>
    </message>
    <message>
        <source>BZC (below zero)</source>
        <translation>BZC（负值客户）</translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation>消费者（B2C）</translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation>企业客户（B2B）</translation>
    </message>
    <message>
        <source>Distributor / agent</source>
        <translation>分销商和代销商</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部客户</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reflex refusal</source>
        <translation>本能性拒绝</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>决策权</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Falling purchase volume</source>
        <translation>购买量降低</translation>
    </message>
    <message>
        <source>More complaints</source>
        <translation>投诉增加</translation>
    </message>
    <message>
        <source>Keeps citing a competitor&apos;s strengths</source>
        <translation>反复提及竞争对手的优点</translation>
    </message>
    <message>
        <source>Relationship going downhill</source>
        <translation>销售关系走下坡路</translation>
    </message>
    <message>
        <source>New business strategy</source>
        <translation>新的经营策略</translation>
    </message>
    <message>
        <source>Change of ownership</source>
        <translation>转换所有权</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Refusal of the person</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <source>Refusal of the product</source>
        <translation>拒绝产品</translation>
    </message>
    <message>
        <source>Other occasion</source>
        <translation>其他纪念日</translation>
    </message>
    <message>
        <source>Target customer list</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直接邮件</translation>
    </message>
    <message>
        <source>Cold visit</source>
        <translation>陌生访问</translation>
    </message>
    <message>
        <source>Customer referral</source>
        <translation>客户推荐</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>邮件清单</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>电子商务</translation>
    </message>
    <message>
        <source>Yellow pages</source>
        <translation>黄页</translation>
    </message>
    <message>
        <source>Friend referral</source>
        <translation>朋友推荐</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>档案客户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Prospect diary</source>
        <translation>目标客户探询的个人日记</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价值级别</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与企业关系</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>第一次接触</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Visit result</source>
        <translation>访问成果</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Times agreed</source>
        <translation>同意次数</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>直接/间接</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应对话术</translation>
    </message>
    <message>
        <source>Times met</source>
        <translation>遇到次数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About RepDesk</source>
        <translation>关于 RepDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>RepDesk database (*.db);;All files (*)</source>
        <translation>RepDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded. Customers: %n</source>
        <translation>
            <numerusform>演示数据已载入。客户：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. A new language or data folder takes effect the next time RepDesk starts.</source>
        <translation>设置已保存。更改的语言或数据文件夹将在下次启动 RepDesk 时生效。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>RepDesk could not save its settings: %1</source>
        <translation>RepDesk 无法保存设置：%1</translation>
    </message>
    <message>
        <source>About RepDesk</source>
        <translation>关于 RepDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RepDesk %1&lt;/h3&gt;&lt;p&gt;An offline desktop assistant for field sales reps.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RepDesk %1&lt;/h3&gt;&lt;p&gt;为外勤销售代表打造的离线桌面助手。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>RepDesk could not finish the task: %1</source>
        <translation>RepDesk 未能完成任务：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>No reports yet.
Charts of your visits, prospects and objections, and the weekly summary for your manager, will be shown here.</source>
        <translation>暂无报告。
您的拜访、潜在客户和客户异议图表，以及交给经理的每周汇总，都将显示在这里。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your name, as it appears on reports</source>
        <translation>您的姓名，将显示在报告上</translation>
    </message>
    <message>
        <source>Your team or region</source>
        <translation>您所在的团队或区域</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A new language or data folder takes effect the next time RepDesk starts.</source>
        <translation>更改语言或数据文件夹后，将在下次启动 RepDesk 时生效。</translation>
    </message>
    <message>
        <source>Rep name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file instead.</source>
        <translation>%1 是文件夹，不是数据库文件。请改为选择一个文件。</translation>
    </message>
    <message>
        <source>RepDesk cannot read %1. Check the file&apos;s permissions, or open another database.</source>
        <translation>RepDesk 无法读取 %1。请检查该文件的权限，或打开其他数据库。</translation>
    </message>
    <message>
        <source>RepDesk cannot write to %1: the file or its folder is read-only. Check the permissions, or copy the file to a folder you can write to and open it there.</source>
        <translation>RepDesk 无法写入 %1：该文件或其所在文件夹是只读的。请检查权限，或把文件复制到可写入的文件夹，再从那里打开。</translation>
    </message>
    <message>
        <source>%1 is not a RepDesk database. It has not been changed. Open another database, or choose another data folder in Settings.</source>
        <translation>%1 不是 RepDesk 数据库，文件未作任何改动。请打开其他数据库，或在“设置”中选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>%1 is a database from another program. It has not been changed. Open another database, or choose another data folder in Settings.</source>
        <translation>%1 是其他程序的数据库，文件未作任何改动。请打开其他数据库，或在“设置”中选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of RepDesk. Update RepDesk to open it. It has not been changed.</source>
        <translation>%1 由更新版本的 RepDesk 创建，文件未作任何改动。请先升级 RepDesk，再打开它。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It has not been changed. Restore a backup from the backups folder beside it, or open another database.</source>
        <translation>%1 已损坏，无法打开，文件未作任何改动。请从同一位置的 backups 文件夹中恢复备份，或打开其他数据库。</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close that program and try again.</source>
        <translation>%1 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>RepDesk cannot create %1: its folder cannot be created or written to. Choose another data folder in Settings.</source>
        <translation>RepDesk 无法创建 %1：无法创建或写入它所在的文件夹。请在“设置”中选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>后续活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>节日/纪念日</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>关怀方式</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>不满信号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Visits today (%n)</source>
        <translation>
            <numerusform>今日拜访（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits planned for today.</source>
        <translation>今天没有安排拜访。</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>到期的后续活动（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中 %n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-ups due. Well done.</source>
        <translation>没有到期的后续活动，干得漂亮！</translation>
    </message>
    <message numerus="yes">
        <source>Care reminders, next 14 days (%n)</source>
        <translation>
            <numerusform>未来 14 天的关怀提醒（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays or holidays to prepare for in the next 14 days.</source>
        <translation>未来 14 天内没有需要准备的生日或节日。</translation>
    </message>
    <message numerus="yes">
        <source>Customers showing dissatisfaction (%n)</source>
        <translation>
            <numerusform>出现不满信号的客户（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No open dissatisfaction signals.</source>
        <translation>没有未处理的不满信号。</translation>
    </message>
</context>
</TS>
