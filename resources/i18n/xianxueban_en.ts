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
        <source>关于 Qt…</source>
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
        <source>方法：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各单位指标取整到此数的整数倍（平利：5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整步长：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口分配时每个单位至少分得的指标（平利：100）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保底指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数的比例（临夏：20%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按在职人数分配时每个单位至少分得的指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标（不参与比例分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>只在本计划已有的 {n} 个单位中分配（否则取名册中所有有数据的单位）</source>
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
    <name>ChangeModel</name>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Open or create a database</translation>
    </message>
    <message>
        <source>献血办数据库 (*.db)</source>
        <translation type="unfinished">Xianxueban databases (*.db)</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>转到左侧的第1…4页</source>
        <extracomment>Keys that belong to widgets rather than to an action of the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在搜索框中：清除搜索</source>
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
        <source>打开使用说明</source>
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
        <source>“对应到”已有单位时，把文件中的名称记为该单位的别名，下次自动识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
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
        <extracomment>The import preview (ui.dialogs.import_preview) shows these labels as column headers, translated in its model&apos;s context; the name&apos;s column is headed differently there.</extracomment>
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
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
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
        <source>正在备份……</source>
        <translation type="unfinished">Backing up…</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation type="unfinished">Backup complete</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation type="unfinished">Backed up to:
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
    <name>NoticePage</name>
    <message>
        <source>筛选：标题或文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
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
        <source>发文机关标志</source>
        <extracomment>Form fields with an inline problem label, in the order of `app.notices.FIELD_LABELS`.</extracomment>
        <translation type="unfinished">Issuing authority mark</translation>
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
        <source>附件标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前名册与指标重新生成附件表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关署名</source>
        <translation type="unfinished">Issuing authority signature</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；如“联系人：×××，电话：××××”</source>
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
        <translation type="unfinished">Printed by</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号</source>
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
        <source>保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用WPS/Word打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成公文并交给 WPS/Word 打印（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为…</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
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
        <source>本办名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填：从上面的名称推出，如“某某县”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某某县人民政府办公室文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文机关标志（红头）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某政办发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发文字号前缀：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；如：县委各部门，县人大办、政协办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送机关：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用血报销按哪个省的规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"> </translation>
    </message>
    <message>
        <source>工作年度：</source>
        <translation type="unfinished">Working year:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据（平利县）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>单位</source>
        <extracomment>Measure -&gt; label (source text); the plan dialog shows it translated (context &quot;PlanDialog&quot;).</extracomment>
        <translation type="unfinished"></translation>
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
        <source>计划名称：</source>
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
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起止月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计量：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级下达的全年目标；分配指标时默认按此合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：平政办发〔2017〕64号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注：</source>
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
        <source>时间安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>献血计划：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入指标表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel/CSV 指标表或排期表导入（平利、如皋、寿县格式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标表…</source>
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
        <translation type="unfinished">Cancel</translation>
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
        <source>时间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；可输入新的采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采血点：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：安丰镇、众兴镇机关镇直单位干部职工（新增采血活动时填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与单位、对象：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排选中单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的单位安排到上面的时间和采血点；同一时间和采血点的单位同场采血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增采血活动</source>
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
        <source>分配指标…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按人口或在职人数把目标分解到各单位；锁定的指标保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加单位：</source>
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
        <source>添加</source>
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
    <name>QuotaModel</name>
    <message>
        <source>单位</source>
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
        <translation type="unfinished"></translation>
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
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
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
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制上年名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
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
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>县（市、区）名</source>
        <translation>County</translation>
    </message>
    <message>
        <source>公文中称“我县”还是“我市”</source>
        <translation>Documents say “our county” or “our city”</translation>
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
        <source>用血报销规则省份</source>
        <translation>Province of reimbursement rules</translation>
    </message>
    <message>
        <source>本办名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>工作年度</source>
        <translation>Working year</translation>
    </message>
    <message>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <source>当前工作年度：</source>
        <translation>Current working year:</translation>
    </message>
    <message>
        <source>数据库与备份</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>备份到文件…</source>
        <translation>Back up to file…</translation>
    </message>
    <message>
        <source>用选中的备份恢复</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
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
        <source>保存本单位信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>当前数据库：{path}
