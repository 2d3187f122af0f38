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
            <numerusform>%1 —— %n 个要素，角色 %2</numerusform></translation>
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
    <name>wm::MainWindow</name>
    <message>
        <location filename="../src/app/main_window.cpp" line="59" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="64" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="70" />
        <location filename="../src/app/main_window.cpp" line="216" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="91" />
        <source>Map scale; type a value such as 1:50000</source>
        <translation>地图比例尺；可输入如 1:50000</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="97" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="131" />
        <source>Drawn in %1 ms: %2 features, %3 labels</source>
        <translation>绘制用时 %1 毫秒：%2 个要素，%3 个标注</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="158" />
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="162" />
        <source>%1  |  x %2 m, y %3 m</source>
        <translation>%1  |  x %2 米，y %3 米</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="190" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="191" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="193" />
        <source>&amp;Add Layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="195" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="197" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="199" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="202" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="213" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="215" />
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="217" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="219" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="220" />
        <source>Zoom to &amp;All</source>
        <translation>缩放至全图(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="222" />
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="224" />
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="233" />
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="238" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="252" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="253" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="266" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="267" />
        <source>The language changes when WorksMap is restarted.</source>
        <translation>重新启动 WorksMap 后语言设置生效。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="272" />
        <source>&amp;About WorksMap</source>
        <translation>关于 WorksMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="274" />
        <source>About WorksMap</source>
        <translation>关于 WorksMap</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="275" />
        <source>WorksMap %1 — maps of livelihood works for city and county planners.</source>
        <translation>WorksMap %1 —— 面向市县规划人员的民生工程地图工具。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="285" />
        <source>Open project or data</source>
        <translation>打开项目或数据</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="286" />
        <source>WorksMap projects (*.worksmap.json *.json);;Vector data (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;All files (*)</source>
        <translation>WorksMap 项目 (*.worksmap.json *.json);;矢量数据 (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="297" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="316" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="317" />
        <source>WorksMap could not open this file.

%1</source>
        <translation>WorksMap 无法打开此文件。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="334" />
        <source>Layers unavailable</source>
        <translation>图层不可用</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="335" />
        <source>These layers could not be read; they stay in the project:

%1</source>
        <translation>以下图层无法读取，仍保留在项目中：

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="345" />
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="346" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="365" />
        <source>Layer role</source>
        <translation>图层角色</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="366" />
        <source>%1 looks like a "%2" layer. Role:</source>
        <translation>%1 看起来是“%2”图层。角色：</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="386" />
        <source>Cannot add layer</source>
        <translation>无法添加图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="387" />
        <source>The layer was not added.

%1</source>
        <translation>图层未添加。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="405" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="407" />
        <source>WorksMap projects (*.worksmap.json)</source>
        <translation>WorksMap 项目 (*.worksmap.json)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="422" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="423" />
        <source>The project was not saved.

%1</source>
        <translation>项目未保存。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="436" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="445" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="445" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="467" />
        <source>No project</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>wm::MapCanvas</name>
    <message>
        <location filename="../src/app/map_canvas.cpp" line="227" />
        <source>Open a project (File ▸ Open) to see its map.</source>
        <translation>请打开项目（文件 ▸ 打开）以查看地图。</translation>
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
</TS>