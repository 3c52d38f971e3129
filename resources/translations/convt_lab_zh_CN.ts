<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationBar</name>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="28"/>
        <source>First output cell (Home)</source>
        <translation>第一个输出单元格（Home）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="29"/>
        <source>Previous output cell (Left)</source>
        <translation>上一个输出单元格（←）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="30"/>
        <source>Next output cell (Right)</source>
        <translation>下一个输出单元格（→）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="31"/>
        <source>Last output cell (End)</source>
        <translation>最后一个输出单元格（End）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="34"/>
        <source>{n:g} cells/s</source>
        <translation>{n:g} 格/秒</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="42"/>
        <source>Animation:</source>
        <translation>动画：</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="51"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="51"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="53"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
</context>
<context>
    <name>ArithmeticPanel</name>
    <message>
        <location filename="../../gui/panels/arithmetic_panel.py" line="90"/>
        <source>The sum for this cell appears at step 4, when the kernel slides.</source>
        <translation>这个单元格的求和在第 4 步（卷积核滑动时）显示。</translation>
    </message>
</context>
<context>
    <name>ChannelPanel</name>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="20"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="35"/>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="40"/>
        <source>C_in, C_out</source>
        <translation>C_in, C_out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="41"/>
        <source>Groups</source>
        <translation>分组 groups</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="42"/>
        <source>Show x[c] → y[o]</source>
        <translation>显示 x[c] → y[o]</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="84"/>
        <source>weight (C_in, C_out/g, kH, kW) = {t}
Conv2d&apos;s: (C_out, C_in/g, kH, kW) = {c}</source>
        <translation>权重形状 (C_in, C_out/g, kH, kW) = {t}
Conv2d 的：(C_out, C_in/g, kH, kW) = {c}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="87"/>
        <source>Output channel {o} reads input channels {c0}..{c1}.</source>
        <translation>输出通道 {o} 读取输入通道 {c0}..{c1}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="104"/>
        <source>The picture shows the last valid channels.</source>
        <translation>图中显示的是上一组有效的通道设置。</translation>
    </message>
</context>
<context>
    <name>GridPlot</name>
    <message>
        <location filename="../../gui/views/grid_plot.py" line="51"/>
        <source>Wheel: zoom · drag: pan · Ctrl+0: fit</source>
        <translation>滚轮：缩放 · 拖动：平移 · Ctrl+0：适应窗口</translation>
    </message>
