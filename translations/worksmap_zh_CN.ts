<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wm::AttributeTableDock</name>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="68" />
        <location filename="../src/app/attribute_table_dock.cpp" line="238" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="84" />
        <source>Search all columns</source>
        <translation>在所有列中搜索</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="86" />
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="99" />
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="104" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="105" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="107" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="109" />
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="138" />
        <source>Zoom to selection</source>
        <translation>缩放至所选</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="140" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="222" />
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="237" />
        <source>Attribute table — %1</source>
        <translation>属性表 —— %1</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="392" />
        <source>No layer with features</source>
        <translation>没有含要素的图层</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="393" />
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="399" />
        <source>%L1 features, %L2 shown, %L3 selected</source>
        <translation>共 %L1 个要素，显示 %L2 个，已选 %L3 个</translation>
    </message>
</context>
<context>
    <name>wm::AttributeTableModel</name>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="76" />
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="76" />
        <source>false</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="141" />
        <source>Column %1, type %2</source>
        <translation>列 %1，类型 %2</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="143" />
        <source>Role field %1: %2</source>
        <translation>角色字段 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="145" />
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
</context>
<context>
    <name>wm::ChartDock</name>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="20" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="27" />
        <source>Values per unit</source>
        <translation>各单位数值</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="28" />
        <source>Ranking (top and bottom)</source>
        <translation>排名（前列与后列）</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="29" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="37" />
        <source>Click a bar to select the unit on the map</source>
        <translation>点击柱条，在地图上选中该单位</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="77" />
        <source>Run a check and choose a rule in the coverage panel to see its chart.</source>
        <translation>请在覆盖检查面板中运行检查并选择一条规则，以查看其图表。</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="118" />
        <location filename="../src/app/chart_dock.cpp" line="125" />
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="119" />
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="126" />
        <source>Could not export the chart: %1</source>
        <translation>无法导出图表：%1</translation>
    </message>