自动备份文件夹：{dir}</source>
        <translation>Current database: {path}
Automatic backup folder: {dir}</translation>
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
        <source>用备份“{name}”替换当前数据库？
当前数据库会先另存为一份备份。</source>
        <translation>Replace the current database with the backup “{name}”?
The current database is saved as a backup first.</translation>
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
        <source>单位名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按名称自动判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不属于任何系统）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属系统：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他文件里的叫法，用顿号或逗号分隔，如：县中医院、中医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年人数与联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人口数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职人数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分管负责人：</source>
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
        <source>打开数据库(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他数据库文件，或新建一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前数据库备份到备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>找不到要备份的数据库：{path}</source>
        <translation>The database to back up was not found: {path}</translation>
    </message>
    <message>
        <source>找不到备份文件：{path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>备份文件已损坏或不是数据库：{path}</source>
        <translation>The backup file is damaged or not a database: {path}</translation>
    </message>
    <message>
        <source>备份文件来自更新版本的程序（结构版本 {rev}），无法恢复。</source>
        <translation>The backup comes from a newer version of the program (schema version {rev}) and cannot be restored.</translation>
    </message>
</context>
<context>
    <name>db</name>
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
        <source>没有读取数据库文件的权限：{path}</source>
        <translation>No permission to read the database file: {path}</translation>
    </message>
    <message>
        <source>文件不是本程序的数据库，或已损坏：{path}</source>
        <translation>The file is not a database of this program, or it is damaged: {path}</translation>
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
        <source>数据库正被另一个程序或窗口使用，请关闭后重试：{path}</source>
        <translation>The database is in use by another program or window. Close it and try again: {path}</translation>
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
        <extracomment>Bumped when the JSON layout changes; older drafts are read with defaults for new keys.</extracomment>
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
        <source>计划安排</source>
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
        <translation type="unfinished"></translation>
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
        <source>公文</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>plan_io</name>
    <message>
        <source>{year}年无偿献血计划</source>
        <extracomment>The year the table&apos;s title states, None if it names none: proposed to the clerk when it differs from the year asked for; commit_plan_import(year=…) takes the one chosen.</extracomment>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
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
        <translation type="unfinished">must not be empty</translation>
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
        <source>不能为空</source>
        <translation type="unfinished">must not be empty</translation>
    </message>
    <message>
        <source>计划名称</source>
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
    <name>quota_split</name>
    <message>
        <source>名册中没有单位“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定指标</source>
        <extracomment>Units of the year&apos;s roster that the split leaves out because they lack the figure the method needs (人口数 or 在职人数), so the clerk sees who gets nothing and why.</extracomment>
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
        <source>不能为空</source>
        <translation type="unfinished">must not be empty</translation>
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
        <extracomment>The year the table&apos;s title states (&quot;2017年各镇…&quot;), None if it names none: the preview proposes it when it differs from the year asked for; commit_roster_import(year=…) takes the one the clerk chose.</extracomment>
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
        <source>名册和本文件中都没有“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{row}行重复</source>
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
        <source>名册未导入，请先改正文件中的问题：</source>
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
        <source>“{text}”不是日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计行写的是 {stated}，但各行相加是 {summed}</source>
        <extracomment>How many rows from the top of a sheet may hold titles before the header. A header cell longer than this (after normalising) is a title, not a header: it may only match a synonym exactly, never by containing it.</extracomment>
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
        <translation type="unfinished">must not be empty</translation>
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
        <translation type="unfinished">must not be empty</translation>
    </message>
    <message>
        <source>第{row}行“{name}”选择了对应到已有单位，但没有选定单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