</context>
<context>
    <name>LabState</name>
    <message>
        <location filename="../../gui/state.py" line="209"/>
        <source>Change parameters</source>
        <translation>修改参数</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="216"/>
        <source>Change channels</source>
        <translation>修改通道</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="228"/>
        <source>Pick channels</source>
        <translation>选择通道</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="233"/>
        <location filename="../../gui/state.py" line="239"/>
        <location filename="../../gui/state.py" line="240"/>
        <source>Change values</source>
        <translation>修改数值</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/panels/legend.py" line="45"/>
        <source>output value</source>
        <translation>输出值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="46"/>
        <source>output cell added by output_padding</source>
        <translation>output_padding 增加的输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="47"/>
        <source>kernel weight</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="50"/>
        <source>selected cell</source>
        <translation>选中的单元格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="54"/>
        <source>kernel window (output selected)</source>
        <translation>卷积核窗口（选中输出时）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="57"/>
        <source>stamp of the selected input</source>
        <translation>选中输入叠加的那一块</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="62"/>
        <source>0: no input reaches this cell</source>
        <translation>0：没有输入到达（空位）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="63"/>
        <source>1 tap (lightest)</source>
        <translation>叠加 1 次（最浅）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="64"/>
        <source>most taps (strongest)</source>
        <translation>叠加次数最多（最深）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="65"/>
        <source>its row and column counts</source>
        <translation>它所在行和列的计数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="70"/>
        <source>0 in Cᵀ</source>
        <translation>Cᵀ 中的 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="71"/>
        <source>kernel weight (stronger: larger |w|)</source>
        <translation>卷积核权重（颜色越深 |w| 越大）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="75"/>
        <source>the output_padding shown now</source>
        <translation>当前显示的 output_padding</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="48"/>
        <source>contributing input</source>
        <translation>参与计算的输入</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="49"/>
        <source>footprint (input selected)</source>
        <translation>影响范围（选中输入时）</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="54"/>
        <source>◀ Previous step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="55"/>
        <source>Next step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="127"/>
        <source>More ▾</source>
        <translation>展开 ▾</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="127"/>
        <source>Less ▴</source>
        <translation>收起 ▴</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="142"/>
        <source>Step {k} of {n}</source>
        <translation>第 {k} 步 / 共 {n} 步</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/app.py" line="161"/>
        <source>Some settings could not be read and were reset to defaults: {what}</source>
        <translation>部分设置无法读取，已恢复为默认值：{what}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118"/>
        <source>ConvT Lab — transposed convolution, step by step</source>
        <translation>转置卷积实验室（ConvT Lab）— 一步一步看懂转置卷积</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="260"/>
        <source>Gather: the lesson</source>
        <translation>收集式：课程主视图</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="261"/>
        <source>Scatter: stamps</source>
        <translation>散射式：逐块叠加</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="262"/>
        <source>Matrix Cᵀ</source>
        <translation>矩阵 Cᵀ</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="263"/>
        <source>Overlap map</source>
        <translation>重叠次数图</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="264"/>
        <source>Round trip with Conv2d</source>
        <translation>与 Conv2d 的往返</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="203"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>无法加载语言“{lang}”的翻译。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342"/>
        <source>Random integers</source>
        <translation>随机整数</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342"/>
        <source>Seed (the same seed gives the same values):</source>
        <translation>随机种子（相同的种子生成相同的数值）：</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376"/>
        <source>{message}; the cell keeps its value.</source>
        <translation>{message}；该单元格保持原值。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="391"/>
        <source>Zero-inserted</source>
        <translation>插零后</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="392"/>
        <source>Padded</source>
        <translation>填充后</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Kernel w</source>
        <translation>卷积核 w</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="395"/>
        <source>Rotated kernel</source>
        <translation>旋转后的卷积核</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="401"/>
        <source>added by output_padding, computed like any other cell</source>
        <translation>由 output_padding 增加，与其他单元格一样正常计算</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>double-click to type a value</source>
        <translation>双击可输入数值</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="224"/>
        <source> and {n} more</source>
        <translation>，以及另外 {n} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="152"/>
        <source>Cᵀ {r}{t}{c}</source>
        <extracomment>The largest C^T, in entries, drawn cell by cell (64 x 64).</extracomment>
        <translation>Cᵀ {r}{t}{c}</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="153"/>
        <source>x {n}{t}1</source>
        <translation>x {n}{t}1</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="154"/>
        <source>y = Cᵀx {n}{t}1</source>
        <translation>y = Cᵀx {n}{t}1</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="230"/>
        <source>Row k = i·{ow} + j of Cᵀ makes y[i,j]; column q = r·{w} + c carries x[r,c].</source>
        <translation>Cᵀ 的第 k = i·{ow} + j 行给出 y[i,j]；第 q = r·{w} + c 列对应 x[r,c]。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="234"/>
        <source>Click a row (an output cell) or a column header or x entry (an input cell).</source>
        <translation>点击一行（一个输出单元格），或点击列标题或 x 的元素（一个输入单元格）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="241"/>
        <source>Row {k} is y[{i},{j}]: all zeros — no input reaches this output cell.</source>
        <translation>第 {k} 行对应 y[{i},{j}]：全为零——没有输入落到这个输出单元格。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="245"/>
        <source>Row {k} is y[{i},{j}]: it holds {n} kernel weights, in columns {cols}.</source>
        <translation>第 {k} 行对应 y[{i},{j}]：含 {n} 个卷积核权重，位于第 {cols} 列。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="255"/>
        <source>Column {q} is x[{r},{c}]: all zeros — padding crops every place it lands.</source>
        <translation>第 {q} 列对应 x[{r},{c}]：全为零——它落到的位置都被填充裁掉了。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="259"/>
        <source>Column {q} is x[{r},{c}]: it holds {n} kernel weights, in rows {rows}.</source>
        <translation>第 {q} 列对应 x[{r},{c}]：含 {n} 个卷积核权重，位于第 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="274"/>
        <source>Cᵀ has {rows} {t} {cols} = {entries} entries: too many to draw one by one (at most {limit}).

