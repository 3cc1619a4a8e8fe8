<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="45"/>
        <source>按人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="46"/>
        <source>按在职人数比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="74"/>
        <source>分配指标 — {name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="92"/>
        <source>分配方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="98"/>
        <source>方法：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="103"/>
        <source>合计指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="107"/>
        <source>各单位指标取整到此数的整数倍（平利：5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="108"/>
        <source>取整步长：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="112"/>
        <source>按人口分配时每个单位至少分得的指标（平利：100）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="113"/>
        <source>保底指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="119"/>
        <source>按在职人数的比例（临夏：20%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="120"/>
        <source>比例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="124"/>
        <source>按在职人数分配时每个单位至少分得的指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="125"/>
        <source>最低指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="131"/>
        <source>固定指标（不参与比例分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="135"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="135"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="141"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="143"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="157"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="187"/>
        <source>应用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="191"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="201"/>
        <source>只在本计划已有的 {n} 个单位中分配（否则取名册中所有有数据的单位）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="210"/>
        <source>另有 {n} 个锁定指标保持不变：{units}</source>
        <extracomment>Keep the placeholders {n} {units} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="215"/>
        <source>锁定的指标在分配时保持不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="274"/>
        <source>按比例计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="295"/>
        <source>参数已改动，请重新预览。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="324"/>
        <source>原合计 {old}，新合计 {new}，{n} 个单位参与，{changed} 个单位有变化。</source>
        <extracomment>Keep the placeholders {changed} {n} {new} {old} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="328"/>
        <source>应用后计划目标改为 {total}。</source>
        <extracomment>Keep the placeholders {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="344"/>
        <source>无法分配，未做任何修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocate_dialog.py" line="356"/>
        <source>正在写入指标……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../ui/models/change_model.py" line="47"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="48"/>
        <source>原指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="49"/>
        <source>新指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="50"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="51"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="139"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="141"/>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="144"/>
        <source>新增 +{n}</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/change_model.py" line="147"/>
        <source>不再参与分配，指标将移除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="402"/>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="451"/>
        <source>“对应到”已有单位时，把文件中的名称记为该单位的别名，下次自动识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="461"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="462"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="476"/>
        <source>文件：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="478"/>
        <source>导入到{year}年</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="479"/>
        <source>确认每一行的处理方式后点“导入”；点“导入”之前不会修改任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="483"/>
        <source>未导入：{what}</source>
        <extracomment>Keep the placeholders {what} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="484"/>
        <source>注意：{what}</source>
        <extracomment>Keep the placeholders {what} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="502"/>
        <source>共{n}行：更新{a}，新建{b}，导入{o}，跳过{c}，错误{d}</source>
        <extracomment>Keep the placeholders {a} {b} {c} {d} {n} {o} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="504"/>
        <source>共{n}行：更新{a}，新建{b}，跳过{c}，错误{d}</source>
        <extracomment>Keep the placeholders {a} {b} {c} {d} {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="509"/>
        <source>。有错误的行不会导入，改正文件后可再导入一次。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../app/roster/importing.py" line="27"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="30"/>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="35"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="39"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="43"/>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="44"/>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="47"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="51"/>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="53"/>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="55"/>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="73"/>
        <source>已有单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="74"/>
        <source>别名匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="75"/>
        <source>新单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="76"/>
        <source>有错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="77"/>
        <source>采血排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="78"/>
        <source>可导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="113"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="114"/>
        <source>文件中的名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="116"/>
        <source>处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="118"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="147"/>
        <source>跳过（有错误）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="150"/>
        <source>更新“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="150"/>
        <location filename="../../ui/dialogs/import_preview.py" line="152"/>
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="152"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>新建单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>对应到“{name}”（相近）</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="165"/>
        <location filename="../../ui/dialogs/import_preview.py" line="172"/>
        <source>对应到“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="271"/>
        <source>名册中已有：{names}</source>
        <extracomment>Keep the placeholders {names} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="272"/>
        <source>名册中的名称：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>工作年度：</source>
        <translation>Working year:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>数据库：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Database: {path}</translation>
    </message>
</context>
<context>
    <name>NoticeElements</name>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="45"/>
        <source>版式与版头要素</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="48"/>
        <source>文件格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="49"/>
        <source>信函格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="50"/>
        <source>版式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="52"/>
        <source>如 000012，不编份号则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="54"/>
        <source>份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="58"/>
        <source>密级和保密期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="61"/>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="63"/>
        <source>上行文填写，多人用顿号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="64"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="66"/>
        <source>取消勾选的列不印在附件表格中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="68"/>
        <source>附件表格的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="110"/>
        <source>转发（印发）的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="112"/>
        <source>勾选后，这份文件排在本公文的成文日期之后、附件之前，另起一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="115"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="117"/>
        <source>每段一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="118"/>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="120"/>
        <source>署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/elements.py" line="124"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="152"/>
        <source>{year}年的公文草稿</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="163"/>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="200"/>
        <source>当前草稿有未保存的修改，放弃这些修改吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="200"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="242"/>
        <source>在左侧选择一份草稿，或点“新建”从指标或排期生成公文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="262"/>
        <source>点“生成并预览”查看版面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="319"/>
        <source>一级标题“一、”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="319"/>
        <source>三级标题“1.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="319"/>
        <source>二级标题“（一）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="319"/>
        <source>四级标题“（1）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="321"/>
        <source>{name}{n}个</source>
        <extracomment>Keep the placeholders {n} {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="326"/>
        <source>没有标题行；以“一、”“（一）”“1.”“（1）”开头的行按标题层级排版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="328"/>
        <source>每段一行，共{n}段；{detail}。</source>
        <extracomment>Keep the placeholders {detail} {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="351"/>
        <source>公文未生成：请先改正表单中标红的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="367"/>
        <location filename="../../ui/pages/notices/page.py" line="375"/>
        <source>新建公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="368"/>
        <source>{year}年没有献血计划，请先在“指标与排期”中建立计划。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="375"/>
        <source>这份公文用哪个献血计划：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="388"/>
        <source>已新建草稿：{title}</source>
        <extracomment>Keep the placeholders {title} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="396"/>
        <source>删除草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="396"/>
        <source>删除草稿“{title}”？此操作不能撤销。</source>
        <extracomment>Keep the placeholders {title} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="420"/>
        <source>草稿已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="430"/>
        <location filename="../../ui/pages/notices/view.py" line="278"/>
        <source>使用下一个发文序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="431"/>
        <source>将占用本单位的下一个发文序号，序号随之加一，并保存本草稿。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="444"/>
        <source>已占用发文字号 {number}，草稿已保存。</source>
        <extracomment>Keep the placeholders {number} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="466"/>
        <source>附件已按当前数据刷新：{tables}。保存草稿后生效。</source>
        <extracomment>Keep the placeholders {tables} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="476"/>
        <source>正在生成公文并排版预览……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="482"/>
        <source>已生成 {number}：{path}</source>
        <extracomment>Keep the placeholders {number} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="490"/>
        <source>本机未安装 LibreOffice，无法在程序内预览版面。
公文已生成，可点“打开”用 WPS 或 Word 查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="497"/>
        <source>预览失败：{problem}
公文已生成，可点“打开”用 WPS 或 Word 查看。</source>
        <extracomment>Keep the placeholders {problem} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="514"/>
        <source>没有找到能打开 .docx 的程序。文件在：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="522"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="522"/>
        <source>另存公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="532"/>
        <source>正在生成公文……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="536"/>
        <source>已另存 {number}：{path}</source>
        <extracomment>Keep the placeholders {number} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/page.py" line="538"/>
        <source>附件表格：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="113"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="199"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="204"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="218"/>
        <source>保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="220"/>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="222"/>
        <source>用WPS/Word打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="224"/>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="248"/>
        <source>发文机关标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="275"/>
        <source>号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="280"/>
        <source>占用本单位的下一个发文序号（序号随之加一）并保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="282"/>
        <source>发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="285"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="287"/>
        <source>主送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="303"/>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="310"/>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="310"/>
        <source>附件标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="317"/>
        <source>刷新数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="319"/>
        <source>按当前名册与指标重新生成附件表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="323"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="326"/>
        <source>发文机关署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="328"/>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="330"/>
        <source>可不填；如“联系人：×××，电话：××××”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="331"/>
        <source>附注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="333"/>
        <source>抄送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="335"/>
        <source>印发机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/notices/view.py" line="337"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/plans/records.py" line="19"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/records.py" line="20"/>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/records.py" line="21"/>
        <source>毫升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="43"/>
        <source>新建献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="43"/>
        <source>编辑献血计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="54"/>
        <source>如：2018年至2019年无偿献血工作计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="55"/>
        <source>计划名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="59"/>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="60"/>
        <source>计划所属年度：取该年度名册中的人口数和在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="61"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="71"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="74"/>
        <source>起止月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="79"/>
        <source>计量：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="84"/>
        <source>上级下达的全年目标；分配指标时默认按此合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="85"/>
        <source>目标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="88"/>
        <source>如：平政办发〔2017〕64号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="89"/>
        <source>文件依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="92"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="103"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="104"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="112"/>
        <location filename="../../ui/dialogs/plan_dialog.py" line="135"/>
        <location filename="../../ui/dialogs/plan_dialog.py" line="136"/>
        <source>{year}年无偿献血计划</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="162"/>
        <source>请填写计划名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="164"/>
        <source>结束月份早于开始月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialog.py" line="167"/>
        <source>年度 {year} 不在起止月份之内。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/plans/data.py" line="31"/>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="36"/>
        <source>{y}年{m}月</source>
        <extracomment>Keep the placeholders {m} {y} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="131"/>
        <source>{name}（{start}—{end}）</source>
        <extracomment>Keep the placeholders {end} {name} {start} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="187"/>
        <source>本计划还没有单位指标：可在“指标”页添加单位，或按上面的时间和采血点直接新增采血活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="192"/>
        <source>{start} 至 {end}</source>
        <extracomment>Keep the placeholders {end} {start} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="193"/>
        <source>计量：{m}</source>
        <extracomment>Keep the placeholders {m} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="194"/>
        <source>目标：{t}</source>
        <extracomment>Keep the placeholders {t} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="197"/>
        <source>依据：{doc}</source>
        <extracomment>Keep the placeholders {doc} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="291"/>
        <location filename="../../ui/pages/plans/view.py" line="101"/>
        <source>删除计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/page.py" line="292"/>
        <source>删除献血计划“{name}”及其 {n} 个单位的指标和全部时间安排？此操作不能撤销。</source>
        <extracomment>Keep the placeholders {n} {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="37"/>
        <source>{n} 个单位，其中锁定 {k} 个</source>
        <extracomment>Keep the placeholders {k} {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="40"/>
        <source>合计 {total}　目标 {target}（{measure}）</source>
        <extracomment>Keep the placeholders {measure} {target} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="47"/>
        <source>⚠ 合计与目标相差 {diff:+d}</source>
        <extracomment>Keep the placeholders {diff} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="86"/>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="89"/>
        <source>移除指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="90"/>
        <source>从本计划中移除 {n} 个单位的指标（{names}）？
单位本身仍在名册中。</source>
        <extracomment>Keep the placeholders {n} {names} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="114"/>
        <source>添加单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/quota_tab.py" line="115"/>
        <source>{year}年名册中没有单位“{name}”。请先在名册中添加。</source>
        <extracomment>Keep the placeholders {name} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="36"/>
        <source>{m}月</source>
        <extracomment>Keep the placeholders {m} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="94"/>
        <source>请先在左侧表格中选择要安排的单位（可按住 Ctrl 多选）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="99"/>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="137"/>
        <source>，采血点：{site}</source>
        <extracomment>Keep the placeholders {site} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="101"/>
        <source>已把 {n} 个单位安排在{when}{where}。</source>
        <extracomment>Keep the placeholders {n} {when} {where} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="110"/>
        <source>请先在左侧表格中选择要取消安排的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="113"/>
        <source>已取消 {n} 个单位的时间安排。</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="127"/>
        <source>请填写参与单位、对象，或先在左侧选择参加这次采血的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="138"/>
        <source>已新增采血活动：{when}{where}。</source>
        <extracomment>Keep the placeholders {when} {where} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="161"/>
        <location filename="../../ui/pages/plans/view.py" line="262"/>
        <source>删除采血活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/schedule_tab.py" line="162"/>
        <source>删除采血活动“{who}”？安排在这次活动的单位将变为未安排。</source>
        <extracomment>Keep the placeholders {who} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="35"/>
        <source>导入指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="35"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="50"/>
        <source>正在读取 {name}……</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="58"/>
        <location filename="../../ui/pages/plans/transfer.py" line="63"/>
        <location filename="../../ui/pages/plans/view.py" line="84"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="58"/>
        <location filename="../../ui/pages/plans/transfer.py" line="60"/>
        <location filename="../../ui/pages/plans/transfer.py" line="64"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="60"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="60"/>
        <location filename="../../ui/pages/plans/transfer.py" line="65"/>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="66"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="67"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="79"/>
        <source>导入指标表：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="90"/>
        <source>导入到哪个计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="92"/>
        <source>“{file}”：{n} 行，合计 {total}。导入到：</source>
        <extracomment>Keep the placeholders {file} {n} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="97"/>
        <source>请核对：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="99"/>
        <source>新建计划“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="104"/>
        <source>当前计划“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="106"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="128"/>
        <source>正在导入指标……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="132"/>
        <source>已导入 {n} 行，计划合计 {total}。</source>
        <extracomment>Keep the placeholders {n} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="135"/>
        <source>新建单位 {n} 个：{names}</source>
        <extracomment>Keep the placeholders {n} {names} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="140"/>
        <source>跳过 {n} 行。</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="143"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="149"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="149"/>
        <source>导出指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="159"/>
        <source>正在导出……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="162"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/transfer.py" line="162"/>
        <source>指标表已保存到：
{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="36"/>
        <source>整月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="37"/>
        <source>上旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="38"/>
        <source>中旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="39"/>
        <source>下旬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="40"/>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="75"/>
        <source>本年度还没有献血计划。点“新建计划…”填写，或点“导入指标表…”从 Excel 导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="85"/>
        <source>时间安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="91"/>
        <source>献血计划：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="97"/>
        <source>新建计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="99"/>
        <source>编辑计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="106"/>
        <source>导入指标表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="108"/>
        <source>从 Excel/CSV 指标表或排期表导入（平利、如皋、寿县格式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="109"/>
        <source>导出指标表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="111"/>
        <source>导出可直接打印的 Excel 指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="121"/>
        <source>分配指标…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="123"/>
        <source>按人口或在职人数把目标分解到各单位；锁定的指标保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="124"/>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="126"/>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="128"/>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="133"/>
        <source>添加单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="139"/>
        <source>输入单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="144"/>
        <source>指标 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="146"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="199"/>
        <source>选择单位（可多选，同一次采血活动可有多个单位）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="209"/>
        <source>安排时间与采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="222"/>
        <source>时间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="227"/>
        <source>可不填；可输入新的采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="228"/>
        <source>采血点：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="232"/>
        <source>如：安丰镇、众兴镇机关镇直单位干部职工（新增采血活动时填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="234"/>
        <source>参与单位、对象：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="236"/>
        <source>安排选中单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="239"/>
        <source>把选中的单位安排到上面的时间和采血点；同一时间和采血点的单位同场采血</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="241"/>
        <source>取消安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="243"/>
        <source>新增采血活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="245"/>
        <source>按上面的时间、采血点和参与对象新增一次采血活动，并安排选中的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans/view.py" line="260"/>
        <source>按月查看（全年指标单列，不计入各月）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <location filename="../../ui/models/quota_model.py" line="51"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="52"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="53"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="54"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="55"/>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="56"/>
        <location filename="../../ui/models/quota_model.py" line="229"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="57"/>
        <location filename="../../ui/models/quota_model.py" line="232"/>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="58"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="118"/>
        <source>锁定的指标在重新分配时保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="166"/>
        <location filename="../../ui/models/quota_model.py" line="288"/>
        <source>未安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="173"/>
        <source>隶属：{parent}</source>
        <extracomment>Keep the placeholders {parent} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="177"/>
        <source>双击修改；修改后视为手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="177"/>
        <source>已锁定：重新分配时保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="194"/>
        <source>手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="230"/>
        <source>单位 / 参与对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="231"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="275"/>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="276"/>
        <source>全年完成，不计入各月（{n} 个单位）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="288"/>
        <source>尚未安排时间（{n} 个单位）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="297"/>
        <source>计划期间全部指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="299"/>
        <source>（计量：{measure}）</source>
        <extracomment>Keep the placeholders {measure} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="300"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="332"/>
        <source>{n} 个单位</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="334"/>
        <source>{n} 次采血活动</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quota_model.py" line="335"/>
        <source>（未安排）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/roster_model.py" line="36"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="37"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="38"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="39"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="40"/>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="41"/>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="42"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="43"/>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="44"/>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="45"/>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="46"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="227"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="228"/>
        <source>无本年数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="235"/>
        <source>所属系统：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="237"/>
        <source>备注：{note}</source>
        <extracomment>Keep the placeholders {note} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/roster_model.py" line="240"/>
        <source>{year}年的人数和联系人还没有填写，可用“复制上年名册”带过来。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="123"/>
        <source>{year}年名册　共{n}个单位</source>
        <extracomment>Keep the placeholders {n} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="126"/>
        <source>（另有{n}个已归档）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="196"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="196"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="199"/>
        <source>把{prev}年各单位的人数和联系人复制到{year}年</source>
        <extracomment>Keep the placeholders {prev} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="237"/>
        <source>已保存“{name}”。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="237"/>
        <source>已新增“{name}”。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="253"/>
        <source>已归档“{name}”：它的历史记录保留，勾选“显示已归档”可以再看到它。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="258"/>
        <source>已恢复“{name}”。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="270"/>
        <source>删除单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="271"/>
        <source>删除“{name}”？删除后不能恢复。
有历史记录的单位请用“归档”。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="278"/>
        <source>已删除“{name}”。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="295"/>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="296"/>
        <source>{reason}

现在归档“{name}”吗？归档后它不再出现在名册中，历史记录保留。</source>
        <extracomment>Keep the placeholders {name} {reason} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="314"/>
        <source>复制上年名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="315"/>
        <source>{year}年已有{n}个单位填了人数或联系人。</source>
        <extracomment>Keep the placeholders {n} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="317"/>
        <source>用{source}年的数据覆盖它们，还是只给没有数据的单位补上？</source>
        <extracomment>Keep the placeholders {source} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="319"/>
        <source>覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="320"/>
        <source>只补缺少的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="321"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="332"/>
        <source>已把{source}年{n}个单位的人数和联系人复制到{year}年。</source>
        <extracomment>Keep the placeholders {n} {source} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="346"/>
        <source>导入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="348"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="361"/>
        <source>正在读取 {name}……</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="375"/>
        <source>导入名册：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="388"/>
        <source>已导入{year}年名册：新建{c}个单位，更新{u}个，跳过{s}行。</source>
        <extracomment>Keep the placeholders {c} {s} {u} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="396"/>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="404"/>
        <source>导出名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="405"/>
        <source>{year}年献血单位名册.xlsx</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="406"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="421"/>
        <source>正在导出……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/page.py" line="422"/>
        <source>已导出到：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="43"/>
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="44"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="45"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="46"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="48"/>
        <source>复制上年名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="50"/>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="51"/>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="52"/>
        <source>编辑选中的单位（也可双击）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="53"/>
        <source>归档的单位保留历史，但不再出现在名册和分配中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="54"/>
        <source>只能删除没有指标和献血记录的单位；其余请归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="65"/>
        <source>搜索：单位名称、别名或拼音首字母（如 cgz 找城关镇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster/view.py" line="67"/>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="36"/>
        <source>县（市、区）名</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="37"/>
        <source>发文机关标志</source>
        <translation>Issuing authority mark</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="38"/>
        <source>发文机关署名</source>
        <translation>Issuing authority signature</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="39"/>
        <source>发文字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="40"/>
        <source>下一个发文序号</source>
        <translation>Next document number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="41"/>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="42"/>
        <source>默认主送机关</source>
        <translation>Default addressees</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="43"/>
        <source>默认抄送机关</source>
        <translation>Default copies to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="44"/>
        <source>用血报销规则省份</source>
        <translation>Province of reimbursement rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="45"/>
        <source>本办名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="65"/>
        <source>工作年度</source>
        <translation>Working year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="70"/>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="71"/>
        <source>当前工作年度：</source>
        <translation>Current working year:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="74"/>
        <source>数据库与备份</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="81"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="82"/>
        <source>备份到文件…</source>
        <translation>Back up to file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="83"/>
        <source>用选中的备份恢复</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="84"/>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="85"/>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="92"/>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="92"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="92"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="101"/>
        <source>本单位信息（公文与表格使用）</source>
        <translation>Office details (used in documents and tables)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="113"/>
        <source>保存本单位信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="133"/>
        <source>当前数据库：{path}
自动备份文件夹：{dir}</source>
        <extracomment>Keep the placeholders {dir} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Current database: {path}
Automatic backup folder: {dir}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="177"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="183"/>
        <source>备份到文件</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="183"/>
        <location filename="../../ui/pages/settings/page.py" line="208"/>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="191"/>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="191"/>
        <source>已备份到：
{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="202"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="202"/>
        <source>请先在列表中选中一个备份。</source>
        <translation>Please select a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="208"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="217"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="218"/>
        <source>用备份“{name}”替换当前数据库？
当前数据库会先另存为一份备份。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Replace the current database with the backup “{name}”?
The current database is saved as a backup first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="237"/>
        <source>已从备份恢复：{name}</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Restored from backup: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="237"/>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="245"/>
        <source>正在恢复……</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="250"/>
        <source>打开或新建数据库</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="252"/>
        <source>献血办数据库 (*.db)</source>
        <translation>Xianxueban databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="270"/>
        <source>正在打开数据库……</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="64"/>
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="64"/>
        <source>编辑单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="75"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="78"/>
        <source>单位名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="81"/>
        <source>按名称自动判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="84"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="88"/>
        <source>（不属于任何系统）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="92"/>
        <source>所属系统：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="94"/>
        <source>其他文件里的叫法，用顿号或逗号分隔，如：县中医院、中医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="95"/>
        <source>别名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="98"/>
        <source>{year}年人数与联系人</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="105"/>
        <location filename="../../ui/dialogs/unit_dialog.py" line="113"/>
        <source>人口数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="106"/>
        <source>在职人数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="107"/>
        <source>总人数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="118"/>
        <location filename="../../ui/dialogs/unit_dialog.py" line="120"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="118"/>
        <source>联络员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="120"/>
        <source>分管负责人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="126"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="141"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="142"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="146"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="147"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="148"/>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="149"/>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="150"/>
        <location filename="../../ui/dialogs/unit_dialog.py" line="222"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="151"/>
        <location filename="../../ui/dialogs/unit_dialog.py" line="223"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="152"/>
        <location filename="../../ui/dialogs/unit_dialog.py" line="224"/>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="165"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="232"/>
        <source>请填写整数，不知道可以空着</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_dialog.py" line="234"/>
        <source>单位未保存：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <location filename="../../app/plans/allocation.py" line="109"/>
        <source>按人口分配必须给出合计指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="113"/>
        <source>未知的分配方法“{method}”：应为按人口或按在职人数</source>
        <extracomment>Keep the placeholders {method} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="129"/>
        <location filename="../../app/plans/allocation.py" line="135"/>
        <source>保底</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="129"/>
        <source>保底指标不能是负数（{floor}）</source>
        <extracomment>Keep the placeholders {floor} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="136"/>
        <source>保底指标 {floor} 不是取整步长 {step} 的整数倍</source>
        <extracomment>Keep the placeholders {floor} {step} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="143"/>
        <source>缺少人口数，无法按人口分配（可改为固定指标或锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="147"/>
        <source>人口数不能是负数（{n}）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="155"/>
        <location filename="../../app/plans/allocation.py" line="248"/>
        <source>最低指标无法满足：{n} 个单位每个至少 {floor}，共需 {need}，但扣除固定和锁定指标后只剩 {left}</source>
        <extracomment>Keep the placeholders {floor} {left} {n} {need} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="163"/>
        <source>剩余的 {left} 无法按人口分配：待分配单位的人口数都是 0</source>
        <extracomment>Keep the placeholders {left} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="169"/>
        <source>保底 {floor}（按人口 {pop} 人占比只应得 {ideal}）</source>
        <extracomment>Keep the placeholders {floor} {ideal} {pop} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="173"/>
        <source>按人口 {pop} 人占比分配，取整到 {step}</source>
        <extracomment>Keep the placeholders {pop} {step} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="175"/>
        <source>按人口 {pop} 人占比分配</source>
        <extracomment>Keep the placeholders {pop} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="196"/>
        <source>比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="197"/>
        <source>按在职人数分配的比例应在 0 到 1 之间（如 0.2 表示 20%），而不是 {rate}</source>
        <extracomment>Keep the placeholders {rate} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="204"/>
        <source>最少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="204"/>
        <source>每单位最少指标不能是负数（{m}）</source>
        <extracomment>Keep the placeholders {m} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="210"/>
        <source>缺少在职人数，无法按比例分配（可改为固定指标或锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="214"/>
        <source>在职人数不能是负数（{n}）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="227"/>
        <location filename="../../app/plans/allocation.py" line="262"/>
        <source>最少 {m}（在职 {staff} 人 × {pct} = {raw}）</source>
        <extracomment>Keep the placeholders {m} {pct} {raw} {staff} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="232"/>
        <source>在职 {staff} 人 × {pct} = {raw}</source>
        <extracomment>Keep the placeholders {pct} {raw} {staff} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="236"/>
        <location filename="../../app/plans/allocation.py" line="270"/>
        <source>，取整到 {step}</source>
        <extracomment>Keep the placeholders {step} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="238"/>
        <source>，四舍五入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="256"/>
        <source>剩余的 {left} 无法按在职人数分配：待分配单位的在职人数都是 0</source>
        <extracomment>Keep the placeholders {left} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="266"/>
        <source>按在职 {staff} 人占比分配（在职 × {pct} = {raw}，按合计 {total} 调整）</source>
        <extracomment>Keep the placeholders {pct} {raw} {staff} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="296"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="299"/>
        <source>合计指标必须大于 0（现在是 {total}）</source>
        <extracomment>Keep the placeholders {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="304"/>
        <source>取整步长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="304"/>
        <source>取整步长必须大于 0（现在是 {step}）</source>
        <extracomment>Keep the placeholders {step} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="312"/>
        <source>单位重复出现（编号 {key}）</source>
        <extracomment>Keep the placeholders {key} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="318"/>
        <source>锁定指标不能是负数（{n}）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="322"/>
        <source>固定指标里的单位不在名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="326"/>
        <source>名单中有 {n} 个同名单位，无法确定固定指标给谁</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="330"/>
        <source>固定指标不能是负数（{n}）</source>
        <extracomment>Keep the placeholders {n} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="336"/>
        <source>无法分配指标：参数有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="347"/>
        <source>固定指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="349"/>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="361"/>
        <source>固定和锁定指标之和 {held} 超过了合计 {total}</source>
        <extracomment>Keep the placeholders {held} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="365"/>
        <source>所有单位都是固定或锁定指标，合计 {held}，与合计指标 {total} 相差 {diff}</source>
        <extracomment>Keep the placeholders {diff} {held} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="371"/>
        <source>合计 {total} 扣除固定和锁定指标 {held} 后剩 {left}，不是取整步长 {step} 的整数倍，无法分完：请调整合计、固定指标或步长</source>
        <extracomment>Keep the placeholders {held} {left} {step} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/allocation.py" line="377"/>
        <source>合计 {total} 不是取整步长 {step} 的整数倍，无法分完：请调整合计或步长</source>
        <extracomment>Keep the placeholders {step} {total} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../ui/application.py" line="116"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="118"/>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="119"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="120"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="126"/>
        <source>打开或新建数据库</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="128"/>
        <source>献血办数据库 (*.db)</source>
        <translation>Xianxueban databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="137"/>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="137"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="143"/>
        <location filename="../../ui/application.py" line="145"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="159"/>
        <source>欢迎使用献血办</source>
        <translation>Welcome to Xianxueban</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>这是一个新的空数据库。
要载入演示数据（平利县2017年名册与无偿献血募集指标）吗？
以后可在“设置”中换用其他数据库。</source>
        <translation>This is a new, empty database.
Load the demo data (Pingli County's 2017 roster and voluntary blood donation quotas)?
You can switch to another database later under “Settings”.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="175"/>
        <source>上次运行异常退出</source>
        <translation>The last run ended abnormally</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="176"/>
        <source>程序上次运行时意外退出，未保存的操作可能没有完成。
错误报告已保存在：{path}
如反复出现，请把该文件发给维护人员。</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The program quit unexpectedly last time; unsaved work may not have been completed.
The error report was saved to: {path}
If it keeps happening, please send that file to the maintainer.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../app/database/backup.py" line="38"/>
        <source>找不到要备份的数据库：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database to back up was not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/backup.py" line="83"/>
        <source>找不到备份文件：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/backup.py" line="85"/>
        <source>备份文件已损坏或不是数据库：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The backup file is damaged or not a database: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/backup.py" line="89"/>
        <source>备份文件来自更新版本的程序（结构版本 {rev}），无法恢复。</source>
        <extracomment>Keep the placeholders {rev} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The backup comes from a newer version of the program (schema version {rev}) and cannot be restored.</translation>
    </message>
    <message>
        <source>无法写入备份文件 {path}：{err}</source>
        <extracomment>Keep the placeholders {err} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="vanished">Cannot write the backup file {path}: {err}</translation>
    </message>
    <message>
        <source>磁盘已满，备份未完成：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="vanished">The disk is full; the backup did not complete: {path}</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <location filename="../../app/database/upgrade.py" line="78"/>
        <source>找不到数据库文件：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="85"/>
        <source>无法创建数据文件夹：{path}（{err}）</source>
        <extracomment>Keep the placeholders {err} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Cannot create the data folder: {path} ({err})</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="88"/>
        <source>数据文件夹不可写：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The data folder is not writable: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="91"/>
        <source>所选路径是一个文件夹，不是数据库文件：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The chosen path is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="97"/>
        <source>没有读取数据库文件的权限：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>No permission to read the database file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="99"/>
        <source>文件不是本程序的数据库，或已损坏：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The file is not a database of this program, or it is damaged: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="102"/>
        <source>数据库文件或其所在文件夹是只读的，无法保存修改：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database file or its folder is read-only; changes cannot be saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="110"/>
        <source>数据库文件已损坏（完整性检查未通过）：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database file is damaged (integrity check failed): {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="125"/>
        <source>数据库正被另一个程序或窗口使用，请关闭后重试：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database is in use by another program or window. Close it and try again: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="128"/>
        <source>数据库文件是只读的：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database file is read-only: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="130"/>
        <source>磁盘已满，无法写入数据库：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The disk is full; the database cannot be written: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="132"/>
        <source>数据库文件已损坏：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The database file is damaged: {path}</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="165"/>
        <source>此数据库由更新版本的程序创建（结构版本 {rev}），本程序无法打开。请安装新版程序，或选择其他数据库文件。</source>
        <extracomment>Keep the placeholders {rev} unchanged: the program fills them in with str.format.</extracomment>
        <translation>This database was created by a newer version of the program (schema version {rev}) and cannot be opened. Install the new version, or choose another database file.</translation>
    </message>
    <message>
        <location filename="../../app/database/upgrade.py" line="182"/>
        <source>升级后外键检查未通过（{n}处），已撤销升级：{path}</source>
        <extracomment>Keep the placeholders {n} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The foreign key check failed after the upgrade ({n} problems); the upgrade was undone: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>程序遇到意外错误，这次操作没有完成，已做的修改已撤销。</source>
        <translation>The program ran into an unexpected error. This operation did not complete and its changes have been undone.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>错误已记录在日志中：{path}
如反复出现，请把该文件发给维护人员。</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>The error has been recorded in the log: {path}
If it keeps happening, please send that file to the maintainer.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../app/files.py" line="32"/>
        <source>磁盘空间不足，文件未写入：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="35"/>
        <source>无法写入 {path}：没有写入权限，或文件正在 WPS/Word/Excel 中打开，请关闭后重试。</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="40"/>
        <source>无法写入 {path}：{err}</source>
        <extracomment>Keep the placeholders {err} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation>Cannot write {path}: {err}</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="49"/>
        <source>未能生成 {path}：{err}。目标文件未改动，详情已记入日志。</source>
        <extracomment>Keep the placeholders {err} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="55"/>
        <source>未能生成 {path}：找不到程序所需的文件 {file}。目标文件未改动；程序可能安装不完整，请重新安装。</source>
        <extracomment>Keep the placeholders {file} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="60"/>
        <source>未能生成 {path}：读写 {file} 时出错（{err}）。目标文件未改动，详情已记入日志。</source>
        <extracomment>Keep the placeholders {err} {file} {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：文件可能正在 Excel 或 WPS 中打开，请关闭后重试</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="vanished">Cannot write {path}: the file may be open in Excel or WPS. Close it and try again</translation>
    </message>
    <message>
        <source>无法创建文件夹 {dir}：{err}</source>
        <extracomment>Keep the placeholders {dir} {err} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="vanished">Cannot create the folder {dir}: {err}</translation>
    </message>
    <message>
        <source>磁盘已满，文件未写入：{path}</source>
        <extracomment>Keep the placeholders {path} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="vanished">The disk is full; the file was not written: {path}</translation>
    </message>
</context>
<context>
    <name>idcard</name>
    <message>
        <location filename="../../app/donations/idcard.py" line="84"/>
        <source>旧身份证号应为15位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="94"/>
        <source>身份证号中的出生日期“{digits}”不存在（第7–14位）</source>
        <extracomment>Keep the placeholders {digits} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="98"/>
        <source>身份证号中的出生日期“{digits}”早于1900年，应是抄错了</source>
        <extracomment>Keep the placeholders {digits} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="102"/>
        <source>身份证号中的出生日期“{digits}”在今天之后，应是抄错了</source>
        <extracomment>Keep the placeholders {digits} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="119"/>
        <source>身份证号不能是“{value}”</source>
        <extracomment>Keep the placeholders {value} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="123"/>
        <source>缺少身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="126"/>
        <source>身份证号“{text}”在 Excel 中被存成了数字，后几位已丢失：请把这一列设为“文本”格式后重新导出或重新录入</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="133"/>
        <source>身份证号“{text}”是 Excel 的科学计数法，后几位已丢失：请把这一列设为“文本”格式</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="140"/>
        <source>身份证号“{text}”含有不应出现的字符“{chars}”</source>
        <extracomment>Keep the placeholders {chars} {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="146"/>
        <source>15位旧身份证号“{text}”只能是数字</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="152"/>
        <source>身份证号应为18位（或旧的15位），“{text}”是{n}位</source>
        <extracomment>Keep the placeholders {n} {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="156"/>
        <source>身份证号“{text}”只有最后一位可以是 X</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/donations/idcard.py" line="162"/>
        <source>身份证号“{text}”校验码不对：按前17位，第18位应为“{expected}”，这里是“{actual}”，可能有一位数字抄错了</source>
        <extracomment>Keep the placeholders {actual} {expected} {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../app/roster/kinds.py" line="11"/>
        <source>镇/街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="12"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="13"/>
        <source>医院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="14"/>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="15"/>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="16"/>
        <source>部队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="17"/>
        <source>区县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="18"/>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/kinds.py" line="19"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../app/notices/checks.py" line="23"/>
        <source>发文机关标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="24"/>
        <source>发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="25"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="26"/>
        <source>主送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="27"/>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="28"/>
        <location filename="../../app/notices/output.py" line="119"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="29"/>
        <source>发文机关署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="30"/>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="31"/>
        <source>附注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="32"/>
        <source>抄送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="33"/>
        <source>印发机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="34"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="35"/>
        <source>份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="36"/>
        <source>密级和保密期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="37"/>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="38"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="39"/>
        <source>版式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="40"/>
        <source>转发（印发）文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="68"/>
        <source>发文字号的机关代字不能为空，如“平政办发”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="70"/>
        <source>发文字号的机关代字中不能有空格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="72"/>
        <source>发文字号的年份应为四位年份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="74"/>
        <source>发文序号应为从1开始的整数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/checks.py" line="86"/>
        <source>公文未生成，请先修改以下内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/drafts.py" line="302"/>
        <location filename="../../app/notices/drafts.py" line="333"/>
        <source>找不到该公文草稿（编号 {id}），可能已被删除。</source>
        <extracomment>Keep the placeholders {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/drafts.py" line="340"/>
        <source>公文草稿（编号 {id}）的内容已损坏，无法打开：{err}</source>
        <extracomment>Keep the placeholders {err} {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="87"/>
        <source>公文文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="87"/>
        <source>文件名应以 .docx 结尾：{p}</source>
        <extracomment>Keep the placeholders {p} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="92"/>
        <source>文件名应以 .xlsx 结尾：{p}</source>
        <extracomment>Keep the placeholders {p} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="92"/>
        <location filename="../../app/notices/output.py" line="95"/>
        <source>表格文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="95"/>
        <source>不能与公文文件同名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="97"/>
        <location filename="../../app/notices/output.py" line="118"/>
        <source>公文未生成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/output.py" line="119"/>
        <source>没有附件表格，无法另存 Excel 表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/tables.py" line="58"/>
        <source>不认识的附件表格类型“{source}”。</source>
        <extracomment>Keep the placeholders {source} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/tables.py" line="141"/>
        <source>献血计划“{name}”还没有分配指标，无法生成指标表。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/tables.py" line="218"/>
        <source>献血计划“{name}”还没有分配指标，无法生成计划分解表。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/tables.py" line="280"/>
        <source>献血计划“{name}”还没有排期，无法生成时间安排表。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="342"/>
        <source>指标通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="343"/>
        <source>印发计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="344"/>
        <source>转发通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="345"/>
        <source>函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="356"/>
        <source>不认识的公文类型“{kind}”，可选：{known}</source>
        <extracomment>Keep the placeholders {kind} {known} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/notices/templates.py" line="371"/>
        <source>这份草稿没有关联献血计划，无法刷新附件数据。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="43"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="44"/>
        <source>指标与排期</source>
        <translation>Quotas &amp; Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="45"/>
        <source>公文</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>plan_io</name>
    <message>
        <location filename="../../app/plans/exporting.py" line="25"/>
        <source>“{name}”还没有任何指标。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="30"/>
        <location filename="../../app/plans/importing.py" line="199"/>
        <location filename="../../app/plans/importing.py" line="211"/>
        <location filename="../../app/plans/importing.py" line="259"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="30"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="32"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="34"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="36"/>
        <source>指标（{m}）</source>
        <extracomment>Keep the placeholders {m} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="39"/>
        <location filename="../../app/plans/importing.py" line="207"/>
        <location filename="../../app/plans/importing.py" line="285"/>
        <location filename="../../app/plans/importing.py" line="287"/>
        <location filename="../../app/plans/importing.py" line="326"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="41"/>
        <source>采血点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/exporting.py" line="55"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="156"/>
        <source>{year}年无偿献血计划</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="160"/>
        <source>表头写的是{hint}年，将导入为{year}年的计划</source>
        <extracomment>Keep the placeholders {hint} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="189"/>
        <source>{label}合计写的是{stated}，但各单位相加是{got}</source>
        <extracomment>Keep the placeholders {got} {label} {stated} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="211"/>
        <source>与第{row}行重复</source>
        <extracomment>Keep the placeholders {row} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="232"/>
        <location filename="../../app/plans/importing.py" line="237"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="237"/>
        <source>月份一栏应写某月，全年指标请写在单位后加“（全年）”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="244"/>
        <source>单位及计划数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="244"/>
        <source>没有读出任何“单位+数量”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="260"/>
        <source>“{name}”在第{row}行已出现</source>
        <extracomment>Keep the placeholders {name} {row} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="287"/>
        <location filename="../../app/plans/importing.py" line="290"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="290"/>
        <source>参与献血单位、对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="316"/>
        <source>{a}年{b}月至{c}年{d}月无偿献血时间安排</source>
        <extracomment>Keep the placeholders {a} {b} {c} {d} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="327"/>
        <source>“{label}”不在{year}年内</source>
        <extracomment>Keep the placeholders {label} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="349"/>
        <source>指标表未导入，请先改正文件中的问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="361"/>
        <source>由 {file} 导入</source>
        <extracomment>Keep the placeholders {file} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="368"/>
        <source>找不到该献血计划（编号 {id}）</source>
        <extracomment>Keep the placeholders {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/importing.py" line="394"/>
        <source>导入自 {file} 第{row}行</source>
        <extracomment>Keep the placeholders {file} {row} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../app/plans/plans.py" line="41"/>
        <source>{year}年没有献血计划，请先在“指标与排期”中建立计划。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="45"/>
        <source>{year}年有多个献血计划，请指定其中一个：{names}</source>
        <extracomment>Keep the placeholders {names} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="55"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="55"/>
        <source>计划名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="57"/>
        <source>结束日期早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="57"/>
        <source>起止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="59"/>
        <source>未知计量“{m}”</source>
        <extracomment>Keep the placeholders {m} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="59"/>
        <source>计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="61"/>
        <location filename="../../app/plans/quotas.py" line="90"/>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="61"/>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/plans.py" line="63"/>
        <source>计划未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/quotas.py" line="90"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/quotas.py" line="90"/>
        <source>指标未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/quotas.py" line="96"/>
        <source>找不到该单位（编号 {id}）</source>
        <extracomment>Keep the placeholders {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/quotas.py" line="101"/>
        <source>手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/records.py" line="141"/>
        <source>找不到该献血计划（编号 {id}）</source>
        <extracomment>Keep the placeholders {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/schedule.py" line="75"/>
        <source>时间“{label}”不在计划期间（{start} 至 {end}）内。</source>
        <extracomment>Keep the placeholders {end} {label} {start} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quota_split</name>
    <message>
        <location filename="../../app/plans/split.py" line="64"/>
        <source>名册中没有单位“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/split.py" line="64"/>
        <source>固定指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/split.py" line="69"/>
        <source>无法分配：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/split.py" line="94"/>
        <source>{year}年名册中没有可参与分配的单位（缺少{what}）。</source>
        <extracomment>Keep the placeholders {what} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/split.py" line="95"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/split.py" line="95"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../app/roster/units.py" line="110"/>
        <location filename="../../app/roster/units.py" line="227"/>
        <location filename="../../app/roster/units.py" line="244"/>
        <location filename="../../app/roster/units.py" line="254"/>
        <source>找不到该单位（编号 {id}）</source>
        <extracomment>Keep the placeholders {id} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="136"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="136"/>
        <location filename="../../app/roster/units.py" line="143"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="144"/>
        <source>“{name}”已被“{other}”使用</source>
        <extracomment>Keep the placeholders {name} {other} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="148"/>
        <source>未知类别“{kind}”</source>
        <extracomment>Keep the placeholders {kind} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="148"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="150"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="151"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="152"/>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="156"/>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="166"/>
        <source>别名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="167"/>
        <source>“{alias}”已是“{other}”的名称或别名</source>
        <extracomment>Keep the placeholders {alias} {other} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="174"/>
        <source>不能归属于自己或自己的下级单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="174"/>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="212"/>
        <location filename="../../app/roster/units.py" line="230"/>
        <source>单位未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="260"/>
        <source>“{name}”已有指标、献血记录或下级单位，不能删除，只能归档。</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="273"/>
        <source>源年度与目标年度相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/units.py" line="279"/>
        <source>{year}年没有名册数据可复制。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster_io</name>
    <message>
        <location filename="../../app/roster/exporting.py" line="18"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="19"/>
        <location filename="../../app/roster/importing.py" line="141"/>
        <location filename="../../app/roster/importing.py" line="146"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="20"/>
        <location filename="../../app/roster/importing.py" line="123"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="21"/>
        <location filename="../../app/roster/importing.py" line="134"/>
        <source>所属系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="22"/>
        <source>人口数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="23"/>
        <source>在职人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="24"/>
        <source>总人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="25"/>
        <source>联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="26"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="27"/>
        <source>分管负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="28"/>
        <source>负责人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="41"/>
        <source>{year}年名册中没有单位，无可导出。</source>
        <extracomment>Keep the placeholders {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="61"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/exporting.py" line="76"/>
        <source>{county}{year}年献血单位名册</source>
        <extracomment>Keep the placeholders {county} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="124"/>
        <source>未知类别“{kind}”，可填：{all}</source>
        <extracomment>Keep the placeholders {all} {kind} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="135"/>
        <source>名册和本文件中都没有“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="141"/>
        <source>与第{row}行重复</source>
        <extracomment>Keep the placeholders {row} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="151"/>
        <source>表头写的是{hint}年，将导入为{year}年的名册</source>
        <extracomment>Keep the placeholders {hint} {year} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/importing.py" line="173"/>
        <source>名册未导入，请先改正文件中的问题：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slots</name>
    <message>
        <location filename="../../app/plans/slots.py" line="97"/>
        <source>“{slot}”没有年份，无法换算成日期</source>
        <extracomment>Keep the placeholders {slot} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/slots.py" line="132"/>
        <source>无法识别的时间“{text}”：可写作“3月”“2018年6月”“3月上旬”或“全年”</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plans/slots.py" line="253"/>
        <source>“{piece}”没有写计划数：应写成“单位名称+数字”，如“组织部7”</source>
        <extracomment>Keep the placeholders {piece} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../app/tabular/cells.py" line="60"/>
        <source>不能是负数（{value}）</source>
        <extracomment>Keep the placeholders {value} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/cells.py" line="62"/>
        <source>应为整数，而不是 {value}</source>
        <extracomment>Keep the placeholders {value} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/cells.py" line="103"/>
        <location filename="../../app/tabular/cells.py" line="109"/>
        <location filename="../../app/tabular/cells.py" line="118"/>
        <source>“{text}”不是数字</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/cells.py" line="149"/>
        <location filename="../../app/tabular/cells.py" line="158"/>
        <source>“{text}”不是日期</source>
        <extracomment>Keep the placeholders {text} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="129"/>
        <source>合计行写的是 {stated}，但各行相加是 {summed}</source>
        <extracomment>Keep the placeholders {stated} {summed} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="281"/>
        <source>（没有找到表头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="286"/>
        <source>“{source}”中找不到{labels}列。找到的表头：{found}</source>
        <extracomment>Keep the placeholders {found} {labels} {source} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="293"/>
        <source>找不到这一列（可写作：{names}）</source>
        <extracomment>Keep the placeholders {names} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="389"/>
        <location filename="../../app/tabular/finding.py" line="414"/>
        <location filename="../../app/tabular/finding.py" line="423"/>
        <source>表后说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="392"/>
        <source>重复的表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="395"/>
        <source>重复的标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="402"/>
        <source>小计行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="406"/>
        <source>合计行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="419"/>
        <source>分组标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/finding.py" line="461"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="62"/>
        <source>找不到文件“{name}”</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="64"/>
        <source>“{name}”是文件夹，不是表格文件</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="67"/>
        <source>没有权限读取“{name}”：如果它正在 Excel 或 WPS 中打开，请先关闭</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="71"/>
        <source>无法读取“{name}”：{reason}</source>
        <extracomment>Keep the placeholders {name} {reason} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="74"/>
        <source>文件“{name}”是空的</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="83"/>
        <source>不支持的文件类型“{suffix}”（{name}）：请使用 Excel 表格（.xlsx/.xls）或 CSV 文件</source>
        <extracomment>Keep the placeholders {name} {suffix} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="85"/>
        <source>无扩展名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="88"/>
        <source>文件“{name}”里没有任何数据</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="101"/>
        <source>“{name}”其实是网页（HTML）格式，不是真正的 Excel 文件：请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（.xlsx）”后再导入</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="111"/>
        <source>“{name}”不是 Excel 文件（可能只是改了扩展名），或文件已损坏</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="120"/>
        <location filename="../../app/tabular/reading.py" line="122"/>
        <source>“{name}”已损坏，无法作为 Excel 文件打开</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="141"/>
        <source>“{name}”设置了打开密码：请在 Excel 或 WPS 中取消密码并保存后再导入</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="199"/>
        <source>无法识别“{name}”的文字编码：请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿后再导入</source>
        <extracomment>Keep the placeholders {name} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular/reading.py" line="236"/>
        <source>“{name}”第{line}行格式有误：{reason}</source>
        <extracomment>Keep the placeholders {line} {name} {reason} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="35"/>
        <source>操作已取消，未做任何修改。</source>
        <translation>The operation was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="179"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="181"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="195"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>unit_matching</name>
    <message>
        <location filename="../../app/roster/matching.py" line="104"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roster/matching.py" line="167"/>
        <source>第{row}行“{name}”选择了对应到已有单位，但没有选定单位</source>
        <extracomment>Keep the placeholders {name} {row} unchanged: the program fills them in with str.format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
