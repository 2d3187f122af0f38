<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Legend</name>
    <message>
        <location filename="../src/render/legend.cpp" line="61"/>
        <source>其他 Other / no value</source>
        <translation>其他/无值</translation>
    </message>
    <message>
        <location filename="../src/render/legend.cpp" line="75"/>
        <source>规划 Proposal</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../src/render/legend.cpp" line="76"/>
        <source>规划 Proposal (%1)</source>
        <translation>规划（%1）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/main.cpp" line="25"/>
        <source>WorksMap cannot start</source>
        <translation>WorksMap 无法启动</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../src/render/scenario_view.cpp" line="19"/>
        <source>方案 Scenario: %1, proposals only (dashed)</source>
        <translation>方案：%1，仅规划项（虚线环）</translation>
    </message>
    <message>
        <location filename="../src/render/scenario_view.cpp" line="22"/>
        <source>方案 Scenario: %1, existing and proposed (dashed)</source>
        <translation>方案：%1，现状与规划（规划项为虚线环）</translation>
    </message>
</context>
<context>
    <name>wm::AtomicOutput</name>
    <message>
        <location filename="../src/core/atomic_output.cpp" line="22"/>
        <location filename="../src/core/atomic_output.cpp" line="45"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_output.cpp" line="44"/>
        <source>cannot write the file (disk full?)</source>
        <translation>无法写入文件（磁盘已满？）</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_output.cpp" line="66"/>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>wm::AttributeTableDock</name>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="68"/>
        <location filename="../src/app/attribute_table_dock.cpp" line="238"/>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="84"/>
        <source>Search all columns</source>
        <translation>在所有列中搜索</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="86"/>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="99"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="104"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="105"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="107"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="109"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="138"/>
        <source>Zoom to selection</source>
        <translation>缩放至所选</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="140"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="222"/>
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="237"/>
        <source>Attribute table — %1</source>
        <translation>属性表 —— %1</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="392"/>
        <source>No layer with features</source>
        <translation>没有含要素的图层</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="393"/>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_dock.cpp" line="399"/>
        <source>%L1 features, %L2 shown, %L3 selected</source>
        <translation>共 %L1 个要素，显示 %L2 个，已选 %L3 个</translation>
    </message>
</context>
<context>
    <name>wm::AttributeTableModel</name>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="79"/>
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="79"/>
        <source>false</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="146"/>
        <source>Column %1, type %2</source>
        <translation>列 %1，类型 %2</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="148"/>
        <source>Role field %1: %2</source>
        <translation>角色字段 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/attribute_table_model.cpp" line="150"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
</context>
<context>
    <name>wm::ChartDock</name>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="20"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="27"/>
        <source>Values per unit</source>
        <translation>各单位数值</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="28"/>
        <source>Ranking (top and bottom)</source>
        <translation>排名（前列与后列）</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="29"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="37"/>
        <source>Click a bar to select the unit on the map</source>
        <translation>点击柱条，在地图上选中该单位</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="77"/>
        <source>Run a check and choose a rule in the coverage panel to see its chart.</source>
        <translation>请在覆盖检查面板中运行检查并选择一条规则，以查看其图表。</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="118"/>
        <location filename="../src/app/chart_dock.cpp" line="125"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="119"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/chart_dock.cpp" line="126"/>
        <source>Could not export the chart: %1</source>
        <translation>无法导出图表：%1</translation>
    </message>
</context>
<context>
    <name>wm::ChartRenderer</name>
    <message>
        <location filename="../src/charts/chart_renderer.cpp" line="34"/>
        <source>cannot paint the chart</source>
        <translation>无法绘制图表</translation>
    </message>
    <message>
        <location filename="../src/charts/chart_renderer.cpp" line="89"/>
        <source>cannot write the PNG image</source>
        <translation>无法写入 PNG 图像</translation>
    </message>
    <message>
        <location filename="../src/charts/chart_renderer.cpp" line="140"/>
        <source>unknown chart format &quot;.%1&quot; (write %2)</source>
        <translation>未知图表格式“.%1”（请输出 %2）</translation>
    </message>
</context>
<context>
    <name>wm::CheckReport</name>
    <message>
        <location filename="../src/cli/check_report.cpp" line="211"/>
        <source>ranking by completion rate:</source>
        <translation>按完成率排名：</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="214"/>
        <source>%1 (no actual)</source>
        <translation>%1（无实际完成数）</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="222"/>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="225"/>
        <source>%1 of %2 rules fail in at least one unit.</source>
        <translation>%2 条规则中有 %1 条在至少一个单元未达标。</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="241"/>
        <source>scenario &quot;%1&quot; against the current state (units it changes):</source>
        <translation>方案“%1”与现状对比（有变化的单元）：</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="262"/>
        <source>no unit&apos;s figures change.</source>
        <translation>没有单元的数值发生变化。</translation>
    </message>
    <message>
        <location filename="../src/cli/check_report.cpp" line="264"/>
        <source>%1 unit verdict(s) turn to pass, %2 to fail; %3 -&gt; %4 rules failing somewhere.</source>
        <translation>%1 个单元结论转为达标，%2 个转为未达标；存在未达标单元的规则 %3 -&gt; %4 条。</translation>
    </message>
</context>
<context>
    <name>wm::CheckUnits</name>
    <message>
        <location filename="../src/analysis/check_units.cpp" line="44"/>
        <source>no columns &quot;%1&quot; and &quot;%2&quot; for township units</source>
        <translation>没有用于乡镇单元的列“%1”和“%2”</translation>
    </message>
    <message>
        <location filename="../src/analysis/check_units.cpp" line="68"/>
        <source>%1 units have no polygons: the rule needs a &quot;codeField&quot;</source>
        <translation>%1 个单元没有面要素：该规则需要“codeField”</translation>
    </message>
    <message>
        <location filename="../src/analysis/check_units.cpp" line="73"/>
        <source>no column &quot;%1&quot;</source>
        <translation>没有列“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/check_units.cpp" line="136"/>
        <source>layer &quot;%1&quot; has no field &quot;%2&quot; to sum</source>
        <translation>图层“%1”没有可求和的字段“%2”</translation>
    </message>
</context>
<context>
    <name>wm::ColorButton</name>
    <message>
        <location filename="../src/app/color_button.cpp" line="29"/>
        <location filename="../src/app/color_button.cpp" line="39"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/app/color_button.cpp" line="46"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>wm::ConflictDialog</name>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="41"/>
        <source>Changed by Someone Else</source>
        <translation>他人已修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflict_dialog.cpp" line="44"/>
        <source>%n feature(s) you edited were saved by someone else after you read them. Nothing of yours was written. Choose what each should hold, then save again.</source>
        <translation>
            <numerusform>您编辑的 %n 个要素在您读取后已被他人保存。您的修改均未写入。请为每个要素选择保留的内容，然后再次保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="55"/>
        <source>deleted by someone else</source>
        <translation>已被他人删除</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="58"/>
        <source>saved by %1 at %2</source>
        <translation>%1 于 %2 保存</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="61"/>
        <source>saved by %1</source>
        <translation>%1 保存</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="62"/>
        <source>%1, feature %2: %3</source>
        <translation>%1，要素 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="66"/>
        <source>Keep my version (saved as a new feature)</source>
        <translation>保留我的版本（作为新要素保存）</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="67"/>
        <source>Keep their version (undo my deletion)</source>
        <translation>保留对方版本（撤销我的删除）</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="69"/>
        <source>Accept their deletion (drop my edits)</source>
        <translation>接受对方的删除（放弃我的修改）</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="70"/>
        <source>Delete it anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="79"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="79"/>
        <source>As you read it</source>
        <translation>读取时</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="79"/>
        <location filename="../src/app/conflict_dialog.cpp" line="99"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="79"/>
        <location filename="../src/app/conflict_dialog.cpp" line="100"/>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="79"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="118"/>
        <source>(position)</source>
        <translation>（位置）</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="118"/>
        <source>as read</source>
        <translation>读取时</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="119"/>
        <location filename="../src/app/conflict_dialog.cpp" line="121"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="120"/>
        <location filename="../src/app/conflict_dialog.cpp" line="121"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="142"/>
        <source>Use These Choices</source>
        <translation>按所选保存</translation>
    </message>
    <message>
        <location filename="../src/app/conflict_dialog.cpp" line="144"/>
        <source>Take Theirs for All</source>
        <translation>全部采用对方的</translation>
    </message>
</context>
<context>
    <name>wm::CoordinateTransform</name>
    <message>
        <location filename="../src/core/coordinate_transform.cpp" line="22"/>
        <source>cannot transform between an unknown CRS and %1</source>
        <translation>无法在未知坐标系与 %1 之间转换</translation>
    </message>
    <message>
        <location filename="../src/core/coordinate_transform.cpp" line="39"/>
        <source>PROJ cannot transform from %1 to %2</source>
        <translation>PROJ 无法从 %1 转换到 %2</translation>
    </message>
</context>
<context>
    <name>wm::CoverageCheck</name>
    <message>
        <location filename="../src/analysis/coverage_check.cpp" line="43"/>
        <source>the units layer &quot;%1&quot; is not an available layer of the project</source>
        <translation>单元图层“%1”不是本项目的可用图层</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_check.cpp" line="86"/>
        <source>no division code</source>
        <translation>无区划代码</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_check.cpp" line="108"/>
        <source>%1 codes cannot place features in %2 units</source>
        <translation>%1 位代码无法将要素落到%2单元</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_check.cpp" line="110"/>
        <source>not checked at %1 level: &quot;%2&quot; of layer &quot;%3&quot; holds shorter codes</source>
        <translation>未在%1级检查：图层“%3”的“%2”代码位数不足</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_check.cpp" line="121"/>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>wm::CoveragePanel</name>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="44"/>
        <source>rules file (*.json)</source>
        <translation>规则文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="45"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="46"/>
        <source>Choose a rules file</source>
        <translation>选择规则文件</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="48"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="55"/>
        <source>Counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="56"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="57"/>
        <source>New Rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="58"/>
        <source>Save Rules…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="59"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="104"/>
        <source>Map Values</source>
        <translation>按数值制图</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="105"/>
        <source>Colour the units by this rule&apos;s value (choropleth)</source>
        <translation>按本规则的数值为各单元着色（分级设色图）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="106"/>
        <source>Map Pass/Fail</source>
        <translation>按达标制图</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="107"/>
        <source>Save as Layer…</source>
        <translation>另存为图层…</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="108"/>
        <source>Write the units with every rule&apos;s value to a GeoPackage and add it to the project</source>
        <translation>将各单元及全部规则的数值写入 GeoPackage 并添加到项目</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="198"/>
        <source>Coverage Check</source>
        <translation>覆盖检查</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="207"/>
        <source>Choose a rules file, or build a rule with &quot;New Rule…&quot;.</source>
        <translation>请选择规则文件，或用“新建规则…”建立规则。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="289"/>
        <source>Rules File</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="290"/>
        <source>Rules (*.json);;All files (*)</source>
        <translation>规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="279"/>
        <location filename="../src/app/coverage_panel.cpp" line="318"/>
        <source>Save Rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="269"/>
        <source>Unsaved rules</source>
        <translation>规则未保存</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="270"/>
        <source>Rules built with New Rule are not saved in a rules file. Save them?</source>
        <translation>用“新建规则”建立的规则尚未保存到规则文件。要保存吗？</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="280"/>
        <location filename="../src/app/coverage_panel.cpp" line="319"/>
        <source>Rules (*.json)</source>
        <translation>规则 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="397"/>
        <source>Coverage check cancelled.</source>
        <translation>覆盖检查已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="413"/>
        <source>%1 — %n unit(s) failing</source>
        <translation>
            <numerusform>%1 —— %n 个单元未达标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="414"/>
        <source>%1 — all pass</source>
        <translation>%1 —— 全部达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="420"/>
        <source>%1 of %2 rules fail in at least one unit.</source>
        <translation>%2 条规则中有 %1 条在至少一个单元未达标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="484"/>
        <source>%n unit(s) failing</source>
        <translation>
            <numerusform>%n 个单元未达标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="492"/>
        <source>top: %1</source>
        <translation>前列：%1</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="493"/>
        <source>bottom: %1</source>
        <translation>后列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/coverage_panel.cpp" line="495"/>
        <source>%n unit(s) without a task</source>
        <translation>
            <numerusform>%n 个单元无任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="571"/>
        <source>Township units have no polygons to colour; map the county level.</source>
        <translation>乡镇单元没有面图形可着色，请在县级制图。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="586"/>
        <source>Coverage: %1 (not saved)</source>
        <translation>覆盖：%1（未保存）</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="588"/>
        <location filename="../src/app/coverage_panel.cpp" line="643"/>
        <source>Coverage: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="613"/>
        <source>Run a county-level check first.</source>
        <translation>请先运行县级检查。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="624"/>
        <source>the rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="626"/>
        <source>%1 is %2; choose another file.</source>
        <translation>%1 是%2，请另选文件。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="645"/>
        <source>Saved the coverage results to %1.</source>
        <translation>覆盖结果已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="655"/>
        <source>Save Coverage Results</source>
        <translation>保存覆盖结果</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_panel.cpp" line="656"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>wm::CoverageResultsModel</name>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="76"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="78"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="80"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="82"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="84"/>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="86"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="88"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="177"/>
        <source>Changed while editing: %1. Run the check again to update every rule.</source>
        <translation>编辑后已变化：%1。请重新运行检查以更新全部规则。</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="178"/>
        <source>passes</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/app/coverage_results_model.cpp" line="180"/>
        <source>%1 has no polygon on the map: it is listed by the target table</source>
        <translation>%1 在地图上没有边界面：由任务表列出</translation>
    </message>
</context>
<context>
    <name>wm::Dms</name>
    <message>
        <location filename="../src/core/dms.cpp" line="127"/>
        <source>both a sign and a hemisphere</source>
        <translation>同时给出了正负号和半球</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="133"/>
        <location filename="../src/core/dms.cpp" line="177"/>
        <source>no number</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="155"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="174"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="179"/>
        <source>more than degrees, minutes and seconds</source>
        <translation>多于度、分、秒三部分</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="189"/>
        <source>degrees, minutes and seconds out of order</source>
        <translation>度、分、秒顺序不对</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="191"/>
        <source>only the last part may have decimals</source>
        <translation>只有最后一部分可以带小数</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="197"/>
        <source>%1 minutes (must be below 60)</source>
        <translation>%1 分（须小于 60）</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="199"/>
        <source>%1 seconds (must be below 60)</source>
        <translation>%1 秒（须小于 60）</translation>
    </message>
    <message>
        <location filename="../src/core/dms.cpp" line="202"/>
        <source>%1° is beyond 180°</source>
        <translation>%1° 超过 180°</translation>
    </message>
</context>
<context>
    <name>wm::DxfPipes</name>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="53"/>
        <source>not a DXF text drawing: byte %1 is a NUL character (a damaged file?)</source>
        <translation>不是文本格式的 DXF 图纸：第 %1 个字节是空字符（NUL），文件可能已损坏</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="79"/>
        <source>not a DXF text drawing: &quot;%1&quot; is not a group code (a damaged file?)</source>
        <translation>不是 DXF 文本图形：“%1”不是组码（文件已损坏？）</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="271"/>
        <source>CAD layer &quot;%1&quot; mapped to &quot;%2&quot;, which is not a pipe kind (known: %3)</source>
        <translation>CAD 图层“%1”对应到“%2”，这不是管线类别（已知：%3）</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="277"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="291"/>
        <source>cannot read as a DXF drawing: %1</source>
        <translation>无法作为 DXF 图纸读取：%1</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="292"/>
        <source>GDAL&apos;s DXF driver refused it</source>
        <translation>GDAL 的 DXF 驱动拒绝读取</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="298"/>
        <source>the drawing has no entities</source>
        <translation>图纸中没有图元</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="343"/>
        <source>line with coordinates beyond any coordinate system</source>
        <translation>坐标超出任何坐标系的线</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="351"/>
        <source>read error after %1 entities: %2</source>
        <translation>读取 %1 个图元后出错：%2</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="364"/>
        <source>x coordinates (%1 … %2) carry no Gauss-Krüger zone prefix; set the drawing&apos;s coordinate system</source>
        <translation>x 坐标（%1 … %2）不带高斯-克吕格带号；请设置图纸的坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="369"/>
        <source>x coordinates span zone prefixes %1 and %2; set the drawing&apos;s coordinate system</source>
        <translation>x 坐标跨越带号 %1 和 %2；请设置图纸的坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="376"/>
        <source>no CGCS2000 Gauss-Krüger CRS for zone %1</source>
        <translation>第 %1 带没有对应的 CGCS2000 高斯-克吕格坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="400"/>
        <source>invalid coordinate system</source>
        <translation>坐标系无效</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="450"/>
        <source>entity %1 on CAD layer &quot;%2&quot;: coordinates outside %3; kept without a position</source>
        <translation>CAD 图层“%2”上的图元 %1：坐标超出 %3 范围；保留但无位置</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="463"/>
        <source>drawing CRS %1 detected from the zone prefix of x</source>
        <translation>根据 x 坐标的带号识别出图纸坐标系 %1</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="470"/>
        <source>CAD layer &quot;%1&quot;: not pipes, skipped: %2</source>
        <translation>CAD 图层“%1”：不是管线，已跳过：%2</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="474"/>
        <source>no pipe kind for CAD layer %1; map it to a kind</source>
        <translation>CAD 图层 %1 没有对应的管线类别；请为它指定类别</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="476"/>
        <source>GDAL: %1</source>
        <translation>GDAL：%1</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="485"/>
        <source>%1 (%2 lines%3)</source>
        <translation>%1（%2 条线%3）</translation>
    </message>
    <message>
        <location filename="../src/io/dxf_pipes.cpp" line="489"/>
        <source>; keywords of two kinds</source>
        <translation>；含两种类别的关键字</translation>
    </message>