Non-zero entries: {nz} (one per kernel tap that lands on the output), a density of {density:.2%}.
Non-zeros per row (taps per output cell): from {low} to {high}.
Each column holds at most {k} entries, one per kernel weight.</source>
        <translation>Cᵀ 共有 {rows} {t} {cols} = {entries} 个元素，太多，无法逐个绘制（最多 {limit} 个）。

非零元素：{nz} 个（每个落在输出上的卷积核权重对应一个），密度为 {density:.2%}。
每行的非零元素（每个输出单元格用到的卷积核权重）：{low} 到 {high} 个。
每列最多 {k} 个元素，每个卷积核权重对应一个。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="286"/>
        <source>Weights that are 0 still count: they sit where a tap lands.</source>
        <translation>值为 0 的权重同样计入：它们仍占据卷积核落下的位置。</translation>
    </message>
</context>
<context>
    <name>OverlapView</name>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="106"/>
        <source>Taps per output cell {h}{t}{w}
= height count {t} width count</source>
        <translation>每个输出单元格的叠加次数 {h}{t}{w}
= 高度方向次数 {t} 宽度方向次数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="137"/>
        <source>dilation d={d} and stride s={s} share the factor {g}, so the taps reach only one cell in {g}</source>
        <translation>膨胀 d={d} 与步长 s={s} 有公因数 {g}，所以卷积核每 {g} 个单元格只落到其中 1 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="141"/>
        <source>k={k} is not a multiple of s={s}</source>
        <translation>k={k} 不是 s={s} 的倍数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="142"/>
        <source>k={k} is a multiple of s={s}</source>
        <translation>k={k} 是 s={s} 的倍数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="151"/>
        <source>{axis}: {reason}, but the input is too short for the pattern to repeat: the counts are {counts}, fewer near the edges.</source>
        <translation>{axis}：{reason}，但输入太短，规律来不及重复：叠加次数为 {counts}，靠近边缘处更少。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="157"/>
        <source>{axis}: {reason}: every cell away from the edges gets {n} taps — even.</source>
        <translation>{axis}：{reason}：远离边缘的每个单元格都叠加 {n} 次——均匀。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="161"/>
        <source>holes: some cells get no tap at all</source>
        <translation>空洞：有些单元格一次也没有被叠加</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="163"/>
        <source>the checkerboard pattern</source>
        <translation>棋盘效应</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="165"/>
        <source>{axis}: {reason}: counts alternate {pattern} — {look}.</source>
        <translation>{axis}：{reason}：叠加次数交替为 {pattern}——{look}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="173"/>
        <source>Height</source>
        <translation>高度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="174"/>
        <source>Width</source>
        <translation>宽度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="178"/>
        <source>Counts in this output: {values} (each is a height count times a width count).</source>
        <translation>本输出中的叠加次数：{values}（每个都是高度方向次数乘以宽度方向次数）。</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="30"/>
        <source>Input H, W</source>
        <translation>输入 H, W</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="31"/>
        <source>Kernel kH, kW</source>
        <translation>卷积核 kH, kW</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="32"/>
        <source>Stride s</source>
        <translation>步长 s</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="33"/>
        <source>Padding p</source>
        <translation>填充 p</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="34"/>
        <source>Output padding op</source>
        <translation>输出填充 op</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="35"/>
        <source>Dilation d</source>
        <translation>膨胀 d</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="37"/>
        <source>Square: both axes together</source>
        <translation>正方形：高和宽一起调整</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="78"/>
        <source>Valid now: {low} to {high}</source>
        <translation>当前可取：{low} 到 {high}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="113"/>
        <source>With the other values as shown before, {name} may be {values}.</source>
        <translation>若其他参数保持原来的值，{name} 可取 {values}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="116"/>
        <source>The picture shows the last valid parameters.</source>
        <translation>图中显示的是上一组有效参数。</translation>
    </message>
