<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Move this answer up</source>
        <translation>把这条应对上移</translation>
    </message>
    <message>
        <source>Move this answer down</source>
        <translation>把这条应对下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this answer from the entry</source>
        <translation>从本条异议中删除这条应对</translation>
    </message>
</context>
<context>
    <name>AnswersEditor</name>
    <message>
        <source>Add an answer</source>
        <translation>添加应对</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>应对 %1</translation>
    </message>
</context>
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
    <name>ArchiveFiles</name>
    <message>
        <source>Export everything</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>RepDesk archive (*.repdesk-archive)</source>
        <translation>RepDesk 档案 (*.repdesk-archive)</translation>
    </message>
    <message>
        <source>Exporting everything to %1…</source>
        <translation>正在把全部数据导出到 %1…</translation>
    </message>
    <message>
        <source>Everything is in %1 (%2 rows, %3).</source>
        <translation>全部数据已在 %1 中（%2 行，%3）。</translation>
    </message>
    <message>
        <source>It is sealed: it opens only with its passphrase.</source>
        <translation>它已加密封存：只有用它的密码短语才能打开。</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>导入档案</translation>
    </message>
    <message>
        <source>RepDesk archive (*.repdesk-archive);;All files (*)</source>
        <translation>RepDesk 档案 (*.repdesk-archive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was made %2 by RepDesk %3. It holds %4 customers (%5 rows in all), the playbook and the settings. It becomes a new database: choose where, next.</source>
        <translation>%1 由 RepDesk %3 制作于 %2。其中有 %4 个客户（共 %5 行）、异议手册和设置。它将成为一个新的数据库：接下来请选择保存位置。</translation>
    </message>
    <message>
        <source>It comes from an earlier RepDesk and is upgraded on the way.</source>
        <translation>它来自较早版本的 RepDesk，导入时会一并升级。</translation>
    </message>
    <message>
        <source>Also use its settings (name, team, language, region)</source>
        <translation>同时采用其中的设置（姓名、团队、语言、地区）</translation>
    </message>
    <message>
        <source>The new database</source>
        <translation>新的数据库</translation>
    </message>
    <message>
        <source>RepDesk database (*.db)</source>
        <translation>RepDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. An archive always becomes a new database: choose a new file name. Nothing was changed.</source>
        <translation>%1 已经存在。档案总是导入为新的数据库：请选择一个新的文件名。没有做任何更改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>%1 is ready with %2 rows. Open it now?</source>
        <translation>%1 已就绪，共 %2 行。现在打开吗？</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>%1 is not a RepDesk archive. Nothing was changed.</source>
        <translation>%1 不是 RepDesk 档案。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is damaged (its checksums do not match). Nothing was changed. Use another copy of the archive.</source>
        <translation>%1 已损坏（校验和不符）。没有做任何更改。请使用该档案的另一份副本。</translation>
    </message>
    <message>
        <source>%1 was made by a newer RepDesk. Update RepDesk to import it. Nothing was changed.</source>
        <translation>%1 由更新版本的 RepDesk 制作。请更新 RepDesk 后再导入。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is sealed in a way this installation cannot open. Update RepDesk and try again. Nothing was changed.</source>
        <translation>%1 的封存方式是当前安装无法打开的。请更新 RepDesk 后重试。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 holds more than any RepDesk book could (a damaged or hostile file). Nothing was changed.</source>
        <translation>%1 的内容超出了任何 RepDesk 客户簿的可能规模（文件已损坏或不怀好意）。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 has a value RepDesk cannot take: table %2, line %3, field %4. No database was made.</source>
        <translation>%1 中有 RepDesk 无法接受的值：表 %2，第 %3 行，字段 %4。没有创建数据库。</translation>
    </message>
    <message>
        <source>The new database&apos;s file already exists. Choose a new file name. Nothing was changed.</source>
        <translation>新数据库的文件已经存在。请选择一个新的文件名。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check the file and its permissions.</source>
        <translation>无法读取 %1。请检查该文件及其权限。</translation>
    </message>
    <message>
        <source>The file cannot be written there (the folder is read-only or missing). Choose another folder. Nothing was left half-written.</source>
        <translation>无法在那里写入文件（文件夹只读或不存在）。请选择其他文件夹。没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, or choose another disk. Nothing was left half-written.</source>
        <translation>磁盘已满。请腾出一些空间，或选择其他磁盘。没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>The database could not be read or written: %5</source>
        <translation>无法读写数据库：%5</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消。没有写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is sealed: it needs its passphrase.</source>
        <translation>%1 已加密封存：需要它的密码短语。</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Nothing was changed.</source>
        <translation>这个密码短语打不开 %1。没有做任何更改。</translation>
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
        <source>At risk</source>
        <translation>有不满信号</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>差别化策略</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次拜访</translation>
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
        <source>Visits: %n</source>
        <translation>拜访：%n</translation>
    </message>
    <message>
        <source>No visits planned or recorded yet.
Visit plans and visit records will be listed here.</source>
        <translation>还没有拜访计划或拜访记录。
拜访计划和拜访记录将列在这里。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2. RepDesk makes one on the first start of each day and before every upgrade of the file; the newest %3 of each kind are kept.</source>
        <translation>%1 的备份保存在 %2。RepDesk 每天第一次启动时和每次升级文件之前都会自动备份；每种备份保留最新的 %3 份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Replace the open database with the chosen backup (the current file is kept first)</source>
        <translation>用所选备份替换当前打开的数据库（会先保留当前文件）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Daily, at the first start</source>
        <translation>每日首次启动时</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Before an upgrade of the file</source>
        <translation>文件升级之前</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the open database with the backup of %1?

The database as it is now is kept as a backup first, so this can be undone.</source>
        <translation>用 %1 的备份替换当前打开的数据库吗？

当前的数据库会先作为备份保留，因此可以撤销。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup could not be made or read: %1</source>
        <translation>无法创建或读取备份：%1</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Export visits to a calendar</source>
        <translation>把拜访导出到日历</translation>
    </message>
    <message>
        <source>Exported %n planned visit(s) to %1</source>
        <translation>已把 %n 个计划中的拜访导出到 %1</translation>
    </message>
    <message>
        <source>Import appointments from a calendar</source>
        <translation>从日历导入预约</translation>
    </message>
    <message>
        <source>Imported %n visit plan(s) from %1</source>
        <translation>已从 %1 导入 %n 个拜访计划</translation>
    </message>
    <message>
        <source>%1 holds %n appointment(s) to import as visit plans.</source>
        <translation>%1 中有 %n 个预约可导入为拜访计划。</translation>
    </message>
    <message>
        <source>New prospect sheets: %1</source>
        <translation>将新建目标客户明细表：%1</translation>
    </message>
    <message>
        <source>%n event(s) cannot be imported (see the details).</source>
        <translation>有 %n 个日程无法导入（见详细信息）。</translation>
    </message>
    <message>
        <source>Import appointments</source>
        <translation>导入预约</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation>没有开始时间</translation>
    </message>
    <message>
        <source>its start is not a time</source>
        <translation>开始时间不是有效的时间</translation>
    </message>
    <message>
        <source>its time zone %1 is unknown</source>
        <translation>时区 %1 无法识别</translation>
    </message>
    <message>
        <source>it repeats; a visit plan is one visit</source>
        <translation>它是重复日程；一个拜访计划只对应一次拜访</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>it names no company (summary or location)</source>
        <translation>没有写明公司（主题或地点）</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>too many events: %1 were not read</source>
        <translation>日程太多：有 %1 个未读取</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3</source>
        <translation>第 %1 个日程（%2）：%3</translation>
    </message>
    <message>
        <source>%1 is not a calendar file RepDesk can read. Nothing was imported.</source>
        <translation>%1 不是 RepDesk 能读取的日历文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>One sentence to revive the talk</source>
        <translation>一句话挽回</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Reading the playbook…</source>
        <translation>正在读取异议应对手册…</translation>
    </message>
    <message>
        <source>20-second opener</source>
        <translation>二十秒开场白</translation>
    </message>
    <message>
        <source>Four tips for handling refusals</source>
        <translation>处理拒绝的四项提示</translation>
    </message>
    <message>
        <source>Save the plan first (Ctrl+S): what you tick here goes into its record.</source>
        <translation>请先保存拜访计划（Ctrl+S）：在这里勾选的内容会记入该计划的拜访记录。</translation>
    </message>
    <message>
        <source>The record of this visit is finished: the checklist is read-only. Change the objections on the Record tab.</source>
        <translation>这次拜访的记录已完成：本清单只读。如需修改异议，请到“拜访记录”页。</translation>
    </message>
    <message>
        <source>No opener in the playbook.</source>
        <translation>异议应对手册中没有开场白。</translation>
    </message>
    <message>
        <source>No tips in the playbook.</source>
        <translation>异议应对手册中没有提示。</translation>
    </message>
    <message>
        <source>The playbook could not be read.</source>
        <translation>无法读取异议应对手册。</translation>
    </message>
    <message>
        <source>Tick the answer you gave (1–%1) or type it, then Y or N.</source>
        <translation>请先勾选您给出的应答（1–%1）或输入应答，再按 Y 或 N。</translation>
    </message>
    <message>
        <source>Type the customer&apos;s words, then press Enter.</source>
        <translation>请输入客户的原话，然后按 Enter。</translation>
    </message>
    <message>
        <source>Did the customer agree? Press Y or N.</source>
        <translation>客户同意了吗？请按 Y 或 N。</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Hidden factors</source>
        <translation>隐藏因素</translation>
    </message>
    <message>
        <source>FAB answer</source>
        <translation>FAB 应答</translation>
    </message>
    <message>
        <source>Closed or open question</source>
        <translation>封闭式或开放式问题</translation>
    </message>
    <message>
        <source>Closed question</source>
        <translation>封闭式问题</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>开放式问题</translation>
    </message>
    <message>
        <source>Persistence actions</source>
        <translation>坚持行动</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>已记入记录</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Not in the playbook</source>
        <translation>不在异议手册中</translation>
    </message>
    <message>
        <source>Add to the record</source>
        <translation>记入拜访记录</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Did the customer agree?</source>
        <translation>客户同意了吗？</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>是（Y）</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>否（N）</translation>
    </message>
    <message>
        <source>Did the customer tell you more?</source>
        <translation>客户说出了更多想法吗？</translation>
    </message>
    <message>
        <source>Yes: answer again, round %1 (Y)</source>
        <translation>是：再次应答，第 %1 轮（Y）</translation>
    </message>
    <message>
        <source>No, refused: persistence actions (N)</source>
        <translation>否，客户拒绝：坚持行动（N）</translation>
    </message>
    <message>
        <source>Backspace or Alt+← back</source>
        <translation>Backspace 或 Alt+← 返回</translation>
    </message>
    <message>
        <source>Keys: type to find · ↑↓ or 1–9 choose · Enter next</source>
        <translation>按键：输入文字查找 · ↑↓ 或 1–9 选择 · Enter 下一步</translation>
    </message>
    <message>
        <source>Keys: 1–9 pick the answer · Y / N did the customer agree? · %1</source>
        <translation>按键：1–9 选择应答 · Y / N 客户是否同意 · %1</translation>
    </message>
    <message>
        <source>Keys: 1–9 or Space tick · Y or Enter answer again · N refused · %1</source>
        <translation>按键：1–9 或空格键勾选 · Y 或 Enter 再次应答 · N 客户拒绝 · %1</translation>
    </message>
    <message>
        <source>Keys: Enter adds it to the record · Alt+← back</source>
        <translation>按键：Enter 记入拜访记录 · Alt+← 返回</translation>
    </message>
    <message>
        <source>Keys: Enter another objection</source>
        <translation>按键：Enter 处理下一个异议</translation>
    </message>
    <message>
        <source>Keys: 1–9 or Space tick · Enter next · %1</source>
        <translation>按键：1–9 或空格键勾选 · Enter 下一步 · %1</translation>
    </message>
</context>
<context>
    <name>CareBox</name>
    <message>
        <source>Care occasions</source>
        <translation>关怀日</translation>
    </message>
    <message>
        <source>Save the sheet to add care occasions for this person.</source>
        <translation>请先保存本表，再为此人添加关怀日。</translation>
    </message>
    <message>
        <source>No care occasions yet. Add their birthday, the holidays they keep, and the days that matter to them.</source>
        <translation>还没有关怀日。添加对方的生日、过的节日，以及对其重要的日子。</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>节日/纪念日</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>下一次日期</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>关怀方式</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1（已过）</translation>
    </message>
    <message>
        <source>Not saved: this person or occasion is no longer in the database (removed in another window?).</source>
        <translation>未保存：数据库中已没有此人或此关怀日（是否已在其他窗口中删除？）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Remove care occasion</source>
        <translation>删除关怀日</translation>
    </message>
    <message>
        <source>Remove “%1” from this person&apos;s care occasions?</source>
        <translation>从此人的关怀日中删除“%1”？</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Add a care occasion for %1</source>
        <translation>为%1添加关怀日</translation>
    </message>
    <message>
        <source>Edit a care occasion of %1</source>
        <translation>编辑%1的关怀日</translation>
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
        <source>A date of your own</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>e.g. send her flowers</source>
        <translation>例如：送她一束鲜花</translation>
    </message>
    <message>
        <source>e.g. send him a box of good tea</source>
        <translation>例如：送他一盒好茶</translation>
    </message>
    <message>
        <source>e.g. flowers, a card, mooncake vouchers</source>
        <translation>例如：鲜花、贺卡、月饼券</translation>
    </message>
    <message>
        <source>Occasion:</source>
        <translation>节日/纪念日：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Gesture:</source>
        <translation>关怀方式：</translation>
    </message>
    <message>
        <source>Remember the days that matter to them. A holiday&apos;s date comes from the calendar of the region in Settings, every year.</source>
        <translation>记住对客户重要的日子。节日的日期每年按“设置”中所选地区的日历确定。</translation>
    </message>
    <message>
        <source>(the holiday&apos;s name)</source>
        <translation>（节日名称）</translation>
    </message>
    <message>
        <source>e.g. company anniversary, new branch opening</source>
        <translation>例如：公司周年庆、新店开业</translation>
    </message>
    <message>
        <source>Its date is not known for this year.</source>
        <translation>今年的日期未知。</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>下一次：%1（%2）</translation>
    </message>
    <message>
        <source>There is no such day in that month.</source>
        <translation>该月没有这一天。</translation>
    </message>
    <message>
        <source>Choose the month and the day.</source>
        <translation>请选择月份和日期。</translation>
    </message>
    <message>
        <source>Choose the holiday.</source>
        <translation>请选择节日。</translation>
    </message>
    <message>
        <source>Write the date (YYYY-MM-DD).</source>
        <translation>请填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Name the occasion.</source>
        <translation>请填写纪念日名称。</translation>
    </message>
    <message>
        <source>Save the sheet first: this person is not stored yet.</source>
        <translation>请先保存本表：此人尚未保存。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save “%1” as a PNG picture or an SVG drawing</source>
        <translation>把“%1”保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>This chart could not be made: %1</source>
        <translation>无法生成此图表：%1</translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>W%1*</source>
        <translation>第%1周*</translation>
    </message>
    <message>
        <source>* part of the week is outside the period</source>
        <translation>* 该周有部分日期不在所选期间内</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Visits planned and made</source>
        <translation>计划拜访与实际拜访</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>%1 planned, %2 made</source>
        <translation>计划 %1 次，实际 %2 次</translation>
    </message>
    <message>
        <source>No visits planned or made in this period</source>
        <translation>此期间没有计划或完成的拜访</translation>
    </message>
    <message>
        <source>Prospects by grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Prospects now</source>
        <translation>当前潜在客户</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Grade movements in the period</source>
        <translation>期间内的等级变化</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>New or ungraded</source>
        <translation>新增或未分级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>No grade changed in this period</source>
        <translation>此期间没有等级变化</translation>
    </message>
    <message>
        <source>No prospects and no grade changes yet</source>
        <translation>尚无潜在客户，也无等级变化</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>客户线索来源</translation>
    </message>
    <message>
        <source>Prospects found</source>
        <translation>发现的潜在客户</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>未填来源</translation>
    </message>
    <message>
        <source>%1 found, %2 became customers</source>
        <translation>发现 %1 个，成交 %2 个</translation>
    </message>
    <message>
        <source>%1 of %2 closed</source>
        <translation>%2 个中成交 %1 个</translation>
    </message>
    <message>
        <source>No prospects found in this period</source>
        <translation>此期间没有发现新的潜在客户</translation>
    </message>
    <message>
        <source>Objections met most</source>
        <translation>最常遇到的异议</translation>
    </message>
    <message>
        <source>Times raised</source>
        <translation>提出次数</translation>
    </message>
    <message>
        <source>%1 times · %2 customers</source>
        <translation>%1 次 · %2 位客户</translation>
    </message>
    <message>
        <source>Objections typed on visits</source>
        <translation>拜访时手写的异议</translation>
    </message>
    <message>
        <source>%1 more objections not shown</source>
        <translation>另有 %1 个异议未显示</translation>
    </message>
    <message>
        <source>No objections met in this period</source>
        <translation>此期间没有遇到异议</translation>
    </message>
    <message>
        <source>Agreement per answer</source>
        <translation>各应答的认同率</translation>
    </message>
    <message>
        <source>Customers who agreed</source>
        <translation>客户认同的比例</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%2 次中 %1 次认同</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>次数太少，无法判断</translation>
    </message>
    <message>
        <source>Answers typed on visits</source>
        <translation>拜访时手写的应答</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>No answer with a recorded result in this period</source>
        <translation>此期间没有记录结果的应答</translation>
    </message>
    <message>
        <source>80/20 rule: revenue by customer</source>
        <translation>八二开规则：各客户的销售额</translation>
    </message>
    <message>
        <source>Share of customers (biggest first)</source>
        <translation>客户占比（由大到小）</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>%1 biggest (%2 of customers) bring %3</source>
        <translation>最大的 %1 位客户（占客户的 %2）带来 %3</translation>
    </message>
    <message>
        <source>%1 of sales</source>
        <translation>销售额的 %1</translation>
    </message>
    <message>
        <source>above the %1 band</source>
        <translation>超出 %1 的范围</translation>
    </message>
    <message>
        <source>Biggest customers</source>
        <translation>最大的客户</translation>
    </message>
    <message>
        <source>Annual revenue in %1, %2 customers</source>
        <translation>年销售额（%1），%2 位客户</translation>
    </message>
    <message>
        <source>no currency given</source>
        <translation>未填币种</translation>
    </message>
    <message>
        <source>Not shown, other currencies: %1</source>
        <translation>未显示的其他币种：%1</translation>
    </message>
    <message>
        <source>No closed customer has an annual revenue yet</source>
        <translation>尚无成交客户填写了年销售额</translation>
    </message>
    <message>
        <source>Time by customer tier</source>
        <translation>按客户类别分配的时间</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <source>Ordinary customers</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Possible customers</source>
        <translation>可能的客户</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>时间占比</translation>
    </message>
    <message>
        <source>Guide (60/30/10)</source>
        <translation>参考比例（60/30/10）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>No visit time recorded in this period</source>
        <translation>此期间没有记录拜访时间</translation>
    </message>
    <message>
        <source>%1 visits without time recorded</source>
        <translation>%1 次拜访未记录时间</translation>
    </message>
    <message>
        <source>No customers and no visit time yet</source>
        <translation>尚无客户，也无拜访时间</translation>
    </message>
    <message>
        <source>Differentiation matrix</source>
        <translation>差别化矩阵</translation>
    </message>
    <message>
        <source>Our share of their purchases (%)</source>
        <translation>占有率（%）</translation>
    </message>
    <message>
        <source>Quantity they will buy soon</source>
        <translation>即将购买的数量</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 sheets lack the share or the quantity</source>
        <translation>%1 份客户资料缺少占有率或即将购买的数量</translation>
    </message>
    <message>
        <source>No sheet has both a share and an upcoming quantity yet</source>
        <translation>尚无客户资料同时填写了占有率和即将购买的数量</translation>
    </message>
    <message>
        <source>Customer segmentation</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Profit potential</source>
        <translation>盈利潜力</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系状况</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>Framed: attractive cells, where the VIPs are</source>
        <translation>框出的是有吸引力的格子：VIP客户所在之处</translation>
    </message>
    <message>
        <source>%1 sheets lack the potential or the relationship</source>
        <translation>%1 份客户资料缺少盈利潜力或关系状况</translation>
    </message>
    <message>
        <source>No sheet has both a profit potential and a relationship yet</source>
        <translation>尚无客户资料同时填写了盈利潜力和关系状况</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>最近 13 周</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Open a database to see its charts.</source>
        <translation>打开数据库即可查看图表。</translation>
    </message>
    <message>
        <source>%1 to %2. The 80/20, differentiation and segmentation charts show the book as it is today.</source>
        <translation>%1 至 %2。八二开、差别化和客户细分图显示的是客户资料的当前状况。</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ChecklistList</name>
    <message>
        <source>Line</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What you found out</source>
        <translation>了解到的情况</translation>
    </message>
    <message>
        <source>Type to write what you found out; Enter keeps it.</source>
        <translation>直接输入了解到的情况，按回车键确认。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Tick what is ready before you leave. Space ticks the line under the cursor, the arrow keys move, Tab goes to the next list. The ticks are saved with the plan (Ctrl+S).</source>
        <translation>出发前勾选已准备好的事项。空格键勾选光标所在行，方向键移动，Tab 键转到下一张清单。勾选结果随拜访计划一起保存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>No lines in this list.</source>
        <translation>此清单中没有事项。</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>已准备 %1/%2</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Visit checklists</source>
        <translation>拜访清单</translation>
    </message>
    <message>
        <source>Every new visit plan starts from these lists. Double-click a line to reword it; plans already made keep their own lines.</source>
        <translation>每个新的拜访计划都从这些清单开始。双击某行可修改措辞；已建立的计划保留各自的清单。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新条目</translation>
    </message>
</context>
<context>
    <name>ClassificationForm</name>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Relationship to us</source>
        <translation>与企业关系</translation>
    </message>
    <message>
        <source>Closed or prospect</source>
        <translation>客户/潜在客户</translation>
    </message>
    <message>
        <source>Value tier (closed)</source>
        <translation>价值等级（已成交）</translation>
    </message>
    <message>
        <source>Grade A-D (prospect)</source>
        <translation>A-D 等级（潜在客户）</translation>
    </message>
    <message>
        <source>Value to us</source>
        <translation>对企业的价值</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>忠诚阶段</translation>
    </message>
    <message>
        <source>Kept in the history when a grade or tier changes</source>
        <translation>等级变化时记入历史</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>Differentiation and segmentation</source>
        <translation>差别化与客户细分</translation>
    </message>
    <message>
        <source>Our share of their purchases (%)</source>
        <translation>我方占其采购的份额 (%)</translation>
    </message>
    <message>
        <source>Quantity they will buy soon</source>
        <translation>即将购买的数量</translation>
    </message>
    <message>
        <source>Differentiation strategy</source>
        <translation>差别化策略</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费能力</translation>
    </message>
    <message>
        <source>Profit potential</source>
        <translation>利润潜力</translation>
    </message>
    <message>
        <source>Relationship status</source>
        <translation>关系状态</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Our annual revenue from them</source>
        <translation>我方来自该客户的年收入</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>币种（ISO 代码）</translation>
    </message>
    <message>
        <source>Grade and tier history</source>
        <translation>等级变更记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Needs our share and the coming quantity</source>
        <translation>需要占有率和即将购买的数量</translation>
    </message>
    <message>
        <source>Needs profit potential and relationship status</source>
        <translation>需要利润潜力和关系状况</translation>
    </message>
    <message>
        <source>%1 potential, %2</source>
        <translation>%1潜力，%2</translation>
    </message>
    <message>
        <source>attractive: where the VIPs are</source>
        <translation>有吸引力：VIP 客户所在</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>1-3. Name, address, phone</source>
        <translation>1-3. 名称、地址、电话</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Name checked</source>
        <translation>名称已核实</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>How the name was checked</source>
        <translation>名称核实方式</translation>
    </message>
    <message>
        <source>e.g. asked reception</source>
        <translation>例如：向前台询问</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>5. Source of this customer</source>
        <translation>5. 目标客户的来源</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>7-12. Business</source>
        <translation>7-12. 业务情况</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>History and standing in its industry</source>
        <translation>在该产业中的历史和地位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职员人数</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>业务范围</translation>
    </message>
    <message>
        <source>Who buys</source>
        <translation>购买由个人还是公司进行</translation>
    </message>
    <message>
        <source>Purchasing channels</source>
        <translation>采购渠道</translation>
    </message>
    <message>
        <source>How a deal runs: approval, purchasing, use</source>
        <translation>成交后的流程：审批、采购、使用</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>其他备注</translation>
    </message>
    <message>
        <source>Other remarks</source>
        <translation>其他备注</translation>
    </message>
</context>
<context>
    <name>CustomerFilters</name>
    <message>
        <source>In the last 7 days</source>
        <translation>最近 7 天内</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>最近 30 天内</translation>
    </message>
    <message>
        <source>Not in 30 days</source>
        <translation>30 天以上未拜访</translation>
    </message>
    <message>
        <source>Not in 90 days</source>
        <translation>90 天以上未拜访</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 天内</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>尚未安排</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与企业关系</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价值级别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>差别化策略</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>只看有不满信号的</translation>
    </message>
    <message>
        <source>Only customers with an open dissatisfaction signal</source>
        <translation>只显示有未解决的不满信号的客户</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>The database is damaged: looking for a good backup…</source>
        <translation>数据库已损坏：正在查找完好的备份…</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check of the file found a problem. RepDesk has not written anything to it.</source>
        <translation>%1 已损坏：SQLite 检查该文件时发现了问题。RepDesk 没有向它写入任何内容。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>No good backup of it was found in %1. Open another database, or ask for help with the damaged file: keep it as it is.</source>
        <translation>在 %1 中没有找到它的完好备份。请打开其他数据库，或就这个损坏的文件寻求帮助：请保持它原样。</translation>
    </message>
    <message>
        <source>Restore the newest good backup, made %1? The damaged file is kept aside in the backups folder, as it is.</source>
        <translation>恢复最新的完好备份（制作于 %1）吗？损坏的文件会原样另存到备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup made %1 is now the database. The damaged file is kept as %2. Anything entered after the backup was made needs entering again.</source>
        <translation>制作于 %1 的备份现在就是数据库。损坏的文件保存为 %2。备份之后录入的内容需要重新录入。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was not restored: %1. The files are as they were.</source>
        <translation>备份没有恢复：%1。文件保持原样。</translation>
    </message>
    <message>
        <source>%1 is open in another RepDesk window.</source>
        <translation>%1 已在另一个 RepDesk 窗口中打开。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>%1 is already open in another RepDesk window, which has been brought forward. Work there, or open another database here: two windows on one file would overwrite each other&apos;s changes.</source>
        <translation>%1 已在另一个 RepDesk 窗口中打开，该窗口已被调到前面。请在那里工作，或在这里打开其他数据库：两个窗口同时使用一个文件会互相覆盖修改。</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>正在加密数据库及其备份…</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>正在取消加密…</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted, nor are its %2 backups.</source>
        <translation>%1 已不再加密，它的 %2 个备份也已解密。</translation>
    </message>
    <message>
        <source>%1 is now encrypted, and so are its %2 backups.</source>
        <translation>%1 现已加密，它的 %2 个备份也已加密。</translation>
    </message>
    <message>
        <source>The passphrase of %1 and of its %2 backups is changed.</source>
        <translation>%1 及其 %2 个备份的密码短语已更改。</translation>
    </message>
    <message>
        <source>%1 older backups were made with another passphrase and are as they were.</source>
        <translation>有 %1 个较早的备份使用的是其他密码短语，保持原样。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>没有做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>DayPlan</name>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>The week&apos;s visit reports (PDF)…</source>
        <translation>本周拜访记录 (PDF)…</translation>
    </message>
    <message>
        <source>Every finished visit record of this day&apos;s week, with a contents page.</source>
        <translation>这一天所在周的全部已完成拜访记录，带目录页。</translation>
    </message>
    <message>
        <source>Print itinerary…</source>
        <translation>打印行程…</translation>
    </message>
    <message>
        <source>This day&apos;s visits in your order, with times and addresses.</source>
        <translation>按您排定的顺序列出这一天的拜访，附时间和地址。</translation>
    </message>
    <message>
        <source>Export itinerary…</source>
        <translation>导出行程…</translation>
    </message>
    <message>
        <source>Save this day&apos;s itinerary as a PDF.</source>
        <translation>将这一天的行程保存为 PDF。</translation>
    </message>
    <message>
        <source>Drag a visit, or Ctrl+Up / Ctrl+Down, to set the order; Enter opens it.</source>
        <translation>拖动拜访或按 Ctrl+上/下 调整顺序；按回车打开。</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>这一天没有计划拜访。</translation>
    </message>
    <message>
        <source>Day plan for %1</source>
        <translation>%1 的行程</translation>
    </message>
    <message>
        <source>(visited)</source>
        <translation>（已拜访）</translation>
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
    <name>DiaryAreaPage</name>
    <message>
        <source>Prospect diary</source>
        <translation>目标客户探询的个人日记</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>上一段（Alt+左）</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>下一段（Alt+右）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>全部线索来源</translation>
    </message>
    <message>
        <source>Result contains…</source>
        <translation>访问成果包含…</translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation>只看未完成的后续活动</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Lead sources…</source>
        <translation>线索来源…</translation>
    </message>
    <message>
        <source>No contacts in this period. Type one above and press Enter.</source>
        <translation>这段时间没有接触记录。在上方填写一行，按回车保存。</translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation>编辑此行</translation>
    </message>
    <message>
        <source>Make a prospect sheet</source>
        <translation>建立目标客户明细表</translation>
    </message>
    <message>
        <source>Open the customer sheet</source>
        <translation>打开客户明细表</translation>
    </message>
    <message>
        <source>Mark the follow-up done / not done</source>
        <translation>标记后续活动已完成 / 未完成</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>(week %1)</source>
        <translation>（第 %1 周）</translation>
    </message>
    <message>
        <source>Name: %1    Team: %2    Date: %3</source>
        <translation>姓名：%1    团队：%2    日期：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in this period</source>
        <translation>
            <numerusform>这段时间共 %n 条接触记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved diary row</source>
        <translation>日记行未保存</translation>
    </message>
    <message>
        <source>The diary row you are typing is not saved yet.</source>
        <translation>正在填写的日记行还没有保存。</translation>
    </message>
    <message>
        <source>Saved the row of %1.</source>
        <translation>已保存 %1 的记录。</translation>
    </message>
    <message>
        <source>A prospect sheet was made for it, since its appointment is a visit.</source>
        <translation>约定时间会成为一次拜访，因此已为它建立目标客户明细表。</translation>
    </message>
    <message>
        <source>Appointment in the past</source>
        <translation>约定时间已过</translation>
    </message>
    <message>
        <source>The appointment %1 is in the past. Save it anyway?</source>
        <translation>约定时间 %1 已经过去。仍然保存吗？</translation>
    </message>
    <message>
        <source>Made a prospect sheet for %1 from its diary row.</source>
        <translation>已根据日记行为 %1 建立目标客户明细表。</translation>
    </message>
    <message>
        <source>Deleted the row of %1. Ctrl+Z brings it back.</source>
        <translation>已删除 %1 的记录。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>DiaryEntryForm</name>
    <message>
        <source>Company (completes from your sheets)</source>
        <translation>公司（按已有客户明细表补全）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>e.g. agreed in principle</source>
        <translation>例如：初步同意</translation>
    </message>
    <message>
        <source>e.g. mail more material, phone again</source>
        <translation>例如：邮寄更多资料，电话联系</translation>
    </message>
    <message>
        <source>e.g. Mother&apos;s Day: send her flowers</source>
        <translation>例如：母亲节送她一束鲜花</translation>
    </message>
    <message>
        <source>A date, or +3 for three days from today</source>
        <translation>日期，或 +3 表示三天后</translation>
    </message>
    <message>
        <source>A date and time, +2 10:30 for two days from today, or 10:30 for today</source>
        <translation>日期和时间；+2 10:30 表示两天后 10:30；只写 10:30 表示今天</translation>
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
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Follow-up action</source>
        <translation>后续活动</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Notes (care, gifts)</source>
        <translation>备注（关怀、礼品）</translation>
    </message>
    <message>
        <source>Add to diary</source>
        <translation>记入日记</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Editing the row of %1</source>
        <translation>正在编辑 %1 的记录</translation>
    </message>
    <message>
        <source>Close to another appointment: %1</source>
        <translation>与另一约定时间太近：%1</translation>
    </message>
</context>
<context>
    <name>DiaryLabels</name>
    <message>
        <source>Prospect diary</source>
        <translation>目标客户探询的个人日记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Follow-up action</source>
        <translation>后续活动</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No contacts in this period</source>
        <translation>本期没有接触记录</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>DiaryPrint</name>
    <message>
        <source>Prospect diary</source>
        <translation>目标客户探询的个人日记</translation>
    </message>
    <message>
        <source>Export the prospect diary as PDF</source>
        <translation>将个人日记导出为 PDF</translation>
    </message>
    <message>
        <source>Writing the prospect diary…</source>
        <translation>正在写入个人日记…</translation>
    </message>
    <message>
        <source>Saved the prospect diary to %1</source>
        <translation>个人日记已保存到 %1</translation>
    </message>
    <message>
        <source>Preparing the prospect diary for printing…</source>
        <translation>正在准备打印个人日记…</translation>
    </message>
    <message>
        <source>Print the prospect diary</source>
        <translation>打印个人日记</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
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
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Follow-up action</source>
        <translation>后续活动</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <source>Open them</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message numerus="yes">
        <source>%n visit record(s) were not finished when RepDesk last closed. Your text was kept as a draft.</source>
        <translation>
            <numerusform>上次关闭 RepDesk 时有 %n 份拜访记录尚未完成，所填内容已存为草稿。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>%1 is encrypted: without its passphrase, the file and its backups are unreadable. To change the passphrase, or to remove the encryption, type the current passphrase first.</source>
        <translation>%1 已加密：没有密码短语，该文件及其备份都无法读取。要更改密码短语或取消加密，请先输入当前的密码短语。</translation>
    </message>
    <message>
        <source>%1 is not encrypted: anyone who gets hold of this laptop can read it. Encrypt it with a passphrase, and its backups with it.</source>
        <translation>%1 没有加密：拿到这台笔记本电脑的任何人都能读取它。请用密码短语加密它，它的备份也会一并加密。</translation>
    </message>
    <message>
        <source>RepDesk keeps no copy of the passphrase. If it is forgotten, nobody can open the database or its backups again. Write it down somewhere safe.</source>
        <translation>RepDesk 不保存密码短语的任何副本。一旦忘记，任何人都无法再打开数据库或其备份。请把它记在安全的地方。</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码短语：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入的内容</translation>
    </message>
    <message>
        <source>That is not this database&apos;s passphrase. Nothing was changed.</source>
        <translation>这不是该数据库的密码短语。没有做任何更改。</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>新密码短语至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The new passphrase has a character it cannot hold.</source>
        <translation>新密码短语中有无法使用的字符。</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type it again.</source>
        <translation>两次输入的新密码短语不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>新建异议（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the entry (F2 or Enter)</source>
        <translation>编辑这条异议（F2 或回车）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the entry (Delete)</source>
        <translation>删除这条异议（Delete）</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring the deleted entry back (Ctrl+Z)</source>
        <translation>恢复刚删除的异议（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Move up in its group (Ctrl+Up)</source>
        <translation>在本组内上移（Ctrl+上）</translation>
    </message>
    <message>
        <source>Move down in its group (Ctrl+Down)</source>
        <translation>在本组内下移（Ctrl+下）</translation>
    </message>
    <message>
        <source>The playbook has no entries. New entry (Ctrl+N) writes one.</source>
        <translation>异议应对手册里还没有异议。按“新建”（Ctrl+N）写一条。</translation>
    </message>
    <message>
        <source>No entry matches the search.</source>
        <translation>没有符合搜索的异议。</translation>
    </message>
    <message>
        <source>Pick an entry on the left.</source>
        <translation>请在左边选择一条异议。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>The entry was not saved: see the problems marked.</source>
        <translation>这条异议没有保存：请看标出的问题。</translation>
    </message>
    <message>
        <source>Unsaved playbook entry</source>
        <translation>异议未保存</translation>
    </message>
    <message>
        <source>Your changes to this playbook entry are not saved yet.</source>
        <translation>您对这条异议的修改还没有保存。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>已删除“%1”。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>“%1”已恢复。</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>One per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>Made from the title when left empty</source>
        <translation>留空时根据标题生成</translation>
    </message>
    <message>
        <source>Letters a-z, digits and _. A playbook file updates the entry with the same code.</source>
        <translation>只用字母 a-z、数字和 _。导入手册文件时，会更新代码相同的异议。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>保存这条异议（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop editing (Esc)</source>
        <translation>停止编辑（Esc）</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建异议</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>正在编辑“%1”</translation>
    </message>
    <message>
        <source>Editing the Chinese texts.</source>
        <translation>正在编辑中文文字。</translation>
    </message>
    <message>
        <source>Editing the English texts.</source>
        <translation>正在编辑英文文字。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), marked below.</source>
        <translation>
            <numerusform>未保存：有 %n 个问题，已在下面标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Search every text, in English or Chinese (Ctrl+F)</source>
        <translation>搜索所有文字，中英文均可（Ctrl+F）</translation>
    </message>
    <message>
        <source>The playbook has no entries yet. New entry (Ctrl+N) writes one.</source>
        <translation>异议应对手册里还没有异议。按“新建”（Ctrl+N）写一条。</translation>
    </message>
    <message>
        <source>No entry matches “%1”.</source>
        <translation>没有符合“%1”的异议。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown</source>
        <translation>
            <numerusform>显示 %1 条中的 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条异议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>not yet in this language</source>
        <translation>尚无此语言版本</translation>
    </message>
    <message>
        <source>None written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Answers: feature, advantage, benefit</source>
        <translation>应对：特点、优点、利益（FAB）</translation>
    </message>
    <message>
        <source>No answers written yet.</source>
        <translation>尚未填写应对。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export people</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the people of %1 customers to %2…</source>
        <translation>正在将 %1 个客户的联系人写入 %2…</translation>
    </message>
    <message>
        <source>Writing %1 customers to %2…</source>
        <translation>正在将 %1 个客户写入 %2…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Wrote %1 people to %2.</source>
        <translation>已将 %1 位联系人写入 %2。</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation>已将 %1 个客户写入 %2。</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>RepDesk could not write %1: %2</source>
        <translation>RepDesk 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>vCard 3.0, for most phones and mail (*.vcf)</source>
        <translation>vCard 3.0，适用于大多数手机和邮件程序 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>None written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>You have about 20 seconds to catch the customer&apos;s interest.</source>
        <translation>您大约只有 20 秒来引起客户的兴趣。</translation>
    </message>
    <message>
        <source>Edit the opener and tips</source>
        <translation>编辑开场白与提示</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the opener and tips (Ctrl+S)</source>
        <translation>保存开场白与提示（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop editing (Esc)</source>
        <translation>停止编辑（Esc）</translation>
    </message>
    <message>
        <source>Editing the opener and tips</source>
        <translation>正在编辑开场白与提示</translation>
    </message>
    <message>
        <source>Editing the Chinese texts.</source>
        <translation>正在编辑中文文字。</translation>
    </message>
    <message>
        <source>Editing the English texts.</source>
        <translation>正在编辑英文文字。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), marked below.</source>
        <translation>
            <numerusform>未保存：有 %n 个问题，已在下面标出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 is neither UTF-8 nor GB18030/GBK text. Save it from Excel as “CSV UTF-8” and try again.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030/GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>%1 has no header row or no rows to import.</source>
        <translation>%1 没有标题行，或没有可导入的行。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not the kind of file its name says.</source>
        <translation>%1 已损坏，或者不是其扩展名所示的文件类型。</translation>
    </message>
    <message>
        <source>RepDesk cannot read files of this kind (%1). Save it as .xlsx or .csv and try again.</source>
        <translation>RepDesk 无法读取此类文件（%1）。请另存为 .xlsx 或 .csv 后重试。</translation>
    </message>
    <message>
        <source>RepDesk cannot read %1. Check that it exists and you may open it.</source>
        <translation>RepDesk 无法读取 %1。请确认文件存在且您有权限打开。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file of customers, for example an export from another CRM, or a vCard (.vcf) file of people. Nothing is written until you have seen a preview, and then everything is written at once or nothing is.</source>
        <translation>选择一个客户的 CSV 或 Excel (.xlsx) 文件（例如从其他 CRM 导出的文件），或一个联系人的 vCard (.vcf) 文件。在您查看预览之前不会写入任何内容；导入时要么全部写入，要么什么都不写入。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Each column is matched to a field of the customer sheet; change any match you disagree with. Columns set to “Do not import” are left out.</source>
        <translation>每一列都对应到客户明细表的一个字段；如有不同意见，可修改任何对应关系。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Import the likely duplicates too</source>
        <translation>可能重复的行也一并导入</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Problems, row by row</source>
        <translation>逐行列出的问题</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>客户文件 (*.csv *.txt *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 · rows: %2 · columns: %3</source>
        <translation>%1 · 行数：%2 · 列数：%3</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>请至少为一列选择一个字段。</translation>
    </message>
    <message>
        <source>Rows: %1 · new: %2 · likely duplicates: %3 · invalid: %4 · to import: %5</source>
        <translation>行数：%1 · 新增：%2 · 可能重复：%3 · 无效：%4 · 将导入：%5</translation>
    </message>
    <message>
        <source>Rows with problems: %1, listed below with the reasons. Nothing is imported until they are fixed in the file, or their columns are set to “Do not import”. Save the report to work through them.</source>
        <translation>有问题的行：%1，原因见下方列表。在文件中修正这些行，或将相关列设为“不导入”之前，不会导入任何内容。可保存报告以便逐一处理。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Writing %2 (rows: %1). Cancel leaves the customer book as it was.</source>
        <translation>正在写入 %2（行数：%1）。取消将使客户资料保持原样。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>New customers: %1 · people: %2 · likely duplicates left out: %3</source>
        <translation>新增客户：%1 · 联系人：%2 · 未导入的可能重复行：%3</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>RepDesk id</source>
        <translation>RepDesk 编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Kind (organisation or consumer)</source>
        <translation>类型（机构或个人消费者）</translation>
    </message>
    <message>
        <source>Relationship to us</source>
        <translation>与企业关系</translation>
    </message>
    <message>
        <source>Closed or prospect</source>
        <translation>客户/潜在客户</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Prospect grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>History and standing in its industry</source>
        <translation>在该产业中的历史和地位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职员人数</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>业务范围</translation>
    </message>
    <message>
        <source>Who buys</source>
        <translation>购买由个人还是公司进行</translation>
    </message>
    <message>
        <source>Purchasing channels</source>
        <translation>采购渠道</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>其他备注</translation>
    </message>
    <message>
        <source>Name checked</source>
        <translation>名称已核实</translation>
    </message>
    <message>
        <source>Approval process</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Purchasing process</source>
        <translation>采购流程</translation>
    </message>
    <message>
        <source>Use process</source>
        <translation>使用流程</translation>
    </message>
    <message>
        <source>How we know (sources)</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Our share of their purchases (%)</source>
        <translation>我方占其采购的份额 (%)</translation>
    </message>
    <message>
        <source>Quantity they will buy soon</source>
        <translation>即将购买的数量</translation>
    </message>
    <message>
        <source>Our annual revenue from them</source>
        <translation>我方来自该客户的年收入</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费能力</translation>
    </message>
    <message>
        <source>Profit potential</source>
        <translation>利润潜力</translation>
    </message>
    <message>
        <source>Relationship status</source>
        <translation>关系状态</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>忠诚阶段</translation>
    </message>
    <message>
        <source>Dissatisfaction signals</source>
        <translation>不满信号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First (given) name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last (family) name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Title checked</source>
        <translation>头衔已核实</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>我方与其关系</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>成长背景（家乡）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile / phone</source>
        <translation>手机/电话</translation>
    </message>
    <message>
        <source>Willing to try</source>
        <translation>是否愿意尝试</translation>
    </message>
    <message>
        <source>Confident in deciding</source>
        <translation>决策是否自信</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>联系人 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>The same record as row %1 (%2).</source>
        <translation>与第 %1 行是同一条记录（%2）。</translation>
    </message>
    <message>
        <source>Same company name as row %1 (%2).</source>
        <translation>公司名称与第 %1 行相同（%2）。</translation>
    </message>
    <message>
        <source>Same phone number as row %1 (%2).</source>
        <translation>电话号码与第 %1 行相同（%2）。</translation>
    </message>
    <message>
        <source>The same person as row %1 (%2).</source>
        <translation>与第 %1 行是同一个人（%2）。</translation>
    </message>
    <message>
        <source>Already in RepDesk: %1 (the same record).</source>
        <translation>已在 RepDesk 中：%1（同一条记录）。</translation>
    </message>
    <message>
        <source>A customer with this name is already in RepDesk: %1.</source>
        <translation>RepDesk 中已有同名客户：%1。</translation>
    </message>
    <message>
        <source>This phone number is already in RepDesk, at %1.</source>
        <translation>RepDesk 中已有此电话号码，属于 %1。</translation>
    </message>
    <message>
        <source>Already in RepDesk: %1 (the same person).</source>
        <translation>已在 RepDesk 中：%1（同一个人）。</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>%1 (column “%2”)</source>
        <translation>%1（列“%2”）</translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>添加到 %1。</translation>
    </message>
</context>
<context>
    <name>ItineraryLabels</name>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已拜访</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>这一天没有计划拜访。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ItineraryPrint</name>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Export the itinerary as PDF</source>
        <translation>将行程导出为 PDF</translation>
    </message>
    <message>
        <source>Writing the itinerary…</source>
        <translation>正在写入行程…</translation>
    </message>
    <message>
        <source>Saved the itinerary to %1</source>
        <translation>行程已保存到 %1</translation>
    </message>
    <message>
        <source>Preparing the itinerary for printing…</source>
        <translation>正在准备打印行程…</translation>
    </message>
    <message>
        <source>Print the itinerary</source>
        <translation>打印行程</translation>
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
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
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
        <source>Organisation</source>
        <translation>组织（企业）</translation>
    </message>
    <message>
        <source>Individual consumer</source>
        <translation>个人消费者</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Stable position</source>
        <translation>地位稳固</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>关系正发展</translation>
    </message>
    <message>
        <source>Good relationship</source>
        <translation>关系不错</translation>
    </message>
    <message>
        <source>Just contacted</source>
        <translation>处于刚刚接触</translation>
    </message>
    <message>
        <source>Limited contact</source>
        <translation>交往有限</translation>
    </message>
    <message>
        <source>Withdrawing</source>
        <translation>正退出</translation>
    </message>
    <message>
        <source>Watching, does not know us</source>
        <translation>不了解的观望</translation>
    </message>
    <message>
        <source>Random purchase</source>
        <translation>随机性消费</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>回头消费</translation>
    </message>
    <message>
        <source>Loyal purchase</source>
        <translation>忠诚消费</translation>
    </message>
    <message>
        <source>Keep in close contact</source>
        <translation>重点保持</translation>
    </message>
    <message>
        <source>Maintain or acquire</source>
        <translation>保持或获取</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>发展</translation>
    </message>
    <message>
        <source>Acquire or abandon</source>
        <translation>获取或放弃</translation>
    </message>
    <message>
        <source>An individual buys</source>
        <translation>由个人购买</translation>
    </message>
    <message>
        <source>The company buys</source>
        <translation>由公司购买</translation>
    </message>
    <message>
        <source>Single channel</source>
        <translation>单一渠道</translation>
    </message>
    <message>
        <source>Multi-channel</source>
        <translation>多渠道</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Other influencer</source>
        <translation>其他影响者</translation>
    </message>
    <message>
        <source>Decision management</source>
        <translation>决策管理层</translation>
    </message>
    <message>
        <source>Technical management</source>
        <translation>技术管理</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Usage management</source>
        <translation>使用管理</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作层</translation>
    </message>
    <message>
        <source>Outsider</source>
        <translation>局外人</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Closed or prospect</source>
        <translation>客户/潜在客户</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Prospect grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Success cases</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <source>Pictures and company brochure</source>
        <translation>图片与公司画册</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Business cards</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <source>Pen and notebook</source>
        <translation>笔和笔记本</translation>
    </message>
    <message>
        <source>Latest price list</source>
        <translation>最新价格表</translation>
    </message>
    <message>
        <source>Branded visit gift</source>
        <translation>带有公司标记的拜访礼品</translation>
    </message>
    <message>
        <source>Visit record form</source>
        <translation>销售拜访记录表</translation>
    </message>
    <message>
        <source>Blank contract</source>
        <translation>空白合同</translation>
    </message>
    <message>
        <source>Competing brands</source>
        <translation>竞争品牌</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>The prospect in as much detail as possible</source>
        <translation>准客户的详细资料（越详细越好）</translation>
    </message>
    <message>
        <source>Review the key points</source>
        <translation>回忆重点</translation>
    </message>
    <message>
        <source>Check the items to bring</source>
        <translation>查点所需物品</translation>
    </message>
    <message>
        <source>Be clear on the visit&apos;s purpose</source>
        <translation>明确拜访目的</translation>
    </message>
    <message>
        <source>Prepare topics</source>
        <translation>准备相应话题</translation>
    </message>
    <message>
        <source>Prepare for contingencies</source>
        <translation>应急情况准备</translation>
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
        <source>Sales tools to bring</source>
        <translation>销售工具</translation>
    </message>
    <message>
        <source>Information to gather</source>
        <translation>信息收集</translation>
    </message>
    <message>
        <source>Checks before leaving</source>
        <translation>临行检查</translation>
    </message>
    <message>
        <source>Names the product&apos;s advantages</source>
        <translation>说出产品的优点</translation>
    </message>
    <message>
        <source>Asks about after-sales service details</source>
        <translation>询问售后服务细节</translation>
    </message>
    <message>
        <source>Changes in body language</source>
        <translation>肢体语言发生变化</translation>
    </message>
    <message>
        <source>Starts agreeing with you</source>
        <translation>开始认同你的观点</translation>
    </message>
    <message>
        <source>Volunteers information</source>
        <translation>主动提供信息</translation>
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
        <source>Next step</source>
        <translation>下一步行动</translation>
    </message>
</context>
<context>
    <name>LeadSourcesDialog</name>
    <message>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Double-click a source to rename it. Removing one keeps it on the rows and sheets that already name it.</source>
        <translation>双击来源可改名。删除某个来源后，已使用它的日记行和明细表仍保留它。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新来源</translation>
    </message>
    <message>
        <source>A lead source needs a name.</source>
        <translation>线索来源需要名称。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在列表中出现了两次。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>No customer matches the filters.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>Matching the filters: %n of %1</source>
        <translation>符合筛选条件：%n / %1</translation>
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
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export the customer list…</source>
        <translation>导出客户列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export people as &amp;vCard…</source>
        <translation>将人员导出为 vCard(&amp;V)…</translation>
    </message>
    <message>
        <source>Export visits to a &amp;calendar (.ics)…</source>
        <translation>把拜访导出到日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a&amp;ppointments from a calendar (.ics)…</source>
        <translation>从日历导入预约 (.ics)(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New customer sheet</source>
        <translation>新建客户情况明细表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;everything to an archive…</source>
        <translation>全部导出为档案(&amp;E)…</translation>
    </message>
    <message>
        <source>Import an a&amp;rchive…</source>
        <translation>导入档案(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;ncryption…</source>
        <translation>加密(&amp;N)…</translation>
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
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was not restored: %1. The database is as it was.</source>
        <translation>备份没有恢复：%1。数据库保持原样。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今天的备份未能完成：%1</translation>
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
        <source>&amp;Undo delete of %1</source>
        <translation>撤销删除 %1(&amp;U)</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>已删除 %1。“编辑 &gt; 撤销删除”可将其恢复。</translation>
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
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ObjectionPicker</name>
    <message>
        <source>Type a few words of the objection (price, supplier, 太贵…)</source>
        <translation>输入异议中的几个字（价格、供应商、太贵…）</translation>
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
        <source>What the customer said, in their words</source>
        <translation>客户说的话，照原话记录</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Not in the playbook: go on with the customer&apos;s words</source>
        <translation>手册中没有：按客户的原话继续</translation>
    </message>
    <message>
        <source>The playbook has no entries: type the customer&apos;s words and go on.</source>
        <translation>异议应对手册中还没有条目：请输入客户的原话后继续。</translation>
    </message>
    <message>
        <source>Nothing in the playbook matches “%1”: go on in the customer&apos;s words.</source>
        <translation>手册中没有与“%1”相符的异议：按客户的原话继续。</translation>
    </message>
</context>
<context>
    <name>ObjectionsEditor</name>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Answer used</source>
        <translation>应对话术</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>客户认同</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No objections recorded. Add each one the customer raised, and your answer.</source>
        <translation>尚未记录客户异议。请逐条添加客户提出的异议及你的应对。</translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation>添加异议</translation>
    </message>
    <message>
        <source>e.g. Your price is too high</source>
        <translation>例如：你们的价格太高了</translation>
    </message>
    <message>
        <source>How you answered</source>
        <translation>你是如何应对的</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this objection from the record</source>
        <translation>从记录中删除这条异议</translation>
    </message>
    <message>
        <source>Not in the playbook</source>
        <translation>不在异议手册中</translation>
    </message>
    <message>
        <source>%1 · round %2</source>
        <translation>%1 · 第 %2 轮</translation>
    </message>
    <message>
        <source>From the call checklist, round %1.</source>
        <translation>来自拜访中清单，第 %1 轮。</translation>
    </message>
    <message>
        <source>Ticked:</source>
        <translation>已勾选：</translation>
    </message>
</context>
<context>
    <name>ObjectionsPage</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>The customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>我们的应对</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>认同</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No objections recorded on this customer&apos;s visits yet.
Objections are recorded on a visit: in its Record tab, or with the call checklist during the visit.</source>
        <translation>这位客户的拜访中还没有记录异议。
异议记录在拜访里：在拜访的“记录”页，或在拜访中用异议处理清单记录。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not in the playbook</source>
        <translation>不在异议手册中</translation>
    </message>
    <message>
        <source>%1 (answered again, round %2)</source>
        <translation>%1（再次应对，第 %2 轮）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Objections raised: %1 · on visits: %2 · answers agreed to: %3 of %4</source>
        <translation>提出异议：%1 次 · 涉及拜访：%2 次 · 客户认同的应对：%3/%4 次</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Standing</source>
        <translation>客户现状</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>差别化策略</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>忠诚阶段</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next planned visit</source>
        <translation>下次计划拜访</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Open dissatisfaction signals</source>
        <translation>未解决的客户不满信号</translation>
    </message>
    <message>
        <source>Still to learn: questions for the next visit</source>
        <translation>待了解：下次拜访要问的问题</translation>
    </message>
    <message>
        <source>Every fact of the sheet is known.</source>
        <translation>明细表的所有信息都已了解。</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>%1 potential, %2</source>
        <translation>%1潜力，%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>None: no sign of dissatisfaction on record.</source>
        <translation>无：没有不满迹象的记录。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>That passphrase does not open %1 (or the file is not a RepDesk database). Nothing was changed. Check the passphrase and try again.</source>
        <translation>这个密码短语打不开 %1（或者该文件不是 RepDesk 数据库）。没有做任何更改。请检查密码短语后重试。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 已加密。请输入它的密码短语来打开。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>RepDesk keeps no copy of the passphrase: without it nobody, not even RepDesk, can read this database or its backups.</source>
        <translation>RepDesk 不保存密码短语的任何副本：没有它，任何人（包括 RepDesk）都无法读取这个数据库及其备份。</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入的内容</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer could not start a new page.</source>
        <translation>打印机无法开始新的一页。</translation>
    </message>
    <message>
        <source>RepDesk found no Chinese font to print with.</source>
        <translation>RepDesk 找不到可用于打印的中文字体。</translation>
    </message>
    <message>
        <source>RepDesk could not write %1: %2</source>
        <translation>RepDesk 无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>No people yet. Add the buyer first: who buys, and who else has a say.</source>
        <translation>尚无人员。请先添加购买者：谁来购买，还有谁有发言权。</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove person…</source>
        <translation>移除人员…</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚无姓名）</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Remove %1 from this sheet? It is removed when you save the sheet.</source>
        <translation>从此明细表中移除 %1？保存明细表时才会移除。</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>我方与其关系</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>What we know, and how we know it</source>
        <translation>已知信息及其来源</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>title verified</source>
        <translation>头衔已核实</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>成长背景（家乡）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Willing to try something new?</source>
        <translation>是否愿意尝试？</translation>
    </message>
    <message>
        <source>Confident in deciding?</source>
        <translation>决策是否自信？</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>行动方案</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Stage goal</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源配置</translation>
    </message>
    <message>
        <source>What this call must achieve, e.g. present the quote to the buyer</source>
        <translation>这次拜访要达成什么，例如：向采购递交报价单</translation>
    </message>
    <message>
        <source>Where this customer should be after it, e.g. on the short list</source>
        <translation>拜访后客户应到哪一步，例如：进入供应商短名单</translation>
    </message>
    <message>
        <source>Who and what it takes: an engineer, samples, a demonstration…</source>
        <translation>需要哪些人和物：工程师、样品、演示…</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>拜访细节</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>A date and time, +2 10:30 for two days from today, or 10:30 for today</source>
        <translation>日期和时间；+2 10:30 表示两天后，10:30 表示今天</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频度</translation>
    </message>
    <message>
        <source>e.g. every two weeks until the order</source>
        <translation>例如：下单前每两周一次</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>e.g. quote, draft contract, case study</source>
        <translation>例如：报价单、合同草稿、案例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Before leaving</source>
        <translation>出发之前</translation>
    </message>
    <message>
        <source>Appearance checked: dress and grooming</source>
        <translation>仪容仪表已检查：着装与修饰</translation>
    </message>
    <message>
        <source>The lists of what to bring and check are on the Checklists tab.</source>
        <translation>要携带和检查的物品清单在“清单”标签页。</translation>
    </message>
    <message>
        <source>Stop %1 of the day&apos;s round</source>
        <translation>当天行程第 %1 站</translation>
    </message>
    <message>
        <source>In time order (drag to reorder the day in Visits)</source>
        <translation>按时间排序（可在“拜访”中拖动调整当天顺序）</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind of objection</source>
        <translation>异议类型</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>直接/间接</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>客户怎么说</translation>
    </message>
    <message>
        <source>True or false objection (真异议/假异议)</source>
        <translation>区分真异议/假异议</translation>
    </message>
    <message>
        <source>Hidden factors to probe</source>
        <translation>要探询的隐藏因素</translation>
    </message>
    <message>
        <source>The one sentence that revives the talk</source>
        <translation>一句话挽回（起死回生的一句话）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Open questions to clarify</source>
        <translation>开放式问题：澄清异议</translation>
    </message>
    <message>
        <source>Closed questions to get commitment</source>
        <translation>封闭式问题：取得承诺</translation>
    </message>
    <message>
        <source>The 20-second opener</source>
        <translation>20 秒开场白</translation>
    </message>
    <message>
        <source>The four tips</source>
        <translation>处理拒绝的四项提示</translation>
    </message>
    <message>
        <source>Keep going after a refusal (坚持行动)</source>
        <translation>被拒绝后的坚持行动</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>It is missing.</source>
        <translation>缺少这一项。</translation>
    </message>
    <message>
        <source>Write this in English or Chinese (at least one of them).</source>
        <translation>请用中文或英文填写（至少一种）。</translation>
    </message>
    <message>
        <source>It should be text.</source>
        <translation>这里应该是文字。</translation>
    </message>
    <message>
        <source>It is not in the form a playbook file has.</source>
        <translation>格式不是异议应对手册文件的格式。</translation>
    </message>
    <message>
        <source>It should be a list.</source>
        <translation>这里应该是一个列表。</translation>
    </message>
    <message>
        <source>A playbook has no such part.</source>
        <translation>异议应对手册中没有这一项。</translation>
    </message>
    <message>
        <source>Not a kind of objection RepDesk knows (person, product, reflex, price, competitor, no_need, timing, authority).</source>
        <translation>不是 RepDesk 认识的异议类型（person、product、reflex、price、competitor、no_need、timing、authority）。</translation>
    </message>
    <message>
        <source>It should be direct or indirect.</source>
        <translation>应该是 direct（直接）或 indirect（间接）。</translation>
    </message>
    <message>
        <source>Use only small letters a-z, digits and _ (at most %1).</source>
        <translation>只能用小写字母 a-z、数字和 _（最多 %1 个）。</translation>
    </message>
    <message>
        <source>Another entry already has this code.</source>
        <translation>另一条异议已经在用这个代码。</translation>
    </message>
    <message>
        <source>This version of RepDesk does not read this version of playbook file.</source>
        <translation>这个版本的 RepDesk 无法读取此版本的手册文件。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Too many: at most %1.</source>
        <translation>太多：最多 %1 条。</translation>
    </message>
    <message>
        <source>It is not a JSON file (the form RepDesk exports).</source>
        <translation>不是 JSON 文件（RepDesk 导出的格式）。</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>It is larger than a playbook file can be (%1 MB).</source>
        <translation>文件太大，超过了手册文件的上限（%1 MB）。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 条异议</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>第 %1 条应对</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1第 %2 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>PlaybookFiles</name>
    <message>
        <source>Playbook files (*.json);;All files (*)</source>
        <translation>异议应对手册文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the playbook</source>
        <translation>导出异议应对手册</translation>
    </message>
    <message>
        <source>Exported the playbook to %1</source>
        <translation>已把异议应对手册导出到 %1</translation>
    </message>
    <message>
        <source>Import a playbook</source>
        <translation>导入异议应对手册</translation>
    </message>
    <message>
        <source>Importing %1 will:</source>
        <translation>导入 %1 将会：</translation>
    </message>
    <message>
        <source>• add %n new entry(s)</source>
        <translation>• 新增 %n 条异议</translation>
    </message>
    <message>
        <source>• update %n entry(s) you have</source>
        <translation>• 更新您已有的 %n 条异议</translation>
    </message>
    <message>
        <source>• leave %n entry(s) that are already the same</source>
        <translation>• 保留 %n 条内容相同的异议</translation>
    </message>
    <message>
        <source>• keep %n entry(s) of yours that the file does not have</source>
        <translation>• 保留文件中没有的 %n 条您自己的异议</translation>
    </message>
    <message>
        <source>• replace the opener, the tips and the persistence actions</source>
        <translation>• 替换开场白、提示和坚持行动</translation>
    </message>
    <message>
        <source>• leave the opener, the tips and the persistence actions as they are</source>
        <translation>• 开场白、提示和坚持行动保持不变</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Your playbook already has everything in %1. Nothing to import.</source>
        <translation>您的手册已经包含 %1 中的全部内容，无需导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 is not a playbook file RepDesk can read. Nothing was imported.</source>
        <translation>%1 不是 RepDesk 能读取的异议应对手册文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>…and %n more problem(s).</source>
        <translation>……还有 %n 个问题。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Playbook file</source>
        <translation>异议应对手册文件</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Objection playbook</source>
        <translation>异议应对手册</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>文字语言：</translation>
    </message>
    <message>
        <source>Import playbook…</source>
        <translation>导入手册…</translation>
    </message>
    <message>
        <source>Merge a playbook file (.json) into yours</source>
        <translation>把一个手册文件（.json）合并到您的手册中</translation>
    </message>
    <message>
        <source>Export playbook…</source>
        <translation>导出手册…</translation>
    </message>
    <message>
        <source>Save your playbook as a file to share (.json)</source>
        <translation>把您的手册存成文件，以便分享（.json）</translation>
    </message>
    <message>
        <source>Objections and answers</source>
        <translation>异议与应对</translation>
    </message>
    <message>
        <source>Opener and tips</source>
        <translation>开场白与提示</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>有效的应对</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open database… to open or create one.</source>
        <translation>没有打开数据库。请用“文件 &gt; 打开数据库…”打开或新建一个。</translation>
    </message>
    <message>
        <source>Unsaved opener and tips</source>
        <translation>开场白与提示未保存</translation>
    </message>
    <message>
        <source>Your changes to the opener and tips are not saved yet.</source>
        <translation>您对开场白与提示的修改还没有保存。</translation>
    </message>
    <message>
        <source>Saved the opener and tips.</source>
        <translation>已保存开场白与提示。</translation>
    </message>
    <message>
        <source>Playbook imported: %1 new, %2 updated.</source>
        <translation>手册已导入：新增 %1 条，更新 %2 条。</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>People to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>No people on the customer&apos;s sheet yet: find out who buys and who decides.</source>
        <translation>客户明细表中还没有人员：请了解谁采购、谁决策。</translation>
    </message>
    <message>
        <source>Still to learn</source>
        <translation>待了解</translation>
    </message>
    <message>
        <source>Every fact of the sheet is known.</source>
        <translation>明细表的所有信息都已了解。</translation>
    </message>
    <message>
        <source>Open dissatisfaction signals</source>
        <translation>未解决的客户不满信号</translation>
    </message>
    <message>
        <source>Objections met before</source>
        <translation>以往遇到的客户异议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Answer used</source>
        <translation>应对话术</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>客户认同</translation>
    </message>
    <message>
        <source>No objections recorded on earlier visits.</source>
        <translation>以往拜访中没有记录客户异议。</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s sheet…</source>
        <translation>正在读取客户明细表…</translation>
    </message>
    <message>
        <source>None: no sign of dissatisfaction on record.</source>
        <translation>无：没有不满迹象的记录。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>Not a phone number: use digits, spaces, +, - or brackets.</source>
        <translation>不是电话号码：请使用数字、空格、+、- 或括号。</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>不是电子邮箱地址（name@example.com）。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>Must be a percentage from 0 to 100.</source>
        <translation>必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>不是日期：请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>不能是将来的日期。</translation>
    </message>
    <message>
        <source>Too far in the past (before 1900).</source>
        <translation>日期过早（早于 1900 年）。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, USD or EUR.</source>
        <translation>请使用三个字母的币种代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <source>Grades A-D are for prospects; a closed customer has a value tier.</source>
        <translation>A-D 等级用于潜在客户；已成交客户使用价值等级。</translation>
    </message>
    <message>
        <source>Value tiers are for closed customers; a prospect has a grade A-D.</source>
        <translation>价值等级用于已成交客户；潜在客户使用 A-D 等级。</translation>
    </message>
    <message>
        <source>Not one of this field&apos;s choices.</source>
        <translation>不是此字段的可选值之一。</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>Not in the format RepDesk exports.</source>
        <translation>不是 RepDesk 导出的格式。</translation>
    </message>
    <message>
        <source>The row has more values than the file has columns (a comma or quote out of place?).</source>
        <translation>此行的值多于文件的列数（是否有逗号或引号放错了位置？）。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>The call</source>
        <translation>拜访经过</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>拜访时间</translation>
    </message>
    <message>
        <source>A date and time, +2 10:30 for two days from today, or 10:30 for today</source>
        <translation>日期和时间；+2 10:30 表示两天后，10:30 表示今天</translation>
    </message>
    <message>
        <source>No people on the customer&apos;s sheet yet.</source>
        <translation>客户明细表中还没有人员。</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>拜访情况</translation>
    </message>
    <message>
        <source>What was said and shown, what the customer needs, what you agreed</source>
        <translation>谈了什么、展示了什么，客户需要什么，双方约定了什么</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>e.g. agreed to a trial order</source>
        <translation>例如：同意试订一批</translation>
    </message>
    <message>
        <source>Buying signals seen</source>
        <translation>观察到的成交信号</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>e.g. send the revised quote</source>
        <translation>例如：发送修改后的报价单</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>A date, or +3 for three days from today</source>
        <translation>日期，或 +3 表示三天后</translation>
    </message>
    <message>
        <source>Finishing the record puts it on Today as a follow-up.</source>
        <translation>完成记录后，它会作为后续活动出现在“今日”页面。</translation>
    </message>
    <message>
        <source>Time and expenses</source>
        <translation>花费时间与费用</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>花费时间（分钟）</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Keep the record as it is; it is also saved by itself as you type.</source>
        <translation>按现状保存记录；输入时也会自动保存。</translation>
    </message>
    <message>
        <source>Finish record</source>
        <translation>完成记录</translation>
    </message>
    <message>
        <source>Check the record, mark the visit done and put the next step on Today as a follow-up.</source>
        <translation>检查记录，将拜访标为已完成，并把下一步作为后续活动放到“今日”页面。</translation>
    </message>
    <message>
        <source>Save the plan first (Ctrl+S): the record of the call belongs to it. Write it here after the visit; it is kept as a draft as you type.</source>
        <translation>请先保存拜访计划（Ctrl+S）：拜访记录属于该计划。拜访后在这里填写；输入时会自动保存为草稿。</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to correct before the record can be finished (shown beside each field).</source>
        <translation>
            <numerusform>有 %n 项需要更正后才能完成记录（见各栏旁的提示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipMapWidget</name>
    <message>
        <source>No people on this sheet yet. Add the buyer and the others around the purchase to see where you stand with each of them.</source>
        <translation>这份明细表上还没有人员。添加购买者和其他与采购有关的人员，即可看到您与每个人处于哪种关系。</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>每周总结</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Export everything</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>The archive holds every customer, visit, diary row, the playbook and your settings. Anyone who has the file can read it unless it is sealed with a passphrase.</source>
        <translation>档案包含所有客户、拜访、日记行、异议手册和您的设置。除非用密码短语加密封存，任何拿到该文件的人都能读取它。</translation>
    </message>
    <message>
        <source>Seal it with a passphrase</source>
        <translation>用密码短语加密封存</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The passphrase is not kept anywhere: without it, the archive cannot be opened.</source>
        <translation>密码短语不会保存在任何地方：没有它，档案就无法打开。</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入的内容</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>密码短语至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase has a character it cannot hold.</source>
        <translation>密码短语中有无法使用的字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translation>两次输入的密码短语不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mainland China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
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
        <source>Where you work: the dates of holidays that differ by region (Mother&apos;s Day, Father&apos;s Day, National Day...) follow its calendar.</source>
        <translation>您工作的地区：各地日期不同的节日（母亲节、父亲节、国庆节等）按该地区的日历确定。</translation>
    </message>
    <message>
        <source>Today lists the prospects with no contact or visit for this many days.</source>
        <translation>“今日”页列出超过这么多天没有联系或拜访的潜在客户。</translation>
    </message>
    <message>
        <source>How many backups of each kind (daily, by hand...) are kept; older ones go.</source>
        <translation>每种备份（每日、手动……）保留多少份；更早的会被删除。</translation>
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
        <source>Region for holidays:</source>
        <translation>节日所在地区：</translation>
    </message>
    <message>
        <source>Prospects untouched after (days):</source>
        <translation>潜在客户未跟进提醒（天）：</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留的备份数：</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>SheetPrint</name>
    <message>
        <source>customer-sheet</source>
        <translation>客户情况明细表</translation>
    </message>
    <message>
        <source>Export the customer sheet as PDF</source>
        <translation>将客户情况明细表导出为 PDF</translation>
    </message>
    <message>
        <source>Saved the customer sheet to %1</source>
        <translation>客户情况明细表已保存到 %1</translation>
    </message>
    <message>
        <source>Writing the customer sheet…</source>
        <translation>正在生成客户情况明细表…</translation>
    </message>
    <message>
        <source>Preparing the customer sheet for printing…</source>
        <translation>正在准备打印客户情况明细表…</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>客户情况明细表</translation>
    </message>
    <message>
        <source>Print the customer sheet</source>
        <translation>打印客户情况明细表</translation>
    </message>
    <message>
        <source>This customer&apos;s sheet is no longer in the database.</source>
        <translation>数据库中已没有这位客户的明细表。</translation>
    </message>
    <message>
        <source>Serves the organisation&apos;s interest</source>
        <translation>满足组织利益</translation>
    </message>
    <message>
        <source>Serves the person&apos;s interest</source>
        <translation>满足个人利益</translation>
    </message>
    <message>
        <source>Path of trust</source>
        <translation>构建互信的路径</translation>
    </message>
    <message>
        <source>No people recorded yet</source>
        <translation>尚未记录任何人员</translation>
    </message>
    <message>
        <source>Customer detail sheet</source>
        <translation>客户情况明细表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Source of this target customer</source>
        <translation>目标客户的来源</translation>
    </message>
    <message>
        <source>Other important people</source>
        <translation>其他重要接待人员</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>History and standing in its industry</source>
        <translation>在该产业中的历史和地位</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>职员人数</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>业务范围</translation>
    </message>
    <message>
        <source>Does an individual or the company buy</source>
        <translation>购买由个人还是公司进行</translation>
    </message>
    <message>
        <source>Single-channel or multi-channel purchasing</source>
        <translation>单一渠道还是多渠道购买</translation>
    </message>
    <message>
        <source>Other remarks</source>
        <translation>其他备注</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>How we know: %1</source>
        <translation>信息来源：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Our relationship: %1</source>
        <translation>与我们的关系：%1</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <source>Grew up in</source>
        <translation>成长地</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Willing to try</source>
        <translation>是否愿意尝试</translation>
    </message>
    <message>
        <source>Confident in deciding</source>
        <translation>决策是否自信</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>title verified</source>
        <translation>头衔已核实</translation>
    </message>
    <message>
        <source>If a deal is agreed: approval, purchasing, use</source>
        <translation>达成交易后：审批、采购、使用</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Relationship to us</source>
        <translation>与企业的关系</translation>
    </message>
    <message>
        <source>Closed or prospect</source>
        <translation>客户/潜在客户</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Prospect grade</source>
        <translation>潜在客户等级</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值类别</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>忠诚阶段</translation>
    </message>
    <message>
        <source>Spending power</source>
        <translation>消费能力</translation>
    </message>
    <message>
        <source>Our share of its purchases</source>
        <translation>我们的占有率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Quantity it will buy soon</source>
        <translation>即将购买的数量</translation>
    </message>
    <message>
        <source>Differentiation strategy</source>
        <translation>差别化策略</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>%1 profit potential · %2</source>
        <translation>利润潜力%1 · %2</translation>
    </message>
    <message>
        <source>an attractive cell</source>
        <translation>有吸引力的细分</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <source>Open dissatisfaction signals</source>
        <translation>未解决的客户不满信号</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>目前没有未解决的信号。</translation>
    </message>
    <message>
        <source>Grade and tier history</source>
        <translation>等级变更记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <source>Still to learn: questions for the next visit</source>
        <translation>待了解：下次拜访要问的问题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Nothing left to learn from the information table.</source>
        <translation>信息收集表中的事项均已了解。</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>SheetWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>不满信号</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>撤销更改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan a &amp;visit…</source>
        <translation>安排拜访(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>明细表</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>%1[*] — Customer sheet</source>
        <translation>%1[*] — 客户情况明细表</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有不满信号</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Throw away your changes to this sheet since it was last saved?</source>
        <translation>放弃自上次保存以来对此明细表的更改？</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete %1 with its people and history? It leaves every list; Edit &gt; Undo delete brings it back.</source>
        <translation>删除 %1 及其人员和历史记录？它将从所有列表中移除；“编辑 &gt; 撤销删除”可将其恢复。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This sheet has changes that are not saved. Save them?</source>
        <translation>此明细表有未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Raise a signal</source>
        <translation>标记信号</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决方式</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Six signals tell a customer is unhappy. Raise one when you notice it; the customer is flagged as at risk until every signal is resolved.</source>
        <translation>客户不满有六个信号。发现时请标记；在所有信号解决之前，该客户都会被标为有流失风险。</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>No signals raised. Good.</source>
        <translation>没有不满信号。很好。</translation>
    </message>
    <message>
        <source>Raise a signal…</source>
        <translation>标记信号…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Save the new sheet first.</source>
        <translation>请先保存新的明细表。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
</context>
<context>
    <name>StepPages</name>
    <message>
        <source>Or the answer you gave, in your own words</source>
        <translation>或用您自己的话写下您的应答</translation>
    </message>
    <message>
        <source>Enter adds the objection to the visit record.</source>
        <translation>按 Enter 把这个异议记入拜访记录。</translation>
    </message>
    <message>
        <source>Another objection</source>
        <translation>下一个异议</translation>
    </message>
    <message>
        <source>Show the record</source>
        <translation>查看拜访记录</translation>
    </message>
    <message>
        <source>The order, or the next step the customer agreed to</source>
        <translation>订单，或客户同意的下一步行动</translation>
    </message>
    <message>
        <source>The next step: when and how you try again</source>
        <translation>下一步行动：何时、如何再次尝试</translation>
    </message>
    <message>
        <source>e.g. order of 20 units, delivery on Monday</source>
        <translation>例如：订购 20 件，周一送货</translation>
    </message>
    <message>
        <source>e.g. call on Friday with a case study</source>
        <translation>例如：周五带着成功案例再打电话</translation>
    </message>
    <message>
        <source>Not in the playbook</source>
        <translation>不在异议手册中</translation>
    </message>
    <message numerus="yes">
        <source>✓ Added to the visit record: %1, %n answer(s) tried.</source>
        <translation>
            <numerusform>✓ 已记入拜访记录：%1，共尝试 %n 次应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden factors: what may lie behind it?</source>
        <translation>隐藏因素：背后可能是什么原因？</translation>
    </message>
    <message>
        <source>A true or a false objection? Listen for:</source>
        <translation>真异议还是假异议？注意听：</translation>
    </message>
    <message>
        <source>Not in the playbook: ask what lies behind it, then Enter.</source>
        <translation>手册中没有这个异议：先问清背后的原因，再按 Enter。</translation>
    </message>
    <message>
        <source>Answer with the matching feature, advantage and benefit: pick yours</source>
        <translation>用相应的特点、优点和利益来应答：选出您用的那一条</translation>
    </message>
    <message>
        <source>No answers in the playbook for this: type yours below.</source>
        <translation>手册中没有针对它的应答：请在下面输入您的应答。</translation>
    </message>
    <message>
        <source>The customer agreed: ask a closed question for commitment</source>
        <translation>客户同意：用封闭式问题取得承诺</translation>
    </message>
    <message>
        <source>Not agreed: ask an open question to clarify</source>
        <translation>客户不同意：用开放式问题澄清异议</translation>
    </message>
    <message>
        <source>The customer refused: keep going. Tick what you did</source>
        <translation>客户拒绝：坚持行动。勾选您做了的事</translation>
    </message>
    <message>
        <source>No closed questions in the playbook: ask for the order.</source>
        <translation>手册中没有封闭式问题：直接请客户下单。</translation>
    </message>
    <message>
        <source>No open questions in the playbook: ask what stops them.</source>
        <translation>手册中没有开放式问题：问问客户顾虑什么。</translation>
    </message>
    <message>
        <source>No persistence actions in the playbook.</source>
        <translation>异议应对手册中没有坚持行动。</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>特点：%1</translation>
    </message>
    <message>
        <source>Advantage: %1</source>
        <translation>优点：%1</translation>
    </message>
    <message>
        <source>Benefit: %1</source>
        <translation>利益：%1</translation>
    </message>
</context>
<context>
    <name>StillToLearn</name>
    <message>
        <source>What is the company&apos;s correct, full name? (ask reception)</source>
        <translation>公司的正确全称是什么？（问前台）</translation>
    </message>
    <message>
        <source>Who makes the purchase?</source>
        <translation>由谁进行购买？</translation>
    </message>
    <message>
        <source>What is %1&apos;s correct title? (ask colleagues by phone)</source>
        <translation>%1 的正确头衔是什么？（打电话问其他人）</translation>
    </message>
    <message>
        <source>Is %1 willing to try something new? (visit)</source>
        <translation>%1 是否愿意尝试？（拜访）</translation>
    </message>
    <message>
        <source>Is %1 confident in deciding? (visit)</source>
        <translation>%1 决策是否自信？（拜访）</translation>
    </message>
    <message>
        <source>What are %1&apos;s hobbies? (chat, observe, ask others)</source>
        <translation>%1 有什么爱好？（聊天、观察、问别人）</translation>
    </message>
    <message>
        <source>What interests %1?</source>
        <translation>%1 对什么感兴趣？</translation>
    </message>
    <message>
        <source>What is %1&apos;s lifestyle?</source>
        <translation>%1 的生活方式如何？</translation>
    </message>
    <message>
        <source>What is %1&apos;s education?</source>
        <translation>%1 的教育背景如何？</translation>
    </message>
    <message>
        <source>Where did %1 grow up?</source>
        <translation>%1 在哪里长大？</translation>
    </message>
    <message>
        <source>How does a deal get approved?</source>
        <translation>成交如何审批？</translation>
    </message>
    <message>
        <source>How does purchasing run?</source>
        <translation>采购流程如何进行？</translation>
    </message>
    <message>
        <source>Who uses what we sell, and how?</source>
        <translation>谁使用我们的产品，如何使用？</translation>
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
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 已加密。请输入它的密码短语来打开。</translation>
    </message>
    <message>
        <source>That passphrase does not open %1 (or the file is not a RepDesk database). Nothing was changed. Check the passphrase and try again.</source>
        <translation>这个密码短语打不开 %1（或者该文件不是 RepDesk 数据库）。没有做任何更改。请检查密码短语后重试。</translation>
    </message>
    <message>
        <source>Your changes were not saved: the disk holding %1 is full. They are still in the open window. Free some space on the disk, then save again.</source>
        <translation>您的修改没有保存：%1 所在的磁盘已满。修改仍在打开的窗口中。请在磁盘上腾出一些空间，然后再保存。</translation>
    </message>
    <message>
        <source>Your changes were not saved: %1 cannot be written to now (the file, its folder or the disk became read-only). They are still in the open window. Make the file writable again, then save again.</source>
        <translation>您的修改没有保存：现在无法写入 %1（文件、其文件夹或磁盘变成了只读）。修改仍在打开的窗口中。请让文件恢复可写，然后再保存。</translation>
    </message>
    <message>
        <source>Your changes were not saved: another program is holding %1. They are still in the open window. Close that program, then save again.</source>
        <translation>您的修改没有保存：另一个程序正占用 %1。修改仍在打开的窗口中。请关闭那个程序，然后再保存。</translation>
    </message>
    <message>
        <source>Your changes were not saved: SQLite reports that %1 is damaged. They are still in the open window. Copy what you typed somewhere safe, close RepDesk and start it again: it will check the file and offer the newest good backup.</source>
        <translation>您的修改没有保存：SQLite 报告 %1 已损坏。修改仍在打开的窗口中。请把输入的内容复制到安全的地方，关闭 RepDesk 后重新启动：它会检查文件并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
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
        <source>The first %1 are listed.</source>
        <translation>仅列出前 %1 项。</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the customer&apos;s sheet.</source>
        <translation>双击（或按回车键）打开该客户的明细表。</translation>
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
        <source>Double-click (or Enter) to open the customer&apos;s sheet and the plan in Visits.</source>
        <translation>双击（或按回车键）打开该客户的明细表，并在“拜访”中显示此拜访计划。</translation>
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
        <source>Tick the box when done (tick again to undo). Double-click (or Enter) to open the customer&apos;s sheet or the diary row.</source>
        <translation>完成后勾选（再点一次即可撤销）。双击（或按回车键）打开该客户的明细表或日记行。</translation>
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
        <source>Double-click (or Enter) to open the person&apos;s customer sheet.</source>
        <translation>双击（或按回车键）打开此人所在客户的明细表。</translation>
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
    <message>
        <source>Prospect</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <source>Touched: a diary contact, a visit, or the sheet made. The number of days is set in File &gt; Settings. Double-click (or Enter) to open the customer&apos;s sheet.</source>
        <translation>接触指日记记录、拜访或建立明细表。天数在“文件 &gt; 设置”中设定。双击（或按回车键）打开该客户的明细表。</translation>
    </message>
    <message>
        <source>A next step is a planned visit or an open follow-up. Double-click (or Enter) to open the customer&apos;s sheet.</source>
        <translation>下一步指已计划的拜访或未完成的后续活动。双击（或按回车键）打开该客户的明细表。</translation>
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
    <message>
        <source>Prospects not touched for %n days (%1)</source>
        <translation>超过 %n 天未接触的目标客户（%1）</translation>
    </message>
    <message>
        <source>No prospect has gone %n days without a contact.</source>
        <translation>没有超过 %n 天未接触的目标客户。</translation>
    </message>
    <message>
        <source>A-grade prospects without a next step (%n)</source>
        <translation>没有下一步的A级目标客户（%n）</translation>
    </message>
    <message>
        <source>No A-grade prospect is without a next step.</source>
        <translation>没有缺少下一步的A级目标客户。</translation>
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
        <source>, %n done today</source>
        <translation>，今日已完成 %n 项</translation>
    </message>
    <message>
        <source>No follow-ups due. Well done.</source>
        <translation>没有到期的后续活动，干得漂亮！</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未接触</translation>
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
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>What you delete waits here: customer sheets, people, diary rows, visits and playbook entries. Restore brings an item back with what was deleted with it; deleting for good cannot be undone.</source>
        <translation>删除的内容会先放在这里：客户情况明细表、人员、日记条目、拜访和异议条目。“恢复”会把条目连同与它一起删除的内容找回；永久删除后无法撤销。</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>在回收站中搜索</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring the chosen items back, with what was deleted with them</source>
        <translation>恢复所选条目，以及与它们一起删除的内容</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Delete the chosen items for good (Delete)</source>
        <translation>永久删除所选条目（Delete）</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>永久删除回收站中的全部内容</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Diary row</source>
        <translation>日记条目</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Playbook entry</source>
        <translation>异议条目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（无公司）</translation>
    </message>
    <message>
        <source>%1, first contact on %2</source>
        <translation>%1，首次接触于 %2</translation>
    </message>
    <message>
        <source>%1, visit plan without a date</source>
        <translation>%1，未定日期的拜访计划</translation>
    </message>
    <message>
        <source>%1, visit planned for %2</source>
        <translation>%1，计划于 %2 拜访</translation>
    </message>
    <message>
        <source>%1, visit record of %2</source>
        <translation>%1，%2 的拜访记录</translation>
    </message>
    <message numerus="yes">
        <source>Met on %n visit(s): kept when the trash is emptied, for the visit history.</source>
        <translation>
            <numerusform>已在 %n 次拜访中出现：清空回收站时会保留，以保存拜访历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Nothing in the trash matches the search.</source>
        <translation>回收站中没有符合搜索条件的条目。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>已恢复 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) for good.</source>
        <translation>
            <numerusform>已永久删除 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n item(s): past visit records refer to them.</source>
        <translation>
            <numerusform>保留了 %n 个条目：以往的拜访记录引用了它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n item(s) in the trash for good?</source>
        <translation>
            <numerusform>永久删除回收站中的全部 %n 个条目？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good?</source>
        <translation>
            <numerusform>永久删除这 %n 个条目？</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>A customer sheet goes with everything on it: its people, diary rows, visit plans and visit records.</source>
        <translation>客户情况明细表会连同其中的全部内容一起删除：人员、日记条目、拜访计划和拜访记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) that past visit records refer to may stay in the trash, to keep the visit history.</source>
        <translation>
            <numerusform>有 %n 个条目被以往的拜访记录引用，可能会留在回收站中，以保存拜访历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash could not be read or changed: %1</source>
        <translation>无法读取或更改回收站：%1</translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <source>New visit</source>
        <translation>新拜访</translation>
    </message>
    <message>
        <source>Type part of the company&apos;s name</source>
        <translation>输入公司名称的一部分</translation>
    </message>
    <message>
        <source>A time on %1, or a date and time</source>
        <translation>%1 当天的时间，或日期和时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Choose one of your customers (make a sheet first for a new one).</source>
        <translation>请选择已有客户（新客户请先建立明细表）。</translation>
    </message>
    <message>
        <source>Not a time: write 10:30, or 2026-11-25 10:30.</source>
        <translation>不是有效的时间：请写 10:30 或 2026-11-25 10:30。</translation>
    </message>
</context>
<context>
    <name>VisitPrint</name>
    <message>
        <source>Visit report</source>
        <translation>销售拜访记录表</translation>
    </message>
    <message>
        <source>Export the visit report as PDF</source>
        <translation>将销售拜访记录表导出为 PDF</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>正在写入销售拜访记录表…</translation>
    </message>
    <message>
        <source>Saved the visit report to %1</source>
        <translation>销售拜访记录表已保存到 %1</translation>
    </message>
    <message>
        <source>Preparing the visit report for printing…</source>
        <translation>正在准备打印销售拜访记录表…</translation>
    </message>
    <message>
        <source>Print the visit report</source>
        <translation>打印销售拜访记录表</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>销售拜访记录汇总</translation>
    </message>
    <message>
        <source>Export the week&apos;s visit reports as PDF</source>
        <translation>将本周的销售拜访记录导出为 PDF</translation>
    </message>
    <message>
        <source>Writing the visit reports…</source>
        <translation>正在写入销售拜访记录汇总…</translation>
    </message>
    <message>
        <source>Saved the visit reports to %1</source>
        <translation>销售拜访记录汇总已保存到 %1</translation>
    </message>
    <message>
        <source>Preparing the visit reports for printing…</source>
        <translation>正在准备打印销售拜访记录汇总…</translation>
    </message>
    <message>
        <source>Print the visit reports</source>
        <translation>打印销售拜访记录汇总</translation>
    </message>
</context>
<context>
    <name>VisitReportLabels</name>
    <message>
        <source>Visit report</source>
        <translation>销售拜访记录表</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>拜访时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>拜访地点</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>No one recorded.</source>
        <translation>未记录拜访对象。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>拜访经过</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>Objections and answers</source>
        <translation>客户异议与应对</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>客户认同</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未表态</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>后续：%1</translation>
    </message>
    <message>
        <source>%1 (answered again, round %2)</source>
        <translation>%1（再次应对，第 %2 轮）</translation>
    </message>
    <message>
        <source>No objections recorded.</source>
        <translation>未记录客户异议。</translation>
    </message>
    <message>
        <source>Buying signals</source>
        <translation>成交信号</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Sales rep&apos;s signature</source>
        <translation>业务员签名</translation>
    </message>
    <message>
        <source>Manager&apos;s signature</source>
        <translation>主管签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>销售拜访记录汇总</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>No visit reports in this period.</source>
        <translation>本期没有销售拜访记录。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <source>Plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>During the call</source>
        <translation>拜访中</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>The objection flow as a checklist, run by the keyboard while you talk</source>
        <translation>把处理异议的流程做成清单，边谈边用键盘操作</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan and its checklists (Ctrl+S)</source>
        <translation>保存拜访计划及其清单（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the visit record (a draft prints as such)</source>
        <translation>打印拜访记录（草稿会标明为草稿）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the visit record as a PDF file</source>
        <translation>将拜访记录保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Saved as a draft as you type.</source>
        <translation>输入时自动保存为草稿。</translation>
    </message>
    <message>
        <source>Draft kept from before: go on where you left off.</source>
        <translation>已恢复之前的草稿：可从上次中断处继续。</translation>
    </message>
    <message>
        <source>Finished record</source>
        <translation>已完成的记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>No appointment set yet</source>
        <translation>尚未预约</translation>
    </message>
    <message>
        <source>%1[*] — Visit</source>
        <translation>%1[*] — 拜访</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>Record draft</source>
        <translation>记录草稿</translation>
    </message>
    <message>
        <source>Checklists (%1/%2)</source>
        <translation>清单（%1/%2）</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>拜访计划已保存。</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>正在保存记录…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>Record finished, saved %1</source>
        <translation>记录已完成，%1 保存</translation>
    </message>
    <message>
        <source>Visit recorded: the plan is done, the next step is on Today.</source>
        <translation>拜访已记录：计划已完成，下一步已列入“今日”。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Added to the record; the draft is saved in a moment.</source>
        <translation>已记入拜访记录，草稿稍后自动保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This visit plan has changes that are not saved. Save them?</source>
        <translation>此拜访计划有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>The finished record has changes that are not saved. Save them?</source>
        <translation>已完成的拜访记录有未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>VisitsAreaPage</name>
    <message>
        <source>New visit…</source>
        <translation>新拜访…</translation>
    </message>
    <message>
        <source>Plan a visit to one of your customers on this day</source>
        <translation>在这一天安排拜访某位客户</translation>
    </message>
    <message>
        <source>Visit checklists…</source>
        <translation>拜访清单…</translation>
    </message>
    <message>
        <source>The STEP1 lists every new visit plan starts from</source>
        <translation>每个新拜访计划所用的 STEP1 清单</translation>
    </message>
</context>
<context>
    <name>WeeklyLabels</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>每周总结</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The week in detail</source>
        <translation>本周明细</translation>
    </message>
    <message>
        <source>guide %1</source>
        <translation>参考 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing this week.</source>
        <translation>本周没有记录。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Weekly summary %1</source>
        <translation>每周总结 %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>参考比例</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Week in progress: numbers as of</source>
        <translation>本周尚未结束，数据截至</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <source>Planned visits made</source>
        <translation>已完成的计划拜访</translation>
    </message>
    <message>
        <source>Share of planned visits made</source>
        <translation>计划拜访完成率</translation>
    </message>
    <message>
        <source>Visits made without a plan</source>
        <translation>无计划的拜访</translation>
    </message>
    <message>
        <source>Planned visits cancelled</source>
        <translation>取消的计划拜访</translation>
    </message>
    <message>
        <source>New prospects</source>
        <translation>新目标客户</translation>
    </message>
    <message>
        <source>New prospects who became customers</source>
        <translation>已成交的新目标客户</translation>
    </message>
    <message>
        <source>Grade and tier changes</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>Moves up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Moves down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Dissatisfaction signals raised</source>
        <translation>新发现的不满信号</translation>
    </message>
    <message>
        <source>Dissatisfaction signals resolved</source>
        <translation>已解决的不满信号</translation>
    </message>
    <message>
        <source>Dissatisfaction signals open at the end</source>
        <translation>期末未解决的不满信号</translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>遇到的客户异议</translation>
    </message>
    <message>
        <source>Answers tried</source>
        <translation>使用的应对</translation>
    </message>
    <message>
        <source>Answers the customer agreed to</source>
        <translation>客户认同的应对</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成的后续活动</translation>
    </message>
    <message>
        <source>Follow-ups overdue at the end</source>
        <translation>期末逾期的后续活动</translation>
    </message>
    <message>
        <source>Hours on visits</source>
        <translation>拜访用时（小时）</translation>
    </message>
    <message>
        <source>Share of time: %1</source>
        <translation>时间占比：%1</translation>
    </message>
    <message>
        <source>Expenses (%1)</source>
        <translation>费用（%1）</translation>
    </message>
    <message>
        <source>Visits planned for next week</source>
        <translation>下周计划拜访</translation>
    </message>
    <message>
        <source>Visits planned and made, day by day</source>
        <translation>每日计划与完成的拜访</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>每日拜访</translation>
    </message>
    <message>
        <source>New prospects by lead source</source>
        <translation>按线索来源的新目标客户</translation>
    </message>
    <message>
        <source>Prospects by source</source>
        <translation>目标客户来源</translation>
    </message>
    <message>
        <source>Dissatisfaction signals raised and resolved</source>
        <translation>发现与解决的不满信号</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>不满信号</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <source>What worked: answers, best first</source>
        <translation>有效的应对（效果最好的在前）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Follow-ups overdue at the end of the week</source>
        <translation>周末仍逾期的后续活动</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期的后续活动</translation>
    </message>
    <message>
        <source>Time by customer tier, against the 60 / 30 / 10 guide</source>
        <translation>按客户级别的时间分配（参考 60 / 30 / 10）</translation>
    </message>
    <message>
        <source>Time by tier</source>
        <translation>时间分配</translation>
    </message>
    <message>
        <source>Expenses by customer tier</source>
        <translation>按客户级别的费用</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Next week&apos;s plan: %1</source>
        <translation>下周计划：%1</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周计划</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
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
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>From a plan</source>
        <translation>有计划</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Sheet made</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Customer now</source>
        <translation>现已成交</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <source>Times raised</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>认同</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不认同</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Agreement rate</source>
        <translation>认同率</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>时间占比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>无线索来源</translation>
    </message>
    <message>
        <source>No currency</source>
        <translation>未注明币种</translation>
    </message>
    <message>
        <source>Not in the playbook</source>
        <translation>不在异议手册中</translation>
    </message>
    <message>
        <source>The rep&apos;s own words</source>
        <translation>业务员自己的说法</translation>
    </message>
    <message>
        <source>%1 (removed from the playbook)</source>
        <translation>%1（已从异议手册删除）</translation>
    </message>
    <message>
        <source>Too few to judge</source>
        <translation>次数太少，无法判断</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>Ordinary customers</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>First set</source>
        <translation>首次评定</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>No visits made this week.</source>
        <translation>本周没有完成的拜访。</translation>
    </message>
    <message>
        <source>No new prospects this week.</source>
        <translation>本周没有新目标客户。</translation>
    </message>
    <message>
        <source>No grade or tier changes this week.</source>
        <translation>本周没有等级变动。</translation>
    </message>
    <message>
        <source>No dissatisfaction signals raised or resolved this week.</source>
        <translation>本周没有发现或解决的不满信号。</translation>
    </message>
    <message>
        <source>No objections met this week.</source>
        <translation>本周没有遇到客户异议。</translation>
    </message>
    <message>
        <source>No follow-ups done this week.</source>
        <translation>本周没有完成的后续活动。</translation>
    </message>
    <message>
        <source>No follow-ups overdue.</source>
        <translation>没有逾期的后续活动。</translation>
    </message>
    <message>
        <source>No expenses recorded this week.</source>
        <translation>本周没有记录费用。</translation>
    </message>
    <message>
        <source>No visits planned for next week yet.</source>
        <translation>下周还没有计划的拜访。</translation>
    </message>
</context>
<context>
    <name>WeeklyTab</name>
    <message>
        <source>%1 (this week, so far)</source>
        <translation>%1（本周，截至目前）</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>The PDF as the manager will see it</source>
        <translation>经理将看到的 PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the PDF and the XLSX workbook (and CSV files) into a folder</source>
        <translation>把 PDF 和 XLSX 工作簿（以及 CSV 文件）写入一个文件夹</translation>
    </message>
    <message>
        <source>Also CSV files</source>
        <translation>同时导出 CSV 文件</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>Open a database to make its weekly summary.</source>
        <translation>打开数据库即可生成每周总结。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>每周总结</translation>
    </message>
    <message>
        <source>Export the weekly summary</source>
        <translation>导出每周总结</translation>
    </message>
    <message>
        <source>Writing the weekly summary…</source>
        <translation>正在写入每周总结…</translation>
    </message>
    <message>
        <source>Weekly summary saved to %1</source>
        <translation>每周总结已保存：%1</translation>
    </message>
    <message>
        <source>Preparing the weekly summary…</source>
        <translation>正在准备每周总结…</translation>
    </message>
    <message>
        <source>Export the weekly summary into a folder</source>
        <translation>把每周总结导出到文件夹</translation>
    </message>
</context>
<context>
    <name>WhatWorksPanel</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Objection / answer</source>
        <translation>异议 / 应对</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>认同</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不认同</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Agreement rate</source>
        <translation>认同率</translation>
    </message>
    <message>
        <source>Times the objection came up (first round of a visit)</source>
        <translation>这个异议被提出的次数（拜访中的第一轮）</translation>
    </message>
    <message>
        <source>Different customers who raised it</source>
        <translation>提出过这个异议的不同客户数</translation>
    </message>
    <message>
        <source>Tries whose outcome the visit record does not say</source>
        <translation>拜访记录中没有写明结果的尝试</translation>
    </message>
    <message>
        <source>Agreed of decided tries, with the likely range (95%)</source>
        <translation>有结果的尝试中认同的比例，以及可能的范围（95%）</translation>
    </message>
    <message>
        <source>A rate is judged once at least %1 tries were decided (agreed or refused); the range is where the true rate likely lies (95%). Double-click an objection to open it in the playbook.</source>
        <translation>至少有 %1 次尝试有了结果（认同或不认同）才评判认同率；范围表示真实认同率可能所在的区间（95%）。双击一个异议，可在手册中打开它。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Finished visits: %1. With objections: %2. Objections raised: %3.</source>
        <translation>已完成的拜访：%1 次。遇到异议的拜访：%2 次。提出的异议：%3 次。</translation>
    </message>
    <message>
        <source>No objections recorded in this period.
When you record a visit, note each objection the customer raised and the answer you gave: this page then shows which answers work.</source>
        <translation>这段时间没有记录到客户异议。
记录拜访时，写下客户提出的每个异议和您的应对：这里就会显示哪些应对有效。</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>没有记录结果</translation>
    </message>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%2 次中 %1 次认同</translation>
    </message>
    <message>
        <source>Too few to judge</source>
        <translation>次数太少，无法判断</translation>
    </message>
    <message>
        <source>%1% (likely %2–%3%)</source>
        <translation>%1%（可能在 %2–%3% 之间）</translation>
    </message>
    <message>
        <source>%1% so far, but with so few tries it could be anything from %2% to %3%.</source>
        <translation>目前是 %1%，但次数这么少，真实认同率可能在 %2% 到 %3% 之间。</translation>
    </message>
    <message>
        <source>Objections not in the playbook (typed in the visit)</source>
        <translation>手册以外的异议（拜访时手写的）</translation>
    </message>
    <message>
        <source>(unknown entry)</source>
        <translation>（未知的异议）</translation>
    </message>
    <message>
        <source>%1 (deleted from the playbook)</source>
        <translation>%1（已从手册中删除）</translation>
    </message>
    <message>
        <source>Answers typed in the visit</source>
        <translation>拜访时手写的应对</translation>
    </message>
    <message>
        <source>(unknown answer)</source>
        <translation>（未知的应对）</translation>
    </message>
    <message>
        <source>%1 (removed from the playbook)</source>
        <translation>%1（已从手册中删除）</translation>
    </message>
</context>
</TS>