</context>
<context>
    <name>wm::EditController</name>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="78"/>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="79"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="82"/>
        <source>&amp;Edit Current Layer</source>
        <translation>编辑当前图层(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="110"/>
        <source>Add &amp;Point</source>
        <translation>添加点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="111"/>
        <source>Draw &amp;Line</source>
        <translation>绘制线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="112"/>
        <source>&amp;Move Feature</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="113"/>
        <source>Edit &amp;Vertices</source>
        <translation>编辑节点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="128"/>
        <source>Feature &amp;Attributes…</source>
        <translation>要素属性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="130"/>
        <source>&amp;Delete Selected Features</source>
        <translation>删除所选要素(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="145"/>
        <source>&amp;Save Edits</source>
        <translation>保存编辑(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="150"/>
        <source>Discard Edits…</source>
        <translation>放弃编辑…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="153"/>
        <source>Suggest &amp;Sites…</source>
        <translation>推荐选址(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="157"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="160"/>
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="161"/>
        <source>Scenario only</source>
        <translation>仅方案</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="162"/>
        <source>Current + scenario</source>
        <translation>现状＋方案</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="165"/>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="170"/>
        <source>The plan new features belong to and the map and checks show</source>
        <translation>新要素所属的规划方案，地图与核查按此方案显示</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="171"/>
        <source>none (current state)</source>
        <translation>无（现状）</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="225"/>
        <location filename="../src/app/edit_controller.cpp" line="233"/>
        <location filename="../src/app/edit_controller.cpp" line="241"/>
        <location filename="../src/app/edit_controller.cpp" line="319"/>
        <location filename="../src/app/edit_controller.cpp" line="328"/>
        <location filename="../src/app/edit_controller.cpp" line="336"/>
        <location filename="../src/app/edit_controller.cpp" line="349"/>
        <location filename="../src/app/edit_controller.cpp" line="367"/>
        <location filename="../src/app/edit_controller.cpp" line="377"/>
        <source>Edit Layer</source>
        <translation>编辑图层</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="226"/>
        <source>The shared database cannot be reached, so &quot;%1&quot; cannot be edited now.

%2</source>
        <translation>无法连接共享数据库，暂时不能编辑“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="234"/>
        <source>&quot;%1&quot; is a database table WorksMap did not publish: it has no version column, so edits could overwrite other people&apos;s unseen. Publish the project with worksmap-cli publish and edit the published tables.</source>
        <translation>“%1”不是由 WorksMap 发布的数据库表：没有版本（version）列，编辑可能在不知情时覆盖他人的修改。请用 worksmap-cli publish 发布项目，再编辑发布后的表。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="242"/>
        <source>Your database role %1 may read &quot;%2&quot; but not change it.</source>
        <translation>您的数据库角色 %1 可以查看“%2”，但不能修改。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="266"/>
        <source>Feature %1 belongs to county %2: your role may change only the features of county %3.</source>
        <translation>要素 %1 属于县 %2：您的角色只能修改县 %3 的要素。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="285"/>
        <source>Someone else saved changes to %1 while you edit it; they are shown after your next save, which lists any feature you both changed.</source>
        <translation>您编辑 %1 期间他人保存了修改；将在您下次保存后显示，保存时会列出双方都修改过的要素。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="303"/>
        <source>%1 could not be read again: %2</source>
        <translation>%1 无法重新读取：%2</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="312"/>
        <source>%1: changes saved by others are shown.</source>
        <translation>%1：已显示他人保存的修改。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="320"/>
        <source>Choose a works layer in the layer list first.</source>
        <translation>请先在图层列表中选择一个工程图层。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="329"/>
        <source>Only point and line layers of works (facilities, parking, pipes) can be edited; &quot;%1&quot; is not one.</source>
        <translation>只能编辑工程类（设施、停车、管网）的点、线图层；“%1”不是此类图层。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="337"/>
        <source>&quot;%1&quot; has %2 features and stays in its database, drawn by the view: it is too large to edit in the window.</source>
        <translation>“%1”有 %2 个要素，留在数据库中按视图绘制：数据量过大，无法在窗口中编辑。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="350"/>
        <source>Save the project first: edited layers are kept in a GeoPackage beside the project file.</source>
        <translation>请先保存项目：编辑的图层保存在项目文件旁的 GeoPackage 中。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="368"/>
        <source>&quot;%1&quot; was copied into the project&apos;s works GeoPackage
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
        <location filename="../src/app/edit_controller.cpp" line="373"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="396"/>
        <source>Editing %1 (shared): you may change the features of county %2; the others are read-only</source>
        <translation>正在编辑 %1（共享）：您可以修改县 %2 的要素，其余要素只读</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="400"/>
        <source>Editing %1</source>
        <translation>正在编辑 %1</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="436"/>
        <source>Add feature</source>
        <translation>添加要素</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="490"/>
        <source>Select the features to delete first (Select tool).</source>
        <translation>请先用选择工具选中要删除的要素。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="496"/>
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>删除 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="505"/>
        <source>Select a feature of the edited layer first.</source>
        <translation>请先选中正在编辑图层中的要素。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="516"/>
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="542"/>
        <source>Not saved: %n feature(s) changed by someone else wait for your choice; every edit is still here.</source>
        <translation>
            <numerusform>未保存：%n 个被他人修改的要素等待您选择；所有编辑仍保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="554"/>
        <source>Saved: %1 added, %2 changed, %3 deleted.</source>
        <translation>已保存：新增 %1，修改 %2，删除 %3。</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="563"/>
        <source>Save Edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="564"/>
        <source>The edits could not be saved; nothing was written and every edit is still here.

%1</source>
        <translation>编辑无法保存；未写入任何内容，所有编辑仍保留。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="573"/>
        <source>Discard Edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="573"/>
        <source>Drop every unsaved edit?</source>
        <translation>放弃所有未保存的编辑？</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="597"/>
        <source>Unsaved Edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="598"/>
        <source>Save the edits (%1 added, %2 changed, %3 deleted)?</source>
        <translation>保存编辑（新增 %1，修改 %2，删除 %3）？</translation>
    </message>
    <message>
        <location filename="../src/app/edit_controller.cpp" line="621"/>
        <source>Suggest Sites</source>
        <translation>建议选址</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="646"/>
        <source>Add %n suggested site(s)</source>
        <translation>
            <numerusform>添加 %n 个推荐选址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/edit_controller.cpp" line="648"/>
        <source>%n suggested site(s) added to scenario &quot;%1&quot;; move or delete them, then Save Edits.</source>
        <translation>
            <numerusform>已将 %n 个推荐选址加入方案“%1”；可移动或删除，然后保存编辑。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::EditSaver</name>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="26"/>
        <source>new feature %1</source>
        <translation>新要素 %1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="26"/>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="38"/>
        <source>has no layer &quot;%1&quot;</source>
        <translation>没有图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="53"/>
        <source>cannot delete %1</source>
        <translation>无法删除%1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="57"/>
        <source>%1 is no longer in the file (changed by another program?)</source>
        <translation>%1 已不在文件中（被其他程序修改了？）</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="64"/>
        <source>cannot write %1</source>
        <translation>无法写入%1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="73"/>
        <source>cannot add %1</source>
        <translation>无法添加%1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="82"/>
        <source>layer %1: %2: %3</source>
        <translation>图层 %1：%2：%3</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="84"/>
        <source>GDAL gave no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="93"/>
        <source>the file has no field &quot;%1&quot;</source>
        <translation>文件中没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="95"/>
        <source>%1: &quot;%2&quot; is not a number for field &quot;%3&quot;</source>
        <translation>%1：“%2”不是字段“%3”可用的数字</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="111"/>
        <source>%1: a coordinate cannot be transformed into the layer&apos;s coordinate system</source>
        <translation>%1：坐标无法转换到该图层的坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="118"/>
        <source>%1: the geometry cannot be written</source>
        <translation>%1：几何图形无法写入</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="142"/>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="143"/>
        <location filename="../src/io/edit_saver.cpp" line="156"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../src/io/edit_saver.cpp" line="156"/>
        <source>cannot commit the edits: %1</source>
        <translation>无法提交编辑：%1</translation>
    </message>
</context>
<context>
    <name>wm::EditTool</name>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="138"/>
        <source>Snap: %1 (%2)</source>
        <translation>捕捉：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="138"/>
        <source>vertex</source>
        <translation>顶点</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="138"/>
        <source>segment</source>
        <translation>线段</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="144"/>
        <source>Not snapped onto %1: hold Ctrl to place the point on it</source>
        <translation>未捕捉到 %1：按住 Ctrl 可将点放在其上</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="239"/>
        <source>Remove vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="322"/>
        <source>Move vertex</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="322"/>
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../src/app/edit_tool.cpp" line="351"/>
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
</context>
<context>
    <name>wm::Error</name>
    <message>
        <location filename="../src/core/error.cpp" line="32"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>wm::ExportDialog</name>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="71"/>
        <location filename="../src/app/export_dialog.cpp" line="334"/>
        <location filename="../src/app/export_dialog.cpp" line="349"/>
        <location filename="../src/app/export_dialog.cpp" line="362"/>
        <location filename="../src/app/export_dialog.cpp" line="395"/>
        <location filename="../src/app/export_dialog.cpp" line="457"/>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="80"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="81"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="84"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="89"/>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="90"/>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="91"/>
        <source>Atlas: one page per unit of</source>
        <translation>图集：每个单元一页，单元取自</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="118"/>
        <source>File type per unit when the atlas goes to a folder</source>
        <translation>图集输出到文件夹时每个单元的文件类型</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="124"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="129"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="130"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="131"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="132"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="133"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="134"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="135"/>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="137"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="139"/>
        <source>PDF and SVG stay vector (fonts embedded); PNG and JPEG are drawn at the resolution above. An atlas to a .pdf is one document; to a folder, one file per unit.</source>
        <translation>PDF 和 SVG 为矢量格式（嵌入字体）；PNG 和 JPEG 按上面的分辨率绘制。图集输出为 .pdf 时合为一个文件，输出到文件夹时每个单元一个文件。</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="148"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="335"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png);;JPEG 图像 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="346"/>
        <source>%1 is %2; WorksMap never writes over what it reads. Choose another file.</source>
        <translation>%1 是%2；WorksMap 从不覆盖它读取的文件。请另选文件。</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="368"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="394"/>
        <source>Writing the atlas…</source>
        <translation>正在输出图集…</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="394"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/app/export_dialog.cpp" line="452"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>wm::FeatureFilter</name>
    <message>
        <location filename="../src/analysis/feature_filter.cpp" line="340"/>
        <source>layer &quot;%1&quot; has no field &quot;%2&quot; for the filter &quot;%3&quot;</source>
        <translation>图层“%1”没有筛选条件“%3”所需的字段“%2”</translation>
    </message>
</context>
<context>
    <name>wm::FeatureForm</name>
    <message>
        <location filename="../src/app/feature_form.cpp" line="92"/>
        <source>Feature attributes — %1</source>
        <translation>要素属性 — %1</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="125"/>
        <location filename="../src/app/feature_form.cpp" line="221"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="129"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="136"/>
        <source>Column &quot;%1&quot;; required</source>
        <translation>字段“%1”；必填</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="137"/>
        <source>Column &quot;%1&quot;</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="149"/>
        <source>Other columns</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="191"/>
        <source>Current (no scenario)</source>
        <translation>现状（无方案）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="206"/>
        <source>Empty for what exists or is under way; a plan&apos;s name for a proposed feature.</source>
        <translation>现状或在建为空；拟建项目填写方案名称。</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="226"/>
        <source>%1 (not in the role&apos;s list)</source>
        <translation>%1（不在类别列表中）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="256"/>
        <location filename="../src/app/feature_form.cpp" line="263"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="306"/>
        <source>%1 is required: it cannot be empty.</source>
        <translation>%1 为必填项，不能为空。</translation>
    </message>
    <message>
        <location filename="../src/app/feature_form.cpp" line="313"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>wm::FilterSql</name>
    <message>
        <location filename="../src/sql/filter_sql.cpp" line="55"/>
        <source>no field &quot;%1&quot; for the filter &quot;%2&quot;</source>
        <translation>筛选条件“%2”中的字段“%1”不存在</translation>
    </message>
</context>
<context>
    <name>wm::Gazetteer</name>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="146"/>
        <source>cannot read the division table: %1</source>
        <translation>无法读取区划表：%1</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="150"/>
        <source>the division table is not UTF-8</source>
        <translation>区划表不是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="159"/>
        <source>the division table is empty</source>
        <translation>区划表为空</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="172"/>
        <source>the division table has no column %1</source>
        <translation>区划表没有列 %1</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="184"/>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="189"/>
        <source>codes must have 12, 9 and 6 digits</source>
        <translation>代码须为 12 位、9 位和 6 位</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="239"/>
        <source>the division table has no rows</source>
        <translation>区划表没有数据行</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="304"/>
        <source>any county</source>
        <translation>任一县</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="318"/>
        <location filename="../src/core/gazetteer.cpp" line="395"/>
        <source>%1 read as %2</source>
        <translation>%1 按 %2 读取</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="343"/>
        <source>no county, township or village given</source>
        <translation>未给出县、乡镇或村</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="353"/>
        <location filename="../src/core/gazetteer.cpp" line="437"/>
        <source>%1 is a township of several counties</source>
        <translation>%1 是多个县都有的乡镇名</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="357"/>
        <source>no township %1 in %2; one character off: not applied</source>
        <translation>%2没有乡镇 %1；相差一个字：未采用</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="361"/>
        <source>no township %1 in %2</source>
        <translation>%2没有乡镇 %1</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="430"/>
        <source>township not given</source>
        <translation>未给出乡镇</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="432"/>
        <source>no township %1 in %2: township ignored</source>
        <translation>%2没有乡镇 %1：已忽略乡镇</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="434"/>
        <source>%1 is not in %2: township ignored</source>
        <translation>%1 不在%2：已忽略乡镇</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="439"/>
        <source>%1; found in %2</source>
        <translation>%1；在%2找到</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="451"/>
        <source>%1; %2 is in %3 townships (%4): pick one</source>
        <translation>%1；%2 在 %3 个乡镇都有（%4）：请选择一个</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="489"/>
        <source>no village %1 in %2; one character off: not applied</source>
        <translation>%2没有村 %1；相差一个字：未采用</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="494"/>
        <source>no village %1 in %2</source>
        <translation>%2没有村 %1</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="537"/>
        <source>county not given; found in %1</source>
        <translation>未给出县；在%1找到</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="572"/>
        <source>no county %1; one character off: %2, not applied</source>
        <translation>没有县 %1；相差一个字：%2，未采用</translation>
    </message>
    <message>
        <location filename="../src/core/gazetteer.cpp" line="576"/>
        <source>no county %1</source>
        <translation>没有县 %1</translation>
    </message>
</context>
<context>
    <name>wm::GdalMessages</name>
    <message>
        <location filename="../src/io/gdal_messages.cpp" line="40"/>
        <source>… (%1 characters)</source>
        <translation>…（共 %1 个字符）</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_messages.cpp" line="75"/>
        <source>GDAL error: %1</source>
        <translation>GDAL 错误：%1</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_messages.cpp" line="76"/>
        <source>GDAL warning: %1</source>
        <translation>GDAL 警告：%1</translation>
    </message>
</context>
<context>
    <name>wm::GdalRasterSource</name>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="54"/>
        <source>cannot read as a raster: %1</source>
        <translation>无法作为栅格读取：%1</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="55"/>
        <source>GDAL found no raster driver for it</source>
        <translation>GDAL 找不到可读取它的栅格驱动</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="72"/>
        <source>has no raster band</source>
        <translation>没有栅格波段</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="78"/>
        <source>is not georeferenced (no geotransform): it cannot be placed on a map</source>
        <translation>没有地理参考（无地理变换参数），无法放到地图上</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="82"/>
        <source>declares no coordinate system</source>
        <translation>未声明坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_raster_source.cpp" line="252"/>
        <source>cannot expand the palette</source>
        <translation>无法展开调色板</translation>
    </message>
</context>
<context>
    <name>wm::GdalSupport</name>
    <message>
        <location filename="../src/io/gdal_support.cpp" line="34"/>
        <source>not a regular file (a pipe, socket or device): refused, since reading it could block forever</source>
        <translation>不是普通文件（管道、套接字或设备）：已拒绝，因为读取它可能永远阻塞</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_support.cpp" line="120"/>
        <source>cannot open for writing: %1</source>
        <translation>无法打开以写入：%1</translation>
    </message>
    <message>
        <location filename="../src/io/gdal_support.cpp" line="120"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>wm::IdentifyPanel</name>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="19"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="19"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="52"/>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="70"/>
        <source>Nothing here</source>
        <translation>此处无要素</translation>
    </message>
    <message>
        <location filename="../src/app/identify_panel.cpp" line="73"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 个</translation>
    </message>
</context>
<context>
    <name>wm::ImportWizard</name>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="64"/>
        <location filename="../src/app/import_wizard.cpp" line="475"/>
        <source>Import a Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="79"/>
        <source>The list to import (CSV, TSV, XLSX, XLS or ODS) and what its rows are.</source>
        <translation>要导入的名单（CSV、TSV、XLSX、XLS 或 ODS）及其各行的类型。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="82"/>
        <location filename="../src/app/import_wizard.cpp" line="163"/>
        <location filename="../src/app/import_wizard.cpp" line="219"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="93"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="99"/>
        <source>Sheet of a workbook; empty: the first</source>
        <translation>工作簿中的工作表；留空为第一个</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="107"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="108"/>
        <source>Rows are:</source>
        <translation>各行为：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="109"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="110"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="129"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="130"/>
        <source>Which column holds each field, how coordinates are written, and the division table used to match names to codes.</source>
        <translation>各字段所在的列、坐标的写法，以及用于将名称匹配为区划代码的区划表。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="143"/>
        <source>CGCS2000 longitude/latitude</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="144"/>
        <source>WGS84 longitude/latitude (GPS)</source>
        <translation>WGS84 经纬度（GPS）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="145"/>
        <source>GCJ-02 (picked on Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯地图拾取）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="146"/>
        <source>BD-09 (picked on Baidu Maps)</source>
        <translation>BD-09（百度地图拾取）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="147"/>
        <source>Gauss-Krüger x/y, CGCS2000</source>
        <translation>高斯-克吕格 x/y，CGCS2000</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="148"/>
        <source>Gauss-Krüger x/y, Xian 1980</source>
        <translation>高斯-克吕格 x/y，西安 1980</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="149"/>
        <source>Gauss-Krüger x/y, Beijing 1954</source>
        <translation>高斯-克吕格 x/y，北京 1954</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="154"/>
        <source>cgcs2000, wgs84, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n</source>
        <translation>cgcs2000、wgs84、gcj02、bd09、gk、gk-xian80、gk-beijing54 或 EPSG:n</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="167"/>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="168"/>
        <source>Longitude / x column:</source>
        <translation>经度 / x 列：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="169"/>
        <source>Latitude / y column:</source>
        <translation>纬度 / y 列：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="170"/>
        <source>Division table:</source>
        <translation>区划表：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="192"/>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="193"/>
        <source>Every row is on the map, matched by name, rejected or excluded. Choose the right division for names the table could not settle.</source>
        <translation>每一行或上图、或按名称匹配、或被拒绝、或被排除。对区划表无法确定的名称，请选择正确的区划。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="201"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="201"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="201"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="201"/>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="201"/>
        <source>Division</source>
        <translation>区划</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="213"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="214"/>
        <source>The rows are written to a GeoPackage (CGCS2000 longitude/latitude) and added to the project; the rejected rows to a CSV beside it.</source>
        <translation>各行写入 GeoPackage（CGCS2000 经纬度）并添加到项目；被拒绝的行写入旁边的 CSV。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="222"/>
        <source>Layer file:</source>
        <translation>图层文件：</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="457"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="458"/>
        <source>Choose the column whose values are translated first.</source>
        <translation>请先选择要转换取值的列。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="476"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="484"/>
        <source>Division Table</source>
        <translation>区划表</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="484"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="491"/>
        <source>Layer File</source>
        <translation>图层文件</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="492"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="507"/>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="562"/>
        <source>Header on row %1; %2 rows below it.</source>
        <translation>表头在第 %1 行；其下共 %2 行。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="565"/>
        <source>Encoding %1 (detected).</source>
        <translation>编码 %1（自动识别）。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="566"/>
        <source>Encoding %1.</source>
        <translation>编码 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="580"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="601"/>
        <source>= %1 (every row)</source>
        <translation>= %1（所有行）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="611"/>
        <source>Values…</source>
        <translation>取值对照…</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="613"/>
        <source>Translate the column&apos;s values to %1 values</source>
        <translation>将该列的取值转换为%1的取值</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="665"/>
        <location filename="../src/app/import_wizard.cpp" line="719"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="685"/>
        <source>Choose a table to import.</source>
        <translation>请选择要导入的表格。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="692"/>
        <source>&quot;%1&quot;: use wgs84, cgcs2000, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n</source>
        <translation>“%1”：请使用 wgs84、cgcs2000、gcj02、bd09、gk、gk-xian80、gk-beijing54 或 EPSG:n</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="699"/>
        <source>Nothing was read.</source>
        <translation>未读取到内容。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="734"/>
        <source>Choose what the rows are.</source>
        <translation>请选择各行的类型。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="737"/>
        <source>Unknown coordinate system &quot;%1&quot;.</source>
        <translation>未知坐标系“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="813"/>
        <source>fuzzy</source>
        <translation>近似</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="814"/>
        <source>ambiguous</source>
        <translation>歧义</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="815"/>
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="817"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="825"/>
        <source>(choose a division)</source>
        <translation>（请选择区划）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="847"/>
        <source>%1 rows read from %2: %3 on the map, %4 matched by name, %5 rejected, %6 excluded (totals, blank rows) = %7 %8</source>
        <translation>从 %2 读取 %1 行：上图 %3 行，按名称匹配 %4 行，拒绝 %5 行，排除 %6 行（合计行、空行）= %7 %8</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="856"/>
        <source>(all rows accounted for)</source>
        <translation>（所有行均已计入）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="857"/>
        <source>(does not add up: please report)</source>
        <translation>（合计不符：请报告此问题）</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="860"/>
        <source>Rows matched by name are drawn at the village points of &quot;%1&quot; (%2), or at their township&apos;s centre, approximate (%3); the others are listed without a point.</source>
        <translation>按名称匹配的行画在“%1”的村点上（%2 行），或画在所在乡镇的中心，为近似位置（%3 行）；其余行只列出，没有点位。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="872"/>
        <source>Open a project first: the imported layer is added to it.</source>
        <translation>请先打开项目：导入的图层将添加到项目中。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="879"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="884"/>
        <source>the table being imported</source>
        <translation>正在导入的表格</translation>
    </message>
    <message>
        <location filename="../src/app/import_wizard.cpp" line="889"/>
        <source>%1 is %2; choose another file.</source>
        <translation>%1 是%2，请另选文件。</translation>
    </message>
</context>
<context>
    <name>wm::JsonFile</name>
    <message>
        <location filename="../src/core/json_file.cpp" line="26"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="28"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="44"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="48"/>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="56"/>
        <location filename="../src/core/json_file.cpp" line="63"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="66"/>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>wm::LayerPanel</name>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="53"/>
        <source> (synthetic)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="60"/>
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/layer_panel.cpp" line="76"/>
        <source>%1 — %n feature(s) left in the database, drawn by the view; role %2</source>
        <translation>
            <numerusform>%1 — %n 个要素留在数据库中，按视图绘制；角色 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/layer_panel.cpp" line="82"/>
        <source>%1 — %n feature(s), role %2</source>
        <translation>
            <numerusform>%1 —— %n 个要素，角色 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="86"/>
        <source>%1 — raster %2 × %3 pixels, drawn as %4</source>
        <translation>%1 — 栅格 %2 × %3 像素，绘制方式 %4</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="91"/>
        <source>%1 — tile service</source>
        <translation>%1 — 瓦片服务</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="93"/>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="122"/>
        <source>&amp;Zoom to Layer</source>
        <translation>缩放至图层(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="125"/>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="127"/>
        <source>Open &amp;Attribute Table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="131"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="134"/>
        <source>Rename layer</source>
        <translation>重命名图层</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="134"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="139"/>
        <source>&amp;Opacity…</source>
        <translation>不透明度(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="143"/>
        <source>Layer opacity</source>
        <translation>图层不透明度</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="143"/>
        <source>Opacity (%):</source>
        <translation>不透明度（%）：</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="149"/>
        <source>&amp;Coordinates Are</source>
        <translation>坐标系为(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="153"/>
        <source>As the Source Declares Them</source>
        <translation>按数据源声明</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="154"/>
        <source>GCJ-02 (Amap, Tencent: Web-Map Offset)</source>
        <translation>GCJ-02（高德、腾讯：网络地图偏移）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="155"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_panel.cpp" line="165"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>wm::LayerRole</name>
    <message>
        <location filename="../src/core/layer_role.cpp" line="38"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>未知字段类型“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/layer_role.cpp" line="48"/>
        <source>role definition without a &quot;role&quot; name</source>
        <translation>图层角色定义缺少“role”名称</translation>
    </message>
    <message>
        <location filename="../src/core/layer_role.cpp" line="58"/>
        <source>unknown geometry &quot;%1&quot;</source>
        <translation>未知几何类型“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/layer_role.cpp" line="61"/>
        <source>role &quot;%1&quot; lists no geometry</source>
        <translation>图层角色“%1”未列出几何类型</translation>
    </message>
    <message>
        <location filename="../src/core/layer_role.cpp" line="67"/>
        <source>a field of role &quot;%1&quot; has no name</source>
        <translation>图层角色“%1”的某个字段没有名称</translation>
    </message>
    <message>
        <location filename="../src/core/layer_role.cpp" line="83"/>
        <source>field &quot;%1&quot; has a title for &quot;%2&quot;, which is not one of its values</source>
        <translation>字段“%1”为“%2”设置了名称，但它不是该字段的取值</translation>
    </message>
</context>
<context>
    <name>wm::ListImport</name>
    <message>
        <location filename="../src/io/list_import.cpp" line="31"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="32"/>
        <source>normalised</source>
        <translation>规范化后</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="33"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="34"/>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="138"/>
        <source>outside the project&apos;s area: %1</source>
        <translation>不在本项目范围内：%1</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="152"/>
        <source>%1 name match%2</source>
        <translation>名称%1匹配%2</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="158"/>
        <source>placed, but the name is a %1 match</source>
        <translation>已落点，但名称为%1匹配</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="161"/>
        <source>no coordinates and no names to match</source>
        <translation>没有坐标，也没有可匹配的名称</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="296"/>
        <source>approximate position: the centre of its township&apos;s village points</source>
        <translation>近似位置：所在乡镇各村点的中心</translation>
    </message>
    <message>
        <location filename="../src/io/list_import.cpp" line="298"/>
        <source>division chosen in the import wizard (%1 name match)</source>
        <translation>在导入向导中选定的区划（名称%1匹配）</translation>
    </message>
</context>
<context>
    <name>wm::LiveCoverage</name>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="160"/>
        <source>%1: %2 of %3 villages within %4 (%5 beyond) — %6</source>
        <translation>%1：%3 个村庄中 %2 个在 %4 内（%5 个超出）— %6</translation>
    </message>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="166"/>
        <source>passes</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/app/live_coverage.cpp" line="166"/>
        <source>fails</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>wm::LiveFacilityCoverage</name>
    <message>
        <location filename="../src/analysis/live_facility_coverage.cpp" line="26"/>
        <source>no available layer &quot;%1&quot;</source>
        <translation>没有可用的图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/live_facility_coverage.cpp" line="45"/>
        <source>rule &quot;%1&quot;: a %2 rule is not followed while dragging</source>
        <translation>规则“%1”：拖动时不跟踪 %2 类规则</translation>
    </message>
</context>
<context>
    <name>wm::LiveServiceRadius</name>
    <message>
        <location filename="../src/analysis/live_service_radius.cpp" line="164"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>wm::LiveServiceTime</name>
    <message>
        <location filename="../src/analysis/live_service_time.cpp" line="371"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>wm::LoadReport</name>
    <message>
        <location filename="../src/core/load_report.cpp" line="18"/>
        <source>… further notes omitted</source>
        <translation>……其余说明从略</translation>
    </message>
</context>
<context>
    <name>wm::MainWindow</name>
    <message>
        <location filename="../src/app/main_window.cpp" line="74"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="79"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="85"/>
        <location filename="../src/app/main_window.cpp" line="294"/>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="97"/>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="117"/>
        <source>Map scale; type a value such as 1:50000</source>
        <translation>地图比例尺；可输入如 1:50000</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="123"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="183"/>
        <source>Drawn in %1 ms: %2 features, %3 labels</source>
        <translation>绘制用时 %1 毫秒：%2 个要素，%3 个标注</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="210"/>
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="214"/>
        <source>%1  |  x %2 m, y %3 m</source>
        <translation>%1  |  x %2 米，y %3 米</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="242"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="243"/>
        <source>&amp;New Project for a City or County…</source>
        <translation>为市或县新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="246"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="248"/>
        <source>&amp;Add Layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="250"/>
        <source>Add &amp;Tile Service…</source>
        <translation>添加瓦片服务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="251"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="253"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="256"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="259"/>
        <source>&amp;Import List…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="266"/>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="291"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="293"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="296"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="298"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="299"/>
        <source>Zoom to &amp;All</source>
        <translation>缩放至全图(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="301"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="303"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="312"/>
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="317"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="331"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="332"/>
        <source>Check &amp;Coverage</source>
        <translation>覆盖检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="364"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="365"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="377"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="378"/>
        <source>The language changes when WorksMap is restarted.</source>
        <translation>重新启动 WorksMap 后语言设置生效。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="382"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="383"/>
        <source>&amp;About WorksMap</source>
        <translation>关于 WorksMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="385"/>
        <source>About WorksMap</source>
        <translation>关于 WorksMap</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="386"/>
        <source>WorksMap %1 — maps of livelihood works for city and county planners.</source>
        <translation>WorksMap %1 —— 面向市县规划人员的民生工程地图工具。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="396"/>
        <source>Open project or data</source>
        <translation>打开项目或数据</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="397"/>
        <source>WorksMap projects (*.worksmap.json *.json);;Vector data (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;Rasters (*.tif *.tiff *.mbtiles *.gpkg);;All files (*)</source>
        <translation>WorksMap 项目 (*.worksmap.json *.json);;矢量数据 (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;栅格 (*.tif *.tiff *.mbtiles *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="478"/>
        <source>Files outside the project folder</source>
        <translation>项目文件夹之外的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/main_window.cpp" line="479"/>
        <source>This project reads %n file(s) outside its folder:

%1

Read them? Allow this only for a project you trust; the project then says so (&quot;allowExternalSources&quot;) when saved.</source>
        <translation>
            <numerusform>本项目读取其文件夹之外的 %n 个文件：

%1

是否读取？只对您信任的项目这样做；保存时项目会记下这一点（&quot;allowExternalSources&quot;）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="510"/>
        <source>Shared Database Password</source>
        <translation>共享数据库密码</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="511"/>
        <source>Password for %1
(kept until WorksMap closes; never written into the project):</source>
        <translation>%1 的密码
（仅保留到 WorksMap 关闭，不会写入项目文件）：</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="600"/>
        <source>Vector data and rasters (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>矢量数据和栅格 (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf *.tif *.tiff *.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="409"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="435"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="436"/>
        <source>WorksMap could not open this file.

%1</source>
        <translation>WorksMap 无法打开此文件。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="455"/>
        <source>Layers unavailable</source>
        <translation>图层不可用</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="456"/>
        <source>These layers could not be read; they stay in the project:

%1</source>
        <translation>以下图层无法读取，仍保留在项目中：

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="536"/>
        <source>Web-map coordinates?</source>
        <translation>网络地图坐标？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="537"/>
        <source>Layer &quot;%1&quot; %2.

Read it as %3?</source>
        <translation>图层“%1”%2。

按 %3 读取？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="561"/>
        <source>Cannot read the layer again</source>
        <translation>无法重新读取图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="576"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="577"/>
        <source>City of Hebei (or type a county&apos;s name or code, e.g. 平泉市 or 130881):</source>
        <translation>河北省设区市（或输入县名、县代码，如 平泉市 或 130881）：</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="582"/>
        <source>Folder to create the project in</source>
        <translation>新项目所在文件夹</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="590"/>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="599"/>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="625"/>
        <source>Layer role</source>
        <translation>图层角色</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="626"/>
        <source>%1 looks like a &quot;%2&quot; layer. Role:</source>
        <translation>%1 看起来是“%2”图层。角色：</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="647"/>
        <source>Cannot add layer</source>
        <translation>无法添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="648"/>
        <source>The layer was not added.

%1</source>
        <translation>图层未添加。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="666"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="668"/>
        <source>WorksMap projects (*.worksmap.json)</source>
        <translation>WorksMap 项目 (*.worksmap.json)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="683"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="684"/>
        <source>The project was not saved.

%1</source>
        <translation>项目未保存。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="697"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="706"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="706"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="728"/>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>wm::MapCanvas</name>
    <message>
        <location filename="../src/app/map_canvas.cpp" line="292"/>
        <source>Open a project (File ▸ Open) to see its map.</source>
        <translation>请打开项目（文件 ▸ 打开）以查看地图。</translation>
    </message>
</context>
<context>
    <name>wm::Measures</name>
    <message>
        <location filename="../src/analysis/measures.cpp" line="235"/>
        <source>layer &quot;%1&quot; has no code field &quot;%2&quot;</source>
        <translation>图层“%1”没有代码字段“%2”</translation>
    </message>
</context>
<context>
    <name>wm::OffsetNote</name>
    <message>
        <location filename="../src/io/offset_note.cpp" line="66"/>
        <source>looks like %1: its outlines lie a median %2 m from those of &quot;%3&quot; (%4 vertices), %5 m once read as %1; if it came from a web map, set its coordinates to %1 (&quot;sourceCrs&quot;: &quot;%6&quot;)</source>
        <translation>疑似 %1 坐标：其边界线与“%3”的边界中位距离 %2 米（%4 个顶点），按 %1 读取后为 %5 米；如来自网络地图，请将其坐标设为 %1（&quot;sourceCrs&quot;: &quot;%6&quot;）</translation>
    </message>
    <message>
        <location filename="../src/io/offset_note.cpp" line="77"/>
        <source>its outlines lie a median %1 m from those of &quot;%2&quot; (%3 vertices) and %4 m once moved into GCJ-02: &quot;%2&quot; looks like GCJ-02 (set its &quot;sourceCrs&quot; to &quot;gcj02&quot;)</source>
        <translation>其边界线与“%2”的边界中位距离 %1 米（%3 个顶点），换算到 GCJ-02 后为 %4 米：“%2”疑似 GCJ-02 坐标（请将其 &quot;sourceCrs&quot; 设为 &quot;gcj02&quot;）</translation>
    </message>
</context>
<context>
    <name>wm::OutputGuard</name>
    <message>
        <location filename="../src/io/output_guard.cpp" line="48"/>
        <source>the rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../src/io/output_guard.cpp" line="60"/>
        <source>the project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../src/io/output_guard.cpp" line="61"/>
        <source>the project&apos;s works GeoPackage</source>
        <translation>项目的工程 GeoPackage</translation>
    </message>
    <message>
        <location filename="../src/io/output_guard.cpp" line="66"/>
        <source>the source of layer &quot;%1&quot;</source>
        <translation>图层“%1”的数据源</translation>
    </message>
    <message>
        <location filename="../src/io/output_guard.cpp" line="86"/>
        <source>a project file</source>
        <translation>一个项目文件</translation>
    </message>
    <message>
        <location filename="../src/io/output_guard.cpp" line="105"/>
        <source>this is %1; WorksMap never writes over what it reads, choose another output</source>
        <translation>这是%1；WorksMap 从不覆盖它读取的文件，请另选输出</translation>
    </message>
</context>
<context>
    <name>wm::OutputSet</name>
    <message>
        <location filename="../src/core/output_set.cpp" line="53"/>
        <source>cannot complete the replacement an interrupted run left under way</source>
        <translation>无法完成中断的运行未完成的替换</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="60"/>
        <source>completed the replacement of %1 file(s) an interrupted run left under way in %2</source>
        <translation>已完成 %2 中被中断运行遗留的 %1 个文件的替换</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="70"/>
        <source>removed %1, the unfinished outputs of a run that was stopped</source>
        <translation>已删除 %1（一次被中止运行的未完成输出）</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="79"/>
        <source>cannot create the output folder</source>
        <translation>无法创建输出文件夹</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="88"/>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="115"/>
        <source>was not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <location filename="../src/core/output_set.cpp" line="127"/>
        <source>cannot replace the file</source>
        <translation>无法替换该文件</translation>
    </message>
</context>
<context>
    <name>wm::PageTemplate</name>
    <message>
        <location filename="../src/render/page_template.cpp" line="65"/>
        <source>unknown page size &quot;%1&quot; (A5, A4, A3, A2 or [width, height] in mm)</source>
        <translation>未知纸张大小“%1”（A5、A4、A3、A2 或以毫米计的 [宽, 高]）</translation>
    </message>
    <message>
        <location filename="../src/render/page_template.cpp" line="72"/>
        <source>&quot;page&quot; as [width, height] wants two sizes of 50 to 2000 mm</source>
        <translation>“page”写作 [宽, 高] 时需要两个 50 到 2000 毫米的尺寸</translation>
    </message>
    <message>
        <location filename="../src/render/page_template.cpp" line="80"/>
        <source>&quot;orientation&quot; is landscape or portrait, not &quot;%1&quot;</source>
        <translation>“orientation”须为 landscape 或 portrait，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/render/page_template.cpp" line="83"/>
        <source>&quot;dpi&quot; wants 36 to 1200</source>
        <translation>“dpi”须在 36 到 1200 之间</translation>
    </message>
    <message>
        <location filename="../src/render/page_template.cpp" line="91"/>
        <source>&quot;margins&quot; wants one number or [top, right, bottom, left]</source>
        <translation>“margins”须为一个数字或 [上, 右, 下, 左]</translation>
    </message>
    <message>
        <location filename="../src/render/page_template.cpp" line="108"/>
        <source>the margins and side column leave no room for the map</source>
        <translation>页边距和侧栏占满了页面，没有地图的位置</translation>
    </message>
</context>
<context>
    <name>wm::PartialFile</name>
    <message>
        <location filename="../src/core/partial_file.cpp" line="58"/>
        <source>removed %1, left unfinished by a run that was stopped</source>
        <translation>已删除 %1（一次被中止运行留下的未完成文件）</translation>
    </message>
</context>
<context>
    <name>wm::PgChangeListener</name>
    <message>
        <location filename="../src/io/pg_change_listener.cpp" line="57"/>
        <source>the connection to the shared database was lost; retrying</source>
        <translation>与共享数据库的连接已断开，正在重试</translation>
    </message>
</context>
<context>
    <name>wm::PgConnection</name>
    <message>
        <location filename="../src/io/pg_connection.cpp" line="176"/>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../src/io/pg_connection.cpp" line="198"/>
        <source>the connection was lost: %1</source>
        <translation>连接已断开：%1</translation>
    </message>
</context>
<context>
    <name>wm::PgEditSaver</name>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="23"/>
        <source>new feature %1</source>
        <translation>新要素 %1</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="23"/>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="126"/>
        <source>table %1 has no version column: it was not published by WorksMap, and saving could overwrite other people&apos;s edits unseen. Publish the project with worksmap-cli publish and edit the published tables.</source>
        <translation>表 %1 没有版本（version）列：它不是由 WorksMap 发布的，保存可能在不知情时覆盖他人的修改。请用 worksmap-cli publish 发布项目，再编辑发布后的表。</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="133"/>
        <source>the project&apos;s coordinate system (%1) has no EPSG code, which PostGIS needs to store geometries</source>
        <translation>项目坐标系（%1）没有 EPSG 代码，PostGIS 存储几何需要该代码</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="250"/>
        <source>%1: the database refused %2: %3 (your role may edit only the features of its own county, or none)</source>
        <translation>%1：数据库拒绝了%2：%3（您的角色只能编辑本县的要素，或不能编辑）</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="257"/>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="319"/>
        <source>%1: %2 may not be changed or deleted by your role</source>
        <translation>%1：您的角色不能修改或删除%2</translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="321"/>
        <source>%1: %2 belongs to county %3, which your role may not edit</source>
        <translation>%1：%2 属于县 %3，您的角色不能编辑该县的要素</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/io/pg_edit_saver.cpp" line="347"/>
        <source>%n feature(s) were changed or deleted by someone else since you read them; nothing was saved</source>
        <translation>
            <numerusform>%n 个要素在您读取后已被他人修改或删除；未保存任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/io/pg_edit_saver.cpp" line="408"/>
        <source>the database refused the save (nothing was written): %1</source>
        <translation>数据库拒绝了保存（未写入任何内容）：%1</translation>
    </message>
</context>
<context>
    <name>wm::PgNearData</name>
    <message>
        <location filename="../src/sql/pg_near_data.cpp" line="169"/>
        <source>count of %1</source>
        <translation>%1 计数</translation>
    </message>
    <message>
        <location filename="../src/sql/pg_near_data.cpp" line="183"/>
        <source>sum of %1 in %2</source>
        <translation>%2 的 %1 合计</translation>
    </message>
    <message>
        <location filename="../src/sql/pg_near_data.cpp" line="193"/>
        <source>km of %1</source>
        <translation>%1 公里数</translation>
    </message>
    <message>
        <location filename="../src/sql/pg_near_data.cpp" line="219"/>
        <source>%1 within %2 m of %3</source>
        <translation>%1 距 %3 %2 米以内</translation>
    </message>
    <message>
        <location filename="../src/sql/pg_near_data.cpp" line="290"/>
        <source>%1 read whole</source>
        <translation>%1 整表读取</translation>
    </message>
</context>
<context>
    <name>wm::PlanSheet</name>
    <message>
        <location filename="../src/analysis/plan_sheet.cpp" line="129"/>
        <source>no works feature names scenario &quot;%1&quot;; the project has no scenarios (no proposed features)</source>
        <translation>没有工程要素属于方案“%1”；项目中没有方案（没有拟建要素）</translation>
    </message>
    <message>
        <location filename="../src/analysis/plan_sheet.cpp" line="133"/>
        <source>no works feature names scenario &quot;%1&quot;; the scenarios are: %2</source>
        <translation>没有工程要素属于方案“%1”；现有方案：%2</translation>
    </message>
    <message>
        <location filename="../src/analysis/plan_sheet.cpp" line="138"/>
        <source>the scenario name is empty</source>
        <translation>方案名称为空</translation>
    </message>
    <message>
        <location filename="../src/analysis/plan_sheet.cpp" line="154"/>
        <source>the project has no boundary layer: no proposal is placed in a county</source>
        <translation>项目没有行政区划图层：拟建项目无法落到县</translation>
    </message>
</context>
<context>
    <name>wm::PlannerNumbers</name>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="96"/>
        <source>cannot read &quot;%1&quot; as a number: %2</source>
        <translation>无法将“%1”读作数字：%2</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="129"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="132"/>
        <source>a thousands separator not followed by three digits</source>
        <translation>千位分隔符后不是三位数字</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="155"/>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="161"/>
        <source>a pipe diameter where a %1 value is expected</source>
        <translation>此处应为%1数值，却是管径</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="162"/>
        <source>plain</source>
        <translation>纯数字</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="173"/>
        <source>a count where %1 is expected</source>
        <translation>此处应为%1，却是个数</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="180"/>
        <source>%1 cannot be converted into %2</source>
        <translation>%1 无法换算为 %2</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="191"/>
        <source>a percentage where %1 is expected</source>
        <translation>此处应为%1，却是百分比</translation>
    </message>
    <message>
        <location filename="../src/io/planner_numbers.cpp" line="201"/>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
</context>
<context>
    <name>wm::PointColumns</name>
    <message>
        <location filename="../src/io/point_columns.cpp" line="74"/>
        <source>x/y &quot;%1&quot;, &quot;%2&quot; are not numbers</source>
        <translation>x/y “%1”、“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="89"/>
        <source>x %1 has no Gauss-Krüger zone prefix (e.g. 38512345.6)</source>
        <translation>x %1 没有高斯-克吕格带号（如 38512345.6）</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="94"/>
        <source>zone %1 is not a Chinese Gauss-Krüger zone</source>
        <translation>第 %1 带不是中国的高斯-克吕格投影带</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="101"/>
        <source>x/y %1, %2 cannot be transformed from %3</source>
        <translation>x/y %1、%2 无法从 %3 转换</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="105"/>
        <source>x/y %1, %2 fall at %3°E %4°N, outside the expected area</source>
        <translation>x/y %1、%2 落在东经 %3° 北纬 %4°，超出预期范围</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="113"/>
        <source>x and y given the other way round: read as y, x</source>
        <translation>x 和 y 填反了：按 y、x 读取</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="147"/>
        <source>%1, %2 is outside the expected area</source>
        <translation>%1、%2 超出预期范围</translation>
    </message>
    <message>
        <location filename="../src/io/point_columns.cpp" line="152"/>
        <source>longitude and latitude given the other way round: swapped</source>
        <translation>经度和纬度填反了：已对调</translation>
    </message>
</context>
<context>
    <name>wm::PostgisPublisher</name>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="198"/>
        <source>schema &quot;%1&quot;: use lower-case letters a–z, digits and &apos;_&apos; (at most 40, not starting with a digit)</source>
        <translation>模式“%1”：只能使用小写字母 a–z、数字和“_”（最多 40 个字符，不能以数字开头）</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="203"/>
        <source>schema &quot;%1&quot; is reserved; choose a schema of the project&apos;s own</source>
        <translation>模式“%1”为保留名称；请为项目另选模式</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="237"/>
        <source>PostGIS is not installed in this database and this user cannot install it (%1). Ask the administrator to run CREATE EXTENSION postgis;</source>
        <translation>此数据库未安装 PostGIS，当前用户也无权安装（%1）。请管理员执行 CREATE EXTENSION postgis;</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="246"/>
        <source>schema &quot;%1&quot; already holds %2 tables that WorksMap did not publish; choose another schema (--schema)</source>
        <translation>模式“%1”已有 %2 个非 WorksMap 发布的表；请另选模式（--schema）</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="252"/>
        <source>schema &quot;%1&quot; holds another project (&quot;%2&quot;, published %3 by %4); choose another schema (--schema)</source>
        <translation>模式“%1”中是另一个项目（“%2”，由 %4 于 %3 发布）；请另选模式（--schema）</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="259"/>
        <source>%1 features of schema &quot;%2&quot; were added, changed or deleted in the database since it was published (%3 by %4); publishing again would overwrite them. Keep them (open the shared project instead) or pass --replace.</source>
        <translation>模式“%2”自发布以来（%4 于 %3 发布）已在数据库中新增、修改或删除了 %1 个要素；再次发布会覆盖这些修改。请保留它们（改为打开共享项目），或使用 --replace。</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="281"/>
        <source>layer &quot;%1&quot; is unavailable: %2</source>
        <translation>图层“%1”不可用：%2</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="282"/>
        <source>%1: a raster, kept as it is (%2)</source>
        <translation>%1：栅格图层，保持不变（%2）</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="288"/>
        <source>layer &quot;%1&quot; has the unknown role &quot;%2&quot;</source>
        <translation>图层“%1”的角色“%2”未知</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="293"/>
        <source>layers &quot;%1&quot; and another one would both be table &quot;%2&quot;; give them ids that differ in more than case</source>
        <translation>图层“%1”与另一图层会对应同一个表“%2”；请使两者的标识不只是大小写不同</translation>
    </message>
    <message>
        <location filename="../src/io/postgis_publisher.cpp" line="314"/>
        <source>layer &quot;%1&quot; has a column &quot;%2&quot;, a name the shared store keeps for itself (%3); rename the column first</source>
        <translation>图层“%1”有名为“%2”的列，该名称为共享库保留（%3）；请先重命名该列</translation>
    </message>
</context>
<context>
    <name>wm::Project</name>
    <message>
        <location filename="../src/core/project.cpp" line="32"/>
        <source>%1 has a control character (U+%2) at position %3</source>
        <translation>%1 在第 %3 个字符处含控制字符（U+%2）</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="49"/>
        <source>not a WorksMap project (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>不是 WorksMap 项目（“format”不是“%1”）</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="52"/>
        <source>project schema version %1 is not supported (this WorksMap reads 1 to %2)</source>
        <translation>不支持项目结构版本 %1（此版 WorksMap 可读 1 至 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="64"/>
        <source>unknown coordinate system &quot;%1&quot;</source>
        <translation>未知坐标系“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="84"/>
        <source>layer %1 needs &quot;id&quot;, &quot;source&quot; and &quot;role&quot;</source>
        <translation>第 %1 个图层需要“id”、“source”和“role”</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="85"/>
        <source>layer %1: &quot;source&quot;</source>
        <translation>第 %1 个图层的 &quot;source&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="87"/>
        <source>two layers have the id &quot;%1&quot;</source>
        <translation>有两个图层的 id 都是“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="91"/>
        <source>layer %1: &quot;layer&quot;</source>
        <translation>第 %1 个图层的 &quot;layer&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="106"/>
        <source>layer &quot;%1&quot;: unknown render &quot;%2&quot; (use auto, rgb, grey or hillshade)</source>
        <translation>图层“%1”：未知的绘制方式“%2”（可用 auto、rgb、grey 或 hillshade）</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="244"/>
        <source>%1 lies outside the project&apos;s folder, and the project does not allow sources from elsewhere (add the file with Add Layer, or set &quot;allowExternalSources&quot;: true in %2)</source>
        <translation>%1 位于项目文件夹之外，而项目不允许读取外部数据源（请用“添加图层”加入该文件，或在 %2 中设置 &quot;allowExternalSources&quot;: true）</translation>
    </message>
    <message>
        <location filename="../src/core/project.cpp" line="255"/>
        <source>the works GeoPackage %1 (&quot;worksPackage&quot;) lies outside the project&apos;s folder; WorksMap writes only inside it</source>
        <translation>工程数据包 %1（&quot;worksPackage&quot;）位于项目文件夹之外；WorksMap 只在项目文件夹内写入</translation>
    </message>
</context>
<context>
    <name>wm::ProjectCreator</name>
    <message>
        <location filename="../src/io/project_creator.cpp" line="99"/>
        <location filename="../src/io/project_creator.cpp" line="114"/>
        <location filename="../src/io/project_creator.cpp" line="127"/>
        <location filename="../src/io/project_creator.cpp" line="139"/>
        <location filename="../src/io/project_creator.cpp" line="247"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="110"/>
        <source>cannot write county %1</source>
        <translation>无法写入县 %1</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="124"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="275"/>
        <source>cannot read the bundled Hebei boundaries</source>
        <translation>无法读取随附的河北省边界数据</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="287"/>
        <source>not a city or county of Hebei (cities: %1; a county by name or 6-digit code)</source>
        <translation>不是河北省的市或县（设区市：%1；县可用名称或 6 位代码）</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="294"/>
        <source>the folder is not empty; choose a new one</source>
        <translation>文件夹不为空，请另选一个新文件夹</translation>
    </message>
    <message>
        <location filename="../src/io/project_creator.cpp" line="296"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>wm::ProjectLoader</name>
    <message>
        <location filename="../src/io/project_loader.cpp" line="106"/>
        <source>auto: no layer extent known, default zone</source>
        <translation>自动：图层范围未知，采用默认投影带</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="56"/>
        <source>%1 features outside the project area (the boundary layers): fid %2%3</source>
        <translation>%1 个要素位于项目范围（边界图层）之外：fid %2%3</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="91"/>
        <source>auto: CGCS2000 3° zone nearest the centre of the boundary layers %1°E</source>
        <translation>自动：离边界图层中心 %1°E 最近的 CGCS2000 3° 带</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="100"/>
        <source>auto: CGCS2000 3° zone nearest the median centre of the features %1°E</source>
        <translation>自动：离要素中位中心 %1°E 最近的 CGCS2000 3° 带</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="121"/>
        <source>file not found: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="154"/>
        <source>role %1 takes %2 geometry, the source has %3</source>
        <translation>图层角色 %1 接受%2几何，数据源为%3</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="198"/>
        <source>%1 features left in the database (more than %2): measured there</source>
        <translation>%1 个要素留在数据库中（超过 %2 个）：在数据库中计算</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="211"/>
        <source>layer &quot;%1&quot;: unknown role &quot;%2&quot; (known: %3)</source>
        <translation>图层“%1”：未知图层角色“%2”（已知：%3）</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="220"/>
        <source>set in the project</source>
        <translation>项目中设定</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="271"/>
        <source>loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <location filename="../src/io/project_loader.cpp" line="342"/>
        <source>layer &quot;%1&quot; (%2) fits no layer role (%3)</source>
        <translation>图层“%1”（%2）不符合任何图层角色（%3）</translation>
    </message>
</context>
<context>
    <name>wm::ProjectOpener</name>
    <message>
        <location filename="../src/io/project_opener.cpp" line="33"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/io/project_opener.cpp" line="57"/>
        <source>layer &quot;%1&quot; is unavailable, nothing is computed without it: %2</source>
        <translation>图层“%1”不可用，缺少它不作任何计算：%2</translation>
    </message>
</context>
<context>
    <name>wm::ProjectProposals</name>
    <message>
        <location filename="../src/io/project_proposals.cpp" line="27"/>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>项目中没有图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/project_proposals.cpp" line="33"/>
        <source>layer &quot;%1&quot; has no layer role</source>
        <translation>图层“%1”没有图层角色</translation>
    </message>
    <message>
        <location filename="../src/io/project_proposals.cpp" line="71"/>
        <source>layer &quot;%1&quot; has no column for the field &quot;%2&quot; of a proposal</source>
        <translation>图层“%1”没有可存放拟建项目字段“%2”的列</translation>
    </message>
</context>
<context>
    <name>wm::RasterController</name>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="39"/>
        <source>overviews %p%</source>
        <translation>金字塔 %p%</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="54"/>
        <source>Overviews not built</source>
        <translation>未能建立金字塔</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="98"/>
        <source>Tiles: %1 failed</source>
        <translation>瓦片：%1 个失败</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="99"/>
        <source>Tiles: %1 loading, %2 failed</source>
        <translation>瓦片：%1 个加载中，%2 个失败</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="100"/>
        <source>Tiles: %1 loading</source>
        <translation>瓦片：%1 个加载中</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="147"/>
        <source>Cannot add the tile service</source>
        <translation>无法添加瓦片服务</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="169"/>
        <source>Build overviews?</source>
        <translation>建立金字塔？</translation>
    </message>
    <message>
        <location filename="../src/app/raster_controller.cpp" line="170"/>
        <source>%1 is %2 × %3 pixels and has no overviews (reduced copies for views of a large area): every view of all of it reads all %4 million pixels, which is slow.

Build them now? They are kept in WorksMap&apos;s cache; your file and its folder are not changed. Asked once per file.</source>
        <translation>%1 有 %2 × %3 像素，且没有金字塔（用于大范围显示的缩小副本）：每次显示全图都要读取全部 %4 百万像素，速度很慢。

现在建立金字塔吗？金字塔保存在 WorksMap 的缓存中，不会改动您的文件及其所在文件夹。每个文件只询问一次。</translation>
    </message>
</context>
<context>
    <name>wm::RasterLayer</name>
    <message>
        <location filename="../src/io/raster_layer.cpp" line="32"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
</context>
<context>
    <name>wm::RasterOverviews</name>
    <message>
        <location filename="../src/io/raster_overviews.cpp" line="47"/>
        <source>cannot create the cache folder for overviews</source>
        <translation>无法创建金字塔的缓存文件夹</translation>
    </message>
    <message>
        <location filename="../src/io/raster_overviews.cpp" line="55"/>
        <source>cannot read as a raster</source>
        <translation>无法作为栅格读取</translation>
    </message>
    <message>
        <location filename="../src/io/raster_overviews.cpp" line="70"/>
        <source>cannot describe the raster as a VRT</source>
        <translation>无法将栅格描述为 VRT</translation>
    </message>
    <message>
        <location filename="../src/io/raster_overviews.cpp" line="104"/>
        <source>cannot build overviews</source>
        <translation>无法建立金字塔</translation>
    </message>
    <message>
        <location filename="../src/io/raster_overviews.cpp" line="109"/>
        <source>cannot move the overviews into the cache</source>
        <translation>无法将金字塔移入缓存</translation>
    </message>
</context>
<context>
    <name>wm::RasterWarp</name>
    <message>
        <location filename="../src/io/raster_warp.cpp" line="93"/>
        <source>colour drawing needs 3 bands (and an optional alpha band), the raster has %1</source>
        <translation>彩色绘制需要 3 个波段（外加可选的透明度波段），该栅格有 %1 个</translation>
    </message>
    <message>
        <location filename="../src/io/raster_warp.cpp" line="101"/>
        <source>cannot make a %1×%2 raster in memory</source>
        <translation>无法在内存中创建 %1×%2 的栅格</translation>
    </message>
    <message>
        <location filename="../src/io/raster_warp.cpp" line="122"/>
        <source>cannot resample the raster: %1</source>
        <translation>无法重采样栅格：%1</translation>
    </message>
    <message>
        <location filename="../src/io/raster_warp.cpp" line="123"/>
        <source>GDALWarp failed</source>
        <translation>GDALWarp 失败</translation>
    </message>
    <message>
        <location filename="../src/io/raster_warp.cpp" line="132"/>
        <location filename="../src/io/raster_warp.cpp" line="140"/>
        <source>cannot read the resampled raster</source>
        <translation>无法读取重采样后的栅格</translation>
    </message>
</context>
<context>
    <name>wm::RoadNetwork</name>
    <message>
        <location filename="../src/analysis/road_network.cpp" line="66"/>
        <source>the road layer has no field &quot;%1&quot;</source>
        <translation>道路图层没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/road_network.cpp" line="194"/>
        <source>layer &quot;%1&quot; has no road lines</source>
        <translation>图层“%1”没有道路线</translation>
    </message>
</context>
<context>
    <name>wm::RoadSpeeds</name>
    <message>
        <location filename="../src/core/road_speeds.cpp" line="42"/>
        <source>&quot;%1&quot; must be a speed in km/h above 0</source>
        <translation>“%1”须为大于 0 的速度（公里/时）</translation>
    </message>
</context>
<context>
    <name>wm::RoleRegistry</name>
    <message>
        <location filename="../src/core/role_registry.cpp" line="26"/>
        <source>layer role folder not found</source>
        <translation>找不到图层角色文件夹</translation>
    </message>
    <message>
        <location filename="../src/core/role_registry.cpp" line="48"/>
        <source>no layer role definitions (*.json) found</source>
        <translation>找不到图层角色定义（*.json）</translation>
    </message>
</context>
<context>
    <name>wm::Rule</name>
    <message>
        <location filename="../src/analysis/rule.cpp" line="99"/>
        <source>rule &quot;%1&quot;: the project has no layer &quot;%2&quot;</source>
        <translation>规则“%1”：项目中没有图层“%2”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="103"/>
        <source>rule &quot;%1&quot;: layer &quot;%2&quot; is unavailable (%3)</source>
        <translation>规则“%1”：图层“%2”不可用（%3）</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="134"/>
        <source>rule &quot;%1&quot; (%2) reads &quot;%3&quot;, which its spec does not declare</source>
        <translation>规则“%1”（%2）读取了其规格未声明的“%3”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="145"/>
        <source>rule &quot;%1&quot; (%2) needs &quot;%3&quot;</source>
        <translation>规则“%1”（%2）需要“%3”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="166"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a number</source>
        <translation>规则“%1”：“%2”须为数字</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="176"/>
        <source>rule &quot;%1&quot;: cannot read the filter &quot;%2&quot;</source>
        <translation>规则“%1”：无法读取筛选条件“%2”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="193"/>
        <source>rule &quot;%1&quot;: &quot;measure&quot;: &quot;length&quot; needs a line layer</source>
        <translation>规则“%1”：“measure”: “length”需要线图层</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule.cpp" line="202"/>
        <source>rule &quot;%1&quot;: unknown measure &quot;%2&quot; (count, sum or length)</source>
        <translation>规则“%1”：未知度量“%2”（count、sum 或 length）</translation>
    </message>
</context>
<context>
    <name>wm::RuleCharts</name>
    <message>
        <location filename="../src/charts/rule_charts.cpp" line="65"/>
        <source>rule &quot;%1&quot; (%2) has no completion rates to rank: only target-progress rules do</source>
        <translation>规则“%1”（%2）没有可排名的完成率：只有任务进度规则才有</translation>
    </message>
    <message>
        <location filename="../src/charts/rule_charts.cpp" line="145"/>
        <source>no rule &quot;%1&quot; in the %2-level results (rules: %3)</source>
        <translation>%2级结果中没有规则“%1”（现有规则：%3）</translation>
    </message>
    <message>
        <location filename="../src/charts/rule_charts.cpp" line="243"/>
        <source>rule &quot;%1&quot; gives shares of units; shares of different rules do not add up, so they cannot be stacked</source>
        <translation>规则“%1”给出的是单元比例；不同规则的比例不能相加，因此无法堆叠</translation>
    </message>
</context>
<context>
    <name>wm::RuleCoLocation</name>
    <message>
        <location filename="../src/analysis/rule_co_location.cpp" line="87"/>
        <source>%1 of %2 %3 without a %4 within %5 m</source>
        <translation>%2 个%3中有 %1 个在 %5 米内没有%4</translation>
    </message>
</context>
<context>
    <name>wm::RuleFormDialog</name>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="34"/>
        <source>New Rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="46"/>
        <source>letters, digits, _ (names the output columns)</source>
        <translation>字母、数字、_（用于输出列名）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="48"/>
        <source>e.g. 每个乡镇设置1所卫生院</source>
        <translation>如：每个乡镇设置1所卫生院</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="49"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="50"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="51"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="154"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="204"/>
        <source>e.g. kind = clinic, status in (started, completed)</source>
        <translation>如 kind = clinic、status in (started, completed)</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="319"/>
        <source>Give the rule an id.</source>
        <translation>请为规则指定标识。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="321"/>
        <source>A rule with the id &quot;%1&quot; exists already.</source>
        <translation>标识为“%1”的规则已存在。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="336"/>
        <source>&quot;%1&quot; is needed.</source>
        <translation>需要填写“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="342"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>“%1”须为整数。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="346"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>“%1”须为 %2。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="345"/>
        <source>&quot;%1&quot; must be from 0 to 1.</source>
        <translation>“%1”须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="328"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <location filename="../src/app/rule_form_dialog.cpp" line="338"/>
        <source>&quot;%1&quot;: cannot read the condition (write field = value, field != value or field in (a, b)).</source>
        <translation>“%1”：无法识别条件（请写 字段 = 值、字段 != 值 或 字段 in (a, b)）。</translation>
    </message>
</context>
<context>
    <name>wm::RuleIndicator</name>
    <message>
        <location filename="../src/analysis/rule_indicator.cpp" line="71"/>
        <source>%1 short of %2</source>
        <translation>距 %2 差 %1</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_indicator.cpp" line="74"/>
        <source>%1 over %2</source>
        <translation>超出 %2 共 %1</translation>
    </message>
</context>
<context>
    <name>wm::RuleNoun</name>
    <message>
        <location filename="../src/analysis/rule_co_location.cpp" line="49"/>
        <location filename="../src/analysis/rule_one_per_unit.cpp" line="37"/>
        <source>features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_co_location.cpp" line="52"/>
        <source>neighbour</source>
        <translation>相邻设施</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_population_threshold.cpp" line="41"/>
        <source>facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_share_of_units.cpp" line="79"/>
        <source>townships</source>
        <translation>乡镇</translation>
    </message>
</context>
<context>
    <name>wm::RuleOnePerUnit</name>
    <message>
        <location filename="../src/analysis/rule_one_per_unit.cpp" line="56"/>
        <source>%1 %2 missing</source>
        <translation>缺 %1 个%2</translation>
    </message>
</context>
<context>
    <name>wm::RuleParameters</name>
    <message>
        <location filename="../src/analysis/rule_parameters.cpp" line="36"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a number</source>
        <translation>规则“%1”：“%2”须为数字</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_parameters.cpp" line="46"/>
        <source>rule &quot;%1&quot;: cannot read the filter &quot;%2&quot;</source>
        <translation>规则“%1”：无法读取筛选条件“%2”</translation>
    </message>
</context>
<context>
    <name>wm::RulePopulationThreshold</name>
    <message>
        <location filename="../src/analysis/rule_population_threshold.cpp" line="73"/>
        <source>population %1 &gt; %2: %3 of %4 %5</source>
        <translation>人口 %1 &gt; %2：%5 %3 个，需 %4 个</translation>
    </message>
</context>
<context>
    <name>wm::RuleRatio</name>
    <message>
        <location filename="../src/analysis/rule_ratio.cpp" line="86"/>
        <source>%1 %2, need %3</source>
        <translation>%1 %2，需 %3</translation>
    </message>
</context>
<context>
    <name>wm::RuleServiceRadius</name>
    <message>
        <location filename="../src/analysis/rule_service_radius.cpp" line="127"/>
        <source>%1 villages beyond %2 km</source>
        <translation>%1 个村在 %2 公里以外</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_service_radius.cpp" line="129"/>
        <source> (%1 km² uncovered)</source>
        <translation>（%1 平方公里未覆盖）</translation>
    </message>
</context>
<context>
    <name>wm::RuleServiceTime</name>
    <message>
        <location filename="../src/analysis/rule_service_time.cpp" line="95"/>
        <location filename="../src/analysis/rule_service_time.cpp" line="158"/>
        <source>rule &quot;%1&quot;: &quot;mode&quot; must be walk, bike or drive</source>
        <translation>规则“%1”：“mode”须为 walk、bike 或 drive</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_service_time.cpp" line="130"/>
        <source>road network: %1 nodes, %2 edges, %3 connected parts; %4 road ends snapped, %5 crossings of different levels not joined</source>
        <translation>道路网：%1 个节点，%2 条边，%3 个连通部分；%4 个道路端点已捕捉，%5 处不同层的交叉未连接</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_service_time.cpp" line="138"/>
        <source>no facility lies within 5 km of an open road</source>
        <translation>没有设施位于可通行道路 5 公里以内</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_service_time.cpp" line="192"/>
        <source>%1 villages beyond %2 min</source>
        <translation>%1 个村庄超出 %2 分钟</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_service_time.cpp" line="194"/>
        <source> (%1 unreachable by road)</source>
        <translation>（%1 个道路不可达）</translation>
    </message>
</context>
<context>
    <name>wm::RuleShareOfUnits</name>
    <message>
        <location filename="../src/analysis/rule_share_of_units.cpp" line="98"/>
        <source>rule &quot;%1&quot;: &quot;childCodeLength&quot; %2 is shorter than the codes of the units (%3 digits)</source>
        <translation>规则“%1”：&quot;childCodeLength&quot; %2 比单元代码（%3 位）还短</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_share_of_units.cpp" line="126"/>
        <source>rule &quot;%1&quot;: no code in &quot;%2&quot; of layer &quot;%3&quot; has %4 digits (&quot;childCodeLength&quot;)</source>
        <translation>规则“%1”：图层“%3”的“%2”中没有 %4 位的代码（&quot;childCodeLength&quot;）</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_share_of_units.cpp" line="147"/>
        <source>%1% of %2 (%3 of %4), need %5%</source>
        <translation>%2的 %1%（%4 个中 %3 个），需 %5%</translation>
    </message>
</context>
<context>
    <name>wm::RuleSpec</name>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="117"/>
        <source>rule &quot;%1&quot;: unknown key &quot;%2&quot; (%3 takes %4)</source>
        <translation>规则“%1”：未知键“%2”（%3 可用：%4）</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="121"/>
        <source>rule &quot;%1&quot; (%2) needs &quot;%3&quot;</source>
        <translation>规则“%1”（%2）需要“%3”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="123"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be text</source>
        <translation>规则“%1”：“%2”须为文本</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="125"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a number</source>
        <translation>规则“%1”：“%2”须为数字</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="127"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a whole number</source>
        <translation>规则“%1”：“%2”须为整数</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="131"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a share from 0 to 1</source>
        <translation>规则“%1”：“%2”须为 0 到 1 之间的比例</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="132"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be %3</source>
        <translation>规则“%1”：“%2”须为 %3</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="136"/>
        <source>rule &quot;%1&quot;: cannot read the filter in &quot;%2&quot;</source>
        <translation>规则“%1”：无法读取“%2”中的筛选条件</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_spec.cpp" line="138"/>
        <source>rule &quot;%1&quot;: &quot;%2&quot; is not one of the choices</source>
        <translation>规则“%1”：“%2”不是可选值之一</translation>
    </message>
</context>
<context>
    <name>wm::RuleTargetProgress</name>
    <message>
        <location filename="../src/analysis/rule_target_progress.cpp" line="154"/>
        <source>no task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_target_progress.cpp" line="163"/>
        <source>no actual</source>
        <translation>无完成量</translation>
    </message>
    <message>
        <location filename="../src/analysis/rule_target_progress.cpp" line="165"/>
        <source>%1% of target</source>
        <translation>完成任务的 %1%</translation>
    </message>
</context>
<context>
    <name>wm::RulesFile</name>
    <message>
        <location filename="../src/analysis/rules_file.cpp" line="88"/>
        <source>no rules in the file</source>
        <translation>文件中没有规则</translation>
    </message>
    <message>
        <location filename="../src/analysis/rules_file.cpp" line="97"/>
        <source>a rule has no &quot;id&quot;</source>
        <translation>有规则缺少“id”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rules_file.cpp" line="100"/>
        <source>two rules have the id &quot;%1&quot;</source>
        <translation>有两条规则的 id 都是“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/rules_file.cpp" line="103"/>
        <source>rule &quot;%1&quot;: unknown kind &quot;%2&quot; (known: %3)</source>
        <translation>规则“%1”：未知规则类型“%2”（已知：%3）</translation>
    </message>
    <message>
        <location filename="../src/analysis/rules_file.cpp" line="117"/>
        <source>no rule &quot;%1&quot; in the rules file (rules: %2)</source>
        <translation>规则文件中没有规则“%1”（现有规则：%2）</translation>
    </message>
</context>
<context>
    <name>wm::Scenario</name>
    <message>
        <location filename="../src/analysis/scenario.cpp" line="137"/>
        <source>no feature of any layer belongs to scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>没有任何图层的要素属于方案“%1”（项目中有：%2）</translation>
    </message>
</context>
<context>
    <name>wm::SharedLayerWatcher</name>
    <message>
        <location filename="../src/app/shared_layer_watcher.cpp" line="45"/>
        <source>Not hearing others&apos; changes to %1 yet: %2</source>
        <translation>暂时无法接收他人对 %1 的修改：%2</translation>
    </message>
    <message>
        <location filename="../src/app/shared_layer_watcher.cpp" line="64"/>
        <source>%1 could not be read again: %2</source>
        <translation>%1 无法重新读取：%2</translation>
    </message>
    <message>
        <location filename="../src/app/shared_layer_watcher.cpp" line="67"/>
        <source>%1: changes saved by others are shown.</source>
        <translation>%1：已显示他人保存的修改。</translation>
    </message>
</context>
<context>
    <name>wm::SnappingController</name>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="38"/>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="39"/>
        <location filename="../src/app/snapping_controller.cpp" line="45"/>
        <source>Snapping</source>
        <translation>捕捉</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="42"/>
        <source>Enable Snapping</source>
        <translation>启用捕捉</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="47"/>
        <source>Snap to vertices and segments while digitising (S)</source>
        <translation>数字化时捕捉到顶点和线段 (S)</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="59"/>
        <source>The layers new positions snap to</source>
        <translation>新位置捕捉的图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="61"/>
        <source>Current layer</source>
        <translation>当前图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="62"/>
        <source>All visible layers</source>
        <translation>所有可见图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="63"/>
        <source>Chosen layers</source>
        <translation>选定图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="82"/>
        <source>Layers Snapped To</source>
        <translation>捕捉的图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="85"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="94"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="95"/>
        <source>Snapping tolerance in screen pixels</source>
        <translation>捕捉容差（屏幕像素）</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="102"/>
        <source>Tolerance…</source>
        <translation>容差…</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="105"/>
        <source>Snapping tolerance</source>
        <translation>捕捉容差</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="105"/>
        <source>Tolerance (screen pixels):</source>
        <translation>容差（屏幕像素）：</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="111"/>
        <source>New Points onto Existing Points</source>
        <translation>新点可落在已有点上</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="114"/>
        <source>Points on Points</source>
        <translation>允许点叠点</translation>
    </message>
    <message>
        <location filename="../src/app/snapping_controller.cpp" line="116"/>
        <source>Let a new or moved point land on an existing point without holding Ctrl</source>
        <translation>新建或移动的点无需按住 Ctrl 即可落在已有点上</translation>
    </message>
</context>
<context>
    <name>wm::StyleEditor</name>
    <message>
        <location filename="../src/app/style_editor.cpp" line="73"/>
        <source>Style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="88"/>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="89"/>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="90"/>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="99"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="102"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="108"/>
        <location filename="../src/app/style_editor.cpp" line="190"/>
        <location filename="../src/app/style_editor.cpp" line="238"/>
        <location filename="../src/app/style_editor.cpp" line="328"/>
        <location filename="../src/app/style_editor.cpp" line="350"/>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="142"/>
        <source>Every feature is drawn with the symbol on the left.</source>
        <translation>所有要素都用左侧的符号绘制。</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="179"/>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="181"/>
        <source>Add a class for each value of the field that has none; the classes there keep their symbols</source>
        <translation>为字段中尚无类别的每个值添加类别；已有类别保留其符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="183"/>
        <source>Delete Classes</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="184"/>
        <source>Delete the selected classes</source>
        <translation>删除所选类别</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="190"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="190"/>
        <location filename="../src/app/style_editor.cpp" line="238"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="191"/>
        <source>Double-click a symbol or a value to change the class&apos;s symbol, a legend text to edit it</source>
        <translation>双击符号或值可修改该类别的符号，双击图例文字可编辑文字</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="221"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="222"/>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="223"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="224"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="227"/>
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="235"/>
        <source>Colour ramp:</source>
        <translation>色带：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="238"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="239"/>
        <source>Double-click a symbol or a range to change the class&apos;s symbol, a legend text to edit it</source>
        <translation>双击符号或范围可修改该类别的符号，双击图例文字可编辑文字</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="329"/>
        <location filename="../src/app/style_editor.cpp" line="352"/>
        <source>Symbol of other values</source>
        <translation>其他值的符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="351"/>
        <source>Base symbol of the classes</source>
        <translation>各分级的基础符号</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="115"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="97"/>
        <source>The layer has no numeric field</source>
        <translation>该图层没有数值字段</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="117"/>
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="121"/>
        <source>A field, or a text with fields in braces, e.g. {name} {spaces}</source>
        <translation>字段名，或用花括号引用字段的文本，如 {name} {spaces}</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="124"/>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="127"/>
        <source>Size (pt):</source>
        <translation>字号（磅）：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="130"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="135"/>
        <source>all scales</source>
        <translation>所有比例尺</translation>
    </message>
    <message>
        <location filename="../src/app/style_editor.cpp" line="136"/>
        <source>Only from scale:</source>
        <translation>仅在比例尺大于：</translation>
    </message>
</context>
<context>
    <name>wm::SuggestDialog</name>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="97"/>
        <location filename="../src/app/suggest_dialog.cpp" line="462"/>
        <source>Suggest Sites</source>
        <translation>推荐选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="118"/>
        <location filename="../src/app/suggest_dialog.cpp" line="444"/>
        <source>Facility kind</source>
        <translation>设施类别</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="121"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="123"/>
        <location filename="../src/app/suggest_dialog.cpp" line="446"/>
        <source>Travel time</source>
        <translation>出行时间</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="135"/>
        <location filename="../src/app/suggest_dialog.cpp" line="224"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="141"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="147"/>
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="154"/>
        <source>at</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="156"/>
        <location filename="../src/app/suggest_dialog.cpp" line="445"/>
        <source>Service area</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="160"/>
        <location filename="../src/app/suggest_dialog.cpp" line="447"/>
        <source>Number of sites</source>
        <translation>选址数量</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="162"/>
        <location filename="../src/app/suggest_dialog.cpp" line="448"/>
        <source>Fewest sites to cover</source>
        <translation>覆盖所需最少选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="177"/>
        <source> % of the villages</source>
        <translation> % 的村庄</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="184"/>
        <source>Sites</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="190"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="208"/>
        <location filename="../src/app/suggest_dialog.cpp" line="449"/>
        <source>Restrict to</source>
        <translation>限定范围</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="211"/>
        <location filename="../src/app/suggest_dialog.cpp" line="450"/>
        <source>Grid every</source>
        <translation>网格间距</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="213"/>
        <location filename="../src/app/suggest_dialog.cpp" line="451"/>
        <source>Points of layer</source>
        <translation>图层中的点</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="225"/>
        <source>half the radius</source>
        <translation>半径的一半</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="231"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="248"/>
        <source>Candidate sites</source>
        <translation>候选点</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="250"/>
        <location filename="../src/app/suggest_dialog.cpp" line="452"/>
        <source>Excluded zones</source>
        <translation>禁止选址区</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="255"/>
        <source>None (each village counts 1)</source>
        <translation>无（每个村计 1）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="264"/>
        <source>Weight villages by</source>
        <translation>村庄权重字段</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="273"/>
        <location filename="../src/app/suggest_dialog.cpp" line="453"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="276"/>
        <source>Sites are chosen to cover the most villages not yet within reach of an existing facility of the kind. Distances are straight lines; a travel time is read as speed × time.</source>
        <translation>选址使尚未被同类现有设施覆盖的村庄尽可能多地被覆盖。距离按直线计算；出行时间按速度×时间换算。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="291"/>
        <source>Choose the options and press Suggest.</source>
        <translation>设置选项后点击“推荐”。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="298"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="298"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="298"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="298"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="299"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="299"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="299"/>
        <source>Villages added</source>
        <translation>新增覆盖村数</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="304"/>
        <source>Double-click a site to show it on the map.</source>
        <translation>双击选址可在地图上显示。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="308"/>
        <source>Suggest</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="310"/>
        <source>Stop Solving</source>
        <translation>停止求解</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="312"/>
        <source>Keep the best sites found so far; the summary says how close to the best possible they are.</source>
        <translation>保留目前找到的最佳选址；摘要会说明它们与最优解的接近程度。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="314"/>
        <source>Add to Scenario</source>
        <translation>加入方案</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="403"/>
        <source>Suggesting sites…</source>
        <translation>正在推荐选址…</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="432"/>
        <source>No sites suggested.</source>
        <translation>没有推荐的选址。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="435"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="454"/>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="455"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="463"/>
        <source>The sites could not be suggested:
%1</source>
        <translation>无法推荐选址：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="475"/>
        <source>Villages within %1 of a %2: %3 of %4 (%5%) → %6 (%7%) with %n new site(s).</source>
        <translation>
            <numerusform>距%2 %1 以内的村庄：%4 个中 %3 个（%5%）→ %6 个（%7%），新增 %n 个选址。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="484"/>
        <source>Weighted by %1: %2% → %3% of the total.</source>
        <translation>按 %1 加权：占总量 %2% → %3%。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="488"/>
        <source>Target of %1% reached.</source>
        <translation>已达到 %1% 的目标。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="490"/>
        <source>No fewer sites can reach it (proven by the solver).</source>
        <translation>没有更少的选址能达到（求解器已证明）。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="491"/>
        <source>At least %1 sites are needed (the solver stopped before proving more).</source>
        <translation>至少需要 %1 个选址（求解器在证明更多之前已停止）。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="495"/>
        <source>Target of %1% not reachable: at most %2% with these candidates.</source>
        <translation>无法达到 %1% 的目标：这些候选点最多可达 %2%。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="499"/>
        <source>Optimal: no %n site(s) cover more (proven by the solver).</source>
        <translation>
            <numerusform>最优：任何 %n 个选址都不能覆盖更多（求解器已证明）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="501"/>
        <source>Within %1% of the best possible for %n site(s) (the solver was stopped).</source>
        <translation>
            <numerusform>与 %n 个选址的最优解相差不超过 %1%（求解已停止）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="504"/>
        <source>Within %1% of the best possible for %n site(s) (the solver stopped at its time limit).</source>
        <translation>
            <numerusform>与 %n 个选址的最优解相差不超过 %1%（求解器在时间限制处停止）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/suggest_dialog.cpp" line="509"/>
        <source>The sites add at least %1% of the best possible for %n site(s).</source>
        <translation>
            <numerusform>%n 个选址的新增覆盖至少达到理论最优的 %1%。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="512"/>
        <source>Candidates: %1, %2 considered, %3 in excluded zones.</source>
        <translation>候选点：%1，参与计算 %2 个，位于禁止区 %3 个。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="517"/>
        <source>Restricted to %1.</source>
        <translation>限定于 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/suggest_dialog.cpp" line="519"/>
        <source>Existing facilities of the kind: %1; proposals of other scenarios ignored: %2.</source>
        <translation>同类现有设施：%1；忽略其他方案的拟建项：%2。</translation>
    </message>
</context>
<context>
    <name>wm::SuggestSites</name>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="161"/>
        <source>the facility kind is missing</source>
        <translation>缺少设施类别</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="163"/>
        <source>the scenario name is empty</source>
        <translation>方案名称为空</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="166"/>
        <source>&quot;%1&quot;: use county or township</source>
        <translation>“%1”：请用 county（县）或 township（乡镇）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="170"/>
        <source>the project CRS %1 is not a projected CRS in metres</source>
        <translation>项目坐标系 %1 不是以米为单位的投影坐标系</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="178"/>
        <source>coverage on a road network needs minutes above 0</source>
        <translation>按道路网计算覆盖须给出大于 0 的分钟数</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="181"/>
        <source>on a road network the speeds come from the roads: give neither a radius nor a speed</source>
        <translation>按道路网计算时速度取自道路：不要给出半径或速度</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="187"/>
        <source>%1 min by road on &quot;%2&quot;</source>
        <translation>沿“%2”道路 %1 分钟</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="192"/>
        <source>a travel time needs both minutes and a speed above 0</source>
        <translation>出行时间需要大于 0 的分钟数和速度</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="195"/>
        <source>give a radius or a travel time, not both</source>
        <translation>请给出半径或出行时间，不要同时给出</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="197"/>
        <source>%1 min at %2 km/h = %3 (radius = speed × time, straight line)</source>
        <translation>%1 分钟 × %2 公里/小时 = %3（半径 = 速度 × 时间，直线距离）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="204"/>
        <source>the service radius must be above 0 (e.g. 3km)</source>
        <translation>服务半径须大于 0（如 3km）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="213"/>
        <source>the target share must be above 0 and at most 1 (100%)</source>
        <translation>目标比例须大于 0 且不超过 1（100%）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="215"/>
        <source>the number of sites must be at least 1</source>
        <translation>选址数量至少为 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="244"/>
        <source>township level needs a village layer or table with township codes and names</source>
        <translation>乡镇级需要带乡镇代码和名称的村庄图层或表格</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="254"/>
        <source>the project has no available boundary layer: a grid of candidates and a unit restriction need the county polygons</source>
        <translation>项目没有可用的行政区划图层：候选网格和单元限定都需要县级面</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="273"/>
        <source>no %1 has the code &quot;%2&quot;%3</source>
        <translation>没有代码为“%2”的%1%3</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="275"/>
        <source> in layer &quot;%1&quot;</source>
        <translation>（图层“%1”）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="291"/>
        <location filename="../src/analysis/suggest_sites.cpp" line="463"/>
        <source>no layer &quot;%1&quot; in the project</source>
        <translation>项目中没有图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="294"/>
        <location filename="../src/analysis/suggest_sites.cpp" line="466"/>
        <location filename="../src/analysis/suggest_sites.cpp" line="567"/>
        <source>layer &quot;%1&quot; is unavailable: %2</source>
        <translation>图层“%1”不可用：%2</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="297"/>
        <source>layer &quot;%1&quot; has no point geometries: villages must be points</source>
        <translation>图层“%1”没有点几何：村庄须为点</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="307"/>
        <source>the project has no village point layer (the demand)</source>
        <translation>项目没有村庄点图层（需求点）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="317"/>
        <source>village layer &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>村庄图层“%1”没有字段“%2”</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="332"/>
        <source>village layer &quot;%1&quot; has no township or village code to place it in townships</source>
        <translation>村庄图层“%1”没有乡镇或村代码，无法落到乡镇</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="371"/>
        <source>%1 village(s) without a positive &quot;%2&quot; count with weight 0</source>
        <translation>%1 个村没有为正的“%2”，按权重 0 计</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="389"/>
        <source>township level: a candidate belongs to the township of its nearest village (townships have no polygons)</source>
        <translation>乡镇级：候选点归属最近村庄所在的乡镇（乡镇没有面）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="412"/>
        <source>facility layer &quot;%1&quot; has no kind field</source>
        <translation>设施图层“%1”没有类别字段</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="446"/>
        <source>&quot;%1&quot; is not a facility kind of the project (%2)</source>
        <translation>“%1”不是本项目的设施类别（%2）</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="450"/>
        <source>the project has no facility layer: no existing %1 counted</source>
        <translation>项目没有设施图层：未计入现有%1</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="452"/>
        <source>no existing facility of kind &quot;%1&quot;</source>
        <translation>没有类别为“%1”的现有设施</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="454"/>
        <source>%1 proposed %2(s) of other scenarios not counted as existing</source>
        <translation>其他方案中拟建的 %1 个%2未计为现有</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="485"/>
        <source>layer &quot;%1&quot;</source>
        <translation>图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="489"/>
        <source>the grid spacing is not finite</source>
        <translation>网格间距无效</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="514"/>
        <source>a grid of %1 over the units would hold about %2 points; choose a wider spacing</source>
        <translation>以 %1 为间距覆盖各单元约有 %2 个点；请选更大的间距</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="551"/>
        <source>grid of %1 inside the units</source>
        <translation>单元内间距 %1 的网格</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="555"/>
        <source>no candidate site inside the units</source>
        <translation>单元内没有候选点</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="573"/>
        <source>&quot;%1&quot; is neither a layer of the project nor a file</source>
        <translation>“%1”既不是项目图层也不是文件</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="576"/>
        <source>the excluded zones must be polygons, not %1</source>
        <translation>禁止区须为面，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="597"/>
        <source>no available layer &quot;%1&quot; in the project</source>
        <translation>项目中没有可用图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="603"/>
        <source>road network &quot;%1&quot;: %2 nodes, %3 edges, %4 connected parts</source>
        <translation>道路网“%1”：%2 个节点，%3 条边，%4 个连通部分</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="649"/>
        <source>%1 candidate(s) more than 5 km from a road serve no village</source>
        <translation>%1 个候选点距道路超过 5 公里，不服务任何村庄</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="737"/>
        <source>only %1 of %2 site(s): no further candidate covers an uncovered village</source>
        <translation>只选出 %2 个中的 %1 个：再没有候选点能覆盖未覆盖的村</translation>
    </message>
    <message>
        <location filename="../src/analysis/suggest_sites.cpp" line="762"/>
        <source>Suggested %1 %2</source>
        <translation>拟建%1 %2</translation>
    </message>
</context>
<context>
    <name>wm::SymbolDialog</name>
    <message>
        <location filename="../src/app/symbol_dialog.cpp" line="12"/>
        <source>Symbol of &quot;%1&quot;</source>
        <translation>“%1”的符号</translation>
    </message>
</context>
<context>
    <name>wm::SymbolWidget</name>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="29"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="47"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="49"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="53"/>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="53"/>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="54"/>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="54"/>
        <source>Dash-dot</source>
        <translation>点划线</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="56"/>
        <source>Dash:</source>
        <translation>线型：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="62"/>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="63"/>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="64"/>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="65"/>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="66"/>
        <source>Star</source>
        <translation>星形</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="67"/>
        <source>Cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="69"/>
        <source>Shape:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="73"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="76"/>
        <source>Fill:</source>
        <translation>填充：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="78"/>
        <source>Outline:</source>
        <translation>边线：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="80"/>
        <source>Outline width:</source>
        <translation>边线宽度：</translation>
    </message>
    <message>
        <location filename="../src/app/symbol_widget.cpp" line="99"/>
        <source>Icon (%1)</source>
        <translation>图标（%1）</translation>
    </message>
</context>
<context>
    <name>wm::TableImport</name>
    <message>
        <location filename="../src/io/table_import.cpp" line="134"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="153"/>
        <source>&quot;%1&quot; is not a text encoding this machine knows (e.g. GBK, GB18030, UTF-8, UTF-16LE, Big5)</source>
        <translation>“%1”不是本机识别的文本编码（例如 GBK、GB18030、UTF-8、UTF-16LE、Big5）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="171"/>
        <source>text read as %1 (detected)</source>
        <translation>文本按 %1 读取（自动识别）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="181"/>
        <location filename="../src/io/table_import.cpp" line="238"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="200"/>
        <source>cannot read as a table: %1</source>
        <translation>无法作为表格读取：%1</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="201"/>
        <source>GDAL found no driver for it</source>
        <translation>GDAL 找不到可读取它的驱动</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="203"/>
        <source>contains no sheet</source>
        <translation>不含工作表</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="214"/>
        <source>no sheet named &quot;%1&quot; (sheets: %2)</source>
        <translation>没有名为“%1”的工作表（现有工作表：%2）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="315"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="400"/>
        <source>mapping: role %1 has no field &quot;%2&quot;</source>
        <translation>字段对应：图层角色 %1 没有字段“%2”</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="404"/>
        <source>mapping: no column &quot;%1&quot; for field %2</source>
        <translation>字段对应：没有对应字段 %2 的列“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="506"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="513"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="558"/>
        <source>the table is empty</source>
        <translation>表格为空</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="565"/>
        <source>header row %1 is beyond the last row (%2)</source>
        <translation>表头行 %1 超出最后一行（%2）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="591"/>
        <source>the header on row %1 has %2 columns; WorksMap imports lists of at most %3</source>
        <translation>第 %1 行的表头有 %2 列；WorksMap 最多导入 %3 列的清单</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="618"/>
        <source>no column &quot;%1&quot; to map %2 from (columns: %3)</source>
        <translation>没有可映射%2的列“%1”（现有列：%3）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="636"/>
        <source>no column for required field(s) %1</source>
        <translation>必填字段 %1 没有对应的列</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="648"/>
        <source>%1 cell(s) past the header&apos;s %2 columns (a broken row?)</source>
        <translation>超出表头 %2 列之外还有 %1 个单元格（行已损坏？）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="658"/>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="662"/>
        <source>totals row (%1)</source>
        <translation>合计行（%1）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="666"/>
        <source>note row</source>
        <translation>备注行</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="671"/>
        <source>header repeated (a page break in the source)</source>
        <translation>重复的表头（原表分页处）</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="711"/>
        <location filename="../src/io/table_import.cpp" line="713"/>
        <location filename="../src/io/table_import.cpp" line="729"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="716"/>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="726"/>
        <source>no %1 for %2 &quot;%3&quot;</source>
        <translation>%2“%3”没有对应的%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/io/table_import.cpp" line="741"/>
        <source>%n title row(s) above the header skipped</source>
        <translation>
            <numerusform>跳过表头上方的 %n 行标题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="744"/>
        <source>%1 empty cell(s) filled down from the row above</source>
        <translation>%1 个空单元格已按上一行向下填充</translation>
    </message>
    <message>
        <location filename="../src/io/table_import.cpp" line="749"/>
        <source>%1 row(s) read: %2 with readable cells, %3 rejected for unreadable cells, %4 excluded</source>
        <translation>读取 %1 行：%2 行单元格可读，%3 行因单元格无法读取被拒绝，排除 %4 行</translation>
    </message>
</context>
<context>
    <name>wm::TableWriter</name>
    <message>
        <location filename="../src/io/table_writer.cpp" line="44"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>wm::TargetTable</name>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="184"/>
        <source>no %1 column &quot;%2&quot;; the columns are %3</source>
        <translation>没有%1列“%2”；现有列：%3</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="230"/>
        <source>no column names the units</source>
        <translation>没有列填写单元名称</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="278"/>
        <source>no numeric column holds targets</source>
        <translation>没有存放任务数的数值列</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="279"/>
        <source>several columns could hold the targets (%1); name one</source>
        <translation>有多列可能是任务数（%1）；请指定一列</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="295"/>
        <source>data row %1 (%2): &quot;%3&quot; in column &quot;%4&quot; is not a number</source>
        <translation>数据第 %1 行（%2）：列“%4”中的“%3”不是数字</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="365"/>
        <source>data row %1 (%2) excluded: %3</source>
        <translation>数据第 %1 行（%2）已排除：%3</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="386"/>
        <source>data row %1 skipped: no unit and no numbers</source>
        <translation>已跳过数据第 %1 行：没有单元也没有数字</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="428"/>
        <source>data row %1 (%2): %3</source>
        <translation>数据第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="445"/>
        <location filename="../src/analysis/target_table.cpp" line="465"/>
        <source>the same unit as data row %1; not added twice</source>
        <translation>与数据第 %1 行为同一单元；未重复计入</translation>
    </message>
    <message>
        <location filename="../src/analysis/target_table.cpp" line="482"/>
        <source>no unit of that name</source>
        <translation>没有该名称的单元</translation>
    </message>
</context>
<context>
    <name>wm::TileFetcher</name>
    <message>
        <location filename="../src/io/tile_fetcher.cpp" line="141"/>
        <source>no key for the tile service &quot;%1&quot; (set it in File ▸ Add Tile Service…, or in $WORKSMAP_TILE_KEY_%2)</source>
        <translation>瓦片服务“%1”没有密钥（请在 文件 ▸ 添加瓦片服务… 中设置，或设置环境变量 $WORKSMAP_TILE_KEY_%2）</translation>
    </message>
    <message>
        <location filename="../src/io/tile_fetcher.cpp" line="177"/>
        <source>the answer is not an image (%1 bytes)</source>
        <translation>返回的不是图像（%1 字节）</translation>
    </message>
    <message>
        <location filename="../src/io/tile_fetcher.cpp" line="183"/>
        <source>cannot write the cache file %1</source>
        <translation>无法写入缓存文件 %1</translation>
    </message>
</context>
<context>
    <name>wm::TileServiceDialog</name>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="62"/>
        <source>Add Tile Service</source>
        <translation>添加瓦片服务</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="66"/>
        <source>Other (XYZ URL template)</source>
        <translation>其他（XYZ 网址模板）</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="71"/>
        <source>{z}, {x}, {y} (or {-y} for TMS), {s} for a, b, c, {0-7} for a digit, {key} for your key</source>
        <translation>{z}、{x}、{y}（TMS 用 {-y}），{s} 代表 a、b、c，{0-7} 代表一位数字，{key} 代表您的密钥</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="74"/>
        <source>Printed in the notes of every exported map, as the service&apos;s licence asks</source>
        <translation>按服务许可的要求，印在每张导出地图的说明中</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="80"/>
        <source>Kept in your settings on this computer, never in the project file.</source>
        <translation>保存在本机的设置中，绝不写入项目文件。</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="84"/>
        <source>With the place-name labels as a second layer</source>
        <translation>同时添加地名注记图层</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="88"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="89"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="90"/>
        <source>URL template:</source>
        <translation>网址模板：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="91"/>
        <source>Attribution:</source>
        <translation>版权说明：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="92"/>
        <source>Deepest zoom level:</source>
        <translation>最大缩放级别：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="93"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="179"/>
        <source>Key needed</source>
        <translation>需要密钥</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="180"/>
        <source>This service answers only with your key (for 天地图: register at console.tianditu.gov.cn and create a browser-side or server-side key).</source>
        <translation>此服务需要您的密钥才会返回瓦片（天地图：请在 console.tianditu.gov.cn 注册并创建浏览器端或服务器端密钥）。</translation>
    </message>
    <message>
        <location filename="../src/app/tile_service_dialog.cpp" line="188"/>
        <source>Not a tile service</source>
        <translation>不是瓦片服务</translation>
    </message>
</context>
<context>
    <name>wm::TileTemplate</name>
    <message>
        <location filename="../src/io/tile_template.cpp" line="48"/>
        <source>not a tile URL template: it needs http(s)://, a host, and {z}, {x} and {y} (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png)</source>
        <translation>不是瓦片网址模板：需要 http(s)://、主机名以及 {z}、{x} 和 {y}（例如 https://tile.openstreetmap.org/{z}/{x}/{y}.png）</translation>
    </message>
</context>
<context>
    <name>wm::UiLanguage</name>
    <message>
        <location filename="../src/core/ui_language.cpp" line="28"/>
        <source>en</source>
        <comment>the language code of this translation (zh_CN)</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>wm::UnitNameMatcher</name>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="146"/>
        <source>%1 is ambiguous: %2</source>
        <translation>%1 有歧义：%2</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="171"/>
        <source>%1 read as %2</source>
        <translation>%1 按 %2 读取</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="195"/>
        <source>code %1 is %2 since the 2020 redistricting</source>
        <translation>代码 %1 自 2020 年区划调整后为%2</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="197"/>
        <source>no unit has code %1</source>
        <translation>没有单元的代码为 %1</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="205"/>
        <source>no unit name</source>
        <translation>没有单元名称</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="230"/>
        <source>%1 is %2 since the 2020 redistricting</source>
        <translation>%1 自 2020 年区划调整后为%2</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="231"/>
        <source>%1 was %2 before the 2020 redistricting</source>
        <translation>%1 在 2020 年区划调整前为%2</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="237"/>
        <source>no unit named %1</source>
        <translation>没有名为 %1 的单元</translation>
    </message>
    <message>
        <location filename="../src/core/unit_name_matcher.cpp" line="238"/>
        <source>no unit named %1; did you mean %2?</source>
        <translation>没有名为 %1 的单元；是否指%2？</translation>
    </message>
</context>
<context>
    <name>wm::UnitSet</name>
    <message>
        <location filename="../src/analysis/unit_set.cpp" line="39"/>
        <source>boundary layer &quot;%1&quot; has no %2 field &quot;%3&quot;</source>
        <translation>行政区划图层“%1”没有%2字段“%3”</translation>
    </message>
    <message>
        <location filename="../src/analysis/unit_set.cpp" line="51"/>
        <source>no boundary layer for the units</source>
        <translation>没有用作单元的行政区划图层</translation>
    </message>
    <message>
        <location filename="../src/analysis/unit_set.cpp" line="77"/>
        <source>layer &quot;%1&quot; is unavailable: %2</source>
        <translation>图层“%1”不可用：%2</translation>
    </message>
    <message>
        <location filename="../src/analysis/unit_set.cpp" line="79"/>
        <source>layer &quot;%1&quot; has role &quot;%2&quot;, not boundary</source>
        <translation>图层“%1”的角色是“%2”，不是行政区划</translation>
    </message>
    <message>
        <location filename="../src/analysis/unit_set.cpp" line="84"/>
        <source>boundary layer &quot;%1&quot; has no column for the %2</source>
        <translation>行政区划图层“%1”没有%2对应的列</translation>
    </message>
</context>
<context>
    <name>wm::ValueMapping</name>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="30"/>
        <source>the %1 role has no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1 角色没有字段“%2”（字段：%3）</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="38"/>
        <source>&quot;%1&quot; is not a %2 value (values: %3)</source>
        <translation>“%1”不是 %2 的取值（可选值：%3）</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="65"/>
        <source>&quot;%1&quot;: write FIELD=VALUE, e.g. kind=health_centre</source>
        <translation>“%1”：请写成 字段=值，如 kind=health_centre</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="81"/>
        <source>&quot;%1&quot;: write COLUMN:SOURCE=VALUE,… (or COLUMN alone to use the keyword table)</source>
        <translation>“%1”：请写成 列:原值=值,…（只写列名则使用关键词表）</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="91"/>
        <source>&quot;%1&quot;: each pair is SOURCE=VALUE</source>
        <translation>“%1”：每一对应写成 原值=值</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="101"/>
        <source>no values to map %1 to, and the %2 role has no keyword table</source>
        <translation>没有给出 %1 要映射成的值，%2 角色也没有关键词表</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="118"/>
        <source>the values %1 are not those of one field of the %2 role (%3)</source>
        <translation>取值 %1 不属于 %2 角色的同一个字段（%3）</translation>
    </message>
    <message>
        <location filename="../src/core/value_mapping.cpp" line="140"/>
        <source>role %1: each keyword is [&quot;keyword&quot;, &quot;value&quot;]</source>
        <translation>角色 %1：每个关键词应写成 [&quot;关键词&quot;, &quot;值&quot;]</translation>
    </message>
</context>
<context>
    <name>wm::ValueTableDialog</name>
    <message>
        <location filename="../src/app/value_table_dialog.cpp" line="22"/>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message>
        <location filename="../src/app/value_table_dialog.cpp" line="25"/>
        <source>Each value of column &quot;%1&quot; becomes a value of %2. Rows whose value is left unmapped are rejected with the reason, never dropped.</source>
        <translation>列“%1”的每个取值对应为%2的一个取值。未对应的取值所在行会被拒绝并注明原因，绝不会静默丢弃。</translation>
    </message>
    <message>
        <location filename="../src/app/value_table_dialog.cpp" line="30"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../src/app/value_table_dialog.cpp" line="35"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../src/app/value_table_dialog.cpp" line="44"/>
        <source>(unmapped)</source>
        <translation>（未对应）</translation>
    </message>
</context>
<context>
    <name>wm::VectorReader</name>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="132"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="161"/>
        <source>cannot read as vector data (unknown format or corrupt file): %1</source>
        <translation>无法作为矢量数据读取（格式未知或文件损坏）：%1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="162"/>
        <source>GDAL found no vector driver for it</source>
        <translation>GDAL 找不到可读取它的矢量驱动</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="164"/>
        <source>contains no vector layer</source>
        <translation>不含矢量图层</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="174"/>
        <source>no layer named &quot;%1&quot; (layers: %2)</source>
        <translation>没有名为“%1”的图层（现有图层：%2）</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="182"/>
        <source>cannot filter by &quot;%1&quot;: %2</source>
        <translation>无法按“%1”筛选：%2</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="210"/>
        <source>text read as %1 (detected; no encoding declared)</source>
        <translation>文本按 %1 读取（自动识别；未声明编码）</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="351"/>
        <source>row %1 (line %2)</source>
        <translation>第 %1 条（第 %2 行）</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="352"/>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="741"/>
        <source>malformed WKB</source>
        <translation>WKB 格式错误</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="836"/>
        <source>declares no coordinate system (no .prj?) and its coordinates are not longitude/latitude; set the source CRS</source>
        <translation>未声明坐标系（缺少 .prj？）且坐标不是经纬度；请设置数据源坐标系</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="840"/>
        <source>no coordinate system declared; longitude/latitude read as WGS84</source>
        <translation>未声明坐标系；经纬度按 WGS84 读取</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="846"/>
        <source>coordinates declared GCJ-02 (web map): every vertex moved back to WGS84</source>
        <translation>坐标声明为 GCJ-02（网络地图）：所有顶点已纠正回 WGS84</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="848"/>
        <source>coordinates declared BD-09 (Baidu): every vertex moved back to WGS84</source>
        <translation>坐标声明为 BD-09（百度）：所有顶点已纠正回 WGS84</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="740"/>
        <location filename="../src/io/vector_reader.cpp" line="906"/>
        <source>%1: unreadable (GDAL: %2); kept without a position</source>
        <translation>%1：无法读取（GDAL：%2）；保留但无位置</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="922"/>
        <source>%1: no readable coordinates; kept without a position</source>
        <translation>%1：没有可读的坐标；保留但无位置</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="744"/>
        <location filename="../src/io/vector_reader.cpp" line="758"/>
        <location filename="../src/io/vector_reader.cpp" line="928"/>
        <source>%1: coordinates not finite or beyond any coordinate system (%2); kept without a position</source>
        <translation>%1：坐标非有限值或超出任何坐标系范围（%2）；保留但无位置</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="631"/>
        <source>%1: coordinates outside the range of %2; kept without a position</source>
        <translation>%1：坐标超出 %2 的范围；保留但无位置</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="557"/>
        <source>%1: invalid geometry that MakeValid could not repair; kept as read</source>
        <translation>%1：几何无效且 MakeValid 无法修复；按原样保留</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="562"/>
        <source>%1: %2 vertices, too many or too slow to check and repair within %3 s; kept as read, unchecked</source>
        <translation>%1：%2 个顶点，过多或过慢，无法在 %3 秒内检查和修复；按原样保留，未检查</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="947"/>
        <source>read error after %1 features: %2</source>
        <translation>读取 %1 个要素后出错：%2</translation>
    </message>
    <message>
        <location filename="../src/io/vector_reader.cpp" line="799"/>
        <location filename="../src/io/vector_reader.cpp" line="949"/>
        <source>GDAL: %1</source>
        <translation>GDAL：%1</translation>
    </message>
</context>
<context>
    <name>wm::VectorWriter</name>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="104"/>
        <source>cannot create layer %1</source>
        <translation>无法创建图层 %1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="126"/>
        <source>layer %1, row %2: &quot;%3&quot; is not a number for field %4</source>
        <translation>图层 %1 第 %2 行：“%3”不是字段 %4 可用的数字</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="137"/>
        <source>cannot write to layer %1: %2</source>
        <translation>无法写入图层 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="138"/>
        <location filename="../src/io/vector_writer.cpp" line="157"/>
        <location filename="../src/io/vector_writer.cpp" line="168"/>
        <location filename="../src/io/vector_writer.cpp" line="189"/>
        <location filename="../src/io/vector_writer.cpp" line="233"/>
        <location filename="../src/io/vector_writer.cpp" line="240"/>
        <location filename="../src/io/vector_writer.cpp" line="245"/>
        <location filename="../src/io/vector_writer.cpp" line="266"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="156"/>
        <location filename="../src/io/vector_writer.cpp" line="244"/>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="168"/>
        <location filename="../src/io/vector_writer.cpp" line="266"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="189"/>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="199"/>
        <source>cannot replace the file (the new one is %1)</source>
        <translation>无法替换文件（新文件为 %1）</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="213"/>
        <source>already has a layer &quot;%1&quot;</source>
        <translation>已有图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/io/vector_writer.cpp" line="232"/>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>wm::Verdict</name>
    <message>
        <location filename="../src/analysis/coverage_layer.cpp" line="35"/>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_layer.cpp" line="36"/>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../src/analysis/coverage_layer.cpp" line="37"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>wm::WorkbookWriter</name>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="33"/>
        <source>cannot create sheet %1: %2</source>
        <translation>无法创建工作表 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="34"/>
        <location filename="../src/io/workbook_writer.cpp" line="59"/>
        <location filename="../src/io/workbook_writer.cpp" line="82"/>
        <location filename="../src/io/workbook_writer.cpp" line="95"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="42"/>
        <source>cannot create column %1 of sheet %2</source>
        <translation>无法创建工作表 %2 的列 %1</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="58"/>
        <source>cannot write to sheet %1: %2</source>
        <translation>无法写入工作表 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="71"/>
        <source>this GDAL has no XLSX driver; write a .csv instead</source>
        <translation>此 GDAL 没有 XLSX 驱动；请改为输出 .csv</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="82"/>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="95"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../src/io/workbook_writer.cpp" line="99"/>
        <source>cannot replace the file (the new one is %1)</source>
        <translation>无法替换文件（新文件为 %1）</translation>
    </message>
</context>
<context>
    <name>wm::WorksPackage</name>
    <message>
        <location filename="../src/io/works_package.cpp" line="56"/>
        <source>save the project first: its works GeoPackage goes beside the project file</source>
        <translation>请先保存项目：工程 GeoPackage 放在项目文件旁边</translation>
    </message>
</context>
<context>
    <name>wm::YearsChart</name>
    <message>
        <location filename="../src/charts/years_chart.cpp" line="26"/>
        <source>no %1 column &quot;%2&quot; in the table</source>
        <translation>表格中没有%1列“%2”</translation>
    </message>
    <message>
        <location filename="../src/charts/years_chart.cpp" line="47"/>
        <source>data row %1: %2</source>
        <translation>数据第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../src/charts/years_chart.cpp" line="56"/>
        <source>year &quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <location filename="../src/charts/years_chart.cpp" line="61"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>数值“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../src/charts/years_chart.cpp" line="69"/>
        <source>%1 is given twice for %2</source>
        <translation>%1 在 %2 年出现了两次</translation>
    </message>
</context>
<context>
    <name>wm::cli::ChartVerb</name>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="81"/>
        <source>--type must be bar, ranking, stacked or years</source>
        <translation>--type 须为 bar、ranking、stacked 或 years</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="83"/>
        <source>--level must be county or township</source>
        <translation>--level 须为 county 或 township</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="85"/>
        <source>--width and --height take 16 to 20000 pixels, --scale 0.1 to 10, --top and --bottom a count</source>
        <translation>--width 和 --height 取 16 到 20000 像素，--scale 取 0.1 到 10，--top 和 --bottom 取个数</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="89"/>
        <source>--out must end in .png, .pdf or .svg</source>
        <translation>--out 须以 .png、.pdf 或 .svg 结尾</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="93"/>
        <source>--type years needs --table, --year-column and --value-column</source>
        <translation>--type years 需要 --table、--year-column 和 --value-column</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="95"/>
        <source>--type stacked needs --indicators</source>
        <translation>--type stacked 需要 --indicators</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="96"/>
        <source>--indicator RULE is required</source>
        <translation>必须给出 --indicator RULE</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="112"/>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>项目中没有图层“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/chart_verb.cpp" line="115"/>
        <source>layer &quot;%1&quot; is unavailable (%2)</source>
        <translation>图层“%1”不可用（%2）</translation>
    </message>
</context>
<context>
    <name>wm::cli::CheckVerb</name>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="55"/>
        <source>must be county or township</source>
        <translation>须为 county 或 township</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="63"/>
        <source>needs --scenario NAME</source>
        <translation>需要 --scenario NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="71"/>
        <source>must be a number of rows</source>
        <translation>须为行数</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="89"/>
        <source>no feature belongs to scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>没有要素属于方案“%1”（现有方案：%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="91"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="101"/>
        <location filename="../src/cli/check_verb.cpp" line="134"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/check_verb.cpp" line="132"/>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
</context>
<context>
    <name>wm::cli::CliRunner</name>
    <message>
        <location filename="../src/cli/cli_runner.cpp" line="75"/>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <location filename="../src/cli/cli_runner.cpp" line="80"/>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 需要一个值（%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/cli_runner.cpp" line="90"/>
        <source>expected %1 argument(s), got %2</source>
        <translation>应有 %1 个参数，实际 %2 个</translation>
    </message>
    <message>
        <location filename="../src/cli/cli_runner.cpp" line="126"/>
        <source>unknown verb &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cli_runner.cpp" line="150"/>
        <source>%n more GDAL message(s) not shown</source>
        <translation>
            <numerusform>另有 %n 条 GDAL 消息未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cli_runner.cpp" line="163"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>wm::cli::ImportVerb</name>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="45"/>
        <source>the list being imported</source>
        <translation>正在导入的清单</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="46"/>
        <source>the division table</source>
        <translation>区划表</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="57"/>
        <source>this GeoPackage holds the layer(s) %1, which the import would delete; choose a new file</source>
        <translation>此 GeoPackage 含有图层 %1，导入会删除它们；请另选新文件</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="83"/>
        <source>a DXF drawing is imported as a pipe layer (--role pipe)</source>
        <translation>DXF 图纸只能作为管线图层导入（--role pipe）</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="170"/>
        <source>unknown role &quot;%1&quot; (known: %2)</source>
        <translation>未知图层角色“%1”（已知：%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="177"/>
        <source>&quot;%1&quot;: use wgs84, cgcs2000, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n</source>
        <translation>“%1”：请用 wgs84、cgcs2000、gcj02、bd09、gk、gk-xian80、gk-beijing54 或 EPSG:n</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="184"/>
        <source>degrees (longitude, latitude)</source>
        <translation>度（经度、纬度）</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="187"/>
        <source>&quot;%1&quot; is not longitudes and latitudes in degrees</source>
        <translation>“%1”不是以度为单位的经纬度</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="214"/>
        <source>the rejects file must not be the GeoPackage</source>
        <translation>拒绝清单文件不能是该 GeoPackage</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="257"/>
        <source>unmapped %1 values (rows rejected):</source>
        <translation>未能映射的 %1 取值（这些行被拒绝）：</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="259"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="271"/>
        <source>%1, detected</source>
        <translation>%1，自动识别</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="273"/>
        <source>read %1 rows of %2%3, header on row %4</source>
        <translation>读取 %2%3 共 %1 行，表头在第 %4 行</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="278"/>
        <source>  on the map:             %1</source>
        <translation>  落图：                   %1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="279"/>
        <source>  matched by name (code): %1</source>
        <translation>  按名称匹配（代码）：     %1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="280"/>
        <source>  rejected:               %1</source>
        <translation>  拒绝：                   %1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="282"/>
        <source>  matched rows drawn at the village points of &quot;%1&quot;: %2; at their township&apos;s centre (approximate): %3</source>
        <translation>  按名称匹配的行画在“%1”的村点上：%2；画在乡镇中心（近似）：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="288"/>
        <source>  excluded (totals, blank): %1</source>
        <translation>  排除（合计、空行）：     %1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="290"/>
        <source>  total:                  %1 = rows read</source>
        <translation>  合计：                   %1 = 读取行数</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="291"/>
        <source>  total:                  %1 != rows read (a bug: please report)</source>
        <translation>  合计：                   %1 != 读取行数（程序错误：请报告）</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="92"/>
        <location filename="../src/cli/import_verb.cpp" line="265"/>
        <location filename="../src/cli/import_verb.cpp" line="295"/>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="296"/>
        <location filename="../src/cli/import_verb.cpp" line="297"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/import_verb.cpp" line="301"/>
        <source>worksmap-cli import: no row of %1 was placed (see the rejects file)</source>
        <translation>worksmap-cli import：%1 没有任何一行被导入（见拒绝行文件）</translation>
    </message>
</context>
<context>
    <name>wm::cli::InfoVerb</name>
    <message>
        <location filename="../src/cli/info_verb.cpp" line="46"/>
        <source>none (a view of all of it reads every pixel; render builds them in the cache)</source>
        <translation>无（显示全图要读取每个像素；render 会在缓存中建立金字塔）</translation>
    </message>
    <message>
        <location filename="../src/cli/info_verb.cpp" line="48"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/cli/info_verb.cpp" line="54"/>
        <source>in the cache: %1</source>
        <translation>在缓存中：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/info_verb.cpp" line="193"/>
        <source>none required</source>
        <translation>必填字段均已对应</translation>
    </message>
</context>
<context>
    <name>wm::cli::NewVerb</name>
    <message numerus="yes">
        <location filename="../src/cli/new_verb.cpp" line="39"/>
        <source>%1 (%2): %n county-level unit(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 个县级单位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/new_verb.cpp" line="42"/>
        <source>  division tables: %1 townships, %2 villages</source>
        <translation>  区划代码表：%1 个乡镇，%2 个村</translation>
    </message>
    <message>
        <location filename="../src/cli/new_verb.cpp" line="46"/>
        <source>wrote %1 (%2 ms)</source>
        <translation>已写入 %1（%2 毫秒）</translation>
    </message>
</context>
<context>
    <name>wm::cli::PageOptions</name>
    <message>
        <location filename="../src/cli/page_options.cpp" line="39"/>
        <source>no such layout file, and no layout of that name (known: %1)</source>
        <translation>没有此版式文件，也没有此名称的版式（已知：%1）</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="55"/>
        <source>&quot;%1&quot; is not xmin,ymin,xmax,ymax in %2</source>
        <translation>“%1”不是以 %2 表示的 xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="64"/>
        <source>%1 (metres)</source>
        <translation>%1（米）</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="78"/>
        <source>no unit with code %1 in the project&apos;s boundary layers</source>
        <translation>项目的行政区划图层中没有代码为 %1 的单元</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="96"/>
        <source>&quot;%1&quot; needs --scenario NAME</source>
        <translation>“%1”需要 --scenario 方案名</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="109"/>
        <source>&quot;%1&quot;: use current, scenario or both</source>
        <translation>“%1”：请用 current、scenario 或 both</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="114"/>
        <source>no feature of any layer belongs to scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>没有任何图层的要素属于方案“%1”（项目中的方案：%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/page_options.cpp" line="116"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>wm::cli::PlanSheetVerb</name>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="65"/>
        <source>--scenario NAME is required</source>
        <translation>必须给出 --scenario NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="68"/>
        <source>--out FILE.xlsx or FILE.csv is required</source>
        <translation>必须给出 --out FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="71"/>
        <source>--out must end in .xlsx or .csv: %1</source>
        <translation>--out 须以 .xlsx 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="73"/>
        <source>--rules needs a file</source>
        <translation>--rules 需要一个文件</translation>
    </message>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="99"/>
        <source>Plan sheet of scenario &quot;%1&quot; in %2: %3 proposal(s) in %4 unit(s)
</source>
        <translation>%2 方案“%1”的项目清单：%4 个单元共 %3 个拟建项目
</translation>
    </message>
    <message>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="120"/>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="124"/>
        <location filename="../src/cli/plan_sheet_verb.cpp" line="125"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>wm::cli::PublishVerb</name>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="55"/>
        <source>worksmap-cli publish: %1: not a project file (publish a project; make one of a dataset with `new` or the window first)</source>
        <translation>worksmap-cli publish：%1：不是项目文件（请发布项目；可先用 `new` 或在窗口中由数据集建立项目）</translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="71"/>
        <source>published again to schema %1:</source>
        <translation>已重新发布到模式 %1：</translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="72"/>
        <source>published to schema %1:</source>
        <translation>已发布到模式 %1：</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/publish_verb.cpp" line="76"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/publish_verb.cpp" line="78"/>
        <source>, %n repaired geometry(ies)</source>
        <translation>
            <numerusform>，修复几何 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="80"/>
        <source>, fields added: %1</source>
        <translation>，新增字段：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="86"/>
        <source>roles: %1 county role(s) (%2); created now: %3</source>
        <translation>角色：%1 个县级角色（%2）；本次新建：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="89"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/cli/publish_verb.cpp" line="92"/>
        <source>wrote %1 (%2 ms)</source>
        <translation>已写入 %1（%2 毫秒）</translation>
    </message>
</context>
<context>
    <name>wm::cli::ReportVerb</name>
    <message>
        <location filename="../src/cli/report_verb.cpp" line="179"/>
        <source>  %1 vs %2: %3 villages within the radius but beyond the time by road, %4 beyond the radius but within the time, %5 beyond both
</source>
        <translation>  %1 与 %2：%3 个村庄在半径内但道路超时，%4 个在半径外但道路可达，%5 个两者均未覆盖
</translation>
    </message>
</context>
<context>
    <name>wm::cli::ServiceAreaVerb</name>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="64"/>
        <source>--%1 is required</source>
        <translation>须提供 --%1</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="67"/>
        <source>--out must end in .gpkg: %1</source>
        <translation>--out 须以 .gpkg 结尾：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="71"/>
        <source>--mode must be walk, bike or drive</source>
        <translation>--mode 须为 walk、bike 或 drive</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="83"/>
        <source>cannot read the filter &quot;%1&quot;</source>
        <translation>无法读取筛选条件“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="95"/>
        <source>--%1: the project has no vector layer &quot;%2&quot;</source>
        <translation>--%1：项目中没有矢量图层“%2”</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="107"/>
        <source>road network: %1 roads, %2 nodes, %3 edges, %4 connected parts (largest %5 km); %6 road ends snapped, %7 dead ends, %8 crossings of different levels not joined (%9 s)</source>
        <translation>道路网：%1 条道路，%2 个节点，%3 条边，%4 个连通部分（最大 %5 公里）；%6 个道路端点已捕捉，%7 个尽端，%8 处不同层的交叉未连接（%9 秒）</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="193"/>
        <source>%1 facilities reach %2 km of road within %3 min (%4 s for all of them together)</source>
        <translation>%1 个设施在 %3 分钟内可达 %2 公里道路（全部设施合计 %4 秒）</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="201"/>
        <source>note: %1 facilities are more than 5 km from any road they may use: left out</source>
        <translation>注意：%1 个设施距可通行道路超过 5 公里，已略去</translation>
    </message>
    <message>
        <location filename="../src/cli/service_area_verb.cpp" line="205"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>wm::cli::SuggestVerb</name>
    <message>
        <location filename="../src/cli/option_numbers.cpp" line="25"/>
        <source>&quot;%1&quot; is not a length above 0 (e.g. 3km, 500m, 3000)</source>
        <translation>“%1”不是大于 0 的长度（如 3km、500m、3000）</translation>
    </message>
    <message>
        <location filename="../src/cli/option_numbers.cpp" line="37"/>
        <source>&quot;%1&quot; is not a number above 0</source>
        <translation>“%1”不是大于 0 的数</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="111"/>
        <source>--kind is required (e.g. --kind clinic)</source>
        <translation>必须给出 --kind（如 --kind clinic）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="115"/>
        <source>--out FILE.gpkg or FILE.csv (or --add-to-project) is required</source>
        <translation>必须给出 --out FILE.gpkg 或 FILE.csv（或 --add-to-project）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="119"/>
        <source>--out must end in .gpkg or .csv: %1</source>
        <translation>--out 须以 .gpkg 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="121"/>
        <source>--layer goes with --add-to-project</source>
        <translation>--layer 须与 --add-to-project 同用</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="125"/>
        <source>--network goes with --minutes alone (the roads give the speeds)</source>
        <translation>--network 只与 --minutes 一起使用（速度取自道路）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="129"/>
        <source>give --radius or --minutes with --speed, not both</source>
        <translation>请给出 --radius，或 --minutes 加 --speed，不要同时给出</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="131"/>
        <source>--minutes and --speed go together</source>
        <translation>--minutes 和 --speed 须同时给出</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="133"/>
        <source>--radius (or --minutes with --speed) is required</source>
        <translation>必须给出 --radius（或 --minutes 加 --speed）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="135"/>
        <source>give --k or --share, not both</source>
        <translation>请给出 --k 或 --share，不要同时给出</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="137"/>
        <source>give --candidates or --grid, not both</source>
        <translation>请给出 --candidates 或 --grid，不要同时给出</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="146"/>
        <source>--mode must be walk, bike or drive</source>
        <translation>--mode 须为 walk、bike 或 drive</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="157"/>
        <source>--time-limit must be a number of seconds, 0 or more</source>
        <translation>--time-limit 须为 0 或更大的秒数</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="163"/>
        <source>--k must be a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--k 须为不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="170"/>
        <source>--share must be above 0 and at most 1 (or 100%), not &quot;%1&quot;</source>
        <translation>--share 须大于 0 且不超过 1（或 100%），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="177"/>
        <source>--level must be county or township</source>
        <translation>--level 须为 county 或 township</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="182"/>
        <source>--unit needs at least one code</source>
        <translation>--unit 至少需要一个代码</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="191"/>
        <source>--scenario must not be empty</source>
        <translation>--scenario 不能为空</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="199"/>
        <source>--year must be a year such as 2025, not &quot;%1&quot;</source>
        <translation>--year 须为年份（如 2025），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="227"/>
        <source>the project has no facility point layer to add the sites to</source>
        <translation>项目没有可添加选址的设施点图层</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="233"/>
        <source>&quot;%1&quot; is not a facility layer of the project</source>
        <translation>“%1”不是项目的设施图层</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="240"/>
        <source>the excluded zones file</source>
        <translation>禁止区文件</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="251"/>
        <source>Suggested sites for %1 (scenario &quot;%2&quot;) in %3
</source>
        <translation>%3 %1推荐选址（方案“%2”）
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="254"/>
        <source>  radius          %1</source>
        <translation>  服务半径        %1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="255"/>
        <source>  units           %1 (%2 level)</source>
        <translation>  单元            %1（%2级）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="256"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="260"/>
        <source>  demand          %1 villages, weight %2</source>
        <translation>  需求            %1 个村，权重 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="262"/>
        <source>1 each</source>
        <translation>每村 1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="265"/>
        <location filename="../src/cli/suggest_verb.cpp" line="276"/>
        <source>; %1 outside the units left out</source>
        <translation>；单元外 %1 个未计入</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="267"/>
        <source>; %1 without position left out</source>
        <translation>；无位置 %1 个未计入</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="269"/>
        <source>; %1 with empty or non-positive weight (weight 0)</source>
        <translation>；%1 个权重为空或非正（按 0 计）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="271"/>
        <source>  existing        %1 %2 (anywhere, also across the unit borders)
</source>
        <translation>  现有            %1 个%2（不限位置，含单元边界外）
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="274"/>
        <source>  candidates      %1 (%2)</source>
        <translation>  候选点          %1 个（%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="277"/>
        <source>; %1 in excluded zones
</source>
        <translation>；位于禁止区 %1 个
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="278"/>
        <source>  total demand    %1
</source>
        <translation>  需求总量        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="279"/>
        <source>  covered before  %1 (%2); %3 of %4 villages
</source>
        <translation>  选址前覆盖      %1（%2）；%4 个村中 %3 个
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="283"/>
        <source>  covered after   %1 (%2); %3 of %4 villages
</source>
        <translation>  选址后覆盖      %1（%2）；%4 个村中 %3 个
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="288"/>
        <source>  target share    %1: %2
</source>
        <translation>  目标比例        %1：%2
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="290"/>
        <source>reached with %1 site(s)</source>
        <translation>用 %1 个选址达到</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="291"/>
        <source>NOT reachable; the best share any sites give is %1</source>
        <translation>无法达到；任何选址最多可达 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="296"/>
        <source>  optimum         the fewest sites (proven by GLPK in %1 s)%2
</source>
        <translation>  最优性          选址最少（GLPK 用时 %1 秒证明）%2
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="298"/>
        <source>; fewer than the greedy</source>
        <translation>；少于贪心法</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="299"/>
        <source>  optimum         no fewer than %1 sites can do it (GLPK stopped after %2 s)
</source>
        <translation>  最优性          至少需要 %1 个选址（GLPK 在 %2 秒后停止）
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="304"/>
        <source>  bound           any %1 sites add at most %2 (the mixed-integer bound); these add %3: bound ratio %4
</source>
        <translation>  上界            任意 %1 个选址最多增加 %2（混合整数规划上界）；本次增加 %3：上界比 %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="306"/>
        <source>  bound           any %1 sites add at most %2 (greedy &gt;= (1 - 1/e) of the optimum); these add %3: bound ratio %4
</source>
        <translation>  上界            任意 %1 个选址最多增加 %2（贪心法 &gt;= 最优解的 (1 - 1/e)）；本次增加 %3：上界比 %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="312"/>
        <source>  exchange        %1 swap(s) in %2 round(s)
</source>
        <translation>  交换            %2 轮共交换 %1 次
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="317"/>
        <source>  optimum         optimal (proven by GLPK in %1 s)%2
</source>
        <translation>  最优性          最优（GLPK 用时 %1 秒证明）%2
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="319"/>
        <source>; better than the greedy</source>
        <translation>；优于贪心法</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="320"/>
        <source>  optimum         within %1 of the best possible (GLPK stopped at the %2 s time limit)
</source>
        <translation>  最优性          与最优解相差不超过 %1（GLPK 在 %2 秒时间限制处停止）
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="325"/>
        <source>  time            load %1 s, prepare %2 s, coverage sets %3 s, greedy %4 s, exchange %5 s, total %6 s
</source>
        <translation>  用时            加载 %1 秒，准备 %2 秒，覆盖集 %3 秒，贪心 %4 秒，交换 %5 秒，合计 %6 秒
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="334"/>
        <location filename="../src/cli/suggest_verb.cpp" line="355"/>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="335"/>
        <source>Sites:</source>
        <translation>选址：</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="339"/>
        <source>outside the counties</source>
        <translation>各县范围外</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="341"/>
        <source>%1 (no code)</source>
        <translation>%1（无代码）</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="345"/>
        <source>  %1. %2  %3  lon %4 lat %5  adds %6 village(s), weight %7
</source>
        <translation>  %1. %2  %3  经度 %4 纬度 %5  新增覆盖 %6 个村，权重 %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="359"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="363"/>
        <source>took the copy of layer &quot;%1&quot; that an interrupted run left in the works GeoPackage (from %2)
</source>
        <translation>沿用被中断运行在工程数据包中留下的图层“%1”副本（源自 %2）
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="367"/>
        <source>copied layer &quot;%1&quot; from %2 into the works GeoPackage (your file is not changed); fields added: %3
</source>
        <translation>已将图层“%1”从 %2 复制到工程 GeoPackage（原文件未改动）；新增字段：%3
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="372"/>
        <source>added %1 proposal(s) of scenario &quot;%2&quot; to layer &quot;%3&quot; in %4
</source>
        <translation>已将方案“%2”的 %1 个拟建项目添加到 %4 中的图层“%3”
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="376"/>
        <source>updated %1: layer &quot;%2&quot; now reads from the works GeoPackage
</source>
        <translation>已更新 %1：图层“%2”现从工程 GeoPackage 读取
</translation>
    </message>
    <message>
        <location filename="../src/cli/suggest_verb.cpp" line="381"/>
        <source>worksmap-cli suggest: the target share %1 cannot be reached; the best share is %2 (written)
</source>
        <translation>worksmap-cli suggest：无法达到目标比例 %1；最佳比例为 %2（已写出）
</translation>
    </message>
</context>
</TS>