</context>
<context>
    <name>RoundTripPanel</name>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="137"/>
        <source>Height axis</source>
        <translation>高度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="137"/>
        <source>Width axis</source>
        <translation>宽度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="142"/>
        <source>{name}: {sym} = {size} → {out}</source>
        <translation>{name}：{sym} = {size} → {out}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="161"/>
        <source>{head} and {last}</source>
        <translation>{head} 和 {last}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="168"/>
        <source>output_padding={op} picks {n}</source>
        <translation>output_padding={op} 选出 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="174"/>
        <source>{conv} maps only {n} to {h}: output_padding=0 is the only way back.</source>
        <translation>{conv} 只把 {n} 映射为 {h}：只有 output_padding=0 能还原回去。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="180"/>
        <source>{conv} maps {sizes} to {h}: {picks}.</source>
        <translation>{conv} 把 {sizes} 都映射为 {h}：{picks}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="187"/>
        <source>output_padding={op} would give size {n}, which does not exist.</source>
        <translation>output_padding={op} 会得到尺寸 {n}，而这样的尺寸并不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="194"/>
        <source>output_padding={op} is allowed because {op} &lt; d={d}, but gives {n}, which Conv2d maps to {back}, not {h}.</source>
        <translation>output_padding={op} 是允许的，因为 {op} &lt; d={d}；但它得到 {n}，Conv2d 会把它映射为 {back}，而不是 {h}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="202"/>
        <source>output_padding={op} is refused: it must be smaller than s={s} or d={d}.</source>
        <translation>output_padding={op} 会被拒绝：它必须小于 s={s} 或 d={d}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="209"/>
        <source>output_padding</source>
        <translation>output_padding</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="209"/>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="211"/>
        <source>size N</source>
        <translation>尺寸 N</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="212"/>
        <source>The size ConvTranspose2d gives: (H−1)s − 2p + d(k−1) + op + 1</source>
        <translation>ConvTranspose2d 给出的尺寸：(H−1)s − 2p + d(k−1) + op + 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="214"/>
        <source>The size Conv2d with the same k, s, p, d gives N</source>
        <translation>用相同 k, s, p, d 的 Conv2d 作用于 N 得到的尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="215"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="215"/>
        <source>PyTorch accepts op &lt; s or op &lt; d</source>
        <translation>PyTorch 只接受 op &lt; s 或 op &lt; d</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="259"/>
        <source>ConvTranspose2d: {h}{t}{w} → {oh}{t}{ow} with output_padding = {op}.</source>
        <translation>ConvTranspose2d：{h}{t}{w} → {oh}{t}{ow}，output_padding = {op}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="214"/>
        <source>Conv2d(N)</source>
        <translation>Conv2d(N)</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="216"/>
        <source>back to {h}?</source>
        <translation>能回到 {h}？</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="216"/>
        <source>Conv2d(N) is the input size again</source>
        <translation>Conv2d(N) 又回到了输入尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="243"/>
        <source>PyTorch refuses this output_padding</source>
        <translation>PyTorch 不接受这个 output_padding</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="264"/>
        <source>Conv2d with the same k, s, p, d: {oh}{t}{ow} → {h}{t}{w} {check} back where it started.</source>
        <translation>用相同 k, s, p, d 的 Conv2d：{oh}{t}{ow} → {h}{t}{w} {check} 回到了起点。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="268"/>
        <source>Conv2d with the same k, s, p, d: {oh}{t}{ow} → {bh}{t}{bw} {cross} not back to {h}{t}{w}.</source>
        <translation>用相同 k, s, p, d 的 Conv2d：{oh}{t}{ow} → {bh}{t}{bw} {cross} 没有回到 {h}{t}{w}。</translation>
    </message>
