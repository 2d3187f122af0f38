<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wm::LayerList</name>
    <message>
        <location filename="../src/app/layer_list.cpp" line="24"/>
        <source> (synthetic)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <location filename="../src/app/layer_list.cpp" line="31"/>
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/layer_list.cpp" line="40"/>
        <source>%1 — %n feature(s), role %2</source>
        <translation>
            <numerusform>%1 —— %n 个要素，角色 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/layer_list.cpp" line="43"/>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
</context>
<context>
    <name>wm::MainWindow</name>
    <message>
        <location filename="../src/app/main_window.cpp" line="40"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="73"/>
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="76"/>
        <source>%1  |  x %2 m, y %3 m</source>
        <translation>%1  |  x %2 米，y %3 米</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="95"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="99"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="101"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="107"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="108"/>
        <source>Zoom to &amp;All</source>
        <translation>缩放至全图(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="110"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="111"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="123"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="123"/>
        <source>The language changes when WorksMap is restarted.</source>
        <translation>重新启动 WorksMap 后语言设置生效。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="127"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="128"/>
        <source>&amp;About WorksMap</source>
        <translation>关于 WorksMap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="129"/>
        <source>About WorksMap</source>
        <translation>关于 WorksMap</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="130"/>
        <source>WorksMap %1 — maps of livelihood works for city and county planners.</source>
        <translation>WorksMap %1 —— 面向市县规划人员的民生工程地图工具。</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="140"/>
        <source>Open project or data</source>
        <translation>打开项目或数据</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="141"/>
        <source>WorksMap projects (*.worksmap.json *.json);;Vector data (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;All files (*)</source>
        <translation>WorksMap 项目 (*.worksmap.json *.json);;矢量数据 (*.gpkg *.shp *.geojson *.csv *.xlsx *.ods *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="151"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="171"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="172"/>
        <source>WorksMap could not open this file.

%1</source>
        <translation>WorksMap 无法打开此文件。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="190"/>
        <source>Layers unavailable</source>
        <translation>图层不可用</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="191"/>
        <source>These layers could not be read; they stay in the project:

%1</source>
        <translation>以下图层无法读取，仍保留在项目中：

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="209"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="210"/>
        <source>WorksMap projects (*.worksmap.json)</source>
        <translation>WorksMap 项目 (*.worksmap.json)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="224"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="224"/>
        <source>The project was not saved.

%1</source>
        <translation>项目未保存。

%1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="231"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="240"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="240"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="267"/>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>wm::MapWidget</name>
    <message>
        <location filename="../src/app/map_widget.cpp" line="49"/>
        <source>Open a project (File ▸ Open) to see its map.</source>
        <translation>请打开项目（文件 ▸ 打开）以查看地图。</translation>
    </message>
</context>
</TS>