</context>
<context>
    <name>wm::CoveragePanel</name>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="38" />
        <source>rules file (*.json)</source>
        <translation>规则文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="39" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="40" />
        <source>Choose a rules file</source>
        <translation>选择规则文件</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="42" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="49" />
        <source>Counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="50" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="51" />
        <source>New Rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="52" />
        <source>Save Rules…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="53" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="55" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="98" />
        <source>Map Values</source>
        <translation>按数值制图</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="99" />
        <source>Colour the units by this rule's value (choropleth)</source>
        <translation>按本规则的数值为各单元着色（分级设色图）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="100" />
        <source>Map Pass/Fail</source>
        <translation>按达标制图</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="101" />
        <source>Save as Layer…</source>
        <translation>另存为图层…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="102" />
        <source>Write the units with every rule's value to a GeoPackage and add it to the project</source>
        <translation>将各单元及全部规则的数值写入 GeoPackage 并添加到项目</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="184" />
        <source>Coverage Check</source>
        <translation>覆盖检查</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="193" />
        <source>Choose a rules file, or build a rule with "New Rule…".</source>
        <translation>请选择规则文件，或用“新建规则…”建立规则。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="253" />
        <source>Rules File</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="254" />
        <source>Rules (*.json);;All files (*)</source>
        <translation>规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="282" />
        <source>Save Rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="283" />
        <source>Rules (*.json)</source>
        <translation>规则 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="349" />
        <source>Coverage check cancelled.</source>
        <translation>覆盖检查已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="365" />
        <source>%1 — %n unit(s) failing</source>
        <translation>
            <numerusform>%1 —— %n 个单元未达标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="366" />
        <source>%1 — all pass</source>
        <translation>%1 —— 全部达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="372" />
        <source>%1 of %2 rules fail in at least one unit.</source>
        <translation>%2 条规则中有 %1 条在至少一个单元未达标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="424" />
        <source>%n unit(s) failing</source>
        <translation>
            <numerusform>%n 个单元未达标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="432" />
        <source>top: %1</source>
        <translation>前列：%1</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="433" />
        <source>bottom: %1</source>
        <translation>后列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="435" />
        <source>%n unit(s) without a task</source>
        <translation>
            <numerusform>%n 个单元无任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="496" />
        <source>Township units have no polygons to colour; map the county level.</source>
        <translation>乡镇单元没有面图形可着色，请在县级制图。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="503" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="504" />
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="505" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="513" />
        <source>Coverage: %1 (not saved)</source>
        <translation>覆盖：%1（未保存）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="515" />
        <location filename="../src/app/coverage_panel.cpp" line="574" />
        <source>Coverage: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="539" />
        <source>Run a county-level check first.</source>
        <translation>请先运行县级检查。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="555" />
        <source>%1 is a source of layer "%2"; choose another file.</source>
        <translation>%1 是图层“%2”的数据源，请另选文件。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="576" />
        <source>Saved the coverage results to %1.</source>
        <translation>覆盖结果已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="586" />
        <source>Save Coverage Results</source>
        <translation>保存覆盖结果</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="587" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>wm::CoverageResultsModel</name>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="58" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="60" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="62" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="64" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="66" />
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="68" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="70" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="121" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="121" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="121" />
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="159" />
        <source>Changed while editing: %1. Run the check again to update every rule.</source>
        <translation>编辑后已变化：%1。请重新运行检查以更新全部规则。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="160" />
        <source>passes</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>wm::EditController</name>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="71" />
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="72" />
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="75" />
        <source>&amp;Edit Current Layer</source>
        <translation>编辑当前图层(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="78" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="98" />
        <source>Add &amp;Point</source>
        <translation>添加点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="99" />
        <source>Draw &amp;Line</source>
        <translation>绘制线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="100" />
        <source>&amp;Move Feature</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="101" />
        <source>Edit &amp;Vertices</source>
        <translation>编辑节点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="116" />
        <source>Feature &amp;Attributes…</source>
        <translation>要素属性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="118" />
        <source>&amp;Delete Selected Features</source>
        <translation>删除所选要素(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="123" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="126" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="133" />
        <source>&amp;Save Edits</source>
        <translation>保存编辑(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="134" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="137" />
        <source>Discard Edits…</source>
        <translation>放弃编辑…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="140" />
        <source>Suggest &amp;Sites…</source>
        <translation>推荐选址(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="144" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="147" />
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="148" />
        <source>Scenario only</source>
        <translation>仅方案</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="149" />
        <source>Current + scenario</source>
        <translation>现状＋方案</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="152" />
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="157" />
        <source>The plan new features belong to and the map and checks show</source>
        <translation>新要素所属的规划方案，地图与核查按此方案显示</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="158" />
        <source>none (current state)</source>
        <translation>无（现状）</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="197" />
        <location filename="../src/app/edit_controller.cpp" line="206" />
        <location filename="../src/app/edit_controller.cpp" line="215" />
        <location filename="../src/app/edit_controller.cpp" line="233" />
        <location filename="../src/app/edit_controller.cpp" line="243" />
        <source>Edit Layer</source>
        <translation>编辑图层</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="198" />
        <source>Choose a works layer in the layer list first.</source>
        <translation>请先在图层列表中选择一个工程图层。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="207" />
        <source>Only point and line layers of works (facilities, parking, pipes) can be edited; "%1" is not one.</source>
        <translation>只能编辑工程类（设施、停车、管网）的点、线图层；“%1”不是此类图层。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="216" />
        <source>Save the project first: edited layers are kept in a GeoPackage beside the project file.</source>
        <translation>请先保存项目：编辑的图层保存在项目文件旁的 GeoPackage 中。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="234" />
        <source>"%1" was copied into the project's works GeoPackage
%2
and will be edited there (%3 features; fields added: %4). Your file
%5
is not changed.

Save the project to keep the new source.</source>
        <translation>“%1”已复制到项目的工程 GeoPackage
%2
并将在其中编辑（%3 个要素；新增字段：%4）。您的原文件
%5
未被修改。

请保存项目以记住新的数据源。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="239" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="266" />
        <source>Editing %1</source>
        <translation>正在编辑 %1</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="298" />
        <source>Add feature</source>
        <translation>添加要素</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="352" />
        <source>Select the features to delete first (Select tool).</source>
        <translation>请先用选择工具选中要删除的要素。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="356" />
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>删除 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="365" />
        <source>Select a feature of the edited layer first.</source>
        <translation>请先选中正在编辑图层中的要素。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="374" />
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="381" />
        <source>Saved: %1 added, %2 changed, %3 deleted.</source>
        <translation>已保存：新增 %1，修改 %2，删除 %3。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="388" />
        <source>Save Edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="389" />
        <source>The edits could not be saved; the file is unchanged and every edit is still here.

%1</source>
        <translation>编辑未能保存；文件未改变，所有编辑仍保留。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="398" />
        <source>Discard Edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="398" />
        <source>Drop every unsaved edit?</source>
        <translation>放弃所有未保存的编辑？</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="422" />
        <source>Unsaved Edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="423" />
        <source>Save the edits (%1 added, %2 changed, %3 deleted)?</source>
        <translation>保存编辑（新增 %1，修改 %2，删除 %3）？</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="460" />
        <source>Add %n suggested site(s)</source>
        <translation>
            <numerusform>添加 %n 个推荐选址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="462" />
        <source>%n suggested site(s) added to scenario "%1"; move or delete them, then Save Edits.</source>
        <translation>
            <numerusform>已将 %n 个推荐选址加入方案“%1”；可移动或删除，然后保存编辑。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::EditTool</name>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="172" />
        <source>Remove vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="242" />
        <source>Move vertex</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="242" />
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="271" />
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
</context>
<context>
    <name>wm::ExportDialog</name>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="44" />
        <location filename="../src/app/export_dialog.cpp" line="296" />
        <location filename="../src/app/export_dialog.cpp" line="309" />
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="53" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="54" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="57" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="62" />
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="63" />
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="64" />
        <source>Atlas: one page per unit of</source>
        <translation>图集：每个单元一页，单元取自</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="92" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="97" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="98" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="99" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="100" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="101" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="102" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="103" />
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="105" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="107" />
        <source>PDF and SVG stay vector (fonts embedded); PNG and JPEG are drawn at the resolution above. An atlas to a .pdf is one document; to a folder, one file per unit.</source>
        <translation>PDF 和 SVG 为矢量格式（嵌入字体）；PNG 和 JPEG 按上面的分辨率绘制。图集输出为 .pdf 时合为一个文件，输出到文件夹时每个单元一个文件。</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="119" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="297" />
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png);;JPEG 图像 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="315" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="343" />
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>wm::FeatureForm</name>
    <message>
        <location filename="../src/app/feature_form.cpp" line="91" />
        <source>Feature attributes — %1</source>
        <translation>要素属性 — %1</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="124" />
        <location filename="../src/app/feature_form.cpp" line="220" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="128" />
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="135" />
        <source>Column "%1"; required</source>
        <translation>字段“%1”；必填</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="136" />
        <source>Column "%1"</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="148" />
        <source>Other columns</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="190" />
        <source>Current (no scenario)</source>
        <translation>现状（无方案）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="205" />
        <source>Empty for what exists or is under way; a plan's name for a proposed feature.</source>
        <translation>现状或在建为空；拟建项目填写方案名称。</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="225" />
        <source>%1 (not in the role's list)</source>
        <translation>%1（不在类别列表中）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="255" />
        <location filename="../src/app/feature_form.cpp" line="262" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="305" />
        <source>%1 is required: it cannot be empty.</source>
        <translation>%1 为必填项，不能为空。</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="312" />
        <source>%1: "%2" is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>wm::IdentifyPanel</name>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="18" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="18" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="48" />
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="60" />
        <source>Nothing here</source>
        <translation>此处无要素</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="63" />
        <source>… and %1 more</source>
        <translation>…… 另有 %1 个</translation>
    </message>
</context>
<context>
    <name>wm::ImportWizard</name>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="60" />
        <location filename="../src/app/import_wizard.cpp" line="365" />
        <source>Import a Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="74" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="75" />
        <source>The list to import (CSV, TSV, XLSX, XLS or ODS) and what its rows are.</source>
        <translation>要导入的名单（CSV、TSV、XLSX、XLS 或 ODS）及其各行的类型。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="78" />
        <location filename="../src/app/import_wizard.cpp" line="157" />
        <location filename="../src/app/import_wizard.cpp" line="213" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="89" />
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="95" />
        <source>Sheet of a workbook; empty: the first</source>
        <translation>工作簿中的工作表；留空为第一个</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="103" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="104" />
        <source>Rows are:</source>
        <translation>各行为：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="105" />
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="106" />
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="125" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="126" />
        <source>Which column holds each field, how coordinates are written, and the division table used to match names to codes.</source>
        <translation>各字段所在的列、坐标的写法，以及用于将名称匹配为区划代码的区划表。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="139" />
        <source>CGCS2000 longitude/latitude</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="140" />
        <source>WGS84 longitude/latitude (GPS)</source>
        <translation>WGS84 经纬度（GPS）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="141" />
        <source>GCJ-02 (picked on Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯地图拾取）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="142" />
        <source>BD-09 (picked on Baidu Maps)</source>
        <translation>BD-09（百度地图拾取）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="143" />
        <source>Gauss-Krüger x/y, CGCS2000</source>
        <translation>高斯-克吕格 x/y，CGCS2000</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="144" />
        <source>Gauss-Krüger x/y, Xian 1980</source>
        <translation>高斯-克吕格 x/y，西安 1980</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="145" />
        <source>Gauss-Krüger x/y, Beijing 1954</source>
        <translation>高斯-克吕格 x/y，北京 1954</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="150" />
        <source>cgcs2000, wgs84, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n</source>
        <translation>cgcs2000、wgs84、gcj02、bd09、gk、gk-xian80、gk-beijing54 或 EPSG:n</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="161" />
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="162" />
        <source>Longitude / x column:</source>
        <translation>经度 / x 列：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="163" />
        <source>Latitude / y column:</source>
        <translation>纬度 / y 列：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="164" />
        <source>Division table:</source>
        <translation>区划表：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="186" />
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="187" />
        <source>Every row is on the map, matched by name, rejected or excluded. Choose the right division for names the table could not settle.</source>
        <translation>每一行或上图、或按名称匹配、或被拒绝、或被排除。对区划表无法确定的名称，请选择正确的区划。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="195" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="195" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="195" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="195" />
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="195" />
        <source>Division</source>
        <translation>区划</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="207" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="208" />
        <source>The rows are written to a GeoPackage (CGCS2000 longitude/latitude) and added to the project; the rejected rows to a CSV beside it.</source>
        <translation>各行写入 GeoPackage（CGCS2000 经纬度）并添加到项目；被拒绝的行写入旁边的 CSV。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="216" />
        <source>Layer file:</source>
        <translation>图层文件：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="366" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="374" />
        <source>Division Table</source>
        <translation>区划表</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="374" />
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="381" />
        <source>Layer File</source>
        <translation>图层文件</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="382" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="397" />
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="452" />
        <source>Header on row %1; %2 rows below it.</source>
        <translation>表头在第 %1 行；其下共 %2 行。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="455" />
        <source>Encoding %1 (detected).</source>
        <translation>编码 %1（自动识别）。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="456" />
        <source>Encoding %1.</source>
        <translation>编码 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="470" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="522" />
        <location filename="../src/app/import_wizard.cpp" line="576" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="542" />
        <source>Choose a table to import.</source>
        <translation>请选择要导入的表格。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="549" />
        <source>"%1": use wgs84, cgcs2000, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n</source>
        <translation>“%1”：请使用 wgs84、cgcs2000、gcj02、bd09、gk、gk-xian80、gk-beijing54 或 EPSG:n</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="556" />
        <source>Nothing was read.</source>
        <translation>未读取到内容。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="591" />
        <source>Choose what the rows are.</source>
        <translation>请选择各行的类型。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="594" />
        <source>Unknown coordinate system "%1".</source>
        <translation>未知坐标系“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="659" />
        <source>fuzzy</source>
        <translation>近似</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="660" />
        <source>ambiguous</source>
        <translation>歧义</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="661" />
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="663" />
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="671" />
        <source>(choose a division)</source>
        <translation>（请选择区划）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="692" />
        <source>%1 rows read from %2: %3 on the map, %4 matched by name, %5 rejected, %6 excluded (totals, blank rows) = %7 %8</source>
        <translation>从 %2 读取 %1 行：上图 %3 行，按名称匹配 %4 行，拒绝 %5 行，排除 %6 行（合计行、空行）= %7 %8</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="701" />
        <source>(all rows accounted for)</source>
        <translation>（所有行均已计入）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="702" />
        <source>(does not add up: please report)</source>
        <translation>（合计不符：请报告此问题）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="709" />
        <source>Open a project first: the imported layer is added to it.</source>
        <translation>请先打开项目：导入的图层将添加到项目中。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="715" />
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="720" />
        <source>%1 is the table being imported; choose another file.</source>
        <translation>%1 是正在导入的表格，请另选文件。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="727" />
        <source>%1 is a source of layer "%2"; choose another file.</source>
        <translation>%1 是图层“%2”的数据源，请另选文件。</translation>
    </message>
</context>
<context>
    <name>wm::LayerPanel</name>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="53" />
        <source> (synthetic)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="60" />
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/layer_panel.cpp" line="71" />
        <source>%1 — %n feature(s), role %2</source>
        <translation>
            <numerusform>%1 —— %n 个要素，角色 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="74" />
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="103" />
        <source>&amp;Zoom to Layer</source>
        <translation>缩放至图层(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="106" />
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="108" />
        <source>Open &amp;Attribute Table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="112" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="115" />
        <source>Rename layer</source>
        <translation>重命名图层</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="115" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="120" />
        <source>&amp;Opacity…</source>
        <translation>不透明度(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="124" />
        <source>Layer opacity</source>
        <translation>图层不透明度</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="124" />
        <source>Opacity (%):</source>
        <translation>不透明度（%）：</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="131" />
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>wm::LiveCoverage</name>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="214" />
        <source>%1: %2 of %3 villages within %4 km (%5 beyond) — %6</source>
        <translation>%1：%3 个村中 %2 个在 %4 公里内（%5 个在外）— %6</translation>
    </message>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="220" />
        <source>passes</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="220" />
        <source>fails</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>wm::MainWindow</name>
    <message>
        <location filename="../src/app/main_window.cpp" line="64" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="69" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="75" />
        <location filename="../src/app/main_window.cpp" line="269" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="87" />
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="107" />
        <source>Map scale; type a value such as 1:50000</source>
        <translation>地图比例尺；可输入如 1:50000</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="113" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="169" />
        <source>Drawn in %1 ms: %2 features, %3 labels</source>
        <translation>绘制用时 %1 毫秒：%2 个要素，%3 个标注</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="196" />
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="200" />
        <source>%1  |  x %2 m, y %3 m</source>
        <translation>%1  |  x %2 米，y %3 米</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="228" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="229" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="231" />
        <source>&amp;Add Layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="233" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="235" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="237" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="240" />
        <source>&amp;Import List…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="247" />
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="255" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="266" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="268" />
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="270" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="272" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="273" />
        <source>Zoom to &amp;All</source>
        <translation>缩放至全图(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="275" />
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="277" />
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="286" />
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="291" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="305" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="306" />
        <source>Check &amp;Coverage</source>
        <translation>覆盖检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="326" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="327" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="340" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="341" />
        <source>The language changes when WorksMap is restarted.</source>
        <translation>重新启动 WorksMap 后语言设置生效。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="345" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="346" />
        <source>&amp;About WorksMap</source>
        <translation>关于 WorksMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="348" />
        <source>About WorksMap</source>
        <translation>关于 WorksMap</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="349" />
        <source>WorksMap %1 — maps of livelihood works for city and county planners.</source>
        <translation>WorksMap %1 —— 面向市县规划人员的民生工程地图工具。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="359" />
        <source>Open project or data</source>
        <translation>打开项目或数据</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="360" />
        <source>WorksMap projects (*.worksmap.json *.json);;Vector data (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;All files (*)</source>
        <translation>WorksMap 项目 (*.worksmap.json *.json);;矢量数据 (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="371" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="390" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="391" />
        <source>WorksMap could not open this file.

%1</source>
        <translation>WorksMap 无法打开此文件。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="408" />
        <source>Layers unavailable</source>
        <translation>图层不可用</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="409" />
        <source>These layers could not be read; they stay in the project:

%1</source>
        <translation>以下图层无法读取，仍保留在项目中：

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="419" />
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="420" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="439" />
        <source>Layer role</source>
        <translation>图层角色</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="440" />
        <source>%1 looks like a "%2" layer. Role:</source>
        <translation>%1 看起来是“%2”图层。角色：</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="460" />
        <source>Cannot add layer</source>
        <translation>无法添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="461" />
        <source>The layer was not added.

%1</source>
        <translation>图层未添加。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="479" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="481" />
        <source>WorksMap projects (*.worksmap.json)</source>
        <translation>WorksMap 项目 (*.worksmap.json)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="496" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="497" />
        <source>The project was not saved.

%1</source>
        <translation>项目未保存。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="510" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="519" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="519" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="541" />
        <source>No project</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>wm::MapCanvas</name>
    <message>
        <location filename="../src/app/map_canvas.cpp" line="229" />
        <source>Open a project (File ▸ Open) to see its map.</source>
        <translation>请打开项目（文件 ▸ 打开）以查看地图。</translation>
    </message>
</context>
<context>
    <name>wm::RuleFormDialog</name>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="40" />
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="41" />
        <source>Only where</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="42" />
        <source>Unit code field</source>
        <translation>单元代码字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="45" />
        <source>Population from</source>
        <translation>人口来源</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="47" />
        <source>Its unit code field</source>
        <translation>其单元代码字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="49" />
        <source>Population field</source>
        <translation>人口字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="55" />
        <location filename="../src/app/rule_form_dialog.cpp" line="75" />
        <location filename="../src/app/rule_form_dialog.cpp" line="102" />
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="56" />
        <source>Called</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="58" />
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="59" />
        <source>Village code field</source>
        <translation>村庄代码字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="61" />
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="63" />
        <source>Radius (km)</source>
        <translation>半径（公里）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="65" />
        <source>Share within (0–1)</source>
        <translation>半径内比例（0–1）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="71" />
        <location filename="../src/app/rule_form_dialog.cpp" line="121" />
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="73" />
        <location filename="../src/app/rule_form_dialog.cpp" line="96" />
        <location filename="../src/app/rule_form_dialog.cpp" line="123" />
        <source>Sum of field</source>
        <translation>字段求和</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="76" />
        <source>At most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="77" />
        <source>Unit text</source>
        <translation>单位文字</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="82" />
        <source>Township code field</source>
        <translation>乡镇代码字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="84" />
        <source>Township list</source>
        <translation>乡镇列表</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="85" />
        <source>Its code field</source>
        <translation>其代码字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="87" />
        <source>Code digits</source>
        <translation>代码位数</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="89" />
        <source>Each needs at least</source>
        <translation>每个至少</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="90" />
        <source>Share of townships (0–1)</source>
        <translation>乡镇比例（0–1）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="101" />
        <source>Per people</source>
        <translation>每多少人</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="110" />
        <source>Units above (people)</source>
        <translation>人口超过（人）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="112" />
        <source>Need at least</source>
        <translation>至少需要</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="115" />
        <source>Target table</source>
        <translation>任务表</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="116" />
        <source>Works built</source>
        <translation>已建工程</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="119" />
        <source>Unit name field</source>
        <translation>单元名称字段</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="125" />
        <source>At least (% of target)</source>
        <translation>至少（任务的 %）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="127" />
        <source>Top N</source>
        <translation>前 N 名</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="128" />
        <source>Bottom N</source>
        <translation>后 N 名</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="133" />
        <source>Next to</source>
        <translation>邻近</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="134" />
        <source>Only where (next to)</source>
        <translation>仅限（邻近）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="135" />
        <source>Within (m)</source>
        <translation>距离内（米）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="144" />
        <source>At least N features in every unit, e.g. one health centre per township.</source>
        <translation>每个单元至少 N 个要素，如每个乡镇 1 所卫生院。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="147" />
        <source>Every village within a distance of a facility; lists the villages beyond it and the uncovered area.</source>
        <translation>每个村庄都在设施的服务半径内；列出半径外的村庄和未覆盖面积。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="150" />
        <source>A figure per unit (count, sum of a field, km of lines clipped at borders), optionally with bounds.</source>
        <translation>每个单元的一个指标（计数、字段求和、按边界裁切的线长公里数），可设上下限。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="153" />
        <source>A share of the townships of each county must have the facility.</source>
        <translation>每个县须有一定比例的乡镇建有该设施。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="156" />
        <source>Sum of a field per N people, e.g. elderly-care beds per 1,000.</source>
        <translation>每 N 人的字段合计，如每千人养老床位。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="159" />
        <source>Units above a population need at least N facilities.</source>
        <translation>人口超过阈值的单元至少需要 N 个设施。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="161" />
        <source>Completion against a target table, ranked like a provincial bulletin.</source>
        <translation>对照任务表的完成率，按省级通报方式排名。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="164" />
        <source>Each feature needs another kind within a distance.</source>
        <translation>每个要素在一定距离内须有另一类设施。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="172" />
        <source>New Rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="181" />
        <source>letters, digits, _ (names the output columns)</source>
        <translation>字母、数字、_（用于输出列名）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="183" />
        <source>e.g. 每个乡镇设置1所卫生院</source>
        <translation>如：每个乡镇设置1所卫生院</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="184" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="185" />
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="186" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="256" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="294" />
        <source>e.g. kind = clinic, status in (started, completed)</source>
        <translation>如 kind = clinic、status in (started, completed)</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="362" />
        <source>Give the rule an id.</source>
        <translation>请为规则指定标识。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="364" />
        <source>A rule with the id "%1" exists already.</source>
        <translation>标识为“%1”的规则已存在。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="369" />
        <source>"%1" is needed.</source>
        <translation>需要填写“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="374" />
        <source>"%1" must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="380" />
        <source>"%1": cannot read the condition (write field = value, field != value or field in (a, b)).</source>
        <translation>“%1”：无法识别条件（请写 字段 = 值、字段 != 值 或 字段 in (a, b)）。</translation>
    </message>
</context>
<context>
    <name>wm::StyleEditor</name>
    <message>
        <location filename="../src/app/style_editor.cpp" line="56" />
        <source>Style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="66" />
        <location filename="../src/app/style_editor.cpp" line="268" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="83" />
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="84" />
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="85" />
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="86" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="90" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="93" />
        <location filename="../src/app/style_editor.cpp" line="119" />
        <location filename="../src/app/style_editor.cpp" line="145" />
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="97" />
        <source>Fill:</source>
        <translation>填充：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="98" />
        <source>Outline:</source>
        <translation>边线：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="102" />
        <source>Line width:</source>
        <translation>线宽：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="105" />
        <source>Marker size:</source>
        <translation>符号大小：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="110" />
        <source>Marker shape:</source>
        <translation>符号形状：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="117" />
        <source>Classify (one class per value)</source>
        <translation>分类（每个值一类）</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="119" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="119" />
        <location filename="../src/app/style_editor.cpp" line="145" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="128" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="129" />
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="130" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="131" />
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="134" />
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="142" />
        <source>Colour ramp:</source>
        <translation>色带：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="145" />
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="151" />
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="153" />
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="157" />
        <source>A field, or a text with fields in braces, e.g. {name} {spaces}</source>
        <translation>字段名，或用花括号引用字段的文本，如 {name} {spaces}</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="160" />
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="163" />
        <source>Size (pt):</source>
        <translation>字号（磅）：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="166" />
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="171" />
        <source>all scales</source>
        <translation>所有比例尺</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="172" />
        <source>Only from scale:</source>
        <translation>仅在比例尺大于：</translation>
    </message>
</context>
<context>
    <name>wm::SuggestDialog</name>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="92" />
        <location filename="../src/app/suggest_dialog.cpp" line="416" />
        <source>Suggest Sites</source>
        <translation>推荐选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="108" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="110" />
        <source>Facility kind</source>
        <translation>设施类别</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="113" />
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="115" />
        <source>Travel time</source>
        <translation>出行时间</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="127" />
        <location filename="../src/app/suggest_dialog.cpp" line="216" />
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="133" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="139" />
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="146" />
        <source>at</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="148" />
        <source>Service area</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="152" />
        <source>Number of sites</source>
        <translation>选址数量</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="154" />
        <source>Fewest sites to cover</source>
        <translation>覆盖所需最少选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="169" />
        <source> % of the villages</source>
        <translation> % 的村庄</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="176" />
        <source>Sites</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="182" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="200" />
        <source>Restrict to</source>
        <translation>限定范围</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="203" />
        <source>Grid every</source>
        <translation>网格间距</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="205" />
        <source>Points of layer</source>
        <translation>图层中的点</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="217" />
        <source>half the radius</source>
        <translation>半径的一半</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="223" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="240" />
        <source>Candidate sites</source>
        <translation>候选点</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="242" />
        <source>Excluded zones</source>
        <translation>禁止选址区</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="247" />
        <source>None (each village counts 1)</source>
        <translation>无（每个村计 1）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="256" />
        <source>Weight villages by</source>
        <translation>村庄权重字段</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="265" />
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="268" />
        <source>Sites are chosen to cover the most villages not yet within reach of an existing facility of the kind. Distances are straight lines; a travel time is read as speed × time.</source>
        <translation>选址使尚未被同类现有设施覆盖的村庄尽可能多地被覆盖。距离按直线计算；出行时间按速度×时间换算。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="283" />
        <source>Choose the options and press Suggest.</source>
        <translation>设置选项后点击“推荐”。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="290" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="290" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="290" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="290" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="291" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="291" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="291" />
        <source>Villages added</source>
        <translation>新增覆盖村数</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="296" />
        <source>Double-click a site to show it on the map.</source>
        <translation>双击选址可在地图上显示。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="300" />
        <source>Suggest</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="302" />
        <source>Add to Scenario</source>
        <translation>加入方案</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="384" />
        <source>Suggesting sites…</source>
        <translation>正在推荐选址…</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="408" />
        <source>No sites suggested.</source>
        <translation>没有推荐的选址。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="417" />
        <source>The sites could not be suggested:
%1</source>
        <translation>无法推荐选址：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="429" />
        <source>Villages within %1 of a %2: %3 of %4 (%5%) → %6 (%7%) with %n new site(s).</source>
        <translation>
            <numerusform>距%2 %1 以内的村庄：%4 个中 %3 个（%5%）→ %6 个（%7%），新增 %n 个选址。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="438" />
        <source>Weighted by %1: %2% → %3% of the total.</source>
        <translation>按 %1 加权：占总量 %2% → %3%。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="442" />
        <source>Target of %1% reached.</source>
        <translation>已达到 %1% 的目标。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="444" />
        <source>Target of %1% not reachable: at most %2% with these candidates.</source>
        <translation>无法达到 %1% 的目标：这些候选点最多可达 %2%。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="447" />
        <source>The sites add at least %1% of the best possible for %n site(s).</source>
        <translation>
            <numerusform>%n 个选址的新增覆盖至少达到理论最优的 %1%。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="450" />
        <source>Candidates: %1, %2 considered, %3 in excluded zones.</source>
        <translation>候选点：%1，参与计算 %2 个，位于禁止区 %3 个。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="455" />
        <source>Restricted to %1.</source>
        <translation>限定于 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="457" />
        <source>Existing facilities of the kind: %1; proposals of other scenarios ignored: %2.</source>
        <translation>同类现有设施：%1；忽略其他方案的拟建项：%2。</translation>
    </message>
</context>
</TS>