</context>
<context>
    <name>ScatterView</name>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="86"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="88"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="89"/>
        <source>Start again from an empty canvas</source>
        <translation>从空白画布重新开始</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="90"/>
        <source>Add the next stamp</source>
        <translation>叠加下一块</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="92"/>
        <source>Number of stamps added</source>
        <translation>已叠加的块数</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="105"/>
        <source>Stamps:</source>
        <translation>叠加块：</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="215"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="215"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="216"/>
        <source>Add the stamps one by one</source>
        <translation>逐块叠加</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="287"/>
        <source>cropped by padding p = {p}</source>
        <translation>按填充 p = {p} 裁剪</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="289"/>
        <source>cropped by padding p = ({ph}, {pw})</source>
        <translation>按填充 p = ({ph}, {pw}) 裁剪</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="292"/>
        <source>= gather output ✓</source>
        <translation>= 收集式输出 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="294"/>
        <source>{n} of {total} stamps added</source>
        <translation>已叠加 {n} / {total} 块</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="296"/>
        <source>Input x {h}{t}{w}</source>
        <translation>输入 x {h}{t}{w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="297"/>
        <source>Kernel w {h}{t}{w}</source>
        <translation>卷积核 w {h}{t}{w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="300"/>
        <source>Full canvas {h}{t}{w}, before the crop
{formula}</source>
        <translation>完整画布 {h}{t}{w}（裁剪前）
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="303"/>
        <source>Scatter sum {h}{t}{w}, {crop}
{done}</source>
        <translation>散射累加 {h}{t}{w}，{crop}
{done}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="306"/>
        <source>Gather output y {h}{t}{w}
(the main view)</source>
        <translation>收集式输出 y {h}{t}{w}
（即主视图）</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="371"/>
        <source>Empty canvas: press Play or Step to add the stamps in reading order.</source>
        <translation>空白画布：点击“播放”或“单步”，按从左到右、从上到下的顺序逐块叠加。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="375"/>
        <source>{n} of {total} stamps added; the last one is x[{r},{c}] = {v} times the kernel, its corner at ({i}, {j}) on the full canvas.</source>
        <translation>已叠加 {n} / {total} 块；最新一块是 x[{r},{c}] = {v} 乘以卷积核，其左上角位于完整画布的 ({i}, {j})。</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../gui/panels/side_panel.py" line="26"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/side_panel.py" line="27"/>
        <source>Show or hide the parameters, channels and legend</source>
        <translation>显示或隐藏参数、通道和图例</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/actions.py" line="42"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="44"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>Export view as &amp;PNG…</source>
        <translation>将视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="51"/>
        <source>Export view as S&amp;VG…</source>
        <translation>将视图导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Export animation as &amp;GIF…</source>
        <translation>将动画导出为 GIF(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Export animation as PNG &amp;frames…</source>
        <translation>将动画导出为 PNG 帧序列(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>&amp;Copy as PyTorch code</source>
        <translation>复制为 PyTorch 代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="60"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>Fill &amp;input</source>
        <translation>设置输入数值(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>Fill &amp;kernel</source>
        <translation>设置卷积核数值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>All ones</source>
        <translation>全部为 1</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>1, 2, …, n</source>
        <translation>1, 2, …, n</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="68"/>
        <source>Random integers from a seed…</source>
        <translation>由随机种子生成整数…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="71"/>
        <source>Delta (a single 1 in the centre)</source>
        <translation>单位冲激（仅中心为 1）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="76"/>
        <source>&amp;Fit all grids</source>
        <translation>显示全部网格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>C&amp;lear selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="79"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Font &amp;size</source>
        <translation>字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="90"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="92"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="94"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>High contrast, dark</source>
        <translation>高对比度（深色）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="105"/>
        <source>&amp;Language / 语言</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="115"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="116"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="117"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="119"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="120"/>
        <source>Previous output cell</source>
        <translation>上一个输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="121"/>
        <source>Next output cell</source>
        <translation>下一个输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="122"/>
        <source>First output cell</source>
        <translation>第一个输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="123"/>
        <source>Last output cell</source>
        <translation>最后一个输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="124"/>
        <source>Stop and show all cells</source>
        <translation>停止并显示全部单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="126"/>
        <source>P&amp;resets</source>
        <translation>预设(&amp;R)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../gui/io/crash.py" line="53"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gui/io/crash.py" line="54"/>
        <source>ConvT Lab met an unexpected error and kept running:

{error}

The details were written to {path}.</source>
        <translation>转置卷积实验室遇到了意外错误，但仍在继续运行：

{error}

详细信息已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="31"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="35"/>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} 不是有限的数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="39"/>
        <source>{text!r} is too large: values must lie within ±{limit}</source>
        <translation>{text!r} 太大了：数值必须在 ±{limit} 以内</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/io/export.py" line="64"/>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>``progress(done, total) -&gt; bool``: called before frame ``done`` (0-based) of ``total``; returning False cancels. ``total`` is 0 when unknown. GIF delays are whole centiseconds and browsers slow down delays under 20 ms.</extracomment>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="129"/>
        <source>Cannot encode the picture as PNG</source>
        <translation>无法将图片编码为 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="276"/>
        <source>ConvT Lab</source>
        <translation>转置卷积实验室</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="278"/>
        <source>Drawn by ConvT Lab</source>
        <translation>由转置卷积实验室绘制</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="282"/>
        <source>Cannot draw the SVG picture</source>
        <translation>无法绘制 SVG 图片</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="473"/>
        <source>Frame {k} is {w}x{h}, but the animation is {W}x{H}</source>
        <translation>第 {k} 帧为 {w}x{h}，但动画尺寸为 {W}x{H}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gui/io/file_actions.py" line="40"/>
        <location filename="../../gui/io/file_actions.py" line="57"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="42"/>
        <source>ConvT Lab sessions (*.convt.json);;All files (*)</source>
        <translation>转置卷积实验室会话 (*.convt.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="51"/>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="52"/>
        <source>{path} was not opened: {reason}
The current session is unchanged.</source>
        <translation>未能打开 {path}：{reason}
当前会话保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="65"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="67"/>
        <source>ConvT Lab sessions (*.convt.json)</source>
        <translation>转置卷积实验室会话 (*.convt.json)</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="78"/>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="79"/>
        <source>{path} was not written: {reason}</source>
        <translation>未能写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="85"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="93"/>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="99"/>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="100"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="119"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="126"/>
        <location filename="../../gui/io/file_actions.py" line="161"/>
        <location filename="../../gui/io/file_actions.py" line="201"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="129"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="145"/>
        <source>Cells to animate</source>
        <translation>要播放的单元格</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="146"/>
        <source>Output cells in raster order, FIRST:LAST (1 to {n}):</source>
        <translation>按行序排列的输出单元格，起:止（1 到 {n}）：</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="162"/>
        <source>{text!r} is not a range FIRST:LAST within 1 to {n}.</source>
        <translation>{text!r} 不是 1 到 {n} 之间的“起:止”范围。</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="171"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="176"/>
        <source>Folder for the frames</source>
        <translation>存放帧图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="181"/>
        <source>Rendering frames…</source>
        <translation>正在绘制帧…</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="182"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="207"/>
        <source>Wrote {n} frames to {path}</source>
        <translation>已将 {n} 帧写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="222"/>
        <source>PyTorch code copied to the clipboard</source>
        <translation>PyTorch 代码已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <location filename="../../gui/lesson_text.py" line="49"/>
        <source>Height: {text}</source>
        <translation>高度方向：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="51"/>
        <source>Width: {text}</source>
        <translation>宽度方向：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="56"/>
        <source>{a}_new = {a} + (s{m}1)({a}{m}1) = {h} + {s1}{dot}{h1} = {new}</source>
        <translation>{a}_new = {a} + (s{m}1)({a}{m}1) = {h} + {s1}{dot}{h1} = {new}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="64"/>
        <source> (= k {m} p {m} 1)</source>
        <translation> (= k {m} p {m} 1)</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="67"/>
        <source>{formula}: {n} zeros on each side, {inserted} + 2{dot}{pad} = {total}</source>
        <translation>{formula}：每侧补 {n} 个零，{inserted} + 2{dot}{pad} = {total}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="71"/>
        <source>{formula}: {n} zero on each side, {inserted} + 2{dot}{pad} = {total}</source>
        <translation>{formula}：每侧补 {n} 个零，{inserted} + 2{dot}{pad} = {total}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="77"/>
        <source>{formula} &lt; 0: crop {n} from each side instead, {inserted} {m} 2{dot}{n} = {total}</source>
        <translation>{formula} &lt; 0：改为每侧裁剪 {n} 个，{inserted} {m} 2{dot}{n} = {total}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="82"/>
        <source>; output_padding adds {op} more at the bottom/right: {total}</source>
        <translation>；output_padding 在下方/右侧再增加 {op} 个：{total}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="103"/>
        <source>Why output_padding: Conv2d with k={k}, s={s}, p={p}, d={d} maps each of {sizes} to {h}, so its transpose needs op to pick one: {picks}. The op cells are computed like any other output cell, not filled with zeros.</source>
        <translation>为什么需要 output_padding：k={k}, s={s}, p={p}, d={d} 的 Conv2d 会把 {sizes} 都映射为 {h}，所以它的转置需要用 op 从中选定一个：{picks}。op 增加的单元格和其他输出单元格一样正常计算，并不是补零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="112"/>
        <source>The dilated kernel spans d(k{m}1)+1 = {d}{dot}{k1}+1 = {span} cells.</source>
        <translation>膨胀后的卷积核跨度为 d(k{m}1)+1 = {d}{dot}{k1}+1 = {span} 个单元格。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="135"/>
        <source>1. The input x: {size}</source>
        <translation>1. 输入 x：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="136"/>
        <source>x is {size}; the kernel w is {ksize}. Stride s = {s}, padding p = {p}, output_padding op = {op}, dilation d = {d}.</source>
        <translation>x 的大小为 {size}，卷积核 w 的大小为 {ksize}。步长 s = {s}，填充 p = {p}，output_padding op = {op}，膨胀 d = {d}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="148"/>
        <source>2. Insert s{m}1 zeros between neighbours: {size}</source>
        <translation>2. 在相邻元素之间插入 s{m}1 个零：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="155"/>
        <source>3. Pad with P = d(k{m}1) {m} p zeros: {size}</source>
        <translation>3. 四周填充 P = d(k{m}1) {m} p 圈零：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="162"/>
        <source>4. Slide the 180°-rotated kernel window with stride 1: {size}</source>
        <translation>4. 以步长 1 滑动旋转 180° 的卷积核窗口：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="165"/>
        <source>Rotate w by 180° and slide it over the padded grid one cell at a time; each output cell is the sum of the {n} products in its window.</source>
        <translation>将 w 旋转 180°，在填充后的网格上每次移动一格；每个输出单元格等于其窗口内 {n} 个乘积之和。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="175"/>
        <source>5. The result y: {size}</source>
        <translation>5. 结果 y：{size}</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../gui/texts.py" line="247"/>
        <source>Lesson: 2×2, k=3, s=2, p=0</source>
        <translation>课程示例：2×2, k=3, s=2, p=0</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="248"/>
        <source>Lesson with output_padding=1</source>
        <translation>课程示例：output_padding=1</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="249"/>
        <source>k=3, s=2: uneven overlap (checkerboard)</source>
        <translation>k=3, s=2：重叠不均匀（棋盘效应）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="250"/>
        <source>k=4, s=2, p=1: even overlap</source>
        <translation>k=4, s=2, p=1：重叠均匀</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="251"/>
        <source>Dilation 2</source>
        <translation>膨胀 d=2</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="252"/>
        <source>Padding &gt; k−1: crop (P &lt; 0)</source>
        <translation>填充 &gt; k−1：裁剪（P &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="253"/>
        <source>Rectangular input and kernel</source>
        <translation>长方形的输入和卷积核</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../gui/texts.py" line="27"/>
        <source>input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="28"/>
        <source>kernel size</source>
        <translation>卷积核尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="29"/>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="30"/>
        <location filename="../../gui/texts.py" line="46"/>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="31"/>
        <source>output_padding</source>
        <translation>output_padding</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="32"/>
        <source>dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="33"/>
        <source>output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="34"/>
        <source>input channels</source>
        <translation>输入通道数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="35"/>
        <source>output channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="36"/>
        <source>groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="37"/>
        <source>padded size</source>
        <translation>填充后尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="44"/>
        <source>input value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="45"/>
        <source>inserted zero</source>
        <translation>插入的零</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="47"/>
        <source>output_padding strip</source>
        <translation>output_padding 增加的行/列</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="48"/>
        <source>cropped (P &lt; 0)</source>
        <translation>被裁剪（P &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="54"/>
        <source> (height)</source>
        <translation>（高度）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="56"/>
        <source> (width)</source>
        <translation>（宽度）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="66"/>
        <source>Rule: output_padding must be smaller than max(stride, dilation) = {m}, but op = {op} (s = {s}, d = {d}){where}.</source>
        <translation>规则：output_padding 必须小于 max(步长, 膨胀) = {m}，但 op = {op}（s = {s}，d = {d}）{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="136"/>
        <source>(sum over input channels {c0}..{c1}</source>
        <translation>（输入通道 {c0}..{c1} 之和</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="137"/>
        <source>(from input channel {c0}</source>
        <translation>（来自输入通道 {c0}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="78"/>
        <source>Rule: the output size must be at least 1, but (H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}.</source>
        <translation>规则：输出尺寸至少为 1，但现在 (H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="84"/>
        <source>Rule: groups = {g} must divide {what} = {value}.</source>
        <translation>规则：groups = {g} 必须整除 {what} = {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="88"/>
        <source>{name} must be between {low} and {high} to stay readable, but is {value}{where}.</source>
        <translation>为了便于观察，{name} 须在 {low} 到 {high} 之间，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="92"/>
        <source>{name} must be at least 1, but is {value}{where}.</source>
        <translation>{name} 至少为 1，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="96"/>
        <source>{name} must not be negative, but is {value}{where}.</source>
        <translation>{name} 不能为负数，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="154"/>
        <source>Input x {size}</source>
        <translation>输入 x {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="155"/>
        <source>Zero-inserted {size}
{formula}</source>
        <translation>插零后 {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="159"/>
        <source>Padded {size}
{formula}</source>
        <translation>填充后 {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="161"/>
        <source>Padded (cropped) {size}
{formula}</source>
        <translation>填充后（已裁剪）{size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="163"/>
        <source>Output y {size}
{formula}</source>
        <translation>输出 y {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="166"/>
        <source>Kernel w {size}</source>
        <translation>卷积核 w {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="167"/>
        <source>Rotated 180° {size}</source>
        <translation>旋转 180° {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="178"/>
        <source>y[{o}][{i},{j}] sums x[c] ∗ w[c,{k}] over the input channels c of group {g}:</source>
        <translation>y[{o}][{i},{j}] 是第 {g} 组各输入通道 c 上 x[c] ∗ w[c,{k}] 之和：</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="203"/>
        <source>Click an output cell to see its sum, or an input cell to see where it lands.</source>
        <translation>点击输出单元格查看它的求和过程，点击输入单元格查看它贡献到哪些输出。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="210"/>
        <location filename="../../gui/texts.py" line="225"/>
        <source>{taps} kernel taps: {inputs} on input values, {zeros} on zeros.</source>
        <translation>卷积核的 {taps} 个权重中，{inputs} 个乘在输入值上，{zeros} 个乘在零上。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="231"/>
        <source>x[{r},{c}] = {value} reaches no output cell: the padding crops every place it lands.</source>
        <translation>x[{r},{c}] = {value} 不落在任何输出单元格上：它落到的位置都被填充裁掉了。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="238"/>
        <source>x[{r},{c}] = {value} lands on {n} output cells:</source>
        <translation>x[{r},{c}] = {value} 贡献到 {n} 个输出单元格：</translation>
    </message>
</context>
</TS>
