<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>LGPL 3.0（可替换所附 Qt 库）</source>
        <extracomment>(component, licence) for everything the installed program carries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县献血办公室的名册、指标与排期、公文桌面程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日志文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运行环境：Python {py}，PySide6 {pyside}，Qt {qt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所用软件及其许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>按人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配指标 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各单位指标取整到此数的整数倍（平利：5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口分配时每个单位至少分得的指标（平利：100）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数的比例（临夏：20%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数分配时每个单位至少分得的指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标（不参与比例分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>方法(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计指标(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底指标(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低指标(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应用(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只在本计划已有的 {n} 个单位中分配（否则取名册中所有有数据的单位）(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有 {n} 个锁定指标保持不变：{units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定的指标在分配时保持不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按比例计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数已改动，请重新预览。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原合计 {old}，新合计 {new}，{n} 个单位参与，{changed} 个单位有变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应用后计划目标改为 {total}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法分配，未做任何修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在写入指标……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardForm</name>
    <message>
        <source>奖项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计数与奖项(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖（单位）(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>怎样计次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血计1次的毫升数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板1个治疗量计：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此日前的血小板捐献：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此前每次血小板捐献计：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各奖项按次数从小到大排列；达到最高奖项后重新计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加奖项(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除奖项(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新计数后再评较低奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终身奖项名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获最高奖项几次后授终身奖：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计最近：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血至少：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>且献血人次占职工数至少（比例）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>或不论比例，献血至少：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>原指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 +{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不再参与分配，指标将移除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>打开或新建数据库</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>献血办数据库 (*.db)</source>
        <translation>Xianxueban databases (*.db)</translation>
    </message>
    <message>
        <source>正在打开数据库……</source>
        <translation type="unfinished">Opening the database…</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation type="unfinished">Restore complete</translation>
    </message>
    <message>
        <source>已从备份恢复：{name}</source>
        <translation type="unfinished">Restored from backup: {name}</translation>
    </message>
    <message>
        <source>正在恢复……</source>
        <translation type="unfinished">Restoring…</translation>
    </message>
</context>
<context>
    <name>DonationEntry</name>
    <message>
        <source>全血 {ml} ml</source>
        <extracomment>What the kind box offers: (kind, volume_ml, doses).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板 {n} 治疗量</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationList</name>
    <message>
        <source>献血日期</source>
        <extracomment>Sort names of the table (listing.SORT_COLUMNS) for the model&apos;s column keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血站导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工登记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationListPanel</name>
    <message>
        <source>全部年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationsPage</name>
    <message>
        <source>登记(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血记录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入献血记录(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入血站导出的献血记录（.xlsx、.xls、.csv），先预览再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入献血记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血站导出表 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取 {name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入 {n} 条献血记录……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {n} 条献血记录，新献血者 {donors} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，新建单位 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；{n} 条已在库中，未重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorFlags</name>
    <message>
        <source>应急献血队伍(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稀有血型(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不再联系(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急时优先联系；应急名单中排在前面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rh阴性等稀有血型，应急时单独联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人要求不再联系：不列入应急名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>前次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准编号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄与献血量(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>间隔与每年上限(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长年龄须既往无献血反应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低年龄：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高年龄：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多次献血者可延长至：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长年龄须已献血至少：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次献血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毫升，用“、”分隔，如 200、300、400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>治疗量，用“、”分隔，如 1、2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血（毫升）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板（治疗量）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自前次献血之日起至少间隔的月数与天数（4周写 28 天）；依据写标准条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年上限（留空为不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>滚动12个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自然年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一年按：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板最多（次）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血最多（毫升）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>全血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出可献血者(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种类(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急队伍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{blood} {day} 可献血者 {n} 人，其中应急献血队伍 {team} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只列出前 {n} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急献血者名单_{blood}_{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出应急名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急名单已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单已保存，电话已按规定遮挡。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>刷身份证或扫献血码，也可输入姓名、拼音首字母、献血证号，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团体采血：献血安排与计入单位选定后保留，逐人登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍要登记的原因（回车登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团体批量(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血安排(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血种类(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入单位(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记(&amp;G)  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（献血者的工作单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不属于团体安排）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新献血者：{id}，请填写姓名、血型、电话和单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到“{text}”。新献血者请刷身份证或输入身份证号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次献血 {day}（{kind}），共 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ 符合献血条件（{rules}，第{version}版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。下次可献：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷身份证或扫献血码开始登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先刷身份证或扫献血码找到献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记：{name} {day} {kind}，计入{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（原因：{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合献血条件：{why}。仍要登记请填写原因后回车。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>转到左侧的第1…7页，光标进入该页</source>
        <extracomment>Keys that belong to widgets rather than to an action of the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在搜索框中：清除搜索；在对话框中：关闭（有修改时先询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按下按钮，或转到该标签旁的输入框</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开名册中选中单位的右键菜单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开表格或列表中选中的一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改指标表中选中的指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在按钮与输入框之间移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件、编辑、视图、帮助菜单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开使用说明(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“对应到”已有单位时，把文件中的名称记为该单位的别名，下次自动识别(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入到{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认每一行的处理方式后点“导入”；点“导入”之前不会修改任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共{n}行：更新{a}，新建{b}，导入{o}，跳过{c}，错误{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共{n}行：更新{a}，新建{b}，跳过{c}，错误{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。有错误的行不会导入，改正文件后可再导入一次。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>类别</source>
        <extracomment>Contact names and phone numbers longer than this are a pasted paragraph, not a value. The import preview (ui.dialogs.import_preview) shows these labels as column headers, translated in its model&apos;s context; the name&apos;s column is headed differently there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有单位</source>
        <extracomment>A row&apos;s choice: &quot;update&quot; (the matched unit), &quot;create&quot;, &quot;skip&quot; or &quot;map:&lt;unit id&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <extracomment>Rows that are not a unit name (a schedule line of 如皋&apos;s plan): imported or skipped, never mapped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过（有错误）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应到“{name}”（相近）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应到“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册中已有：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册中的名称：{name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupAnswer</name>
    <message>
        <source>不限量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ml}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可减免用血（选中一行后点“依据”看计算过程）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示选中额度的计算依据：条款、计入的献血、已报销的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点/单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稀有血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急献血队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不再联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;{name}&lt;/b&gt;&#x3000;{sex}&#x3000;{blood}&#x3000;身份证 {id}&#x3000;电话 {phone}&lt;br&gt;单位：{unit}&#x3000;累计献血 &lt;b&gt;{ml}毫升&lt;/b&gt;（{count}次）&#x3000;{flags}&lt;br&gt;按 {rules}&#x3000;查询日 {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血记录：{count}次，累计{ml}毫升</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupAwards</name>
    <message>
        <source>统计截至(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找候选人(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>献血次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计奉献奖……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至{until}：奉献奖候选人{donors}名，促进奖候选单位{units}个（按{rules}第{version}版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出奉献奖名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奉献奖候选名单{until}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奉献奖名单已保存到：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupDialogs</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登记用血报销 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人时可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，如 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人关系(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医院(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血量(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>费用（元）(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票号(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明材料(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加亲属 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户口本、结婚证、出生证明……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超出剩余额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如经批准仍要登记，请填写特批原因（将记入审核表）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对献血证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号（可在后面空一格写持证人姓名）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>献血证号、身份证号、姓名或拼音首字母，或扫码；回车查询（Ctrl+F 定位，Esc 清除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按哪个省的用血减免规定计算（默认本单位所在省）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看、复制修改、启用各省的用血减免规则（管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询与报销(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奉献奖(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记用血报销(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加亲属(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血证明(&amp;L)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对献血证(&amp;Z)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{id}&#x3000;{count}次献血&#x3000;最近{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到{n}位献血者，双击或回车选择：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记：{who} {name} {ml}毫升，剩余{left}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否生成《用血费用减免审核表》？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存审核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血费用减免审核表_{name}_{id}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到：
{path}

现在打印吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加亲属：{relation} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证 {n}：无记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证 {n}：持证人为{holder}，与所填姓名“{name}”不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证 {n}：有记录，持证人{holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存优先用血证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血证明_{name}.docx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>The window has painted itself once and the page on show is built.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开的数据库(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作年度：</source>
        <translation>Working year:</translation>
    </message>
    <message>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>（没有其他数据库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已自动备份今天的数据：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
</context>
<context>
    <name>MonthViewModel</name>
    <message>
        <source>全年</source>
        <extracomment>On the 时间 item of each row: what the row stands for (&quot;month&quot;, &quot;drive&quot;, &quot;entry&quot;, &quot;whole_year&quot;, &quot;unscheduled&quot;, &quot;total&quot;) and, for a drive with participants, its slot id (else None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全年完成，不计入各月（{n} 个单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未安排时间（{n} 个单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划期间全部指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（计量：{measure}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeElements</name>
    <message>
        <source>版式与版头要素</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信函格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版式(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份号(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密级和保密期限(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发人(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件表格的列(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>署名(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期(&amp;5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 000012，不编份号则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上行文填写，多人用顿号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消勾选的列不印在附件表格中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转发（印发）的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选后，这份文件排在本公文的成文日期之后、附件之前，另起一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每段一行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>筛选：标题或文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年的公文草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧选择一份草稿，或点“新建”从指标或排期生成公文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“生成并预览”查看版面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一级标题“一、”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三级标题“1.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二级标题“（一）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前名册与指标重新生成附件表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；如“联系人：×××，电话：××××”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关标志(&amp;B)</source>
        <extracomment>Form fields with an inline problem label, in the order of `app.notices.FIELD_LABELS`.</extracomment>
        <translation>Issuing authority mark (&amp;B)</translation>
    </message>
    <message>
        <source>发文字号(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主送机关(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新数据(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关署名(&amp;I)</source>
        <translation>&amp;Issuing authority signature</translation>
    </message>
    <message>
        <source>成文日期(&amp;6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附注(&amp;7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送机关(&amp;8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印发机关(&amp;9)</source>
        <translation>Printed by (&amp;9)</translation>
    </message>
    <message>
        <source>印发日期(&amp;0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用下一个发文序号(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>占用本单位的下一个发文序号（序号随之加一）并保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四级标题“（1）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}{n}个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有标题行；以“一、”“（一）”“1.”“（1）”开头的行按标题层级排版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每段一行，共{n}段；{detail}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成并预览(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用WPS/Word打开(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文未生成：请先改正表单中标红的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年没有献血计划，请先在“指标与排期”中建立计划。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份公文用哪个献血计划：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新建草稿：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除草稿“{title}”？此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用下一个发文序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将占用本单位的下一个发文序号，序号随之加一，并保存本草稿。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已占用发文字号 {number}，草稿已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件已按当前数据刷新：{tables}。保存草稿后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成公文并排版预览……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成 {number}：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机未安装 LibreOffice，无法在程序内预览版面。
公文已生成，可点“打开”用 WPS 或 Word 查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览失败：{problem}
公文已生成，可点“打开”用 WPS 或 Word 查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到能打开 .docx 的程序。文件在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成公文并交给 WPS/Word 打印（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文草稿“{title}”有未保存的修改。
要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先填写本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在转到“设置”，请填写后保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到能打印 .docx 的程序。文件在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交给 WPS/Word 打印：{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机不能直接交给打印机：已用默认程序打开 {path}，请在其中打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成公文……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已另存 {number}：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件表格：{path}</source>
        <translation>Appendix table: {path}</translation>
    </message>
    <message>
        <source>另存完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建进度通报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan}：统计从{start}起到所选日期为止的献血。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计截至(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>欢迎使用献血办：填写本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是一个新的数据库。请填写本单位的名称，公文的红头、发文字号和抄送都从这里来；以后可在“设置”中修改。
也可以先载入演示数据（平利县2017年名册与指标）看看程序怎么用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某某县献血办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本办名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）名(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关标志（红头）(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文字号前缀(&amp;Z)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送机关(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省份(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作年度(&amp;Y)：</source>
        <translation>Working &amp;year:</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据（平利县）(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后再说(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填：从上面的名称推出，如“某某县”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某某县人民政府办公室文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某政办发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；如：县委各部门，县人大办、政协办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血报销按哪个省的规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"> </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>单位</source>
        <extracomment>Measure -&gt; label (source text); the plan dialog shows it translated (context &quot;PlanDialog&quot;).</extracomment>
        <translation>Unit</translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：2018年至2019年无偿献血工作计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"> </translation>
    </message>
    <message>
        <source>计划所属年度：取该年度名册中的人口数和在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级下达的全年目标；分配指标时默认按此合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：平政办发〔2017〕64号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起止月份(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计量(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件依据(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{year}年无偿献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写计划名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束月份早于开始月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度 {year} 不在起止月份之内。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>{y}年{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{start}—{end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本计划还没有单位指标：可在“指标”页添加单位，或按上面的时间和采血点直接新增采血活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间安排(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建计划(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑计划(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除计划(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入指标表(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标表(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计量：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据：{doc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年度还没有献血计划。点“新建计划…”填写，或点“导入指标表…”从 Excel 导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel/CSV 指标表或排期表导入（平利、如皋、寿县格式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出可直接打印的 Excel 指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除献血计划“{name}”及其 {n} 个单位的指标和全部时间安排？此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取 {name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入指标表：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入到哪个计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}”：{n} 行，合计 {total}。导入到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请核对：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建计划“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前计划“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在导入指标……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {n} 行，计划合计 {total}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建单位 {n} 个：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过 {n} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标表已保存到：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整月</source>
        <extracomment>Slot parts offered in the form: (kind, part) with the label shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择单位（可多选，同一次采血活动可有多个单位）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排时间与采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；可输入新的采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：安丰镇、众兴镇机关镇直单位干部职工（新增采血活动时填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的单位安排到上面的时间和采血点；同一时间和采血点的单位同场采血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按上面的时间、采血点和参与对象新增一次采血活动，并安排选中的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月查看（全年指标单列，不计入各月）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除采血活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与单位、对象(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排选中单位(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消安排(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增采血活动(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除采血活动(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在左侧表格中选择要安排的单位（可按住 Ctrl 多选）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，采血点：{site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已把 {n} 个单位安排在{when}{where}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在左侧表格中选择要取消安排的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消 {n} 个单位的时间安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写参与单位、对象，或先在左侧选择参加这次采血的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增采血活动：{when}{where}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除采血活动“{who}”？安排在这次活动的单位将变为未安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口或在职人数把目标分解到各单位；锁定的指标保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配指标(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加单位(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个单位，其中锁定 {k} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计 {total}&#x3000;目标 {target}（{measure}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 合计与目标相差 {diff:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从本计划中移除 {n} 个单位的指标（{names}）？
单位本身仍在名册中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年名册中没有单位“{name}”。请先在名册中添加。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间安排已过（{due}），未完成任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含下属单位的献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急保底</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配量</source>
        <translation>Allowance</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>累计进度</source>
        <extracomment>The tabs, in the order of charts.CHARTS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去年同期（累计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计（{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划（累计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成（累计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各单位完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去年同期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成数（{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当月完成（{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度滞后（时间安排已过、未完成）：{units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有进度滞后的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一个单位查看其各月、各类别的完成情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;：完成 &lt;b&gt;{done}&lt;/b&gt; / {quota} {m}，完成率 &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血 {n} 人次，采血 {ml} 毫升（{t} 吨）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>千人口献血率 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400毫升占比 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初次献血者 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次同比 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（含下属单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任务数 {q} {m}，完成 {d} {m}，完成率 {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>排名第 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间安排：{slot}（{due} 到期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度滞后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血 {n} 人次（全血 {w} 人次 {ml} 毫升，血小板 {pl} 人次 {doses} 个治疗量）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出以献定用分配表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成情况表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>把当前图表导出为 300 dpi 的 PNG 图片，可插入公文或打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计截至(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出图片(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出表格(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况表、逐月表、分类表（及以献定用分配表）导出为可打印的 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年度还没有献血计划：请先在“指标与排期”中建立计划并分配指标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击或按回车查看该单位的献血记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期可供应的血量，按计划的计量（单位、人次或毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个单位不论完成情况都先保证的应急用血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率超过这一比例的部分不再多分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可供血量(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个单位应急保底(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率计到(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算分配(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出分配表(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以献定用(&amp;5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定的指标在重新分配时保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隶属：{parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击修改；修改后视为手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已锁定：重新分配时保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位 / 参与对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>{n} 个单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次采血活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未安排）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>单位名称</source>
        <extracomment>(record attribute or pseudo-column, header). Headers are translated in ``headerData``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无本年数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年的人数和联系人还没有填写，可用“复制上年名册”带过来。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>{year}年名册&#x3000;共{n}个单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（另有{n}个已归档）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复(&amp;G)</source>
        <translation>Restore (&amp;G)</translation>
    </message>
    <message>
        <source>归档(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把{prev}年各单位的人数和联系人复制到{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已归档“{name}”：它的历史记录保留，勾选“显示已归档”可以再看到它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除“{name}”？删除后不能恢复。
有历史记录的单位请用“归档”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

现在归档“{name}”吗？归档后它不再出现在名册中，历史记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制上年名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年已有{n}个单位填了人数或联系人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用{source}年的数据覆盖它们，还是只给没有数据的单位补上？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只补缺少的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已把{source}年{n}个单位的人数和联系人复制到{year}年。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取 {name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名册：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入{year}年名册：新建{c}个单位，更新{u}个，跳过{s}行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年献血单位名册.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>新增单位(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制上年名册(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑选中的单位（也可双击）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档的单位保留历史，但不再出现在名册和分配中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能删除没有指标和献血记录的单位；其余请归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：单位名称、别名或拼音首字母（如 cgz 找城关镇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已归档(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>累计献血量下限（毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制为新版本 — {region} 第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>额度与分档(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧规则与优先用血(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看 — {name} {region} 第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填，如：据陕卫发〔2026〕1号调整亲属倍数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为新版本的说明，列表中显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为新版本(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>留空为长期有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已与文件原文核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用“、”分隔，如 ml_per_dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失效日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据（文件名称、文号、条款）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核实：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚待核实的参数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可享受的亲属：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每位亲属各自计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属共用一个额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属额度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1个治疗量血小板折合：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人、亲属写“不限”，或按“期限×倍数”列出自献血之日起的各时段：3m×1；5y×3；终身×1（m 月、y 年、d 天；倍数乘以献血量）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一档(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除此档(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期前的献血按旧规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入累计献血量分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此日前的献血：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用条款：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血紧张时优先用血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：本人、配偶、父母、子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可优先用血的人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>未保存，请改正：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份规则还有未保存的修改。放弃这些修改吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表彰奖励</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血间隔与条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制为新版本(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本办按{region}的规则计算。规则不在原处修改：复制为新版本、修改、保存后为草稿，启用后生效；每笔报销记下当时所用的版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血奉献奖、促进奖按{region}的表彰奖励办法计次评定。复制为新版本、修改、保存后为草稿，启用后表彰名单按新版本计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血登记时的年龄、间隔与每年上限提示按{region}的献血者健康检查要求。复制为新版本、修改、保存后为草稿，启用后提示按新版本。提示不阻止登记，由采血机构医生决定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询和报销</source>
        <extracomment>What an activated version changes, in the 启用 questions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表彰名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血条件提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则种类(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本办）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（第{version}版，{state}，{status}）
依据：{citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存为{region}第{version}版（草稿）。现在启用吗？启用后自{day}起的{effect}按此版本计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用{region}第{version}版？自{day}起的{effect}按此版本计算，已登记的记录不变。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>工作年度</source>
        <translation>Working year</translation>
    </message>
    <message>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <source>数据库与备份</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>本单位信息（公文与表格使用）</source>
        <translation>Office details (used in documents and tables)</translation>
    </message>
    <message>
        <source>县（市、区）名(&amp;C)</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>公文中称“我县”还是“我市”(&amp;W)</source>
        <translation>Documents say “our county” or “our city” (&amp;W)</translation>
    </message>
    <message>
        <source>发文机关标志(&amp;M)</source>
        <translation>Issuing authority &amp;mark</translation>
    </message>
    <message>
        <source>发文机关署名(&amp;I)</source>
        <translation>&amp;Issuing authority signature</translation>
    </message>
    <message>
        <source>发文字号前缀(&amp;Z)</source>
        <translation>Document number prefix (&amp;Z)</translation>
    </message>
    <message>
        <source>下一个发文序号(&amp;N)</source>
        <translation>&amp;Next document number</translation>
    </message>
    <message>
        <source>印发机关(&amp;P)</source>
        <translation>&amp;Printed by</translation>
    </message>
    <message>
        <source>默认主送机关(&amp;A)</source>
        <translation>Def&amp;ault addressees</translation>
    </message>
    <message>
        <source>默认抄送机关(&amp;K)</source>
        <translation>Default copies to (&amp;K)</translation>
    </message>
    <message>
        <source>用血报销规则省份(&amp;G)</source>
        <translation>Province of reimbursement rules (&amp;G)</translation>
    </message>
    <message>
        <source>本办名称(&amp;J)</source>
        <translation>Office name (&amp;J)</translation>
    </message>
    <message>
        <source>当前工作年度(&amp;Y)：</source>
        <translation>Current working &amp;year:</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>备份到文件(&amp;T)…</source>
        <translation>Back up &amp;to file…</translation>
    </message>
    <message>
        <source>用选中的备份恢复(&amp;R)</source>
        <translation>&amp;Restore selected backup</translation>
    </message>
    <message>
        <source>从文件恢复(&amp;L)…</source>
        <translation>Restore from fi&amp;le…</translation>
    </message>
    <message>
        <source>打开其他数据库(&amp;O)…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <source>保存本单位信息(&amp;S)</source>
        <translation>&amp;Save office details</translation>
    </message>
    <message>
        <source>当前数据库：{path}
自动备份文件夹：{dir}（每天第一次打开时自动备份，保留最近{days}天；升级和恢复前也各备份一份）</source>
        <translation>Current database: {path}
Automatic backup folder: {dir} (a copy the first time it is opened each day, the last {days} days kept; also one before every upgrade and restore)</translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份到文件</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>请先在列表中选中一个备份。</source>
        <translation>Please select a backup in the list first.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>备份“{name}”中有：{summary}。
用它替换当前数据库？当前数据库会先另存为一份备份。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationImport</name>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationImportDialog</name>
    <message>
        <source>导入献血记录：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可导入 {ok} 条（新献血者 {donors} 人）；退回 {bad} 条；已在库中 {already} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建 {n} 个单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表中行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>栏目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位（将新建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册中相近的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新单位 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {n} 条(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存退回表(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存退回表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回表已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条退回记录已保存，可发回血站核对。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按名称自动判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不属于任何系统）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他文件里的叫法，用顿号或逗号分隔，如：县中医院、中医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年人数与联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数(&amp;Z)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络员(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分管负责人(&amp;G)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写整数，不知道可以空着</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位未保存：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>所做的修改还没有保存。要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册：新增单位；指标与排期：新建计划；公文：新建草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存正在编辑的公文草稿或本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成公文并交给 WPS/Word 打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入献血记录(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入血站导出的献血记录（.xlsx、.xls、.csv），先预览再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据库(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他数据库文件，或新建一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>把当前数据库备份到备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>Quit (&amp;X)</translation>
    </message>
    <message>
        <source>关闭程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到本页的搜索框；在搜索框中按 Esc 清除搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作年度、数据库与备份、本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新读取本页的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键与使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于献血办(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本、数据库与文件夹位置、许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <source>按人口分配必须给出合计指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的分配方法“{method}”：应为按人口或按在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底指标不能是负数（{floor}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底指标 {floor} 不是取整步长 {step} 的整数倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少人口数，无法按人口分配（可改为固定指标或锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数不能是负数（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低指标无法满足：{n} 个单位每个至少 {floor}，共需 {need}，但扣除固定和锁定指标后只剩 {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余的 {left} 无法按人口分配：待分配单位的人口数都是 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底 {floor}（按人口 {pop} 人占比只应得 {ideal}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口 {pop} 人占比分配，取整到 {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口 {pop} 人占比分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数分配的比例应在 0 到 1 之间（如 0.2 表示 20%），而不是 {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每单位最少指标不能是负数（{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少在职人数，无法按比例分配（可改为固定指标或锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数不能是负数（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最少 {m}（在职 {staff} 人 × {pct} = {raw}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职 {staff} 人 × {pct} = {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，取整到 {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，四舍五入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余的 {left} 无法按在职人数分配：待分配单位的在职人数都是 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职 {staff} 人占比分配（在职 × {pct} = {raw}，按合计 {total} 调整）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计指标必须大于 0（现在是 {total}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长必须大于 0（现在是 {step}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位重复出现（编号 {key}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定指标不能是负数（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标里的单位不在名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中有 {n} 个同名单位，无法确定固定指标给谁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标不能是负数（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法分配指标：参数有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定和锁定指标之和 {held} 超过了合计 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有单位都是固定或锁定指标，合计 {held}，与合计指标 {total} 相差 {diff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计 {total} 扣除固定和锁定指标 {held} 后剩 {left}，不是取整步长 {step} 的整数倍，无法分完：请调整合计、固定指标或步长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计 {total} 不是取整步长 {step} 的整数倍，无法分完：请调整合计或步长</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>打开或新建数据库</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>献血办数据库 (*.db)</source>
        <translation>Xianxueban databases (*.db)</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>上次运行异常退出</source>
        <translation>The last run ended abnormally</translation>
    </message>
    <message>
        <source>程序上次运行时意外退出，未保存的操作可能没有完成。
错误报告已保存在：{path}
如反复出现，请把该文件发给维护人员。</source>
        <translation>The program quit unexpectedly last time; unsaved work may not have been completed.
The error report was saved to: {path}
If it keeps happening, please send that file to the maintainer.</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>找不到要备份的数据库：{path}</source>
        <translation>The database to back up was not found: {path}</translation>
    </message>
    <message>
        <source>所选路径是一个文件夹，不是数据库文件：{path}</source>
        <translation>The chosen path is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <source>要备份的文件是空的或不是数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份目标是一个文件夹，请给出文件名：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘空间不足，文件未写入：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：没有写入权限或文件夹不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选备份就是当前数据库本身：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{span}年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units}个单位、{plans}个献血计划、{donations}条献血记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到备份文件：{path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>所选的是文件夹，不是备份文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件是空的（0 字节），不能用来恢复：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取备份文件：{path}（{err}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选文件不是数据库备份：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件已损坏（完整性检查未通过）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件中没有任何数据表，不能用来恢复：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件没有结构版本，不是完整的献血办数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件来自更新版本的程序（结构版本 {rev}），无法恢复。</source>
        <translation>The backup comes from a newer version of the program (schema version {rev}) and cannot be restored.</translation>
    </message>
</context>
<context>
    <name>bounds</name>
    <message>
        <source>年度应为整数，而不是“{year}”</source>
        <extracomment>Largest value per field. Generous for any county (a city&apos;s roster, a target in ml), far below the 2^63 that SQLite holds, so sums over thousands of rows never overflow. Above this a cell is not a number for any field (the reader&apos;s own sanity bound).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度{year}不在{lo}—{hi}年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能是负数（{value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值过大（{value}），不能超过{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”{problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>命令行参数错误：{message}</source>
        <translation>Command line error: {message}</translation>
    </message>
    <message>
        <source>数据库文件（默认：用户数据文件夹中的 xianxueban.db）</source>
        <extracomment>The command modules in help order, each with the commands it registers: a command line that names one imports and builds only its module (``plan list`` need not import the other seven).</extracomment>
        <translation>database file (default: xianxueban.db in the user data folder)</translation>
    </message>
    <message>
        <source>以一个 JSON 对象输出结果</source>
        <translation>print the result as one JSON object</translation>
    </message>
    <message>
        <source>{app} {version}：不带命令时打开图形界面。</source>
        <translation>{app} {version}: without a command, opens the window.</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>command</translation>
    </message>
    <message>
        <source>错误：{reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>错误：程序内部错误（{kind}: {detail}），错误详情已记入日志 {log}</source>
        <translation>Error: internal error ({kind}: {detail}); the details are in the log {log}</translation>
    </message>
    <message>
        <source>错误：缺少命令</source>
        <translation>Error: no command given</translation>
    </message>
    <message>
        <source>在临时数据库上迁移并各运行一次主要操作（打包后检验用）</source>
        <translation>migrate a temporary database and run each main operation once (checks a packaged build)</translation>
    </message>
    <message>
        <source>备份数据库（一致性副本）</source>
        <translation>back up the database (a consistent copy)</translation>
    </message>
    <message>
        <source>备份文件路径（默认：数据文件夹 backups/ 下带时间戳）</source>
        <translation>backup file (default: a timestamped file in the data folder&apos;s backups/)</translation>
    </message>
    <message>
        <source>用备份文件恢复数据库（当前文件先另存一份）</source>
        <translation>restore the database from a backup (the current file is kept first)</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>在空数据库中载入演示数据（平利县2017年名册与指标）</source>
        <translation>load the demo data into an empty database (Pingli county, 2017 roster and quotas)</translation>
    </message>
    <message>
        <source>通过：{step}</source>
        <translation>Passed: {step}</translation>
    </message>
    <message>
        <source>自检完成。</source>
        <translation>Self-test complete.</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
    <message>
        <source>备份文件 {path} 中有：{summary}。</source>
        <translation>The backup {path} holds: {summary}.</translation>
    </message>
    <message>
        <source>已从 {path} 恢复。</source>
        <translation>Restored from {path}. </translation>
    </message>
    <message>
        <source>原数据库已另存为：{path}</source>
        <translation>The previous database was kept as: {path}</translation>
    </message>
    <message>
        <source>数据库中已有数据，演示数据只能载入空数据库。</source>
        <translation>The database already holds data; the demo loads only into an empty database.</translation>
    </message>
    <message>
        <source>已载入演示数据：{units}个单位，指标合计{total}。</source>
        <translation>Demo data loaded: {units} units, quotas totalling {total}.</translation>
    </message>
    <message>
        <source>按年度数据生成红头公文（quota：指标通知+指标表；plan：印发计划+安排表；forward：转发通知+任务表；letter：函（信函格式）+任务表；report：进度通报+完成情况表）</source>
        <translation>write a red-header notice from the year&apos;s data (quota: quota notice + table; plan: plan notice + schedule; forward: forwarding notice + table; letter: letter + table; report: progress bulletin + completion table)</translation>
    </message>
    <message>
        <source>quota（通知+指标表）、plan（印发计划+安排表）、forward（转发通知）、letter（函）或 report（通报+完成情况表）</source>
        <translation>quota (notice + quota table), plan (plan + schedule), forward (forwarding notice), letter or report (bulletin + completion table)</translation>
    </message>
    <message>
        <source>report：统计截止日期 YYYY-MM-DD（默认今天）</source>
        <translation>report: count up to this date, YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <source>年度，如 2017</source>
        <translation>year, e.g. 2017</translation>
    </message>
    <message>
        <source>输出的 .docx 文件</source>
        <translation>the .docx file to write</translation>
    </message>
    <message>
        <source>献血计划编号（该年度有多个计划时必填）</source>
        <translation>plan number (needed when the year has several plans)</translation>
    </message>
    <message>
        <source>同时把附件表格另存为 .xlsx 文件</source>
        <translation>also save the appendix table as an .xlsx file</translation>
    </message>
    <message>
        <source>发文序号（默认：本单位下一个发文序号，不占用）</source>
        <translation>document number (default: the office&apos;s next number, not used up)</translation>
    </message>
    <message>
        <source>占用本单位下一个发文序号（序号随之加一）</source>
        <translation>use up the office&apos;s next document number (it advances by one)</translation>
    </message>
    <message>
        <source>已生成公文 {number}：{path}</source>
        <translation>Notice {number} written: {path}</translation>
    </message>
    <message>
        <source>附件表格：{path}</source>
        <translation>Appendix table: {path}</translation>
    </message>
    <message>
        <source>本办名称，如“某某县献血办公室”</source>
        <translation>office name, e.g. &quot;X County Blood Donation Office&quot;</translation>
    </message>
    <message>
        <source>县（市、区）名（默认从名称中取出）</source>
        <translation>county (city, district) name (default: taken from the office name)</translation>
    </message>
    <message>
        <source>公文中“我县”“我市”的说法：县、市、区或州（默认取县名的最后一字）</source>
        <translation>how notices say &quot;our county&quot;: 县, 市, 区 or 州 (default: the last character of the county name)</translation>
    </message>
    <message>
        <source>发文机关标志（红头），如“某某县人民政府办公室文件”</source>
        <translation>issuing organ mark (the red header)</translation>
    </message>
    <message>
        <source>发文机关署名（默认：发文机关标志去掉“文件”）</source>
        <translation>issuing organ signature (default: the mark without 文件)</translation>
    </message>
    <message>
        <source>发文字号前缀，如“某政办发”</source>
        <translation>document number prefix</translation>
    </message>
    <message>
        <source>印发机关（默认：发文机关署名）</source>
        <translation>printing organ (default: the signature)</translation>
    </message>
    <message>
        <source>默认主送机关</source>
        <translation>Default addressees</translation>
    </message>
    <message>
        <source>默认抄送机关</source>
        <translation>Default copies to</translation>
    </message>
    <message>
        <source>省份（用血报销规则）</source>
        <translation>province (blood-use reimbursement rules)</translation>
    </message>
    <message>
        <source>本单位信息：发文机关、发文字号前缀等（生成公文前须设置）</source>
        <translation>the office&apos;s details: issuing organ, document number prefix … (needed before notices)</translation>
    </message>
    <message>
        <source>日期“{text}”看不懂：请写成 2024-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血记录：导入血站导出表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation>action</translation>
    </message>
    <message>
        <source>导入血站的献血名单（.xlsx/.xls/.csv）；有问题的行列出原因，其余一次写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把未导入的行另存为 .xlsx，退回血站核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只检查，不写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 GB 18467 判断某人某日能否献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号、献血码、献血证号或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期（默认今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看全血或单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者：查找、疑似重复、合并与撤销合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按身份证号、献血码、献血证号、姓名或拼音首字母查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名和出生日期相同、身份证号不同的献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把 OTHER 的全部记录并入 KEEP，并删除 OTHER（可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留的献血者：身份证号或献血者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并入后删除的献血者：身份证号或献血者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销一次合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急献血：某血型某日可献血的献血者名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型，如 O+、A-、AB+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出可打印的 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可导入{n}条献血记录（新献血者{donors}人），已有{already}条未重复导入，{rejected}行未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入{n}条献血记录（新献血者{donors}人），已有{already}条未重复导入，{rejected}行未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建单位：{units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建单位：{units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的行已另存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到献血者“{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{query}”对应多位献血者：{names}，请用身份证号或献血码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{id}），{day}：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  全血：{day} 起可献</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  单采血小板：{day} 起可献</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  注意：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  依据：{why}（{region}第{version}版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}	{name}	{id_number}	{blood}	{unit}	{n}次	（{matched}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到身份证号为“{text}”的献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已把“{merged}”并入“{kept}”（合并编号{id}，移动：{moved}）。撤销：donors unmerge {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销合并{id}：恢复“{name}”（{id_number}），{n}条献血记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{blood}，{day}可献全血：{n}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{blood}，{day}可献单采血小板：{n}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已达上限，另有更多）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【应急队员】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team}{name}	{blood}	{phone}	{unit}	末次{last}	{n}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示本单位信息</source>
        <translation>show the office&apos;s details</translation>
    </message>
    <message>
        <source>设置本单位信息（未给出的项保持不变）</source>
        <translation>set the office&apos;s details (options not given stay as they are)</translation>
    </message>
    <message>
        <source>下一个发文序号</source>
        <translation>Next document number</translation>
    </message>
    <message>
        <source>{level}（未填写，按县名推定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>尚未设置：{names}。生成公文前请用 office set 填写。</source>
        <translation>Not yet set: {names}. Fill them in with office set before writing notices.</translation>
    </message>
    <message>
        <source>已保存本单位信息。</source>
        <translation>The office&apos;s details were saved.</translation>
    </message>
    <message>
        <source>日期应写作 YYYY-MM-DD，如 2021-06-30，而不是“{text}”</source>
        <translation>a date is written YYYY-MM-DD, e.g. 2021-06-30, not &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>封顶完成率应写作 1 或 100%，而不是“{text}”</source>
        <translation>the cap is written 1 or 100%, not &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>献血任务完成情况：各单位完成数、完成率、排名、全县合计</source>
        <translation>progress: done, completion rate and rank per unit, county totals</translation>
    </message>
    <message>
        <source>年度，如 2021</source>
        <translation>year, e.g. 2021</translation>
    </message>
    <message>
        <source>统计截止日期 YYYY-MM-DD（默认今天，不超过计划结束日）</source>
        <translation>count up to this date, YYYY-MM-DD (default today, at most the plan&apos;s end)</translation>
    </message>
    <message>
        <source>另按献血类别或按月份列出</source>
        <translation>also list by category or by month</translation>
    </message>
    <message>
        <source>把完成情况表、逐月表和分类表另存为 .xlsx</source>
        <translation>save the completion, month and category tables as .xlsx</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>以献定用：可供血量（按计划计量）</source>
        <translation>supply by donation: blood available (in the plan&apos;s measure)</translation>
    </message>
    <message>
        <source>以献定用：每个单位的应急保底量（默认 0）</source>
        <translation>supply by donation: emergency floor per unit (default 0)</translation>
    </message>
    <message>
        <source>以献定用：完成率计到多少为止（默认 100%%）</source>
        <translation>supply by donation: completion counted up to (default 100%%)</translation>
    </message>
    <message>
        <source>{title}（截至{until}，{counting}）</source>
        <translation>{title} (up to {until}; {counting})</translation>
    </message>
    <message>
        <source>全部献血 {donations} 人次，{done}{measure}，完成率 {rate}；采血量 {volume} 毫升（{tonnes} 吨）；千人口献血率 {per_thousand}；400毫升占比 {share_400}；初次献血者占比 {first_time}；人次同比{change}</source>
        <translation>All donations: {donations}, {done} {measure}, completion {rate}; volume {volume} ml ({tonnes} t); per 1,000 population {per_thousand}; 400 ml share {share_400}; first-time donors {first_time}; donations against last year {change}</translation>
    </message>
    <message>
        <source>进度滞后：{units}</source>
        <translation>Behind schedule: {units}</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>分配量</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>名册：导入、导出、复制年度</source>
        <translation>roster: import, export, copy a year</translation>
    </message>
    <message>
        <source>从 .xlsx/.csv 导入单位及其人口数、在职人数、联系人</source>
        <translation>import units with population, staff and contacts from .xlsx/.csv</translation>
    </message>
    <message>
        <source>名册年度</source>
        <translation>roster year</translation>
    </message>
    <message>
        <source>有问题的行跳过并列出，其余照常导入（默认：有问题则全部不导入）</source>
        <translation>skip and list rows with problems, import the rest (default: import nothing if any row has a problem)</translation>
    </message>
    <message>
        <source>导出名册为可直接打印的 .xlsx（或 .csv）</source>
        <translation>export the roster as a print-ready .xlsx (or .csv)</translation>
    </message>
    <message>
        <source>把某年名册的人数与联系人复制到另一年</source>
        <translation>copy a year&apos;s figures and contacts to another year</translation>
    </message>
    <message>
        <source>覆盖目标年度已有的数字</source>
        <translation>overwrite figures the target year already has</translation>
    </message>
    <message>
        <source>已导入{imported}个单位（新建{created}，更新{updated}），跳过{skipped}行。</source>
        <translation>Imported {imported} units ({created} new, {updated} updated); {skipped} rows skipped.</translation>
    </message>
    <message>
        <source>日期应写作 YYYY-MM-DD，而不是“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件查询：按献血证号、身份证号、姓名或拼音首字母查献血者及用血减免额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号、身份证号、姓名或拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询日期（默认今天），YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则所在省份（默认：本办设置的省份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件上的姓名（按献血证号查询时核对持证人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时开具优先用血证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血证明中的用血人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人与献血者的关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血证明的抬头（医院）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记用血报销（超出剩余额度或重复发票时拒绝）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人，或与献血者的关系（配偶、父母、子女……）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人姓名（本人可省略）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血量（毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血费金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属身份证号（首次登记亲属时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>看过的关系证明：户口本、结婚证、派出所证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特批原因：超出剩余额度时仍登记，原因随报销保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时生成用血费用减免审核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血奉献奖、促进奖候选名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计截止日期 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列此日期以后达到奖项的献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为可直接打印的 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中显示完整身份证号（上报用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证核验：是否在记录中、持证人、献血日期和献血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件上的姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{sex}，{id}，{blood}）{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计献血 {ml} 毫升，{n} 次；规则：{rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余 {ml} 毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，至 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  依据：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血：{who}（{clause}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>优先用血证明：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ml} 毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记报销 #{id}：{who} {name} {ml} 毫升（{day}），剩余 {left}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特批原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核表：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}	{name}	{id}	{count}次	{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖	{unit}	{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奉献奖候选 {donors} 人，促进奖候选 {units} 个单位（截至 {day}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证 {number}：持证人 {name}（{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {day}  单采血小板 {n}治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {day}  全血 {n}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入：{problem}</source>
        <translation>Not imported: {problem}</translation>
    </message>
    <message>
        <source>已把{source}年名册复制到{target}年：{count}个单位。</source>
        <translation>Copied the {source} roster to {target}: {count} units.</translation>
    </message>
    <message>
        <source>用血减免、表彰奖励与献血条件规则集：列出、查看、导出、载入、复制修改、启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出规则集及其版本（标明在用、草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示一个版本的全部内容（JSON）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把一个版本导出为 JSON 文件（修改后用 copy 载入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制一个版本并按 JSON 文件修改，保存为新版本并启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后的规则 JSON（种类、地区、版本号不可改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制一个版本并逐项修改（--set 字段=值），保存为新版本（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段=值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 params.ml_per_dose=300、verified=true、params.legacy=null（值按 JSON 读）；可重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后立即启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用一个版本：本地区的查询和报销自其生效日期起按此版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入一个新的规则文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿，启用前不影响查询（rules activate）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存为 {region} 第{version}版（#{id}，{status}，{state}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，复制自 #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本办）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取 {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} 应为一个 JSON 对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已启用 {region} 第{version}版（#{id}，自{day}起）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已载入 {region} 第{version}版（#{id}，{status}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}不在{minimum}—{maximum}之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度{value}不在{first}—{last}年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例应在0到1之间，如0.2，而不是{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标应写作 单位=数量，而不是“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”中的单位名称{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划：导入指标表、分配指标、导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入指标/任务表或时间安排表（.xlsx/.csv）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入到已有计划（编号）；默认新建计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有问题的行跳过并列出，其余照常导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把目标分解到各单位（按人口或按在职人数比例）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长，如 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口分配时的保底指标，如 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数分配时的比例，如 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数分配时每个单位至少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位=数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标，可多次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划编号（该年度有多个计划时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标表为可直接打印的 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出某年度的献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入{n}行到计划（编号{id}），指标合计{total}；新建单位{units}个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计	{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参与分配（缺少所需人数）：{units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}	{name}	{start}至{end}	目标{target}{measure}	已分配{assigned}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>{path} 是另一个程序的数据库（其中的表：{tables}），不是本程序的数据库，文件未改动。</source>
        <extracomment>The newest migration in db/migrations/versions. tests/db/test_head_revision.py keeps it equal to Alembic&apos;s head; a new migration must update it, or every open would skip the upgrade. Tables every revision of this program&apos;s schema has; a file without them is not ours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 缺少本程序的数据表（{tables}），不是完整的献血办数据库，文件未改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到数据库文件：{path}</source>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <source>无法创建数据文件夹：{path}（{err}）</source>
        <translation>Cannot create the data folder: {path} ({err})</translation>
    </message>
    <message>
        <source>数据文件夹不可写：{path}</source>
        <translation>The data folder is not writable: {path}</translation>
    </message>
    <message>
        <source>所选路径是一个文件夹，不是数据库文件：{path}</source>
        <translation>The chosen path is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），其中没有数据：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有读取数据库文件的权限：{path}</source>
        <translation>No permission to read the database file: {path}</translation>
    </message>
    <message>
        <source>文件不是本程序的数据库，或已损坏：{path}</source>
        <translation>The file is not a database of this program, or it is damaged: {path}</translation>
    </message>
    <message>
        <source>数据库文件已损坏（文件比其中记录的长度短，可能被截断）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件或其所在文件夹是只读的，无法保存修改：{path}</source>
        <translation>The database file or its folder is read-only; changes cannot be saved: {path}</translation>
    </message>
    <message>
        <source>数据库文件已损坏（完整性检查未通过）：{path}</source>
        <translation>The database file is damaged (integrity check failed): {path}</translation>
    </message>
    <message>
        <source>数据库正被另一个程序或窗口使用（它锁定了数据库，等了{seconds:g}秒仍未释放），本次操作未写入任何内容。请关闭正在使用它的程序或窗口后重试：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件是只读的：{path}</source>
        <translation>The database file is read-only: {path}</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库：{path}</source>
        <translation>The disk is full; the database cannot be written: {path}</translation>
    </message>
    <message>
        <source>数据库文件已损坏：{path}</source>
        <translation>The database file is damaged: {path}</translation>
    </message>
    <message>
        <source>读写数据库文件时磁盘出错（U盘或网络盘可能已断开），本次修改未保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此数据库由更新版本的程序创建（结构版本 {rev}），本程序无法打开。请安装新版程序，或选择其他数据库文件。</source>
        <translation>This database was created by a newer version of the program (schema version {rev}) and cannot be opened. Install the new version, or choose another database file.</translation>
    </message>
    <message>
        <source>升级后外键检查未通过（{n}处），已撤销升级：{path}</source>
        <translation>The foreign key check failed after the upgrade ({n} problems); the upgrade was undone: {path}</translation>
    </message>
</context>
<context>
    <name>donation_list</name>
    <message>
        <source>不能按“{key}”排序</source>
        <extracomment>Sort keys the list offers, with the column behind each. &quot;date&quot; and &quot;id&quot; use an index; the others sort the filtered set (fine within a year or a unit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>donations</name>
    <message>
        <source>全血献血量应为 {allowed} ml，不能是 {value}</source>
        <extracomment>The earliest donation date accepted (献血法 took effect 1998-10-01; older records exist, older than this they are typing errors).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血不计治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板应为 {allowed} 个治疗量，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血种类应为全血或单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这位献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不可能：早于出生日期或1950年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为{choices}之一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}”已用于{name}{day}的献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法登记这次献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次献血不符合献血条件，仍要登记请填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这条献血记录（编号{id}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>donors</name>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>太长（最多50个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 A、B、O 或 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为阳性（+）或阴性（-）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记为“{name}”：同一身份证号就是同一个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法登记献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这位献血者（编号{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名“{name}”和出生日期{birth}相同，身份证号不同</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>{n}个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血条件规则文件“{name}”有误：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取献血条件规则文件“{name}”：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有{day}适用的献血条件规则（规则文件夹：{folder}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>距上次{prev}（{last}）不足{gap}：{next}须在{until}以后（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与之后的一次{later}（{day}）间隔不足{gap}（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一年内已献单采血小板{n}次，已达上限{limit}次（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一年内已献全血{total}ml，再献{wanted}ml将超过{limit}ml（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age}周岁，未满{min}周岁：{adult}起可献血（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age}周岁，超过{max}周岁（多次献血者也只到{repeat}周岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age}周岁，超过{max}周岁；首次献血者不能延长到{repeat}周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age}周岁，超过{max}周岁；有献血反应史，不能延长到{repeat}周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{citation}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这位献血者（编号{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 最低年龄 &lt; 最高年龄 ≤ 多次献血者最高年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月数与天数不能都为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一对献血种类的间隔只能写一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应从小到大排列且不重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血条件规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低年龄（周岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高年龄（周岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多次献血者最高年龄（周岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长年龄须已献血次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长年龄须无献血反应史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血每次献血量（毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血量（毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板每次治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前次献血种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次献血种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一年的算法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板每年最多次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板次数依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血每年最多毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血总量依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emergency</name>
    <message>
        <source>血型“{text}”看不懂：请写成 O+、A-、AB+ 这样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急献血联系名单（{blood}，{day}可献{kind}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急队员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稀有血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注：共{n}人；按{citation}判断{day}可献血；电话按个人信息保护要求部分隐藏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急献血名单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序遇到意外错误，这次操作可能没有完成。请核对刚才操作的结果后再继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误已记录在日志中：{path}
如反复出现，请把该文件发给维护人员。</source>
        <translation>The error has been recorded in the log: {path}
If it keeps happening, please send that file to the maintainer.</translation>
    </message>
    <message>
        <source>操作已取消，未做任何修改。</source>
        <translation type="unfinished">The operation was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>exported</name>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>磁盘空间不足，文件未写入：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：没有写入权限，或文件正在 WPS/Word/Excel 中打开，请关闭后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：{err}</source>
        <translation>Cannot write {path}: {err}</translation>
    </message>
    <message>
        <source>未能生成 {path}：{err}。目标文件未改动，详情已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能生成 {path}：找不到程序所需的文件 {file}。目标文件未改动；程序可能安装不完整，请重新安装。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能生成 {path}：读写 {file} 时出错（{err}）。目标文件未改动，详情已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idcard</name>
    <message>
        <source>旧身份证号应为15位数字</source>
        <extracomment>The earliest birth date accepted: older numbers are typing errors.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期“{digits}”不存在（第7–14位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期“{digits}”早于1900年，应是抄错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期“{digits}”在今天之后，应是抄错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号不能是“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{text}”在 Excel 中被存成了数字，后几位已丢失：请把这一列设为“文本”格式后重新导出或重新录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{text}”是 Excel 的科学计数法，后几位已丢失：请把这一列设为“文本”格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{text}”含有不应出现的字符“{chars}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15位旧身份证号“{text}”只能是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为18位（或旧的15位），“{text}”是{n}位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{text}”只有最后一位可以是 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{text}”校验码不对：按前17位，第18位应为“{expected}”，这里是“{actual}”，可能有一位数字抄错了</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>镇/街道</source>
        <extracomment>Code -&gt; label (source text); :func:`kind_label` shows it translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>{years}年内献血{n}人次（≥{alt}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years}年内献血{n}人次，占职工{staff}人的{pct:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血奉献奖候选人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>折算献血次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（第{n}次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计截至{until}。依据：{citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血促进奖候选单位名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>献血人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号 {number} 不在记录中，请核对证件或向血站查询。</source>
        <extracomment>The certificate table&apos;s entry for the number bound as ``value``, as three columns another statement carries (the lookup&apos;s search), so the check needs no statement of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此献血证号登记在{n}位献血者名下，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不符：证件上为“{given}”，记录中持证人为“{holder}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}未规定优先用血。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人关系</source>
        <extracomment>The claim row, prebuilt (a Core insert: no ORM unit of work in the clerk&apos;s wait).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为正整数（毫升），实为“{v}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血费金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为金额（元，最多两位小数），实为“{v}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票 {no} 已于{day}报销过（用血人 {name}），不能重复报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销未登记：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人用血，姓名应为献血者“{donor}”，实为“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写用血亲属的姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不包括“{who}”（可享受：本人、{rel}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选亲属不是此献血者的{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}尚未核实，不能据以报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超出剩余额度：{day}可报销{left}，本次{ml}毫升，超出{short}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补登此笔会使{day}已登记的报销（{name}{ml}毫升）超额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销未登记（如确需办理，请填写特批原因）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次报销未超出额度，无需特批，特批原因未保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次报销{ml}毫升。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reasons}；原因：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记亲属关系证明（户口本、结婚证或派出所证明）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销记录 {id} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（另有较早的{n}次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血者临床用血费用减免审核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号：{no}&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;填表日期：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ml}毫升（{n}次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与献血者关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血人证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ml}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{yuan}元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>减免依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特批情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
经办人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
审核人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位盖章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}尚未核实，不能据以开具证明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}未规定优先用血，不能开具优先用血证明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{relation}”不是可识别的亲属关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}规定的优先用血人员为{who}，不包括“{relation}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}没有献血记录，不能开具优先用血证明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兹证明{name}（身份证号：{id}{cert}）为无偿献血者，自{first}至{last}累计无偿献血{n}次、{ml}毫升。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，献血证号：{no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血者本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无偿献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>及其</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依照{rules}的规定，{who}临床用血时享有优先用血待遇。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现其{relation}{patient}因病需临床用血，请在血液供应紧张时予以优先安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在血液供应紧张时予以优先安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特此证明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此规则集为预设，尚未核实，结果仅供参考。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板按每治疗量{ml}毫升折算，此折算尚未核实。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧规则期间的献血计入累计献血量，此做法尚未核实。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每位亲属各自计算额度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入献血证号、身份证号、姓名或拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未找到献血者“{query}”（可用献血证号、身份证号、姓名或拼音首字母查询）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}，{count}次献血，最近{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{query}”对应{n}位献血者，请用献血证号或身份证号查询：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者 {id} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}为预设规则，尚未核实；请管理员核对后复制修改为已核实的版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}之后还有{n}笔报销，未计入本次结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}”不是可识别的亲属关系（可用：本人、{known}）</source>
        <extracomment>Canonical relations a rule set may list, in the order the lookup shows them. Papers the clerk saw that prove the relation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写亲属姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识“{words}”（可用：{known}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记过此亲属（{relation} {name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此身份证号已登记为亲属“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是献血者本人的身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属未登记：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"> </translation>
    </message>
    <message>
        <source>终身免费用血，不限量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与献血量等量（终身有效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血量的{m}倍（终身有效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终身{times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}后{times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end}内{times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}至{end}{times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自献血之日起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规则第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未核实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有最后一个时段可以不设期限（until 为 null）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各时段的期限应从短到长排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited 与 windows 只能二选一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应写 &quot;unlimited&quot;: true 或给出 windows（按献血后时段的倍数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自献血之日起的期限，null 为终身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血量的倍数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按献血后时段的倍数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一档的累计献血量下限应为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各档的累计献血量下限应从小到大排列且不重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的亲属关系：{unknown}（可用：{known}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属关系有重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的关系：{unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据（文件名称、文号、条款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失效日期早于生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血费用减免规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可享受的亲属关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属额度共用或各自计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1个治疗量血小板折合毫升数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按累计献血量分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计献血量下限（毫升）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血者本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧规则（截止日期前的献血）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧规则截止日期（此日前的献血适用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否计入累计献血量分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先用血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可优先用血的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚待核实的参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血表彰奖励规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血多少毫升计1次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板1个治疗量计几次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此日前的血小板捐献按次计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此前每次血小板捐献计几次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖项与次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各奖项的次数应从小到大排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终身奖项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获最高奖项几次后授终身奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新计数后是否再评较低奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖统计年数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖最少献血人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖献血人次占职工数比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>促进奖（不论比例）最少献血人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为一个 JSON 对象 {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 {kinds} 之一，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则文件 {name} 不是有效的 JSON，未载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{col}列附近：{msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取规则文件 {path}：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则 {source} 不符合格式，未载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“{region}”的规则集（已有：{regions}）</source>
        <extracomment>The versions of one kind and region, each row carrying the activated version&apos;s id (one statement). Parsed rule sets by (database file, id, created_at). Rows are never edited in place (a change is a new version), so a parsed version stays valid; created_at guards against a restored file whose ids mean other rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}的规则集在{day}不在有效期内（最早自{start}起施行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿（未启用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则集 {id} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}个时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}条间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血第{n}种献血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板第{n}种治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应写“不限”，或按“期限×倍数”列出各时段，如 3m×1；5y×3；终身×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>看不懂“{part}”；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限“{until}”应写作 3m（3个月）、5y（5年）、90d（90天）或“终身”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改应写作 字段=值，如 params.ml_per_dose=300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少“=”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则中没有字段 {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到“{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制规则集须说明修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>复制的规则集不能改变种类、地区或版本号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不可修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}第{version}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则文件 {name} 未载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}已有第{version}版；新版本请用“复制并修改”或改用新的版本号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为文字，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为{word}，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应不小于{minimum}，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 true 或 false，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为日期 YYYY-MM-DD，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为期限，如 3m（3个月）、5y（5年）、90d（90天），实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为对象 {{…}}，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为列表 […]，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少应有{n}项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 {choices} 之一，实为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空（null）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少此字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知字段（可用：{known}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血小板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可计入的献血记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计献血{ml}毫升（{n}次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（旧规则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已过有效期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，已用{used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不限量，不扣减）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（超出{short}毫升经特批，不计入以后额度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已报销：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限量，终身有效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余{ml}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，有效至{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，长期有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自{day}起剩余{ml}毫升。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>不能把献血者与自己合并</source>
        <extracomment>What moves with a merge: the tables that point at a donor. Fields of the kept record filled from the other when blank; flags are OR-ed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到要合并的献血者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这次合并（编号{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次合并已经撤销过了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法撤销：身份证号{number}已被“{name}”使用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>名称过长（{n}个字符，最多{max}个）：一个单元格里可能写了一段话或多个单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不是单位名称（只有数字或符号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”像是几个单位（及其数量）写在一起，不是一个单位名称：这可能是献血计划表，请用“导入计划”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>发文机关标志</source>
        <extracomment>Form fields in reading order, with the names GB/T 9704 gives them.</extracomment>
        <translation>Issuing authority mark</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关署名</source>
        <translation>Issuing authority signature</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密级和保密期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转发（印发）文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文字号的机关代字不能为空，如“平政办发”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文字号的机关代字中不能有空格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文字号的年份应为四位年份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文序号应为从1开始的整数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文未生成，请先修改以下内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该公文草稿（编号 {id}），可能已被删除。</source>
        <extracomment>Bumped when the JSON layout changes; older drafts are read with defaults for new keys. 2: layout, 份号, 密级, 紧急程度, 签发人, hidden columns, the forwarded/issued text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文草稿（编号 {id}）的内容已损坏，无法打开：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名应以 .docx 结尾：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名应以 .xlsx 结尾：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能与公文文件同名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文未生成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有附件表格，无法另存 Excel 表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的附件表格类型“{source}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划“{name}”还没有分配指标，无法生成指标表。</source>
        <extracomment>The figure a split can use, by quota method, and its column header. Column words by measure: 平利 (单位) says 募集单位/募集指标, 张家界 and 如皋 (人次) 单位/任务数（人）.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划“{name}”还没有分配指标，无法生成计划分解表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划“{name}”还没有排期，无法生成时间安排表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印发计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转发通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的公文类型“{kind}”，可选：{known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份草稿没有关联献血计划，无法刷新附件数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的插图类型“{source}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度通报</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>本单位信息未保存：</source>
        <translation>Office details not saved:</translation>
    </message>
    <message>
        <source>本单位信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>请填写本单位信息，或选择载入演示数据</source>
        <translation>Fill in the office details, or choose to load the demo data</translation>
    </message>
    <message>
        <source>数据库中已有数据，演示数据只能载入空数据库。</source>
        <translation>The database already holds data; the demo loads only into an empty database.</translation>
    </message>
    <message>
        <source>县（市、区）名</source>
        <extracomment>What a notice cannot do without; labels name them in OfficeNotSet and InputError.</extracomment>
        <translation>County</translation>
    </message>
    <message>
        <source>行政级别（县、市、区、州）</source>
        <translation>Level (county, city, district, prefecture)</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>Issuing authority mark</translation>
    </message>
    <message>
        <source>发文机关署名</source>
        <translation>Issuing authority signature</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>下一个发文序号</source>
        <translation>Next document number</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>默认主送机关</source>
        <translation>Default addressees</translation>
    </message>
    <message>
        <source>默认抄送机关</source>
        <translation>Default copies to</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>本办名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>尚未设置本单位信息（缺少{fields}），无法生成公文。请在“设置”中填写，或运行命令 office set。</source>
        <translation>The office details are not set yet (missing: {fields}), so no document can be made. Fill them in under Settings, or run the command office set.</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>应为从1开始的整数</source>
        <translation>must be a whole number from 1 up</translation>
    </message>
    <message>
        <source>没有这些本单位信息项：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一个发文序号已变为{current}（刚有公文占用了序号），未保存。请重新打开设置后再修改。</source>
        <translation>The next document number is now {current} (a document has just taken a number); nothing was saved. Reopen Settings and change it again.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>指标与排期</source>
        <translation>Quotas &amp; Schedule</translation>
    </message>
    <message>
        <source>献血登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公文</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>plan_io</name>
    <message>
        <source>{year}年无偿献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头写的是{hint}年，将导入为{year}年的计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}合计写的是{stated}，但各单位相加是{got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}”只有表头，没有可导入的行</source>
        <extracomment>The year the table&apos;s title states, None if it names none: proposed to the clerk when it differs from the year asked for; commit_plan_import(year=…) takes the one chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{row}行重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份一栏应写某月，全年指标请写在单位后加“（全年）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位及计划数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有读出任何“单位+数量”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”在第{row}行已出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>参与献血单位、对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a}年{b}月至{c}年{d}月无偿献血时间安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”不在{year}年内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标表未导入，请先改正文件中的问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标表未导入：没有可导入的行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由 {file} 导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该献血计划（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入自 {file} 第{row}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”还没有任何指标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标（{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标表只能导出为 .xlsx 文件，而不是“{suffix}”：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>{year}年没有献血计划，请先在“指标与排期”中建立计划。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年有多个献血计划，请指定其中一个：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该献血计划（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>计划名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过长（最多200个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知计量“{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为负数（{amount}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该单位（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该单位（编号 {id}）在本计划中没有指标，无法锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{label}”不在计划期间（{start} 至 {end}）内。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>找不到中文字体（如黑体、微软雅黑、Noto Sans CJK），无法绘制图表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人次计：每次献血计1人次，单采血小板不论治疗量计1人次。</source>
        <extracomment>What one 治疗量 of platelets is worth in whole-blood ml for volumes and tonnes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人次计：全血每次计1人次，单采血小板每个治疗量计{n}人次（计划设定）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按毫升计：全血按采血量，单采血小板每个治疗量计{n}毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按单位计：全血200毫升为1单位，单采血小板每个治疗量计{n}单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（计划设定）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（默认：1个治疗量折合全血400毫升）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可供血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急保底</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>封顶完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应大于0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}个单位各保底{floor}，合计{sum}，超过可供血量{available}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法计算以献定用分配：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可供血量{available}{m}：各单位先保底{floor}{m}用于应急，其余{rest}{m}按完成数占比分配（完成数超过任务数{cap}的部分不计），取整后按最大余数凑足总数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前各单位都还没有完成数，其余部分暂按任务数占比分配。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quota_split</name>
    <message>
        <source>名册中没有单位“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总数</source>
        <extracomment>Units of the year&apos;s roster that the split leaves out because they lack the figure the method needs (人口数 or 在职人数), so the clerk sees who gets nothing and why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每单位至少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应在0到1之间，如0.2，而不是{rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法分配：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年名册中没有可参与分配的单位（缺少{what}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>找不到该单位（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”已被“{other}”使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知类别“{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{alias}”已是“{other}”的名称或别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能归属于自己或自己的下级单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”已有指标、献血记录或下级单位，不能删除，只能归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>源年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>源年度与目标年度相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年没有名册数据可复制。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster_io</name>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知类别“{kind}”，可填：{all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}”只有表头，没有可导入的单位</source>
        <extracomment>The year the table&apos;s title states (&quot;2017年各镇…&quot;), None if it names none: the preview proposes it when it differs from the year asked for; commit_roster_import(year=…) takes the one the clerk chose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册和本文件中都没有“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{row}行重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过长（{n}个字符，最多{max}个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头写的是{hint}年，将导入为{year}年的名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导入了工作表“{sheet}”；工作表{others}也是这样的表，未导入：如需导入，请把它另存为单独的文件再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月份的计划表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血时间安排表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}”是{kind}，不是名册：请用“plan import”命令（或“指标与排期”页的“导入”）导入，名册未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册未导入，请先改正文件中的问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册未导入：没有可导入的行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册只能导出为 .xlsx 或 .csv 文件，而不是“{suffix}”：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年名册中没有单位，无可导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{county}{year}年献血单位名册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slots</name>
    <message>
        <source>“{slot}”没有年份，无法换算成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的时间“{text}”：可写作“3月”“2018年6月”“3月上旬”或“全年”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{piece}”没有写计划数：应写成“单位名称+数字”，如“组织部7”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>station_import</name>
    <message>
        <source>血型“{abo}{rh}”看不懂，未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码“{code}”已用于{name}{day}的献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号已登记为“{known}”，本表写作“{name}”：按已登记的姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>血型{file}与已登记的{known}不同，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可能与已登记的“{name}”（{id}）是同一人：姓名和出生日期相同，可在献血者中合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{row}行的“{name}”姓名和出生日期相同而身份证号不同，可能是同一人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是献血记录（说明、合计或空行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{row}行：重复的表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少采血日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血日期{day}在今天之后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血日期{day}早于出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别“{sex}”与身份证号（{id_sex}）不符，身份证号可能抄错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄{age}与身份证号（{real}岁）不符，身份证号可能抄错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血形式“{form}”按街头个人计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血码“{code}”与第{row}行重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{row}行是同一人同一天的同一种献血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的列“{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原表行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：未导入的{n}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血量“{text}”看不懂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血类型“{kind}”不在登记范围（只登记全血和单采血小板）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少采血量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单采血小板应按治疗量记，不能是“{amount}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血量“{amount}”不允许：单采血小板应为{allowed}个治疗量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血量“{amount}”不允许：全血应为{allowed}ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}“{text}”在 Excel 中被存成了数字，后几位已丢失：请把这一列设为“文本”格式后重新导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期“{text}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>不能是负数（{value}）</source>
        <extracomment>Translation context of every message of :mod:`app.tabular`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为整数，而不是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}…”不是合理的数字（{n}个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值过大（{value}），不是合理的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公式“={formula}”没有计算结果：请在 Excel 或 WPS 中打开该文件，保存后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计行写的是 {stated}，但各行相加是 {summed}</source>
        <extracomment>How many rows from the top of a sheet may hold titles before the header: a 红头, 发文字号 and a notice&apos;s paragraphs pasted above its 附件 table can fill thirty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有找到表头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{source}”中找不到{labels}列。找到的表头：{found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这一列（可写作：{names}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表后说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复的表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复的标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小计行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分组标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>找不到文件“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”是文件夹，不是表格文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有权限读取“{name}”：如果它正在 Excel 或 WPS 中打开，请先关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取“{name}”：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的文件类型“{suffix}”（{name}）：请使用 Excel 表格（.xlsx/.xls）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”里没有任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”其实是网页（HTML）格式，不是真正的 Excel 文件：请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（.xlsx）”后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不是 Excel 文件（可能只是改了扩展名），或文件已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”已损坏，无法作为 Excel 文件打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”设置了打开密码：请在 Excel 或 WPS 中取消密码并保存后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别“{name}”的文字编码：请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”第{line}行的引号（&quot;）不成对，几行内容会被读成一个单元格：请在 Excel 中打开检查该行，或另存为 Excel 工作簿后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”第{line}行有一个单元格超过{limit}个字符，不是正常的表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”第{line}行格式有误：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>unit_matching</name>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>第{row}行“{name}”选择了对应到已有单位，但没有选定单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
