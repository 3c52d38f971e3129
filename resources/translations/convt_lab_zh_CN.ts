<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationBar</name>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="137"/>
        <source>First frame (Home)</source>
        <translation>第一帧（Home）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="138"/>
        <source>Previous frame (Left)</source>
        <translation>上一帧（←）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="139"/>
        <source>Next frame (Right)</source>
        <translation>下一帧（→）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="140"/>
        <source>Last frame (End)</source>
        <translation>最后一帧（End）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="142"/>
        <source>Go to a frame</source>
        <translation>跳到某一帧</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="157"/>
        <source>{n:g} steps/s</source>
        <translation>每秒 {n:g} 步</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="166"/>
        <source>Animation:</source>
        <translation>动画：</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="183"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="183"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="185"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/animation_bar.py" line="199"/>
        <source>Play starts at this output cell (Space)</source>
        <translation>从这个输出单元格开始播放（空格键）</translation>
    </message>
</context>
<context>
    <name>Animator</name>
    <message>
        <location filename="../../gui/animator.py" line="64"/>
        <source>cell {n} / {total}</source>
        <translation>第 {n} / {total} 格</translation>
    </message>
    <message>
        <location filename="../../gui/animator.py" line="135"/>
        <source>▶ {n} / {total}</source>
        <translation>▶ 第 {n} / {total} 格</translation>
    </message>
    <message>
        <location filename="../../gui/animator.py" line="143"/>
        <source>Paused: later output cells stay hidden; Play goes on from here, Stop (Esc) shows them all.</source>
        <translation>已暂停：后面的输出格暂时隐藏；播放会从这里继续，停止（Esc）则全部显示。</translation>
    </message>
</context>
<context>
    <name>ArithmeticPanel</name>
    <message>
        <location filename="../../gui/panels/arithmetic_panel.py" line="58"/>
        <source>Copy the arithmetic</source>
        <translation>复制算式</translation>
    </message>
    <message>
        <location filename="../../gui/panels/arithmetic_panel.py" line="249"/>
        <source>The sum for this cell appears at step 4, when the kernel slides.</source>
        <translation>这个单元格的求和在第 4 步（卷积核滑动时）显示。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/arithmetic_panel.py" line="255"/>
        <source>x[{r},{c}] = {value}. The output cells it reaches appear at step 4, when the kernel slides.</source>
        <translation>x[{r},{c}] = {value}。它落到哪些输出单元格，在第 4 步（卷积核滑动时）显示。</translation>
    </message>
</context>
<context>
    <name>ChannelPanel</name>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="49"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="64"/>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="69"/>
        <source>C_in, C_out</source>
        <translation>C_in, C_out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="70"/>
        <source>Groups</source>
        <translation>分组 groups</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="71"/>
        <source>Show x[c] → y[o]</source>
        <translation>显示 x[c] → y[o]</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="117"/>
        <source>weight {names} = {t}</source>
        <translation>权重形状 {names} = {t}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="122"/>
        <source>Conv2d&apos;s: {names} = {c}</source>
        <translation>Conv2d 的：{names} = {c}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="123"/>
        <source>Conv2d({ci}→{co}): {names} = {c}</source>
        <translation>Conv2d({ci}→{co})：{names} = {c}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="130"/>
        <source>Output channel {o} reads input channel {c}.</source>
        <translation>输出通道 {o} 读取输入通道 {c}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="133"/>
        <source>Output channel {o} reads input channels {c0} to {c1}.</source>
        <translation>输出通道 {o} 读取输入通道 {c0} 到 {c1}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="184"/>
        <source>The values typed into input channel {c} were removed with it.</source>
        <translation>输入通道 {c} 中输入的数值已随该通道一起删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="186"/>
        <source>The values typed into input channels {c} were removed with them.</source>
        <translation>输入通道 {c} 中输入的数值已随这些通道一起删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="189"/>
        <source>The values typed into kernel {w} no longer fit the channels and were removed.</source>
        <translation>卷积核 {w} 中输入的数值与新的通道设置不再相符，已被删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="192"/>
        <source>The values typed into kernels {w} no longer fit the channels and were removed.</source>
        <translation>卷积核 {w} 中输入的数值与新的通道设置不再相符，已被删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="196"/>
        <source>The bias of output channel {c} was removed with it.</source>
        <translation>输出通道 {c} 的偏置已随该通道一起删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="198"/>
        <source>The biases of output channels {c} were removed with them.</source>
        <translation>输出通道 {c} 的偏置已随这些通道一起删除。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="202"/>
        <source>Ctrl+Z brings them back.</source>
        <translation>按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/channel_panel.py" line="210"/>
        <source>The picture shows the last valid channels.</source>
        <translation>图中显示的是上一组有效的通道设置。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="67"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="71"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频（H.264）</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="71"/>
        <source>WebM video (VP9)</source>
        <translation>WebM 视频（VP9）</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="72"/>
        <source>PNG frames in a folder</source>
        <translation>PNG 逐帧图片（存入文件夹）</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="81"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="88"/>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="93"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="94"/>
        <source>Grids only (no menus or side panel)</source>
        <translation>只导出网格（不含菜单和侧栏）</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="100"/>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="101"/>
        <source>The speed on screen by default; GIF stores at most 50</source>
        <translation>默认与屏幕上的速度相同；GIF 最多存 50 帧/秒</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="102"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="107"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="108"/>
        <source>Hold the last frame:</source>
        <translation>最后一帧停留：</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="114"/>
        <source>From step:</source>
        <translation>从第几步：</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="115"/>
        <source>To step:</source>
        <translation>到第几步：</translation>
    </message>
</context>
<context>
    <name>GridPlot</name>
    <message>
        <location filename="../../gui/views/grid_plot.py" line="112"/>
        <source>Wheel: zoom · drag: pan · Ctrl+0: fit</source>
        <translation>滚轮：缩放 · 拖动：平移 · Ctrl+0：适应窗口</translation>
    </message>
</context>
<context>
    <name>LabState</name>
    <message>
        <location filename="../../gui/state.py" line="231"/>
        <source>Change parameters</source>
        <extracomment>Dynamic properties a panel keeps on the state that undo and redo bring back with the content they were set for (the parameter panel&apos;s Square link).</extracomment>
        <translation>修改参数</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="238"/>
        <source>Change channels</source>
        <translation>修改通道</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="250"/>
        <source>Pick channels</source>
        <translation>选择通道</translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="255"/>
        <location filename="../../gui/state.py" line="261"/>
        <location filename="../../gui/state.py" line="262"/>
        <source>Change values</source>
        <translation>修改数值</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/panels/legend.py" line="87"/>
        <source>output value</source>
        <translation>输出值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="88"/>
        <source>output cell added by output_padding</source>
        <translation>输出填充 op 增加的输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="89"/>
        <source>kernel weight</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="92"/>
        <source>selected cell</source>
        <translation>选中的单元格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="96"/>
        <source>kernel window (output selected)</source>
        <translation>卷积核窗口（选中输出时）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="99"/>
        <source>stamp of the selected input</source>
        <translation>选中输入叠加的那一块</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="104"/>
        <source>0: no input reaches this cell</source>
        <translation>0：没有输入到达（空位）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="105"/>
        <source>1 tap (lightest)</source>
        <translation>叠加 1 次（最浅）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="106"/>
        <source>most taps (strongest)</source>
        <translation>叠加次数最多（最深）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="107"/>
        <source>its row and column counts</source>
        <translation>它所在行和列的计数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="112"/>
        <source>0 in Cᵀ</source>
        <translation>Cᵀ 中的 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="113"/>
        <source>kernel weight (stronger: larger |w|)</source>
        <translation>卷积核权重（颜色越深 |w| 越大）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="117"/>
        <source>the output_padding shown now</source>
        <translation>当前显示的输出填充 op</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="123"/>
        <source>phases (0,0), (0,1), (1,0), (1,1), … (i mod s, j mod s): their output cells and sub-kernels</source>
        <translation>相位 (0,0)、(0,1)、(1,0)、(1,1)……（i mod s, j mod s）：各自的输出单元格和子卷积核</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="128"/>
        <source>C·y: Conv2d&apos;s output, the size of x</source>
        <translation>C·y：Conv2d 的输出，与 x 同样大小</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="130"/>
        <source>where the selected x lands in y</source>
        <translation>选中的 x 落在 y 的哪些位置</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="131"/>
        <source>the y cells Conv2d reads for the selected C·y</source>
        <translation>Conv2d 计算选中的 C·y 时读取的 y 单元格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="132"/>
        <source>the inputs and weights that make the selected cell</source>
        <translation>构成选中单元格的输入和权重</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="90"/>
        <source>contributing input</source>
        <translation>参与计算的输入</translation>
    </message>
    <message>
        <location filename="../../gui/panels/legend.py" line="91"/>
        <source>footprint (input selected)</source>
        <translation>影响范围（选中输入时）</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="268"/>
        <source>◀ Previous step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="268"/>
        <source>Next step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="226"/>
        <source>More ▾</source>
        <translation>展开 ▾</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="100"/>
        <source>Copy the step</source>
        <translation>复制这一步</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="110"/>
        <source>Previous step (PgUp)</source>
        <translation>上一步（PgUp）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="111"/>
        <source>Next step (PgDown)</source>
        <translation>下一步（PgDown）</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="226"/>
        <source>Less ▴</source>
        <translation>收起 ▴</translation>
    </message>
    <message>
        <location filename="../../gui/panels/lesson_panel.py" line="326"/>
        <source>Step {k} of {n}</source>
        <translation>第 {k} 步 / 共 {n} 步</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>Open session</source>
        <extracomment>Tabs without output cells to click: no sum, no hint to click one.</extracomment>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>ConvT Lab — transposed convolution, step by step</source>
        <translation>转置卷积实验室（ConvT Lab）— 一步一步看懂转置卷积</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="370"/>
        <source>Matrix Cᵀ</source>
        <translation>矩阵 Cᵀ</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="368"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="369"/>
        <source>Scatter</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="371"/>
        <source>Overlap</source>
        <translation>重叠次数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="372"/>
        <source>Round trip</source>
        <translation>往返</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="373"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="374"/>
        <source>Why transposed</source>
        <translation>为何叫转置</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="375"/>
        <source>Sub-pixel</source>
        <translation>子像素</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="376"/>
        <source>Plan</source>
        <translation>尺寸规划</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="383"/>
        <source>Gather: the lesson, step by step; each output cell is a sum over its kernel window</source>
        <translation>按输出收集（gather）：课程逐步讲解；每个输出单元格是其卷积核窗口内的求和</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="385"/>
        <source>Scatter: each input value stamps a scaled kernel onto the output canvas</source>
        <translation>按输入分发（scatter）：每个输入值把按它缩放的卷积核叠加到输出画布上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="387"/>
        <source>Matrix Cᵀ: the layer as one matrix product, y = Cᵀx</source>
        <translation>矩阵 Cᵀ：把这一层写成一次矩阵乘法，y = Cᵀx</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="389"/>
        <source>Overlap map: how many kernel taps land on input values, for each output cell</source>
        <translation>重叠次数图：每个输出单元格有多少个卷积核抽头落在输入值上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="391"/>
        <source>Round trip with Conv2d: which sizes Conv2d maps back, and which one output_padding picks</source>
        <translation>与 Conv2d 的往返：哪些尺寸经 Conv2d 会映射回来，output_padding 选其中哪一个</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="393"/>
        <source>Practice: predict, check, then see the step that shows why</source>
        <translation>练习：先预测，再检查，然后看说明原因的那一步</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="395"/>
        <source>Why transposed: the Conv2d with the same kernel, beside it; one reads the cells the other writes</source>
        <translation>为何叫转置：旁边是相同卷积核的 Conv2d；一个读取的单元格正是另一个写入的</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="397"/>
        <source>Sub-pixel: the output as interleaved stride phases, each a stride-1 convolution with its own sub-kernel</source>
        <translation>子像素：输出按步长相位交错拆开，每个相位是一次步长为 1、用自己子卷积核的卷积</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="399"/>
        <source>Plan: the output size of every layer of a printed model</source>
        <translation>尺寸规划：打印出的模型中每一层的输出尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>无法加载语言“{lang}”的翻译。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="132"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="143"/>
        <source>Random integers</source>
        <translation>随机整数</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="144"/>
        <source>Seed (the same seed gives the same values):</source>
        <translation>随机种子（相同的种子生成相同的数值）：</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="57"/>
        <source>{message}; the cell keeps its value.</source>
        <translation>{message}；该单元格保持原值。</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="71"/>
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="72"/>
        <source>Zero-inserted</source>
        <translation>插零后</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="73"/>
        <source>Padded</source>
        <translation>填充后</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="74"/>
        <source>Output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="75"/>
        <source>Kernel w</source>
        <translation>卷积核 w</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="76"/>
        <source>Rotated kernel</source>
        <translation>旋转后的卷积核</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="82"/>
        <source>{grid} [{row}, {col}]: its value appears at a later step</source>
        <translation>{grid} [{row}, {col}]：它的值在后面的步骤中显示</translation>
    </message>
    <message>
        <location filename="../../gui/window_cells.py" line="92"/>
        <source>double-click to type a value</source>
        <translation>双击可输入数值</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="25"/>
        <source> and {n} more</source>
        <translation>，以及另外 {n} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="282"/>
        <source>{eq}, Cᵀ {r}{t}{c}: rows {a}{d}{b}, columns {e}{d}{f} shown</source>
        <translation>{eq}，Cᵀ 为 {r}{t}{c}：显示第 {a}{d}{b} 行、第 {e}{d}{f} 列</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="284"/>
        <source>{eq}, Cᵀ {r}{t}{c}: columns {e}{d}{f} shown</source>
        <translation>{eq}，Cᵀ 为 {r}{t}{c}：显示第 {e}{d}{f} 列</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="286"/>
        <source>{eq}, Cᵀ {r}{t}{c}: rows {a}{d}{b} shown</source>
        <translation>{eq}，Cᵀ 为 {r}{t}{c}：显示第 {a}{d}{b} 行</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="288"/>
        <source>{eq}, Cᵀ {r}{t}{c}</source>
        <translation>{eq}，Cᵀ 为 {r}{t}{c}</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_view.py" line="356"/>
        <source>Row k = i·{ow} + j of Cᵀ makes y[i,j]; column q = r·{w} + c carries x[r,c].</source>
        <translation>Cᵀ 的第 k = i·{ow} + j 行给出 y[i,j]；第 q = r·{w} + c 列对应 x[r,c]。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="75"/>
        <source>Output channel {o} reads input channel {c} alone: y = C_c{c}ᵀ·x_c{c}{b}.</source>
        <translation>输出通道 {o} 只读取输入通道 {c}：y = C_c{c}ᵀ·x_c{c}{b}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="82"/>
        <source>One block of columns per input channel of the group: y = [{mats}]·[{xs}]{b} is output channel {o}, the one the lesson shows.</source>
        <translation>本组每个输入通道占一组列：y = [{mats}]·[{xs}]{b} 就是课程显示的输出通道 {o}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="94"/>
        <source>Rows {a} to {b} of {n}, columns {c} to {d} of {m} are shown: select a cell (or use the arrow keys) to move them.</source>
        <translation>共 {n} 行、{m} 列，显示第 {a} 到 {b} 行、第 {c} 到 {d} 列：选中一个单元格（或用方向键）可移动显示范围。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="99"/>
        <source>Columns {c} to {d} of {m} are shown: select a cell (or use the arrow keys) to move them.</source>
        <translation>共 {m} 列，显示第 {c} 到 {d} 列：选中一个单元格（或用方向键）可移动显示范围。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="104"/>
        <source>Rows {a} to {b} of {n} are shown: select an output cell (or use the arrow keys) to move them.</source>
        <translation>共 {n} 行，显示第 {a} 到 {b} 行：选中一个输出单元格（或用方向键）可移动显示范围。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="23"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="32"/>
        <source>Click a row (an output cell) or a column header or x entry (an input cell).</source>
        <translation>点击一行（一个输出单元格），或点击列标题或 x 的元素（一个输入单元格）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="46"/>
        <source>Row {k} is y[{i},{j}]: all zeros — no input reaches this output cell.</source>
        <translation>第 {k} 行对应 y[{i},{j}]：全为零——没有输入落到这个输出单元格。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="48"/>
        <source>Row {k} is y[{i},{j}]: it holds {n} kernel weights, in columns {cols}.</source>
        <translation>第 {k} 行对应 y[{i},{j}]：含 {n} 个卷积核权重，位于第 {cols} 列。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="50"/>
        <source>Row {k} is y[{i},{j}]: it holds 1 kernel weight, in column {cols}.</source>
        <translation>第 {k} 行对应 y[{i},{j}]：含 1 个卷积核权重，位于第 {cols} 列。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="57"/>
        <source>Column {q} is x[{r},{c}]: all zeros — padding crops every place it lands.</source>
        <translation>第 {q} 列对应 x[{r},{c}]：全为零——它落到的位置都被填充裁掉了。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="59"/>
        <source>Column {q} is x[{r},{c}]: it holds {n} kernel weights, in rows {rows}.</source>
        <translation>第 {q} 列对应 x[{r},{c}]：含 {n} 个卷积核权重，位于第 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="61"/>
        <source>Column {q} is x[{r},{c}]: it holds 1 kernel weight, in row {rows}.</source>
        <translation>第 {q} 列对应 x[{r},{c}]：含 1 个卷积核权重，位于第 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="119"/>
        <source>Cᵀ has {rows} {t} {cols} = {entries} entries. Non-zero entries: {nz} (one per kernel tap that lands on the output), a density of {density:.2%}.</source>
        <translation>Cᵀ 共有 {rows} {t} {cols} = {entries} 个元素。非零元素：{nz} 个（每个落在输出上的卷积核权重对应一个），密度为 {density:.2%}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="130"/>
        <source>Non-zeros per row (taps per output cell): {n} in every row.</source>
        <translation>每行的非零元素（每个输出单元格用到的卷积核权重）：每行都是 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="133"/>
        <source>Non-zeros per row (taps per output cell): from {low} to {high}.</source>
        <translation>每行的非零元素（每个输出单元格用到的卷积核权重）：{low} 到 {high} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="138"/>
        <source>Each column holds at most 1 entry: the kernel has a single weight.</source>
        <translation>每列最多 1 个元素：卷积核只有一个权重。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="141"/>
        <source>Each column holds at most {k} entries, one per kernel weight.</source>
        <translation>每列最多 {k} 个元素，每个卷积核权重对应一个。</translation>
    </message>
    <message>
        <location filename="../../gui/views/matrix_words.py" line="145"/>
        <source>Weights that are 0 still count: they sit where a tap lands.</source>
        <translation>值为 0 的权重同样计入：它们仍占据卷积核落下的位置。</translation>
    </message>
</context>
<context>
    <name>MisconceptionsDialog</name>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="85"/>
        <location filename="../../gui/panels/misconceptions.py" line="109"/>
        <source>Misconceptions</source>
        <translation>常见误解</translation>
    </message>
</context>
<context>
    <name>OverlapView</name>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="100"/>
        <source>Taps per output cell {h}{t}{w}
= height count {t} width count</source>
        <translation>每个输出单元格的叠加次数 {h}{t}{w}
= 高度方向次数 {t} 宽度方向次数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="128"/>
        <location filename="../../gui/views/overlap_view.py" line="218"/>
        <location filename="../../gui/views/overlap_view.py" line="291"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="142"/>
        <source>k={k} is less than s={s}</source>
        <translation>k={k} 小于 s={s}</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="145"/>
        <source>dilation d={d} and stride s={s} share the factor {g}, so the taps reach only one cell in {g}</source>
        <translation>膨胀率 d={d} 与步长 s={s} 有公因数 {g}，所以卷积核每 {g} 个单元格只落到其中 1 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="149"/>
        <source>k={k} is not a multiple of s={s}</source>
        <translation>k={k} 不是 s={s} 的倍数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="150"/>
        <source>k={k} is a multiple of s={s}</source>
        <translation>k={k} 是 s={s} 的倍数</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="208"/>
        <source>{axis}: {reason}, but the input is too short for the pattern to repeat: the counts are {counts}, fewer near the edges.</source>
        <translation>{axis}：{reason}，但输入太短，规律来不及重复：叠加次数为 {counts}，靠近边缘处更少。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="192"/>
        <source>{axis}: {reason}: every cell away from the edges gets exactly 1 tap — even.</source>
        <translation>{axis}：{reason}：远离边缘的每个单元格都恰好叠加 1 次——均匀。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="181"/>
        <source>{axis}: {reason}, but no cell lies where the whole kernel meets the input (the input is too short): the counts are {counts}.</source>
        <translation>{axis}：{reason}，但没有哪个单元格处在整个卷积核都落在输入上的位置（输入太短）：叠加次数为 {counts}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="185"/>
        <source>{axis}: {reason}, but padding p = {p} crops away every cell where the whole kernel meets the input: the counts are {counts}.</source>
        <translation>{axis}：{reason}，但填充 p = {p} 把整个卷积核都落在输入上的单元格全部裁掉了：叠加次数为 {counts}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="195"/>
        <source>{axis}: {reason}: every cell away from the edges gets {n} taps — even.</source>
        <translation>{axis}：{reason}：远离边缘的每个单元格都叠加 {n} 次——均匀。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="197"/>
        <source>{axis}: {reason}: every cell gets exactly 1 tap — even.</source>
        <translation>{axis}：{reason}：每个单元格都恰好叠加 1 次——均匀。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="199"/>
        <source>{axis}: {reason}: every cell gets {n} taps — even.</source>
        <translation>{axis}：{reason}：每个单元格都叠加 {n} 次——均匀。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="204"/>
        <source>{axis}: {reason}, but padding p = {p} leaves too few cells for the pattern to repeat: the counts are {counts}, fewer near the edges.</source>
        <translation>{axis}：{reason}，但填充 p = {p} 裁掉后剩下的单元格太少，规律来不及重复：叠加次数为 {counts}，靠近边缘处更少。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="212"/>
        <source>{axis}: {reason}: the counts are {counts} — holes: some cells get no tap at all.</source>
        <translation>{axis}：{reason}：叠加次数为 {counts}——空位：有些单元格一次也没有叠加到。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="215"/>
        <source>{axis}: {reason}: the counts are {counts}.</source>
        <translation>{axis}：{reason}：叠加次数为 {counts}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="220"/>
        <source>holes: some cells get no tap at all</source>
        <translation>空位：有些单元格一次也没有被叠加</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="242"/>
        <source>The last 0 is output_padding&apos;s strip ({cells}), which no tap reaches.</source>
        <translation>最后一个 0 是 output_padding 增加的条带（{cells}），没有权重落到那里。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="246"/>
        <source>The last {n} zeros are output_padding&apos;s strip ({cells}), which no tap reaches.</source>
        <translation>最后 {n} 个 0 是 output_padding 增加的条带（{cells}），没有权重落到那里。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="250"/>
        <source>The output_padding strip is {cells}: the last 0 ({zeros}) lies past the full scatter result, where no tap reaches, and the rest of the strip lies where p = {p} had cropped.</source>
        <translation>output_padding 增加的条带是{cells}：最后一个 0（{zeros}）位于完整分发结果之外，没有权重落到那里；条带的其余部分正是 p = {p} 本来要裁掉的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="255"/>
        <source>The output_padding strip is {cells}: the last {n} zeros ({zeros}) lie past the full scatter result, where no tap reaches, and the rest of the strip lies where p = {p} had cropped.</source>
        <translation>output_padding 增加的条带是{cells}：最后 {n} 个 0（{zeros}）位于完整分发结果之外，没有权重落到那里；条带的其余部分正是 p = {p} 本来要裁掉的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="263"/>
        <source>row {a}</source>
        <translation>第 {a} 行</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="263"/>
        <source>rows {a}–{b}</source>
        <translation>第 {a}–{b} 行</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="265"/>
        <source>column {a}</source>
        <translation>第 {a} 列</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="265"/>
        <source>columns {a}–{b}</source>
        <translation>第 {a}–{b} 列</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="267"/>
        <source>row/column {a}</source>
        <translation>第 {a} 行/列</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="268"/>
        <source>rows/columns {a}–{b}</source>
        <translation>第 {a}–{b} 行/列</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="276"/>
        <source>the checkerboard pattern</source>
        <translation>棋盘效应</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="278"/>
        <source>horizontal stripes: the counts alternate from row to row</source>
        <translation>横向条纹：次数逐行交替</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="279"/>
        <source>vertical stripes: the counts alternate from column to column</source>
        <translation>纵向条纹：次数逐列交替</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="221"/>
        <source>{axis}: {reason}: counts alternate {pattern} — {look}.</source>
        <translation>{axis}：{reason}：叠加次数交替为 {pattern}——{look}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="282"/>
        <source>Both axes</source>
        <translation>两个方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="285"/>
        <source>Height</source>
        <translation>高度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="286"/>
        <source>Width</source>
        <translation>宽度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/overlap_view.py" line="290"/>
        <source>Counts in this output: {values} (each is a height count times a width count).</source>
        <translation>本输出中的叠加次数：{values}（每个都是高度方向次数乘以宽度方向次数）。</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="45"/>
        <source>Input H, W</source>
        <extracomment>Problems the channel panel shows, under the channels. Problems of the values in the cells rather than of the parameters. The dynamic property of the LabState that remembers the &quot;Square&quot; choice.</extracomment>
        <translation>输入 H, W</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="46"/>
        <source>Kernel kH, kW</source>
        <translation>卷积核 kH, kW</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="47"/>
        <source>Stride s</source>
        <translation>步长 s</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="48"/>
        <source>Padding p</source>
        <translation>填充 p</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="49"/>
        <source>Output padding op</source>
        <translation>输出填充 op</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="50"/>
        <source>Dilation d</source>
        <translation>膨胀率 d</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="52"/>
        <source>Square: both axes together</source>
        <translation>正方形：高和宽一起调整</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="174"/>
        <source>With the other values as shown before, {name} may be {values}.</source>
        <translation>若其他参数保持原来的值，{name} 可取 {values}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="177"/>
        <source>The picture shows the last valid values.</source>
        <translation>画面显示的是最后一组有效的数值。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/param_panel.py" line="179"/>
        <source>The picture shows the last valid parameters.</source>
        <translation>图中显示的是上一组有效参数。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../gui/views/plan_text.py" line="24"/>
        <source>can&apos;t read the arguments of {kind}: {detail}</source>
        <translation>无法读取 {kind} 的参数：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="26"/>
        <source>{name} is missing</source>
        <translation>缺少 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="27"/>
        <source>{name} must be a whole number of at least 1, but is {value}</source>
        <translation>{name} 必须是不小于 1 的整数，但这里是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="29"/>
        <source>{name} must be a whole number or a pair, but is {value}</source>
        <translation>{name} 必须是一个整数或一对整数，但这里是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="31"/>
        <source>{name} must be at least {low}, but is {value}</source>
        <translation>{name} 不能小于 {low}，但这里是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="33"/>
        <source>groups={groups} must divide {name}={value}</source>
        <translation>分组数 groups={groups} 必须整除 {name}={value}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="35"/>
        <source>padding=&apos;same&apos; needs stride 1</source>
        <translation>padding=&apos;same&apos; 要求步长为 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="36"/>
        <source>the padded {axis} {n} + 2·{p} = {span} is smaller than the dilated kernel {d}·({k} − 1) + 1 = {need}</source>
        <translation>补零后的{axis} {n} + 2·{p} = {span}，比膨胀后的卷积核 {d}·({k} − 1) + 1 = {need} 还小</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="39"/>
        <source>output_padding {op} must be smaller than stride {s} or dilation {d} ({axis})</source>
        <translation>输出填充 op = {op} 必须小于步长 {s} 或膨胀率 {d}（{axis}）</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="42"/>
        <source>{axis} ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {op} + 1 = {out} is below 1</source>
        <translation>{axis}：({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {op} + 1 = {out}，小于 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="45"/>
        <source>pad {p} should be at most half of the kernel size {k}</source>
        <translation>填充 {p} 不能超过核大小 {k} 的一半</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="47"/>
        <source>the output size {out} is below 1</source>
        <translation>输出尺寸 {out} 小于 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="48"/>
        <source>Upsample needs size or scale_factor</source>
        <translation>Upsample 需要 size 或 scale_factor</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="49"/>
        <source>{c} channels are not divisible by upscale_factor² = {r2}</source>
        <translation>{c} 个通道不能被 upscale_factor² = {r2} 整除</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="51"/>
        <source>1 channel is not divisible by upscale_factor² = {r2}</source>
        <translation>1 个通道不能被 upscale_factor² = {r2} 整除</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="53"/>
        <source>after line {line}, whose size is unknown</source>
        <translation>在第 {line} 行之后，尺寸未知</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="54"/>
        <source>{kind} expects {want} input channels, but gets {got}</source>
        <translation>{kind} 需要 {want} 个输入通道，实际得到 {got} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="56"/>
        <source>{kind} expects 1 input channel, but gets {got}</source>
        <translation>{kind} 需要 1 个输入通道，实际得到 {got} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="58"/>
        <source>{t} is larger than the largest size, {largest} (padding 0, output_padding {op})</source>
        <translation>{t} 超过了能得到的最大尺寸 {largest}（填充 0，输出填充 {op}）</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="61"/>
        <source>with stride 1 and dilation 1 there is no output_padding, and padding changes the size in steps of 2 ({base} with padding 0), so {t} is never reached</source>
        <translation>步长和膨胀率都为 1 时没有输出填充可用，而填充每次让尺寸变化 2（填充为 0 时是 {base}），所以永远得不到 {t}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="65"/>
        <source>even with padding 0 the size is {smallest}, larger than {t}</source>
        <translation>即使填充为 0，尺寸也是 {smallest}，比 {t} 大</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="67"/>
        <source>with stride 1 padding changes the size in steps of 2 ({now} now, {base} with padding {p}), so {t} is never reached</source>
        <translation>步长为 1 时，填充每次让尺寸变化 2（现在是 {now}，填充为 {p} 时是 {base}），所以永远得不到 {t}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="70"/>
        <source>with stride 1 padding changes the size in steps of 2 ({base} with padding {p}), so {t} is never reached</source>
        <translation>步长为 1 时，填充每次让尺寸变化 2（填充为 {p} 时是 {base}），所以永远得不到 {t}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="73"/>
        <source>with stride 1 a whole-number padding changes the size in steps of 2 ({base} with padding {p}) and padding=&apos;same&apos; gives {now}, so {t} is never reached</source>
        <translation>步长为 1 时，整数填充每次让尺寸变化 2（填充为 {p} 时是 {base}），而 padding=&apos;same&apos; 得到 {now}，所以永远得不到 {t}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="77"/>
        <source>only padding=&apos;same&apos; gives {t} (a whole-number padding changes the size in steps of 2, {base} with padding {p}), and &apos;same&apos; keeps both the height and the width as they are</source>
        <translation>只有 padding=&apos;same&apos; 能得到 {t}（整数填充每次让尺寸变化 2，填充为 {p} 时是 {base}），而 &apos;same&apos; 会让高度和宽度都保持原样</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="82"/>
        <source>padding=&apos;same&apos; pads the height by {d}·({k} − 1) = {total}, {before} on the top and {after} on the bottom, and the lesson shows a Conv2d as a ConvTranspose2d, whose padding is the same on both sides</source>
        <translation>padding=&apos;same&apos; 在高度方向上共填充 {d}·({k} − 1) = {total}：上方 {before}、下方 {after}，而课程把 Conv2d 显示为 ConvTranspose2d，它两侧的填充总是一样多</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="86"/>
        <source>padding=&apos;same&apos; pads the width by {d}·({k} − 1) = {total}, {before} on the left and {after} on the right, and the lesson shows a Conv2d as a ConvTranspose2d, whose padding is the same on both sides</source>
        <translation>padding=&apos;same&apos; 在宽度方向上共填充 {d}·({k} − 1) = {total}：左侧 {before}、右侧 {after}，而课程把 Conv2d 显示为 ConvTranspose2d，它两侧的填充总是一样多</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="90"/>
        <source>padding=&apos;same&apos; pads the height and the width by {d}·({k} − 1) = {total} each, {before} on the top and left and {after} on the bottom and right, and the lesson shows a Conv2d as a ConvTranspose2d, whose padding is the same on both sides</source>
        <translation>padding=&apos;same&apos; 在高度和宽度方向上各填充 {d}·({k} − 1) = {total}：上方和左侧 {before}、下方和右侧 {after}，而课程把 Conv2d 显示为 ConvTranspose2d，它两侧的填充总是一样多</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="95"/>
        <source>even scaled down, it is larger than the lesson draws (at most {most} cells a side)</source>
        <translation>即使缩小，它也比课程能画的更大（每边最多 {most} 格）</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="97"/>
        <source>the size reaching this layer is unknown (line {line} breaks a rule)</source>
        <translation>到达这一层的尺寸未知（第 {line} 行违反了规则）</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="99"/>
        <source>only a readable Conv2d or ConvTranspose2d layer has padding to choose</source>
        <translation>只有参数可读的 Conv2d 或 ConvTranspose2d 层才能选择填充</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="101"/>
        <source>the wanted size must be at least 1</source>
        <translation>目标尺寸至少为 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="102"/>
        <source>{name} must be a finite positive number or a pair of them, but is {value}</source>
        <translation>{name} 必须是一个有限的正数或一对这样的数，但现在是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="104"/>
        <source>Upsample takes size or scale_factor, not both</source>
        <translation>Upsample 只能给 size 或 scale_factor 之一，不能两个都给</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="106"/>
        <source>the output {axis} is larger than {largest}, the largest size PyTorch can hold</source>
        <translation>输出的{axis}超过了 {largest}，这是 PyTorch 能容纳的最大尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="108"/>
        <source>the repeat count must be 1 to {most}, but is {times}</source>
        <translation>重复次数必须在 1 到 {most} 之间，但现在是 {times}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="110"/>
        <source>the network runs more than {most} layers; the plan stops here</source>
        <translation>网络运行的层数超过 {most} 层；规划到此为止</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="121"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="130"/>
        <source>the brackets nest too deeply</source>
        <translation>括号嵌套太深</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="131"/>
        <source>the text between the brackets is not Python</source>
        <translation>括号里的文字不是 Python 代码</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="133"/>
        <source>the line holds more than one call</source>
        <translation>这一行不止一个调用</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="135"/>
        <source>*args and **kwargs can&apos;t be read</source>
        <translation>读不了 *args 和 **kwargs</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="142"/>
        <source>a number has more than {n} digits</source>
        <translation>有一个数字超过了 {n} 位</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="144"/>
        <source>{n} positional arguments, but {kind} takes at most {most}</source>
        <translation>给了 {n} 个位置参数，但 {kind} 最多接受 {most} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="146"/>
        <source>{kind} takes no argument {name}</source>
        <translation>{kind} 没有参数 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="147"/>
        <source>{name} is given twice</source>
        <translation>{name} 给了两次</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="165"/>
        <location filename="../../gui/views/plan_text.py" line="186"/>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="166"/>
        <location filename="../../gui/views/plan_text.py" line="187"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="182"/>
        <source>Line {line}: {note}.</source>
        <translation>第 {line} 行：{note}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="190"/>
        <source>Line {line} can&apos;t reach {size} on the {axis}: {note}.</source>
        <translation>第 {line} 行在{axis}方向上得不到 {size}：{note}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="195"/>
        <source>Line {line} gives {size} with padding={p}, output_padding={op}.</source>
        <translation>第 {line} 行取 padding={p}、output_padding={op} 即得到 {size}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="199"/>
        <source>Line {line} gives {size} with padding={p}.</source>
        <translation>第 {line} 行取 padding={p} 即得到 {size}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="209"/>
        <source>Line {line} (Conv2d) is shown as its transpose: the ConvTranspose2d with the same k, s, p, d that maps {h} back to {n} (output_padding {op}).</source>
        <translation>第 {line} 行（Conv2d）以它的转置显示：k、s、p、d 相同，把 {h} 映射回 {n} 的 ConvTranspose2d（输出填充 {op}）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="215"/>
        <source>Line {line} is open in the lesson.</source>
        <translation>第 {line} 行已在课程中打开。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="219"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="220"/>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="221"/>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="222"/>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="223"/>
        <source>output_padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="224"/>
        <source>dilation</source>
        <translation>膨胀率</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="225"/>
        <source>input channels</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="226"/>
        <source>output channels</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="227"/>
        <source>groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="237"/>
        <source>{what} {shown} instead of {real}</source>
        <translation>{what}用 {shown}（实际为 {real}）</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="241"/>
        <source>Scaled down to fit the screen: {changes}.</source>
        <translation>为了放进屏幕已按比例缩小：{changes}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_text.py" line="243"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/views/plan_view.py" line="129"/>
        <source>Paste what print(model) shows</source>
        <translation>粘贴 print(model) 打印出的内容</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="139"/>
        <source>H{t}W</source>
        <translation>H{t}W</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="143"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="143"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="143"/>
        <source>Output C{t}H{t}W</source>
        <translation>输出 C{t}H{t}W</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="144"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="163"/>
        <source>Click a ConvTranspose2d or Conv2d row to open that layer in the lesson.</source>
        <translation>点击 ConvTranspose2d 或 Conv2d 所在的行，即可在课程中打开这一层。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="172"/>
        <source>Input C{t}H{t}W:</source>
        <translation>输入 C{t}H{t}W：</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="176"/>
        <source>Wanted size:</source>
        <translation>目标尺寸：</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="178"/>
        <source>at</source>
        <translation>位于</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="183"/>
        <source>The printed model:</source>
        <translation>打印出的模型：</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="317"/>
        <source>1 layer; the network&apos;s output is {size}.</source>
        <translation>共 1 层；网络的输出是 {size}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="325"/>
        <source>Channel mismatch at line {line}: PyTorch would stop there (a skip connection concatenated in forward() doesn&apos;t show in the printed model).</source>
        <translation>第 {line} 行通道数不匹配：PyTorch 会在那里报错（在 forward() 中拼接的跳跃连接不会出现在打印的模型里）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="329"/>
        <source>Channel mismatch at lines {lines}: PyTorch would stop there (a skip connection concatenated in forward() doesn&apos;t show in the printed model).</source>
        <translation>第 {lines} 行通道数不匹配：PyTorch 会在那里报错（在 forward() 中拼接的跳跃连接不会出现在打印的模型里）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="334"/>
        <source>Skipped line {line}.</source>
        <translation>跳过的行：{line}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="368"/>
        <source>The wanted size must be whole numbers from 1 to {most}: H{t}W.</source>
        <translation>目标尺寸必须是 1 到 {most} 之间的整数：H{t}W。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="395"/>
        <source>Line {line} can&apos;t be drawn: {note}.</source>
        <translation>第 {line} 行无法绘制：{note}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="243"/>
        <source>skipped: not a layer the planner knows</source>
        <translation>已跳过：规划器不认识这种层</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="266"/>
        <source>Click to open this layer in the lesson</source>
        <translation>点击即可在课程中打开这一层</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="308"/>
        <source>No layer found: paste the text print(model) prints.</source>
        <translation>没有找到任何层：请粘贴 print(model) 打印出的文字。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="314"/>
        <source>Line {line} breaks a rule: {note}.</source>
        <translation>第 {line} 行违反了规则：{note}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="320"/>
        <source>{n} layers; the network&apos;s output is {size}.</source>
        <translation>共 {n} 层；网络的输出是 {size}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="104"/>
        <source>, </source>
        <extracomment>Lines named in the summary; more end in an ellipsis. A word this long makes wrapping at word boundaries slow: the text then wraps anywhere. Full-width digits, as a Chinese input method types them, read as ASCII ones.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="229"/>
        <source>The input size must be three whole numbers C{t}H{t}W from 1 to {most}, e.g. 100{t}1{t}1.</source>
        <translation>输入尺寸必须是三个 1 到 {most} 之间的整数 C{t}H{t}W，例如 100{t}1{t}1。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="336"/>
        <source>Skipped lines {lines}.</source>
        <translation>跳过的行：{lines}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="350"/>
        <source>line {line}: {kind}</source>
        <translation>第 {line} 行：{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="363"/>
        <source>Give a wanted size H{t}W (the last layer&apos;s, or a skip connection&apos;s at a layer) to find the padding or output_padding that reaches it.</source>
        <translation>输入目标尺寸 H{t}W（最后一层的，或某一层上跳跃连接的），即可找出能得到它的填充或输出填充。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="375"/>
        <source>There is no Conv2d or ConvTranspose2d layer to tune.</source>
        <translation>没有可以调整的 Conv2d 或 ConvTranspose2d 层。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="387"/>
        <source>Only ConvTranspose2d and Conv2d rows open in the lesson.</source>
        <translation>只有 ConvTranspose2d 和 Conv2d 的行可以在课程中打开。</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="391"/>
        <source>Line {line} can&apos;t be opened: {note}</source>
        <translation>第 {line} 行打不开：{note}</translation>
    </message>
    <message>
        <location filename="../../gui/views/plan_view.py" line="399"/>
        <source>Open a layer</source>
        <translation>打开一层</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../gui/views/practice_view.py" line="91"/>
        <source>The same seed gives everyone the same exercises.</source>
        <translation>相同的种子让每个人得到相同的练习。</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="93"/>
        <source>basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="94"/>
        <source>mixed</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="96"/>
        <source>New set</source>
        <translation>新的一组</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="102"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="104"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="114"/>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="115"/>
        <source>Next exercise</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="144"/>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="148"/>
        <source>none</source>
        <translation>没有</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="159"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="188"/>
        <source>Answer first: the lesson&apos;s grids appear here once you have checked the question on P.</source>
        <translation>先作答——检查完关于 P 的问题后，这里会显示课程的网格。</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="228"/>
        <source>Exercise {n} of {total}: {case}</source>
        <translation>练习 {n} / {total}：{case}</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="255"/>
        <source>Score: {right} of {asked}</source>
        <translation>得分：{right} / {asked}</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="281"/>
        <source>Click cells of x: {cells}</source>
        <translation>点击 x 的单元格：{cells}</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="342"/>
        <source>Type a number, such as 7 or {m}2.5.</source>
        <translation>请输入一个数，例如 7 或 {m}2.5。</translation>
    </message>
    <message>
        <location filename="../../gui/views/practice_view.py" line="357"/>
        <location filename="../../gui/views/practice_view.py" line="363"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
</context>
<context>
    <name>RoundTripPanel</name>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="146"/>
        <source>Height axis</source>
        <extracomment>The text&apos;s sizes tried, over the application font&apos;s, largest first.</extracomment>
        <translation>高度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="146"/>
        <source>Width axis</source>
        <translation>宽度方向</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="151"/>
        <source>{name}: {sym} = {size} → {out}</source>
        <translation>{name}：{sym} = {size} → {out}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="170"/>
        <source>{head} and {last}</source>
        <translation>{head} 和 {last}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="170"/>
        <location filename="../../gui/views/roundtrip_view.py" line="201"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="177"/>
        <source>output_padding={op} picks {n}</source>
        <translation>输出填充 op={op} 选出 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="186"/>
        <source>{conv} maps no input size to {h}: only sizes N ≤ {n} would, and sizes start at 1, so no output_padding leads back to {h}.</source>
        <translation>{conv} 不会把任何输入尺寸映射到 {h}：只有 N ≤ {n} 的尺寸才会，而尺寸至少为 1，所以没有哪个输出填充 op 能让尺寸回到 {h}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="200"/>
        <source>{conv} maps {sizes} to {h}: {picks}.</source>
        <translation>{conv} 把 {sizes} 都映射为 {h}：{picks}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="207"/>
        <source>output_padding={op} would give size {n}, which does not exist.</source>
        <translation>输出填充 op={op} 会得到尺寸 {n}，这样的尺寸并不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="214"/>
        <source>output_padding={op} is allowed because {op} &lt; d={d}, but gives {n}, which Conv2d maps to {back}, not {h}.</source>
        <translation>输出填充 op={op} 是允许的，因为 {op} &lt; d={d}；但它得到 {n}，Conv2d 会把它映射为 {back}，而不是 {h}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="222"/>
        <source>output_padding={op} is refused: it must be smaller than s={s} or d={d}.</source>
        <translation>输出填充 op={op} 会被拒绝：它必须小于 s={s} 或 d={d}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="229"/>
        <source>output_padding</source>
        <translation>输出填充 op（output_padding）</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="229"/>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="231"/>
        <source>size N</source>
        <translation>尺寸 N</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="232"/>
        <source>The size ConvTranspose2d gives: (H−1)s − 2p + d(k−1) + op + 1</source>
        <translation>ConvTranspose2d 给出的尺寸：(H−1)s − 2p + d(k−1) + op + 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="234"/>
        <source>The size Conv2d with the same k, s, p, d gives N</source>
        <translation>用相同 k, s, p, d 的 Conv2d 作用于 N 得到的尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="235"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="235"/>
        <source>PyTorch accepts op &lt; s or op &lt; d</source>
        <translation>PyTorch 只接受 op &lt; s 或 op &lt; d</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="267"/>
        <source>PyTorch refuses this layer: its output size would be {n}, less than 1</source>
        <translation>PyTorch 不接受这一层：它的输出尺寸会是 {n}，小于 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="284"/>
        <source>ConvTranspose2d: {h}{t}{w} → {oh}{t}{ow} with output_padding = {op}.</source>
        <translation>ConvTranspose2d：{h}{t}{w} → {oh}{t}{ow}，输出填充 op = {op}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="234"/>
        <source>Conv2d(N)</source>
        <translation>Conv2d(N)</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="194"/>
        <source>{conv} maps only {n} to {h}: output_padding={op} is the only way back.</source>
        <translation>{conv} 只把 {n} 映射为 {h}：只有输出填充 op={op} 能让尺寸回到 {h}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="236"/>
        <source>back to {h}?</source>
        <translation>尺寸能否回到 {h}</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="236"/>
        <source>Conv2d(N) is the input size again</source>
        <translation>Conv2d(N) 又回到了输入尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="266"/>
        <source>PyTorch refuses this output_padding</source>
        <translation>PyTorch 不接受这个输出填充 op</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="289"/>
        <source>Conv2d with the same k, s, p, d: {oh}{t}{ow} → {h}{t}{w} {check} back where it started.</source>
        <translation>用相同 k, s, p, d 的 Conv2d：{oh}{t}{ow} → {h}{t}{w} {check} 回到了起点。</translation>
    </message>
    <message>
        <location filename="../../gui/views/roundtrip_view.py" line="293"/>
        <source>Conv2d with the same k, s, p, d: {oh}{t}{ow} → {bh}{t}{bw} {cross} not back to {h}{t}{w}.</source>
        <translation>用相同 k, s, p, d 的 Conv2d：{oh}{t}{ow} → {bh}{t}{bw} {cross} 没有回到 {h}{t}{w}。</translation>
    </message>
</context>
<context>
    <name>SayingSpinBox</name>
    <message>
        <location filename="../../gui/panels/saying_spin.py" line="36"/>
        <source>No negative values here.</source>
        <translation>这里不能是负数。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/saying_spin.py" line="38"/>
        <source>{typed}: whole numbers only.</source>
        <translation>{typed}：只能输入整数。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/saying_spin.py" line="41"/>
        <source>{typed} is not allowed here.</source>
        <translation>这里不能填 {typed}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/saying_spin.py" line="48"/>
        <source>Valid now: {low} to {high}</source>
        <translation>当前可取：{low} 到 {high}</translation>
    </message>
</context>
<context>
    <name>ScatterView</name>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="243"/>
        <source>cropped by padding p = {p}</source>
        <translation>被填充 p = {p} 裁掉边框</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="245"/>
        <source>cropped by padding p = ({ph}, {pw})</source>
        <translation>被填充 p = ({ph}, {pw}) 裁掉边框</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="259"/>
        <source>= gather output ✓</source>
        <translation>= 收集式输出 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="24"/>
        <source>{n} of {total} steps added</source>
        <translation>已加 {n} / {total} 步</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="28"/>
        <source>{n} of {total} stamps added</source>
        <translation>已叠加 {n} / {total} 块</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="240"/>
        <source>nothing cropped (p = 0)</source>
        <translation>不裁掉任何边框（p = 0）</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="248"/>
        <source>cropped {p} at top/left,
{b} at bottom/right</source>
        <translation>上方和左侧裁掉 {p}，
下方和右侧裁掉 {b}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="249"/>
        <source>cropped top {t}, left {l},
bottom {b}, right {r}</source>
        <translation>上方裁掉 {t}，左侧裁掉 {l}，
下方裁掉 {b}，右侧裁掉 {r}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="263"/>
        <source>Input x {h}{t}{w}</source>
        <translation>输入 x {h}{t}{w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="264"/>
        <source>Kernel w {h}{t}{w}</source>
        <translation>卷积核 w {h}{t}{w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="269"/>
        <source>Full canvas {h}{t}{w},
before the crop
{formula}</source>
        <translation>完整画布 {h}{t}{w}（裁掉边框前）
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="272"/>
        <source>Scatter sum {h}{t}{w},
{crop}
{done}</source>
        <translation>分发累加 {h}{t}{w}，
{crop}
{done}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_view.py" line="275"/>
        <source>Gather output y {h}{t}{w}
(the main view)</source>
        <translation>收集式输出 y {h}{t}{w}
（即主视图）</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="60"/>
        <source>Empty canvas: press Play or Step to add the stamps in reading order.</source>
        <translation>空白画布：点击“播放”或“单步”，按从左到右、从上到下的顺序逐块叠加。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="67"/>
        <source>Step {n} of {total}: the bias b[{o}] = {v} is added to every output cell.</source>
        <translation>第 {n} / {total} 步：偏置 b[{o}] = {v} 加到每个输出格上。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="71"/>
        <source>Step {n} of {total}: input channel {c} of the group, scattered with its kernel slice w[{c}, {k}], is added whole.</source>
        <translation>第 {n} / {total} 步：同组的输入通道 {c} 用它的卷积核切片 w[{c}, {k}] 分发后整体加上。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="82"/>
        <source>The only stamp is added: {x}[{r},{c}] = {v} times the kernel {w}, its corner at ({i}, {j}) on the full canvas.</source>
        <translation>唯一的一块已叠加：{x}[{r},{c}] = {v} 乘以卷积核 {w}，其左上角位于完整画布的 ({i}, {j})。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="87"/>
        <source>{n} of {total} stamps added; the last one is {x}[{r},{c}] = {v} times the kernel {w}, its corner at ({i}, {j}) on the full canvas.</source>
        <translation>已叠加 {n} / {total} 块；最新一块是 {x}[{r},{c}] = {v} 乘以卷积核 {w}，其左上角位于完整画布的 ({i}, {j})。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="93"/>
        <source>The only stamp is added: x[{r},{c}] = {v} times the kernel, its corner at ({i}, {j}) on the full canvas.</source>
        <translation>唯一的一块已叠加：x[{r},{c}] = {v} 乘以卷积核，其左上角位于完整画布的 ({i}, {j})。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="98"/>
        <source>{n} of {total} stamps added; the last one is x[{r},{c}] = {v} times the kernel, its corner at ({i}, {j}) on the full canvas.</source>
        <translation>已叠加 {n} / {total} 块；最新一块是 x[{r},{c}] = {v} 乘以卷积核，其左上角位于完整画布的 ({i}, {j})。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="36"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="27"/>
        <source>{n} of 1 stamp added</source>
        <translation>已叠加 {n} / 1 块</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="39"/>
        <source>Then input channel {c} of the group and the bias.</source>
        <translation>之后加上同组的输入通道 {c} 和偏置。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="42"/>
        <source>Then input channel {c} of the group.</source>
        <translation>之后加上同组的输入通道 {c}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="45"/>
        <source>Then input channels {cs} of the group and the bias.</source>
        <translation>之后加上同组的输入通道 {cs} 和偏置。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="48"/>
        <source>Then input channels {cs} of the group.</source>
        <translation>之后加上同组的输入通道 {cs}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="50"/>
        <source>Then the bias.</source>
        <translation>之后加上偏置。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_words.py" line="57"/>
        <source>Empty canvas: press Play or Step to add the stamp.</source>
        <translation>空白画布：点击“播放”或“单步”，叠加这唯一的一块。</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_steps.py" line="158"/>
        <source>empty canvas</source>
        <translation>空画布</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_steps.py" line="160"/>
        <source>stamp {n} / {total}</source>
        <translation>第 {n} / {total} 块</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_steps.py" line="164"/>
        <source>bias (step {n} / {total})</source>
        <translation>偏置（第 {n} / {total} 步）</translation>
    </message>
    <message>
        <location filename="../../gui/views/scatter_steps.py" line="166"/>
        <source>channel {c} (step {n} / {total})</source>
        <translation>通道 {c}（第 {n} / {total} 步）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/help.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <extracomment>How long a transient hint stays on screen.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="71"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="71"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="71"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="82"/>
        <source>These keys work wherever the focus is, except in a field you type into (a cell, the target size, the Plan tab&apos;s boxes, Practice&apos;s answers); a parameter box, a list or a menu box keeps Up and Down, and a slider its arrows. The mouse wheel zooms the grids; Ctrl+0 fits them again.</source>
        <translation>无论焦点在哪里，这些按键都有效，只有在输入框中打字时除外（单元格、目标尺寸、“尺寸规划”页的输入框、练习的答案）；参数框、列表和下拉框保留上、下方向键，滑块保留自己的方向键。鼠标滚轮缩放网格，Ctrl+0 重新适应窗口。</translation>
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
    <name>SubpixelView</name>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="75"/>
        <source>Open the Overlap map</source>
        <translation>打开重叠次数图</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="157"/>
        <source>x  {size}</source>
        <translation>x  {size}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="158"/>
        <source>w: taps of the phase</source>
        <translation>w：该相位用到的权重</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="150"/>
        <source>Output {size}: {n} phases</source>
        <translation>输出 {size}：{n} 个相位</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="149"/>
        <source>Output {size}: {m} of the {n} phases</source>
        <translation>输出 {size}：含 {n} 个相位中的 {m} 个</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="151"/>
        <source>Output {size}: 1 phase</source>
        <translation>输出 {size}：1 个相位</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="160"/>
        <source>Sub-kernels (taps a·d ≡ q + p mod s)</source>
        <translation>子卷积核（权重 a·d ≡ q + p mod s）</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_view.py" line="162"/>
        <source>{q}: {n}</source>
        <translation>{q}：{n}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="65"/>
        <location filename="../../gui/views/subpixel_words.py" line="220"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="134"/>
        <source>With stride 1 there is one phase: every output cell away from the edges uses all {n} taps, so the overlap is even and there is no checkerboard from it. Raise the stride to see the output split into phases.</source>
        <translation>步长为 1 时只有一个相位：远离边缘的每个输出单元格都用到全部 {n} 个权重，重叠均匀，不会因此出现棋盘效应。把步长调大，就能看到输出分成多个相位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="291"/>
        <source>The output splits into {n} = {sh}·{sw} phases (rows i ≡ q mod s); each is an ordinary stride-1 convolution of x with its own sub-kernel, the taps a with a·d ≡ q + p (mod s). Taps per phase: {listed}.</source>
        <translation>输出分成 {n} = {sh}·{sw} 个相位（行 i ≡ q mod s）；每个相位都是 x 与自己的子卷积核做的普通步长 1 卷积，子卷积核由满足 a·d ≡ q + p (mod s) 的权重 a 组成。各相位的权重个数：{listed}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="302"/>
        <source>Uneven: the phases get {low} to {high} taps, so even a constant input makes some phases stronger than others — {look}, because {why}.</source>
        <translation>不均匀：各相位得到 {low} 到 {high} 个权重，所以即使输入是常数，有些相位也会比别的强——{look}，原因是：{why}。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="332"/>
        <source>Phases with no tap get nothing from x: no kernel tap lands on their cells.</source>
        <translation>没有权重的相位从 x 得不到任何值：没有卷积核权重落在这些单元格上。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="97"/>
        <source>holes: some phases get no tap at all</source>
        <translation>空位：有些相位一个权重也没有</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="99"/>
        <source>the checkerboard</source>
        <translation>棋盘效应</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="101"/>
        <source>vertical stripes, since only the columns&apos; phases differ</source>
        <translation>纵向条纹，因为只有列方向的相位不同</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="104"/>
        <source>horizontal stripes, since only the rows&apos; phases differ</source>
        <translation>横向条纹，因为只有行方向的相位不同</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="77"/>
        <source>d = {d} and s = {s} share the factor {g}</source>
        <translation>d = {d} 与 s = {s} 有公因数 {g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="73"/>
        <source>k = {k} is less than s = {s} (fewer taps than phases)</source>
        <translation>k = {k} 小于 s = {s}（权重比相位少）</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="80"/>
        <source>k = {k} is not a multiple of s = {s}</source>
        <translation>k = {k} 不是 s = {s} 的倍数</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="110"/>
        <source>in height {h}, and in width {w}</source>
        <translation>高度方向上 {h}，宽度方向上 {w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="113"/>
        <source>in width {w}</source>
        <translation>宽度方向上 {w}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="115"/>
        <source>in height {h}</source>
        <translation>高度方向上 {h}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="123"/>
        <source>With stride 1 there is one phase: every output cell away from the edges uses the kernel&apos;s only tap, so the overlap is even and there is no checkerboard from it. Raise the stride to see the output split into phases.</source>
        <translation>步长为 1 时只有一个相位：远离边缘的每个输出单元格都用到卷积核唯一的权重，重叠均匀，不会因此出现棋盘效应。把步长调大，就能看到输出分成多个相位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="128"/>
        <source>With stride 1 there is one phase, so the stride makes no checkerboard. Padding crops every place the kernel&apos;s only tap lands, so no output cell gets it. Raise the stride to see the output split into phases.</source>
        <translation>步长为 1 时只有一个相位，所以步长不会造成棋盘效应。卷积核唯一的权重落到的位置都被填充裁掉了，所以没有哪个输出单元格得到它。把步长调大，就能看到输出分成多个相位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="143"/>
        <source>This input is too short for any output cell to meet all {n} taps:</source>
        <translation>这个输入太短，没有哪个输出单元格能用到全部 {n} 个权重：</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="147"/>
        <source>Padding crops away every output cell that meets all {n} taps:</source>
        <translation>用到全部 {n} 个权重的输出单元格都被填充裁掉了：</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="151"/>
        <source>each cell here gets {n} of them (the Overlap tab counts them).</source>
        <translation>这里每个单元格都得到其中 {n} 个（重叠次数图里有计数）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="154"/>
        <source>the cells here get {low} to {high} of them (the Overlap tab counts them).</source>
        <translation>这里的单元格得到其中 {low} 到 {high} 个（重叠次数图里有计数）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="158"/>
        <source>With stride 1 there is one phase, so the stride makes no checkerboard.</source>
        <translation>步长为 1 时只有一个相位，所以步长不会造成棋盘效应。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="160"/>
        <source>{why} {got}</source>
        <translation>{why}{got}</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="161"/>
        <source>Raise the stride to see the output split into phases.</source>
        <translation>把步长调大，就能看到输出分成多个相位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="190"/>
        <source>The phases get {low} to {high} taps, but this {size} output is too small to hold every phase: it holds only phase {q}, so it shows no checkerboard, stripes or holes.</source>
        <translation>各相位得到 {low} 到 {high} 个权重，但这个 {size} 的输出太小，容不下所有相位：它只含相位 {q}，所以看不到棋盘效应、条纹或空位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="196"/>
        <source>The phases get {low} to {high} taps, but this {size} output is too small to hold every phase: it holds only phase {q}, which gets no tap, so nothing from x reaches it.</source>
        <translation>各相位得到 {low} 到 {high} 个权重，但这个 {size} 的输出太小，容不下所有相位：它只含相位 {q}，而该相位一个权重也没有，所以 x 的值到不了这里。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="204"/>
        <source>The phases get {low} to {high} taps, but this {size} output is too small to hold every phase: the ones it holds, {listed}, all get the same number of taps ({n}), so it shows no checkerboard, stripes or holes.</source>
        <translation>各相位得到 {low} 到 {high} 个权重，但这个 {size} 的输出太小，容不下所有相位：它含有的相位 {listed} 都得到同样多的权重（{n} 个），所以看不到棋盘效应、条纹或空位。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="210"/>
        <source>The phases get {low} to {high} taps, but this {size} output is too small to hold every phase: the ones it holds, {listed}, get no tap, so nothing from x reaches it.</source>
        <translation>各相位得到 {low} 到 {high} 个权重，但这个 {size} 的输出太小，容不下所有相位：它含有的相位 {listed} 一个权重也没有，所以 x 的值到不了这里。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="223"/>
        <source>Even: every phase has 1 tap (k = {k} is a multiple of s = {s}). That evens the counts, not the weights: learned sub-kernels can still differ (their sums here: {sums}) and bring the checkerboard back.</source>
        <translation>均匀：每个相位都有 1 个权重（k = {k} 是 s = {s} 的倍数）。但这只让个数相同，权重并不相同：学到的子卷积核仍可能不同（这里它们的和是 {sums}），棋盘效应还会出现。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="229"/>
        <source>Even: every phase has {n} taps (k = {k} is a multiple of s = {s}). That evens the counts, not the weights: learned sub-kernels can still differ (their sums here: {sums}) and bring the checkerboard back.</source>
        <translation>均匀：每个相位都有 {n} 个权重（k = {k} 是 s = {s} 的倍数）。但这只让个数相同，权重并不相同：学到的子卷积核仍可能不同（这里它们的和是 {sums}），棋盘效应还会出现。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="242"/>
        <source>Neither the output&apos;s height {h} nor its width {w} is a multiple of the stride, so the last row and the last column of blocks are cropped.</source>
        <translation>输出的高度 {h} 和宽度 {w} 都不是步长的倍数，所以最后一行和最后一列小块被裁掉一部分。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="247"/>
        <source>The output&apos;s height {h} is not a multiple of {s}, so the last row of blocks is cropped.</source>
        <translation>输出的高度 {h} 不是 {s} 的倍数，所以最后一行小块被裁掉一部分。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="252"/>
        <source>The output&apos;s width {w} is not a multiple of {s}, so the last column of blocks is cropped.</source>
        <translation>输出的宽度 {w} 不是 {s} 的倍数，所以最后一列小块被裁掉一部分。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="263"/>
        <source>{n} channels, one per phase ({z} of them all zeros: their phases get no tap)</source>
        <translation>{n} 个通道，每个相位一个（其中 {z} 个全是零：这些相位没有权重）</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="267"/>
        <source>{n} channels (one per sub-kernel)</source>
        <translation>{n} 个通道（每个子卷积核一个）</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="270"/>
        <source>The same layer: a stride-1 convolution of x to {channels}, then PixelShuffle({s}), which interleaves them into the output.</source>
        <translation>同一层也可以写成：先用步长为 1 的卷积把 x 变成 {channels}，再用 PixelShuffle({s}) 把它们交错拼成输出。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="276"/>
        <source>The same layer: a stride-1 convolution of x to {channels}, then interleaving them into the output in {sh}×{sw} blocks.</source>
        <translation>同一层也可以写成：先用步长为 1 的卷积把 x 变成 {channels}，再按 {sh}×{sw} 的块把它们交错拼成输出。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="309"/>
        <source>Uneven: the phases get {low} to {high} taps, which makes {look} wherever the whole kernel meets the input, because {why}. This input is too short: no output cell lies where the whole kernel meets the input, so the pattern does not show here (the Overlap tab counts each cell&apos;s taps).</source>
        <translation>不均匀：各相位得到 {low} 到 {high} 个权重，凡是整个卷积核都落在输入上的地方就会出现{look}，原因是：{why}。但这个输入太短：没有哪个输出单元格处在整个卷积核都落在输入上的位置，所以这里看不出来（重叠次数图给出每个单元格的权重数）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="316"/>
        <source>Uneven: the phases get {low} to {high} taps, which makes {look} wherever the whole kernel meets the input, because {why}. Padding crops away every output cell where the whole kernel meets the input, so the pattern does not show here (the Overlap tab counts each cell&apos;s taps).</source>
        <translation>不均匀：各相位得到 {low} 到 {high} 个权重，凡是整个卷积核都落在输入上的地方就会出现{look}，原因是：{why}。但填充把这些输出单元格全部裁掉了，所以这里看不出来（重叠次数图给出每个单元格的权重数）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/subpixel_words.py" line="326"/>
        <source>Remedy: resize, then convolve — Upsample(scale_factor={s}, mode=&apos;nearest&apos;) and a stride-1 Conv2d give every output cell the same taps.</source>
        <translation>补救办法：先放大，再卷积——Upsample(scale_factor={s}, mode=&apos;nearest&apos;) 加一个步长 1 的 Conv2d，每个输出单元格用到的权重都一样。</translation>
    </message>
</context>
<context>
    <name>TargetSizeBox</name>
    <message>
        <location filename="../../gui/panels/target_size.py" line="53"/>
        <source>Target size H×W</source>
        <extracomment>The state&apos;s dynamic properties holding the text typed and not applied, and whether it was refused.</extracomment>
        <translation>目标尺寸 H×W</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="99"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="105"/>
        <source>{h} × {w}</source>
        <translation>{h} × {w}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="109"/>
        <source>forward(x, output_size=[H, W]) can give {h} × {w}.</source>
        <translation>forward(x, output_size=[H, W]) 可得到 {h} × {w}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="116"/>
        <source>forward(x, output_size=[{h}, {w}]) picks op = ({a}, {b}).</source>
        <translation>forward(x, output_size=[{h}, {w}]) 选定 op = ({a}, {b})。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="120"/>
        <source>forward(x, output_size=[H, W]) gives no size here: it picks op from 0 to s − 1, and none of those gives this layer a size of at least 1 that can be drawn.</source>
        <translation>forward(x, output_size=[H, W]) 在这里给不出任何尺寸：它只在 0 到 s − 1 之间选 op，而这些 op 都不能让这一层得到至少为 1、又画得下的尺寸。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="147"/>
        <location filename="../../gui/panels/target_size.py" line="195"/>
        <source>Target size</source>
        <translation>目标尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="152"/>
        <source>Type the size as H×W, such as 8x8.</source>
        <translation>请按 H×W 输入尺寸，例如 8x8。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="162"/>
        <source>No output_padding gives a size of {n} digits: the {axis} can be {low} to {high}.</source>
        <translation>没有哪个输出填充能得到 {n} 位数的尺寸：{axis}只能是 {low} 到 {high}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="164"/>
        <location filename="../../gui/panels/target_size.py" line="177"/>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="164"/>
        <location filename="../../gui/panels/target_size.py" line="177"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="179"/>
        <source>No output_padding gives {value}: with stride 1 the {axis} can only be {low}.</source>
        <translation>没有输出填充能得到 {value}——步长为 1 时{axis}只能是 {low}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="182"/>
        <source>No output_padding gives {value}: the {axis} can only be {low} here.</source>
        <translation>没有输出填充能得到 {value}——这里{axis}只能是 {low}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/target_size.py" line="184"/>
        <source>No output_padding gives {value}: the {axis} can be {low} to {high}.</source>
        <translation>没有输出填充能得到 {value}——{axis}只能是 {low} 到 {high}。</translation>
    </message>
</context>
<context>
    <name>TransposedView</name>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="68"/>
        <source>Copy the check as PyTorch code</source>
        <translation>复制验证用的 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="70"/>
        <source>A script that computes the gradient of Conv2d with torch.autograd.grad on these values and prints that it equals ConvTranspose2d</source>
        <translation>一段脚本：用 torch.autograd.grad 在这些数值上求 Conv2d 的梯度，并打印它与 ConvTranspose2d 的结果相同</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="99"/>
        <source>x  {size}</source>
        <translation>x  {size}</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="100"/>
        <source>w (the same in both)</source>
        <translation>w（两边相同）</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="101"/>
        <source>y = Cᵀ·x  {size}</source>
        <translation>y = Cᵀ·x  {size}</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="102"/>
        <source>y  {size}</source>
        <translation>y  {size}</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="103"/>
        <source>C·y  {size}</source>
        <translation>C·y  {size}</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="104"/>
        <source>ConvTranspose2d applies Cᵀ</source>
        <translation>ConvTranspose2d 乘的是 Cᵀ</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="105"/>
        <source>Conv2d, same k, s, p, d, applies C</source>
        <translation>Conv2d（k、s、p、d 相同）乘的是 C</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="154"/>
        <source>1. C is the matrix of Conv2d with k={k}, s={s}, p={p}, d={d}: it maps the {n} grid to {h} ({rows}{t}{cols} entries). ConvTranspose2d applies its transpose: y = Cᵀ·x.</source>
        <translation>1. C 是 k={k}、s={s}、p={p}、d={d} 的 Conv2d 的矩阵：它把 {n} 的网格映射到 {h}（共 {rows}{t}{cols} 个元素）。ConvTranspose2d 乘的是它的转置：y = Cᵀ·x。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="160"/>
        <source>2. ⟨C·y, x⟩ = {lhs} and ⟨y, Cᵀ·x⟩ = {rhs}: equal, as for any y and x — that is what “transposed” means.</source>
        <translation>2. ⟨C·y, x⟩ = {lhs}，⟨y, Cᵀ·x⟩ = {rhs}：两者相等，对任何 y 和 x 都成立——这就是“转置”的含义。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="164"/>
        <source>3. So Cᵀ is the gradient of Conv2d with respect to its input: the backward pass autograd runs for Conv2d, given the gradient x, computes exactly this y.</source>
        <translation>3. 所以 Cᵀ 就是 Conv2d 对其输入的梯度：autograd 对 Conv2d 做反向传播时，传入的梯度为 x，算出的正是这个 y。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="168"/>
        <source>3. So Cᵀ is the gradient of Conv2d with respect to its input: Conv2d&apos;s output is {c} here, so its backward pass takes a {c} gradient — x with zeros added at the bottom/right — and computes exactly this y.</source>
        <translation>3. 所以 Cᵀ 就是 Conv2d 对其输入的梯度：这里 Conv2d 的输出是 {c}，所以反向传播传入的是 {c} 的梯度——即在 x 的下方和右侧补零——算出的正是这个 y。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="178"/>
        <source>4. Not an inverse: Conv2d brings back the size {h}, not the values (C·y[{i}, {j}] = {a}, but x[{i}, {j}] = {b}).</source>
        <translation>4. 它不是逆运算：Conv2d 让尺寸回到 {h}，数值却回不去（C·y[{i}, {j}] = {a}，而 x[{i}, {j}] = {b}）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="184"/>
        <source>4. Here C·y happens to equal x, but in general Conv2d brings back only the size {h}, not the values: it is not an inverse.</source>
        <translation>4. 这里 C·y 恰好等于 x，但一般来说 Conv2d 只能让尺寸回到 {h}，数值回不去：它不是逆运算。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="189"/>
        <source>4. Not an inverse: with output_padding ≥ stride Conv2d does not even bring back the size ({c} instead of {h}).</source>
        <translation>4. 它不是逆运算：输出填充 ≥ 步长时，Conv2d 连尺寸都回不到原来（得到 {c} 而不是 {h}）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/transposed_view.py" line="195"/>
        <source>Shown for input channel {c} and output channel {o}, without bias.</source>
        <translation>这里显示的是输入通道 {c} 与输出通道 {o}，不含偏置。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/actions.py" line="189"/>
        <source>&amp;File</source>
        <extracomment>Keys that belong to the lesson whatever has focus, except a text field. Keys a spinner, a combo box, a slider or a list keeps while it has focus. A spin box with this dynamic property set is typed into like a text field (an answer).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="241"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="242"/>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="247"/>
        <source>Export view as &amp;PNG…</source>
        <translation>将视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="248"/>
        <source>Export view as S&amp;VG…</source>
        <translation>将视图导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="249"/>
        <source>Export &amp;animation (GIF, MP4, WebM)…</source>
        <translation>导出动画（GIF、MP4、WebM）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="250"/>
        <source>Export animation as PNG &amp;frames…</source>
        <translation>将动画导出为 PNG 帧序列(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="251"/>
        <source>&amp;Copy as PyTorch code</source>
        <translation>复制为 PyTorch 代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="252"/>
        <source>Print practice &amp;worksheet (PDF)…</source>
        <translation>打印练习卷（PDF）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="260"/>
        <source>Fill &amp;input</source>
        <translation>设置输入数值(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="261"/>
        <source>Fill &amp;kernel</source>
        <translation>设置卷积核数值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="264"/>
        <source>All ones</source>
        <translation>全部为 1</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="265"/>
        <source>1, 2, …, n</source>
        <translation>1, 2, …, n</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="266"/>
        <source>Random integers from a seed…</source>
        <translation>由随机种子生成整数…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="269"/>
        <source>Delta (a single 1 in the centre)</source>
        <translation>单位冲激（仅中心为 1）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="191"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="274"/>
        <source>&amp;Fit all grids</source>
        <translation>显示全部网格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="275"/>
        <source>C&amp;lear selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="277"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="279"/>
        <source>Font &amp;size</source>
        <translation>字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="288"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="290"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="291"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="292"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="293"/>
        <source>High contrast, dark</source>
        <translation>高对比度（深色）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="303"/>
        <source>&amp;Language / 语言</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="318"/>
        <source>Previous frame (output cell or stamp)</source>
        <translation>上一帧（输出单元格或叠加的一块）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="319"/>
        <source>Next frame (output cell or stamp)</source>
        <translation>下一帧（输出单元格或叠加的一块）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="320"/>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="321"/>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="192"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="314"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="315"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="317"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="322"/>
        <source>Stop and show all cells</source>
        <translation>停止并显示全部单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="323"/>
        <source>Output cell above</source>
        <translation>上方的输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="324"/>
        <source>Output cell below</source>
        <translation>下方的输出单元格</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="326"/>
        <source>P&amp;resets</source>
        <translation>预设(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="334"/>
        <source>Layers people &amp;use</source>
        <translation>常用的层(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="193"/>
        <location filename="../../gui/help.py" line="266"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="267"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="270"/>
        <source>&amp;Misconceptions…</source>
        <translation>常见误解(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../gui/io/explain.py" line="55"/>
        <source>This layer has C_in = {cin}, C_out = {cout} and groups = {g}. The lesson below follows one pair: input channel {ci} with the kernel w[{a},{b}], the part of output channel {co} that comes from input channel {ci}.</source>
        <translation>这一层 C_in = {cin}，C_out = {cout}，分组数 groups = {g}。下面的课程只跟随一对通道：输入通道 {ci} 与卷积核 w[{a},{b}]，也就是输出通道 {co} 中来自输入通道 {ci} 的那一部分。</translation>
    </message>
    <message>
        <location filename="../../gui/io/explain.py" line="64"/>
        <source>Output channel {co} also adds what input channel {other} gives.</source>
        <translation>输出通道 {co} 还要加上输入通道 {other} 给出的部分。</translation>
    </message>
    <message>
        <location filename="../../gui/io/explain.py" line="68"/>
        <source>Output channel {co} also adds what input channels {others} give.</source>
        <translation>输出通道 {co} 还要加上输入通道 {others} 给出的部分。</translation>
    </message>
    <message>
        <location filename="../../gui/io/explain.py" line="70"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/io/explain.py" line="72"/>
        <source>Output channel {co} also adds the bias b[{co}] = {value}.</source>
        <translation>输出通道 {co} 还要加上偏置 b[{co}] = {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/io/process.py" line="188"/>
        <source>it is closed</source>
        <extracomment>The words that start a subcommand; without one, the command line opens the window.</extracomment>
        <translation>它已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/io/process.py" line="190"/>
        <source>could not write to standard output: {reason}</source>
        <translation>无法写入标准输出：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="39"/>
        <source>expected N or AxB with whole numbers, got {text}</source>
        <translation>应为整数 N 或 AxB，但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="47"/>
        <source>a {n}-digit number</source>
        <translation>一个 {n} 位数</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="62"/>
        <source>a {n}-digit number is far too large</source>
        <translation>一个 {n} 位数，太大了</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="86"/>
        <source>expected {form} with whole numbers, got {text}</source>
        <translation>应为用整数写的 {form}，但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="99"/>
        <location filename="../../gui/io/cli_types.py" line="111"/>
        <source>expected a whole number, got {text}</source>
        <translation>应为整数，但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="116"/>
        <source>{name} {text} is outside {low} to {high}</source>
        <translation>{name} {text} 超出了 {low} 到 {high} 的范围</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="125"/>
        <source>expected FIRST:LAST output cells (from 1), got {text}</source>
        <translation>应为输出格 起:止（从 1 数起），但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="134"/>
        <source>expected WIDTHxHEIGHT in pixels, got {text}</source>
        <translation>应为以像素计的 宽x高，但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="139"/>
        <source>size {w}x{h} is outside {wl}x{hl} to {wh}x{hh} pixels</source>
        <translation>尺寸 {w}x{h} 不在 {wl}x{hl} 到 {wh}x{hh} 像素之间</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="151"/>
        <source>expected frames per second, got {text}</source>
        <translation>应为每秒帧数，但得到 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_types.py" line="154"/>
        <source>fps {text} is outside 0.1 to 60</source>
        <translation>帧率 {text} 不在 0.1 到 60 之间</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="62"/>
        <source>unrecognized arguments: {a}</source>
        <translation>无法识别的参数：{a}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="64"/>
        <source>argument {a}: invalid choice: {v} (choose from {c})</source>
        <translation>参数 {a}：无效的选项 {v}（可选：{c}）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="66"/>
        <source>argument {a}: expected one argument</source>
        <translation>参数 {a}：后面需要一个值</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="68"/>
        <source>the following arguments are required: {a}</source>
        <translation>缺少必需的参数：{a}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="69"/>
        <source>ambiguous option: {a}</source>
        <translation>有歧义的选项：{a}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli_parser.py" line="70"/>
        <source>argument {a}: {v}</source>
        <translation>参数 {a}：{v}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="108"/>
        <source>give parameters and channels or --session, not both</source>
        <translation>请给出参数和通道，或给出 --session，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="110"/>
        <source>--session needs a file name, but it is empty</source>
        <translation>--session 需要文件名，但它是空的</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="135"/>
        <source>{command} takes none of the window&apos;s options: {options}</source>
        <extracomment>What the window, explain and render take; another command given after it ignores it.</extracomment>
        <translation>{command} 不接受窗口的选项：{options}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="149"/>
        <source>give --select or --select-input, not both</source>
        <translation>请给出 --select 或 --select-input，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="157"/>
        <source>{flag} {i},{j} is outside the {h}x{w} output (rows 0..{r}, cols 0..{c})</source>
        <translation>{flag} {i},{j} 超出了 {h}x{w} 的输出（行 0..{r}，列 0..{c}）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="159"/>
        <source>{flag} {i},{j} is outside the {h}x{w} input (rows 0..{r}, cols 0..{c})</source>
        <translation>{flag} {i},{j} 超出了 {h}x{w} 的输入（行 0..{r}，列 0..{c}）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="181"/>
        <source>--pick {ci},{co}: output channel {co} must be below {n}</source>
        <translation>--pick {ci},{co}：输出通道 {co} 必须小于 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="186"/>
        <source>--pick {ci},{co}: input channel {ci} does not feed output channel {co}; with groups = {g}, its inputs are {a} to {b}</source>
        <translation>--pick {ci},{co}：输入通道 {ci} 不参与输出通道 {co} 的计算；groups = {g} 时，它的输入通道是 {a} 到 {b}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="204"/>
        <source>the height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="204"/>
        <source>the width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="207"/>
        <source>--output-size {h}x{w}: {axis} can be only {low} here (a larger output could not be drawn)</source>
        <translation>--output-size {h}x{w}：这里{axis}只能是 {low}（更大的输出画不下）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="211"/>
        <source>--output-size {h}x{w}: {axis} can be {low} to {high} here (op = 0 to {n}; a larger output could not be drawn)</source>
        <translation>--output-size {h}x{w}：{axis}在这里只能是 {low} 到 {high}（op = 0 到 {n}；更大的输出画不下）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="216"/>
        <source>--output-size {h}x{w}: {axis} can be {low} to {high} (op = 0 to {n}, as forward(x, output_size=...) allows)</source>
        <translation>--output-size {h}x{w}：{axis}只能是 {low} 到 {high}（op = 0 到 {n}，这是 forward(x, output_size=...) 允许的范围）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="221"/>
        <source>--output-size {h}x{w}: {axis} can be only {low} (stride 1: op = 0, as forward(x, output_size=...) allows)</source>
        <translation>--output-size {h}x{w}：{axis}只能是 {low}（步长 1：op = 0，这是 forward(x, output_size=...) 允许的唯一值）</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="249"/>
        <source>give --output-padding or --output-size, not both: the size picks output_padding</source>
        <translation>--output-padding 和 --output-size 只能给一个：目标尺寸会自己选定 output_padding</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="317"/>
        <source>-o needs a file name, but it is empty</source>
        <translation>-o 需要文件名，但它是空的</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="326"/>
        <source>is a file, but --animate writes its PNG frames into a folder; give a new or existing folder, or a name ending in .gif</source>
        <translation>是一个文件，但 --animate 会把 PNG 帧写进文件夹；请给出新的或已有的文件夹，或以 .gif 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="331"/>
        <source>--cells {a}:{b}: the first cell comes after the last; write {b}:{a}</source>
        <translation>--cells {a}:{b}：起始单元格在结束单元格之后；请写成 {b}:{a}</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="336"/>
        <source>--cells {a}:{b} is outside 1:{n} (the {h}x{w} output)</source>
        <translation>--cells {a}:{b} 超出了 1:{n}（{h}x{w} 的输出）</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="179"/>
        <source>--cells {a}:{b} is outside steps 1 to {n}: the {tab} tab animates one stamp per input cell first. {then}</source>
        <extracomment>Set by Ctrl+C or SIGTERM during ``render --animate`` or ``--script`` (see ``app``): the frames stop, as the export dialog&apos;s Cancel stops them, and the target is left as it was.</extracomment>
        <translation>--cells {a}:{b} 超出了第 1 到 {n} 步：“{tab}”标签页先为每个输入单元格播放一个印章。{then}</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="184"/>
        <source>--cells {a}:{b} is outside stamp 1: the {tab} tab animates one stamp per input cell, and the input has one cell</source>
        <translation>--cells {a}:{b} 超出了第 1 个印章：“{tab}”标签页为每个输入单元格播放一个印章，而输入只有一个单元格</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="187"/>
        <source>--cells {a}:{b} is outside stamps 1 to {n}: the {tab} tab animates one stamp per input cell</source>
        <translation>--cells {a}:{b} 超出了第 1 到 {n} 个印章：“{tab}”标签页为每个输入单元格播放一个印章</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="341"/>
        <source>--cells needs --animate</source>
        <translation>--cells 需要与 --animate 一起使用</translation>
    </message>
    <message>
        <location filename="../../gui/io/cli.py" line="343"/>
        <source>write a .png or .svg file</source>
        <translation>请写成 .png 或 .svg 文件</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="40"/>
        <source>expected seconds, got {text}</source>
        <extracomment>``--fps`` when not given (the parser keeps None, to tell a given 4 from none). Options a lesson script sets itself, scene by scene: (flag, argparse dest).</extracomment>
        <translation>应为秒数，得到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="43"/>
        <source>hold {text} is outside 0 to 600 seconds</source>
        <translation>停留时间 {text} 超出了 0 到 600 秒的范围</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="66"/>
        <source>--animate: the {tab} tab ({view}) has no animation; choose another --view, or leave out --animate</source>
        <translation>--animate：“{tab}”标签页（{view}）没有动画；请选择其他 --view，或去掉 --animate</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="74"/>
        <source>give --animate or --script, not both</source>
        <translation>--animate 和 --script 只能给一个</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="76"/>
        <source>--hold and --grids-only need --animate or --script</source>
        <translation>--hold 和 --grids-only 需要配合 --animate 或 --script</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="78"/>
        <source>--fps needs --animate</source>
        <translation>--fps 需要配合 --animate</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="80"/>
        <source>-o {out}: write a .gif, .mp4, .webm or a folder</source>
        <translation>-o {out}：请写成 .gif、.mp4、.webm 文件或一个文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="87"/>
        <source>.{suffix} needs PyAV, which this bundle was built without (build_bundle.py --with-video); write a .gif instead</source>
        <translation>.{suffix} 需要 PyAV，而这个独立包构建时没有带上它（build_bundle.py --with-video）；请改写成 .gif</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="90"/>
        <source>.{suffix} needs PyAV: pip install &apos;convt-lab[video]&apos; (or write a .gif)</source>
        <translation>.{suffix} 需要 PyAV：pip install &apos;convt-lab[video]&apos;（或改写成 .gif）</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="94"/>
        <source>--script: the script&apos;s name is empty</source>
        <translation>--script：脚本名是空的</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_cli.py" line="102"/>
        <source>--script sets the layer, the view and the timing of each scene itself; leave out {options}</source>
        <translation>--script 会自己设定每一幕的层参数、视图和节奏；请去掉 {options}</translation>
    </message>
    <message>
        <location filename="../../gui/io/plan_command.py" line="39"/>
        <source>expected CxHxW with whole numbers, got {text}</source>
        <extracomment>The most text read from a file or standard input.</extracomment>
        <translation>应为整数形式的 CxHxW，得到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/plan_command.py" line="44"/>
        <source>each of C, H and W must be 1 to {high}, got {text}</source>
        <translation>C、H、W 都必须在 1 到 {high} 之间，得到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="33"/>
        <source>QT_QPA_PLATFORM={platform}: Qt has no such platform (it has {names}); unset it to let Qt choose</source>
        <translation>QT_QPA_PLATFORM={platform}：Qt 没有这个平台（它有 {names}）；取消这个设置，让 Qt 自己选</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="39"/>
        <source>run it in a desktop session, or use `convt-lab render -o FILE.png` to draw the window into a file without a display</source>
        <translation>请在桌面会话中运行，或者用 `convt-lab render -o FILE.png` 在没有显示器的情况下把窗口画进文件</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="43"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are not set); {render}</source>
        <translation>没有显示器（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）；{render}</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="46"/>
        <source>QT_QPA_PLATFORM=wayland, but WAYLAND_DISPLAY is not set; {render}</source>
        <translation>QT_QPA_PLATFORM=wayland，但没有设置 WAYLAND_DISPLAY；{render}</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="50"/>
        <source>cannot connect to the Wayland display {name}; {render}</source>
        <translation>无法连接到 Wayland 显示 {name}；{render}</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="54"/>
        <source>QT_QPA_PLATFORM=xcb, but DISPLAY is not set; {render}</source>
        <translation>QT_QPA_PLATFORM=xcb，但没有设置 DISPLAY；{render}</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="57"/>
        <source>Qt needs libxcb-cursor to open a window on X11; install it (Ubuntu/Debian: sudo apt install libxcb-cursor0), or use `convt-lab render -o FILE.png` to draw the window into a file without a display</source>
        <translation>Qt 在 X11 上打开窗口需要 libxcb-cursor；请安装它（Ubuntu/Debian：sudo apt install libxcb-cursor0），或者用 `convt-lab render -o FILE.png` 在没有显示器的情况下把窗口画进文件</translation>
    </message>
    <message>
        <location filename="../../gui/io/display.py" line="62"/>
        <source>cannot connect to the X display {name}; {render}</source>
        <translation>无法连接到 X 显示 {name}；{render}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../gui/io/crash.py" line="101"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gui/io/crash.py" line="102"/>
        <source>ConvT Lab met an unexpected error and kept running:

{error}

The details were written to {path}.</source>
        <translation>转置卷积实验室遇到了意外错误，但仍在继续运行：

{error}

详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="274"/>
        <source>ConvT Lab could not start with the remembered settings and the command line: {error}. It started with the default lesson instead. The details were written to {path}.</source>
        <translation>转置卷积实验室无法按记住的设置和命令行启动：{error}。它已改用默认课程启动。详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="282"/>
        <source>Started with the defaults</source>
        <translation>已使用默认设置启动</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="55"/>
        <location filename="../../gui/panels/cell_editor.py" line="76"/>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="63"/>
        <source>{text} is ambiguous: it reads as {a} or as {b}; type it without separators</source>
        <translation>{text} 有歧义：它可读作 {a}，也可读作 {b}；请不带分隔符输入</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="73"/>
        <source>{text} is ambiguous here: write decimals with a point, as in 1.5</source>
        <translation>{text} 在这里有歧义：小数请用小数点，例如 1.5</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="82"/>
        <source>{text} is not a finite number</source>
        <translation>{text} 不是有限的数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="87"/>
        <source>{text} is too small to hold: it would become 0; type 0 or a larger value</source>
        <translation>{text} 太小，存不下：它会变成 0；请输入 0 或更大的数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/cell_editor.py" line="51"/>
        <location filename="../../gui/panels/cell_editor.py" line="92"/>
        <source>{text} is too large: values must lie within ±{limit}</source>
        <translation>{text} 太大：数值须在 ±{limit} 之内</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/io/render.py" line="75"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="52"/>
        <location filename="../../gui/io/render.py" line="87"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="49"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="50"/>
        <location filename="../../gui/io/render.py" line="51"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="53"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="54"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="55"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="56"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="57"/>
        <source>the name is too long</source>
        <translation>名字太长</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="58"/>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>它不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="71"/>
        <source>no file can be made in that folder</source>
        <translation>这个文件夹里无法创建文件</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="103"/>
        <source>Cannot encode the picture as PNG</source>
        <translation>无法将图片编码为 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/io/render.py" line="177"/>
        <source>Not enough memory for a {w}×{h} picture</source>
        <translation>内存不足，无法绘制 {w}×{h} 的画面</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="117"/>
        <source>ConvT Lab</source>
        <translation>转置卷积实验室</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="119"/>
        <source>Drawn by ConvT Lab</source>
        <translation>由转置卷积实验室绘制</translation>
    </message>
    <message>
        <location filename="../../gui/io/export.py" line="123"/>
        <source>Cannot draw the SVG picture</source>
        <translation>无法绘制 SVG 图片</translation>
    </message>
    <message>
        <location filename="../../gui/io/gif.py" line="84"/>
        <location filename="../../gui/io/video.py" line="177"/>
        <source>Frame {k} is {w}x{h}, but the animation is {W}x{H}</source>
        <translation>第 {k} 帧为 {w}x{h}，但动画尺寸为 {W}x{H}</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="87"/>
        <source>{folder} already holds {n} frames; choose an empty folder</source>
        <extracomment>The names :func:`convt_lab.gui.io.gif.export_frames` gives frames: frame_0001.png, ...</extracomment>
        <translation>{folder} 里已经有 {n} 帧；请选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="119"/>
        <source>{n} frames at {w}×{h} need about {need}, but {folder} has {free} free: export fewer cells or a smaller size</source>
        <translation>{n} 帧 {w}×{h} 约需 {need}，但 {folder} 只剩 {free}——请少导出一些格子，或选更小的尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="140"/>
        <source>A {kind} stores at most {most:g} frames per second: written at {most:g}.</source>
        <translation>{kind} 每秒最多存 {most:g} 帧：已按 {most:g} 帧写入。</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="230"/>
        <source>stopped before the last frame; {path} was not written</source>
        <translation>在最后一帧之前停止；没有写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="235"/>
        <source>the animation has no frames; {path} was not written</source>
        <translation>动画没有任何帧；没有写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/animation_file.py" line="239"/>
        <source>Saved {n} frames to {path}</source>
        <translation>已将 {n} 帧保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/video.py" line="62"/>
        <source>MP4 and WebM need PyAV, which this bundle was built without; GIF works</source>
        <translation>MP4 和 WebM 需要 PyAV，而这个独立包构建时没有包含它；GIF 可以直接用</translation>
    </message>
    <message>
        <location filename="../../gui/io/video.py" line="64"/>
        <source>MP4 and WebM need PyAV: pip install &apos;convt-lab[video]&apos; (GIF works without it)</source>
        <translation>MP4 和 WebM 需要 PyAV：pip install &apos;convt-lab[video]&apos;（GIF 不需要它）</translation>
    </message>
    <message>
        <location filename="../../gui/io/video.py" line="190"/>
        <source>The video encoder failed: {reason}</source>
        <translation>视频编码失败：{reason}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gui/io/file_actions.py" line="37"/>
        <location filename="../../gui/io/file_actions.py" line="54"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="39"/>
        <source>ConvT Lab sessions (*.convt.json);;All files (*)</source>
        <translation>转置卷积实验室会话 (*.convt.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="48"/>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="49"/>
        <source>{path} was not opened: {reason}
The current session is unchanged.</source>
        <translation>未能打开 {path}：{reason}
当前会话保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="62"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="64"/>
        <source>ConvT Lab sessions (*.convt.json)</source>
        <translation>转置卷积实验室会话 (*.convt.json)</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="75"/>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="76"/>
        <source>{path} was not written: {reason}</source>
        <translation>未能写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="82"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="90"/>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="96"/>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="97"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="116"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="172"/>
        <location filename="../../gui/io/file_actions.py" line="123"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="126"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="152"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="148"/>
        <source>Folder for the frames</source>
        <translation>存放帧图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="178"/>
        <source>Rendering frames…</source>
        <translation>正在绘制帧…</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/io/export_dialog.py" line="200"/>
        <source>Saved to {path} ({n} frames)</source>
        <translation>已保存到 {path}（{n} 帧）</translation>
    </message>
    <message>
        <location filename="../../gui/io/file_actions.py" line="143"/>
        <source>PyTorch code copied to the clipboard</source>
        <translation>PyTorch 代码已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../gui/help.py" line="235"/>
        <source>Presentation mode — Esc or F11 to leave</source>
        <translation>演示模式——按 Esc 或 F11 退出</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="239"/>
        <source>Start here: click any cell to see where it comes from or goes, and press Next step (PgDown) to walk through the lesson. F1 lists the keys.</source>
        <translation>从这里开始：点击任意单元格，看它从哪里来、到哪里去；按“下一步”（PgDown）逐步学习。按 F1 查看所有按键。</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <location filename="../../gui/lesson_text.py" line="53"/>
        <source>Height: {text}</source>
        <translation>高度方向：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="55"/>
        <source>Width: {text}</source>
        <translation>宽度方向：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="65"/>
        <source>Why output_padding: {text}</source>
        <translation>为什么需要输出填充 op：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="68"/>
        <source>Why output_padding (height): {text}</source>
        <translation>为什么需要输出填充 op（高度方向）：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="69"/>
        <source>Why output_padding (width): {text}</source>
        <translation>为什么需要输出填充 op（宽度方向）：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="93"/>
        <source>The kernel spans 1 cell, so {a}_out = {a}_pad = {out}.</source>
        <translation>卷积核只占 1 格，所以 {a}_out = {a}_pad = {out}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="96"/>
        <source>The dilated kernel spans d(k{m}1) + 1 = {d}{dot}{k1} + 1 = {span} cells, so {a}_out = {a}_pad {m} d(k{m}1) = {padded} {m} {reach} = {out}.</source>
        <translation>膨胀后的卷积核跨 d(k{m}1) + 1 = {d}{dot}{k1} + 1 = {span} 格，所以 {a}_out = {a}_pad {m} d(k{m}1) = {padded} {m} {reach} = {out}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="120"/>
        <source>3. No padding (P = 0): {size}</source>
        <translation>3. 不补零（P = 0）：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="122"/>
        <source>3. Pad each side with P = d(k{m}1) {m} p = {p} {unit} of zeros: {size}</source>
        <translation>3. 上下左右各补 P = d(k{m}1) {m} p = {p} {unit}零：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="126"/>
        <source>3. Crop p {m} d(k{m}1) = {c} {cunit} from each side: {size}</source>
        <translation>3. 上下左右各裁掉 p {m} d(k{m}1) = {c} {cunit}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="130"/>
        <source>3. Pad with P = d(k{m}1) {m} p = {p}: {h} {hunit} of zeros at the top and bottom, {w} {wunit} at the left and right: {size}</source>
        <translation>3. 补零 P = d(k{m}1) {m} p = {p}：上下各补 {h} {hunit}零，左右各补 {w} {wunit}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="136"/>
        <source>3. Crop p {m} d(k{m}1) = {c}: {ch} {hunit} at the top and bottom, {cw} {wunit} at the left and right: {size}</source>
        <translation>3. 裁边 p {m} d(k{m}1) = {c}：上下各裁掉 {ch} {hunit}，左右各裁掉 {cw} {wunit}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="142"/>
        <source>3. Pad with zeros: P = {p} at the top/left, P + op = {q} at the bottom/right: {size}</source>
        <translation>3. 补零——上方和左侧 P = {p}，下方和右侧 P + op = {q}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="146"/>
        <source>3. Crop p {m} d(k{m}1) = {c} at the top/left, p {m} d(k{m}1) {m} op = {cq} at the bottom/right: {size}</source>
        <translation>3. 裁边——上方和左侧裁掉 p {m} d(k{m}1) = {c}，下方和右侧裁掉 p {m} d(k{m}1) {m} op = {cq}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="152"/>
        <source>3. Pad or crop: P = {p} at the top/left, P + op = {q} at the bottom/right: {size}</source>
        <translation>3. 补零或裁边——上方和左侧 P = {p}，下方和右侧 P + op = {q}：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="174"/>
        <source>Rotate w by 180° and slide it over the padded grid one cell at a time; with k = 1 each output cell is the single product in its one-cell window.</source>
        <translation>把 w 旋转 180°，在补零后的网格上每次移动一格；k = 1 时窗口只有一格，每个输出单元格就是其中那一个乘积。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="189"/>
        <source>1. The input x: {size}</source>
        <translation>1. 输入 x：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="190"/>
        <source>x is {size}; the kernel w is {ksize}. Stride s = {s}, padding p = {p}, output_padding op = {op}, dilation d = {d}.</source>
        <translation>x 的大小为 {size}，卷积核 w 的大小为 {ksize}。步长 s = {s}，填充 p = {p}，输出填充 op（output_padding）= {op}，膨胀率（空洞率）d = {d}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="202"/>
        <source>2. Insert s{m}1 zeros between neighbours: {size}</source>
        <translation>2. 在相邻元素之间插入 s{m}1 个零：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="180"/>
        <source>Rotate w by 180° and slide it over the padded grid one cell at a time; each output cell is the sum of the {n} products in its window.</source>
        <translation>把 w 旋转 180°，在补零后的网格上每次移动一格；每个输出单元格等于其窗口内 {n} 个乘积之和。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="214"/>
        <source>4. Slide the 180°-rotated {ksize} kernel with stride 1, giving {size}</source>
        <translation>4. 以步长 1 滑动旋转 180° 的 {ksize} 卷积核，得到 {size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="221"/>
        <source>5. The result y: {size}</source>
        <translation>5. 结果 y：{size}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="28"/>
        <source>{side}: add {n} {unit} of zeros</source>
        <translation>{side}补 {n} {unit}零</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="30"/>
        <source>{side}: crop {n} {unit}</source>
        <translation>{side}裁掉 {n} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="32"/>
        <source>{side}: nothing added or cropped</source>
        <translation>{side}不补也不裁</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="53"/>
        <source>{first} (P = {p}); {last} (P + op = {p} + {op} = {q})</source>
        <translation>{first}（P = {p}）；{last}（P + op = {p} + {op} = {q}）</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="59"/>
        <source>{formula}. {what}: {size}.</source>
        <translation>{formula}。{what}：{size}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="114"/>
        <source>At the {side}, op = {op} gives back {op} cropped {unit} of the zero-inserted grid: no new zeros.</source>
        <translation>在{side}，op = {op} 把插零网格中被裁掉的 {op} {unit}放了回来——不是新补的零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="119"/>
        <source>At the {side}, op = {op} gives back the {c} cropped {unit} of the zero-inserted grid, then adds op {m} |P| = {z} {zunit} of zeros.</source>
        <translation>在{side}，op = {op} 先把插零网格中被裁掉的 {c} {unit}放回来，再补 op {m} |P| = {z} {zunit}零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="140"/>
        <source>Seen from the output: with p = 0 nothing is cropped, so the op strip of y ({op} {unit} at the {side}) lies past the full scatter result, where no input lands: it is zeros (plus the bias).</source>
        <translation>从输出看：p = 0 时什么也没有裁掉，所以 y 的输出填充条带（{side}的 {op} {unit}）位于完整分发结果之外，没有任何输入落到那里——全是零（加上偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="163"/>
        <source>The zeros op adds are in the padded grid, not in y.</source>
        <translation>op 补的零在填充后的网格里，而不在 y 里。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="153"/>
        <source>Seen from the output: op = {op} shrinks the {side} crop of the full scatter result from p = {p} to p {m} op = {q}, so the op strip of y ({op} {unit}) lies where the crop would have cut: its cells are worked out like any other cell.</source>
        <translation>从输出看：op = {op} 让完整分发结果在{side}裁掉的量从 p = {p} 减为 p {m} op = {q}，所以 y 的输出填充条带（{op} {unit}）正是本来要被裁掉的部分——它的单元格和其他单元格一样照常计算。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="246"/>
        <source>With k = 1 the kernel is one cell: no border to add, and p = 0 crops nothing.</source>
        <translation>k = 1 时卷积核只有一格：不用补边，p = 0 也不裁掉任何东西。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="248"/>
        <source>With p = 0 this is a “full” convolution: P = d(k{m}1) = {r}, so the first window&apos;s far corner just touches the first input.</source>
        <translation>p = 0 时这是一次“完全”（full）卷积：P = d(k{m}1) = {r}，第一个窗口的远端角恰好碰到第一个输入。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="280"/>
        <source>P = d(k{m}1) = {r} would be the “full” convolution.</source>
        <translation>P = d(k{m}1) = {r} 对应“完全”（full）卷积。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="289"/>
        <source>p = {p} takes {p} of its {r} {unit} of zeros away from each side, leaving {q}.</source>
        <translation>p = {p} 从每一边拿掉这 {r} {unit}零中的 {p} {unit}，还剩 {q} {unit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="299"/>
        <source>p = {p} takes the whole border of zeros ({r} {unit}) away from each side: none remain.</source>
        <translation>p = {p} 从每一边拿掉全部 {r} {unit}零：一{unit}不剩。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="310"/>
        <source>p = {p} takes the whole border of zeros ({r} {unit}) away from each side, and crops {c} {cunit} of the zero-inserted grid itself.</source>
        <translation>p = {p} 从每一边拿掉全部 {r} {unit}零，还要再裁掉插零后网格本身的 {c} {cunit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="316"/>
        <source>p = {p} takes the whole border of zeros ({r} {unit}) away from each side, and crops {c} {cunit} of the zero-inserted grid itself, before op gives any back.</source>
        <translation>p = {p} 从每一边拿掉全部 {r} {unit}零，还要再裁掉插零后网格本身的 {c} {cunit}（这是 op 补回之前）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="254"/>
        <source>ConvTranspose2d&apos;s p takes away what p adds in the Conv2d(p = {p}) it is the transpose of.</source>
        <translation>ConvTranspose2d 的 p 拿掉的，正是它所转置的 Conv2d(p = {p}) 中 p 补上的。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="78"/>
        <source>{first} crops {c} {cunit}, more than the zero-inserted grid&apos;s {z} {zunit}: it takes all of the grid and {e} of the {a} {aunit} of zeros the {side} gets (P + op = {a}), leaving {n} {nunit} of zeros and none of the input.</source>
        <translation>{first}裁掉 {c} {cunit}，比插零网格的 {z} {zunit}还多：它裁掉整个网格，还裁掉{side}补上的 {a} {aunit}零（P + op = {a}）中的 {e} {aunit}，最后剩下 {n} {nunit}零，不剩任何输入。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="91"/>
        <source>The crops at the two ends overlap by {o} {ounit} (the zero-inserted grid has only {z} {zunit}), so at the {side}, op = {op} gives back only {b} of the {c} cropped {cunit}.</source>
        <translation>两端裁掉的部分重叠了 {o} {ounit}（插零网格只有 {z} {zunit}），所以在{side}，op = {op} 只放回被裁掉的 {c} {cunit}中的 {b} {cunit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="98"/>
        <source>The crops at the two ends overlap by {o} {ounit} (the zero-inserted grid has only {z} {zunit}), so at the {side}, op = {op} gives back none of the {c} cropped {cunit}.</source>
        <translation>两端裁掉的部分重叠了 {o} {ounit}（插零网格只有 {z} {zunit}），所以在{side}，op = {op} 放不回被裁掉的 {c} {cunit}中的任何部分。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="107"/>
        <source>It adds op {m} |P| = {n} {unit} of zeros.</source>
        <translation>它再补 op {m} |P| = {n} {unit}零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="111"/>
        <source>It adds no zeros.</source>
        <translation>它不补新的零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="175"/>
        <source>Here no input lands on the op strip (the stride and dilation pass it by): its cells are zeros (plus the bias).</source>
        <translation>这里没有任何输入落到输出填充条带上（步长和膨胀率让输入正好错过它）——它的单元格全是零（加上偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="166"/>
        <source>Seen from the output: op = {op} gives back the {p} {unit} that p = {p} cropped at the {side}, worked out like any other cell; past the full scatter result no input lands on the other op {m} p = {z} {zunit}: zeros (plus the bias).</source>
        <translation>从输出看：op = {op} 先放回 p = {p} 在{side}裁掉的 {p} {unit}，它们和其他单元格一样照常计算；其余 op {m} p = {z} {zunit}位于完整分发结果之外，没有输入落到那里——全是零（加上偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="199"/>
        <source>in the output_padding strip, where p would have cropped: a sum like any other cell</source>
        <translation>位于输出填充条带，原本会被 p 裁掉的位置：和其他单元格一样是乘积之和</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="203"/>
        <source>in the output_padding strip, past the full scatter result: no input lands here, so it holds only the bias</source>
        <translation>位于输出填充条带，超出完整散射结果：没有输入落在这里，所以只有偏置</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="206"/>
        <source>in the output_padding strip, past the full scatter result: no input lands here, so it is 0</source>
        <translation>位于输出填充条带，超出完整散射结果：没有输入落在这里，所以是 0</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="214"/>
        <source>Seen from the output: the full scatter result has only {f} {funit}, so the crops of p = {p} at its two ends overlap, and y has only {h} {hunit}.</source>
        <translation>从输出看：完整分发结果只有 {f} {funit}，所以两端各裁 p = {p} 会重叠，y 只有 {h} {hunit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="220"/>
        <source>Of the {p} {unit} p crops at the {side}, op = {op} gives back the {n} the other crop leaves: worked out like any other cell.</source>
        <translation>p 在{side}裁掉的 {p} {unit}中，op = {op} 放回另一端没有裁掉的 {n} {unit}——它们照常计算。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="229"/>
        <source>Of the {p} {unit} p crops at the {side}, op = {op} gives back none.</source>
        <translation>p 在{side}裁掉的 {p} {unit}中，op = {op} 一个也放不回。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="234"/>
        <source>No input lands on y&apos;s {n} {unit} past the full scatter result: zeros (plus the bias).</source>
        <translation>y 在完整分发结果之外的 {n} {unit}没有任何输入落到那里——全是零（加上偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="261"/>
        <source>With k = 1 the kernel is one cell and there is no border of zeros: p = {p} crops more of the zero-inserted grid than it has ({z} {zunit}), so no input is left, only the zeros op adds.</source>
        <translation>k = 1 时卷积核只有一格，没有零边框：p = {p} 要裁掉的比插零网格本身的 {z} {zunit}还多，所以不剩任何输入，只剩 op 补上的零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="269"/>
        <source>With k = 1 the kernel is one cell and there is no border of zeros: p = {p} crops {p} {unit} of the zero-inserted grid itself from each side.</source>
        <translation>k = 1 时卷积核只有一格，没有零边框：p = {p} 直接从插零后网格本身的每一边裁掉 {p} {unit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="274"/>
        <source>With k = 1 the kernel is one cell and there is no border of zeros: p = {p} crops {p} {unit} of the zero-inserted grid itself from each side, before op gives any back.</source>
        <translation>k = 1 时卷积核只有一格，没有零边框：p = {p} 直接从插零后网格本身的每一边裁掉 {p} {unit}（这是 op 补回之前）。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="284"/>
        <source>p = {p} takes {p} of its {r} {unit} of zeros away from each side, leaving {q}; op adds {op} more at the {side}.</source>
        <translation>p = {p} 从每一边拿掉这 {r} {unit}零中的 {p} {unit}，还剩 {q} {unit}；op 在{side}再补 {op} {unit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="293"/>
        <source>p = {p} takes the whole border of zeros ({r} {unit}) away from each side: none remain but the {op} {opunit} op adds at the {side}.</source>
        <translation>p = {p} 从每一边拿掉全部 {r} {unit}零：只剩 op 在{side}补上的 {op} {opunit}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="303"/>
        <source>p = {p} takes the whole border of zeros ({r} {unit}) away from each side and crops more of the zero-inserted grid than it has ({z} {zunit}), so no input is left, only the zeros op adds.</source>
        <translation>p = {p} 从每一边拿掉全部 {r} {unit}零，还要裁掉比插零网格本身的 {z} {zunit}更多的部分，所以不剩任何输入，只剩 op 补上的零。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="352"/>
        <source>{conv} turns an input of size N into {formula}.</source>
        <translation>{conv} 把尺寸为 N 的输入变成 {formula}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="358"/>
        <source>{chain} = {h}: both {sizes} map to {h}, so op picks one: {picks}.</source>
        <translation>{chain} = {h}：{sizes} 都映射到 {h}，所以要由 op 选出其中一个：{picks}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="361"/>
        <source>{chain} = {h}: {sizes} all map to {h}, so op picks one: {picks}.</source>
        <translation>{chain} = {h}：{sizes} 都映射到 {h}，所以要由 op 选出其中一个：{picks}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="365"/>
        <location filename="../../gui/lesson_notes.py" line="395"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="370"/>
        <source>{formula} = {h}: only {n} maps to {h}, which op = {op} gives.</source>
        <translation>{formula} = {h}：只有 {n} 映射到 {h}，也就是 op = {op} 给出的尺寸。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="374"/>
        <source>No size N ≥ 1 maps to {h}: op = 0 would give {n}.</source>
        <translation>没有任何尺寸 N ≥ 1 映射到 {h}：op = 0 会得到 {n}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="379"/>
        <source>op = {op} is allowed only because {op} &lt; d = {d}: it gives {n}, and {formula} = {back}, not {h}.</source>
        <translation>op = {op} 之所以允许，只是因为 {op} &lt; d = {d}：它得到 {n}，而 {formula} = {back}，不是 {h}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="386"/>
        <source>This layer uses op = {op}.</source>
        <translation>本层用的是 op = {op}。</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_notes.py" line="394"/>
        <source>{head} and {last}</source>
        <translation>{head} 和 {last}</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="32"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="32"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="34"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="34"/>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="36"/>
        <source>row/column</source>
        <translation>行/列</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="36"/>
        <source>rows/columns</source>
        <translation>行/列</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="44"/>
        <source>Top and bottom</source>
        <translation>上下各</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="45"/>
        <source>Top</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="46"/>
        <source>Bottom</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="50"/>
        <source>Left and right</source>
        <translation>左右各</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="51"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="52"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="55"/>
        <source>Each side</source>
        <translation>上下左右各</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="56"/>
        <source>Top/left</source>
        <translation>上方和左侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="57"/>
        <source>Bottom/right</source>
        <translation>下方和右侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="64"/>
        <source>bottom</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="66"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="67"/>
        <source>bottom/right</source>
        <translation>下方和右侧</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_words.py" line="72"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
</context>
<context>
    <name>misconceptions</name>
    <message>
        <location filename="../../gui/misconception_text.py" line="24"/>
        <source>The weight&apos;s layout (C_in, C_out/groups, kH, kW) = ({shape}) is that of Conv2d(in_channels={co}, out_channels={ci}{groups}), the layer this one transposes, so the two can share one weight, as an encoder&apos;s Conv2d and a decoder&apos;s ConvTranspose2d may.</source>
        <translation>权重的布局 (C_in, C_out/groups, kH, kW) = ({shape}) 正是 Conv2d(in_channels={co}, out_channels={ci}{groups}) 的布局——这一层就是它的转置，所以两者可以共用同一份权重，就像编码器的 Conv2d 和解码器的 ConvTranspose2d 那样。</translation>
    </message>
    <message>
        <location filename="../../gui/misconception_text.py" line="50"/>
        <source>Conv2d with the same kernel has no output for a {h}×{w} input.</source>
        <translation>用同一卷积核的 Conv2d 对 {h}×{w} 的输入没有输出。</translation>
    </message>
    <message>
        <location filename="../../gui/misconception_text.py" line="54"/>
        <source>Transposed is not inverse: Conv2d(ConvTranspose2d(x)) with the same kernel is {bh}×{bw}, not even the size of x ({h}×{w}).</source>
        <translation>转置不是逆：用同一卷积核计算 Conv2d(ConvTranspose2d(x)) 得到 {bh}×{bw}，连尺寸都不是 x 的 {h}×{w}。</translation>
    </message>
    <message>
        <location filename="../../gui/misconception_text.py" line="60"/>
        <source>Conv2d(ConvTranspose2d(x)) with the same kernel = {back} = x here, only because of these particular values: transposed is not inverse in general.</source>
        <translation>这里用同一卷积核计算 Conv2d(ConvTranspose2d(x)) = {back} = x，只是这些数值碰巧如此：一般来说转置不是逆。</translation>
    </message>
    <message>
        <location filename="../../gui/misconception_text.py" line="65"/>
        <source>Transposed is not inverse: Conv2d(ConvTranspose2d(x)) with the same kernel = {back}, but x = {x}. The size comes back, the values do not.</source>
        <translation>转置不是逆：用同一卷积核计算 Conv2d(ConvTranspose2d(x)) = {back}，而 x = {x}。尺寸能回来，数值回不来。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="30"/>
        <source>Here op = 0 on the height axis: set output_padding to see its rows.</source>
        <translation>当前高度方向 op = 0：设置输出填充 op 后可以看到它的行。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="36"/>
        <source>output_padding does not append zeros</source>
        <translation>输出填充 op 不是在输出末尾补零</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="37"/>
        <source>op shrinks the bottom/right crop of the full scatter result from p to p − op. An op row holds sums where its index in the op strip is below p; only past that, with p = 0 for instance, is it zeros (plus the bias).</source>
        <translation>op 让完整分发结果在下方和右侧裁掉的量从 p 减为 p − op。输出填充条带中下标小于 p 的行是乘积之和；只有超出这一范围的行（例如 p = 0 时）才是零（加上偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="45"/>
        <source>Padding crops in ConvTranspose2d</source>
        <translation>ConvTranspose2d 中的填充 p 是裁边</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="46"/>
        <source>ConvTranspose2d(p) is the transpose of Conv2d(p): where Conv2d adds p rows of zeros around its input, the transposed layer removes p rows from each side of its result.</source>
        <translation>ConvTranspose2d(p) 是 Conv2d(p) 的转置：Conv2d 在输入四周各补 p 圈零，转置层则从结果的每一边裁掉 p 行/列。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="53"/>
        <source>The weight layout is that of the Conv2d it transposes</source>
        <translation>权重布局与它所转置的 Conv2d 相同</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="57"/>
        <source>Transposed is not inverse</source>
        <translation>转置不是逆</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="58"/>
        <source>Conv2d with the same kernel, stride, padding and dilation maps the output back to the input&apos;s size (when output_padding chose well), not to its values.</source>
        <translation>用相同卷积核、步长、填充和膨胀率的 Conv2d，能让尺寸回到输入的尺寸（前提是输出填充 op 选得对），但数值回不去。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="68"/>
        <source>Where P = d(k−1) − p comes from</source>
        <translation>P = d(k−1) − p 从何而来</translation>
    </message>
    <message>
        <location filename="../../gui/panels/misconceptions.py" line="69"/>
        <source>With p = 0 the lesson computes a “full” convolution: P = d(k−1) zeros on each side, so the first window&apos;s far corner just touches the first input. Each unit of p then crops one row or column from each side.</source>
        <translation>p = 0 时，本课计算的是“完全”（full）卷积：四周各补 P = d(k−1) 圈零，使第一个窗口的远端角恰好碰到第一个输入。p 每加 1，就从每一边裁掉 1 行/列。</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../gui/io/worksheet.py" line="164"/>
        <source>Exercise {n}</source>
        <translation>练习 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="165"/>
        <source>Name: ____________________   Class: ________</source>
        <translation>姓名：____________________   班级：________</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="180"/>
        <source>Work space: draw the zero-inserted and padded grids, then slide the kernel.</source>
        <translation>草稿区：先画出插零后和填充后的网格，再滑动卷积核。</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="252"/>
        <location filename="../../gui/io/worksheet.py" line="285"/>
        <source>ConvT Lab worksheet, seed {seed}</source>
        <translation>转置卷积实验室练习卷，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="271"/>
        <location filename="../../gui/io/worksheet.py" line="276"/>
        <location filename="../../gui/io/worksheet.py" line="293"/>
        <source>Worksheet</source>
        <translation>练习卷</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="272"/>
        <source>Seed (the same seed gives the whole class the same exercises):</source>
        <translation>随机种子（相同的种子让全班得到相同的练习）：</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="276"/>
        <source>Number of exercises:</source>
        <translation>练习数量：</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="279"/>
        <source>Save worksheet</source>
        <translation>保存练习卷</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="280"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="289"/>
        <source>{path} was not written: {reason}.</source>
        <translation>没有写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="292"/>
        <source>The old file is unchanged.</source>
        <translation>原来的文件没有改动。</translation>
    </message>
    <message>
        <location filename="../../gui/io/worksheet.py" line="295"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已写入 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <location filename="../../gui/io/quiz_command.py" line="75"/>
        <location filename="../../gui/io/worksheet.py" line="187"/>
        <source>Exercise {n}: {case}</source>
        <translation>练习 {n}：{case}</translation>
    </message>
    <message>
        <location filename="../../gui/io/quiz_command.py" line="79"/>
        <location filename="../../gui/io/worksheet.py" line="185"/>
        <source>Answer key</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../gui/io/quiz_command.py" line="81"/>
        <source>Exercise {n}:</source>
        <translation>练习 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="31"/>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="31"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="49"/>
        <source>What is the output size H_out {t} W_out?</source>
        <translation>输出尺寸 H_out {t} W_out 是多少？</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="50"/>
        <source>What is P = d(k {m} 1) {m} p on each axis (negative: a crop)?</source>
        <translation>每个方向上的 P = d(k {m} 1) {m} p 是多少（负数表示裁掉）？</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="51"/>
        <source>Which input cells x[r, c] feed y[{i}, {j}]?</source>
        <translation>哪些输入单元格 x[r, c] 参与计算 y[{i}, {j}]？</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="52"/>
        <source>What is the value of y[{i}, {j}]?</source>
        <translation>y[{i}, {j}] 的值是多少？</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="53"/>
        <source>Which output_padding makes the {axis} {n}? (Or: none does.)</source>
        <translation>输出填充 op（output_padding）取多少能使{axis}为 {n}？（也可能没有这样的 op。）</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="70"/>
        <source>none</source>
        <translation>没有</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="91"/>
        <source>none: the {axis} can only be {low}</source>
        <translation>没有——{axis}只能是 {low}</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="93"/>
        <source>none: the {axis} can be {low} to {top}</source>
        <translation>没有——{axis}只能是 {low} 到 {top}</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="102"/>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="103"/>
        <source> ({axis})</source>
        <translation>（{axis}）</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="106"/>
        <source>Height and width are swapped: the output is {size}.</source>
        <translation>高和宽写反了——输出是 {size}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="108"/>
        <source>You left out output_padding: op = {op} adds {op} at the bottom/right, so it is {right}{where}.</source>
        <translation>漏掉了输出填充——op = {op} 在下方/右侧多加 {op}，所以是 {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="111"/>
        <source>You used k {m} 1, but d = {d}: the kernel spans d(k {m} 1) + 1 = {span}, so it is {right}{where}.</source>
        <translation>你用了 k {m} 1，但 d = {d}——卷积核跨度是 d(k {m} 1) + 1 = {span}，所以是 {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="115"/>
        <source>Padding p is taken from both sides: subtract 2p = {twop}, so it is {right}{where}.</source>
        <translation>填充 p 在两侧都要减去——减 2p = {twop}，所以是 {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="118"/>
        <source>It is (H {m} 1)s, not H{dot}s: the stride puts s {m} 1 zeros only between neighbours, so it is {right}{where}.</source>
        <translation>应是 (H {m} 1)s 而不是 H{dot}s——步长只在相邻元素之间插入 s {m} 1 个零，所以是 {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="122"/>
        <source>That is Conv2d&apos;s size formula, which goes the other way; here it is (H {m} 1)s {m} 2p + d(k {m} 1) + op + 1 = {right}{where}.</source>
        <translation>这是 Conv2d 的尺寸公式，方向正好相反；这里应是 (H {m} 1)s {m} 2p + d(k {m} 1) + op + 1 = {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="126"/>
        <source>You forgot the s {m} 1 zeros inserted between neighbours (s = {s}), so it is {right}{where}.</source>
        <translation>忘了在相邻元素之间插入的 s {m} 1 个零（s = {s}），所以是 {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="129"/>
        <source>Not quite: it is {right}{where}. Go through H_out = (H {m} 1)s {m} 2p + d(k {m} 1) + op + 1.</source>
        <translation>不对，应是 {right}{where}。请按 H_out = (H {m} 1)s {m} 2p + d(k {m} 1) + op + 1 逐项计算。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="132"/>
        <source>You used k {m} p {m} 1, but d = {d}: P = d(k {m} 1) {m} p = {right}{where}.</source>
        <translation>你用了 k {m} p {m} 1，但 d = {d}——P = d(k {m} 1) {m} p = {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="135"/>
        <source>You left out p = {p}: P = d(k {m} 1) {m} p = {right}{where}.</source>
        <translation>漏掉了 p = {p}——P = d(k {m} 1) {m} p = {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="138"/>
        <source>Padding p removes rows/columns: P = d(k {m} 1) {m} p = {right}, not + p{where}.</source>
        <translation>填充 p 会减少补零的行/列——P = d(k {m} 1) {m} p = {right}，不是加 p{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="141"/>
        <source>The sign: P = d(k {m} 1) {m} p = {right}; a positive P adds {right} rows/columns of zeros on each side and crops nothing{where}.</source>
        <translation>注意符号——P = d(k {m} 1) {m} p = {right}；P 为正表示每一边补 {right} 行/列零，什么也不裁掉{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="144"/>
        <source>The sign: P = d(k {m} 1) {m} p = {right}; a negative P is a crop of {crop}{where}.</source>
        <translation>注意符号——P = d(k {m} 1) {m} p = {right}；P 为负表示裁掉 {crop} 行/列{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="147"/>
        <source>P is not p: the transposed convolution pads by d(k {m} 1) {m} p = {right}{where}.</source>
        <translation>P 不等于 p——转置卷积补零的圈数是 d(k {m} 1) {m} p = {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="150"/>
        <source>Not quite: P = d(k {m} 1) {m} p = {d}{dot}({k} {m} 1) {m} {p} = {right}{where}.</source>
        <translation>不对——P = d(k {m} 1) {m} p = {d}{dot}({k} {m} 1) {m} {p} = {right}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="154"/>
        <source>Those cells are what a kernel without dilation would reach: the taps are d apart.</source>
        <translation>这是不膨胀的卷积核会覆盖的单元格——卷积核各元素之间相隔 d。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="156"/>
        <source>Those cells are what stride 1 would give: remember the zeros inserted between the inputs.</source>
        <translation>这是步长为 1 时的结果——别忘了输入之间插入的零。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="158"/>
        <source>Those cells are what p = 0 would give: padding p shifts the window by p.</source>
        <translation>这是 p = 0 时的结果——填充 p 会让窗口移动 p 格。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="160"/>
        <source>No input value reaches this cell: the window covers only zeros.</source>
        <translation>没有输入值落到这个单元格——它是空位，窗口里全是零。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="161"/>
        <source>Not quite.</source>
        <translation>不对。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="168"/>
        <source>You did not rotate the kernel by 180°: y[{i}, {j}] is {right}.</source>
        <translation>没有把卷积核旋转 180°——y[{i}, {j}] 应是 {right}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="173"/>
        <source>Not quite: y[{i}, {j}] is {right}. Multiply each source by its kernel tap and add.</source>
        <translation>不对，y[{i}, {j}] 应是 {right}。把每个参与的输入乘以对应的卷积核权重，再相加。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="171"/>
        <source>No input value reaches this cell, so it is 0.</source>
        <translation>没有输入值落到这个单元格（空位），所以它是 0。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="165"/>
        <source>{reason} The cells are: {cells}.</source>
        <translation>{reason}正确的单元格是 {cells}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="176"/>
        <source>No op gives {n}: op = 0 already gives {low}, and output_padding only adds.</source>
        <translation>没有 op 能得到 {n}——op = 0 时已经是 {low}，而输出填充只会增大尺寸。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="179"/>
        <source>No op gives {n}: op must be smaller than s = {s} or d = {d}, so op = 0 and the size is {low}.</source>
        <translation>没有 op 能得到 {n}——op 必须小于 s = {s} 或 d = {d}，所以 op = 0，尺寸只能是 {low}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="182"/>
        <source>No op gives {n}: op must be smaller than s = {s} or d = {d}, so the sizes reach {low} to {high}.</source>
        <translation>没有 op 能得到 {n}——op 必须小于 s = {s} 或 d = {d}，所以尺寸只能是 {low} 到 {high}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="186"/>
        <source>op = {op} is allowed: op must be smaller than s or d, and d = {d}.</source>
        <translation>op = {op} 是允许的——op 只需小于 s 或 d，而这里 d = {d}。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="189"/>
        <source>op = {op} gives it: op = 0 gives {low}, and each op adds one.</source>
        <translation>op = {op} 就能得到——op = 0 时是 {low}，op 每加 1 尺寸加 1。</translation>
    </message>
    <message>
        <location filename="../../gui/practice_text.py" line="192"/>
        <source>Not quite: {n} = {low} + op, so op = {op}.</source>
        <translation>不对——{n} = {low} + op，所以 op = {op}。</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../gui/texts.py" line="342"/>
        <source>Lesson: 2×2, k=3, s=2, p=0</source>
        <translation>课程示例：2×2, k=3, s=2, p=0</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="343"/>
        <source>Double the size: k=3, s=2, p=1, output_padding=1</source>
        <translation>尺寸翻倍：k=3, s=2, p=1，输出填充 op=1</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="346"/>
        <source>output_padding=1 with p=0: a strip of zeros</source>
        <translation>p=0 时输出填充 op=1：一条全零的条带</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="347"/>
        <source>k=3, s=2: uneven overlap (checkerboard)</source>
        <translation>k=3, s=2：重叠不均匀（棋盘效应）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="348"/>
        <source>k=4, s=2, p=1: even overlap</source>
        <translation>k=4, s=2, p=1：重叠均匀</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="349"/>
        <source>Dilation 2</source>
        <translation>膨胀率 d=2</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="350"/>
        <source>Padding &gt; k−1: crop (P &lt; 0)</source>
        <translation>填充 &gt; k−1：裁边（P &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="351"/>
        <source>Rectangular input and kernel</source>
        <translation>长方形的输入和卷积核</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="352"/>
        <source>Double the size: k=3, s=2, p=1, op=1</source>
        <translation>尺寸翻倍：k=3, s=2, p=1, op=1</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="353"/>
        <source>Double the size: k=4, s=2, p=1</source>
        <translation>尺寸翻倍：k=4, s=2, p=1</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="354"/>
        <source>Double the size: k=2, s=2, p=0</source>
        <translation>尺寸翻倍：k=2, s=2, p=0</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="355"/>
        <source>Not quite double: k=3, s=2, p=1 without op</source>
        <translation>差一点翻倍：k=3, s=2, p=1，不加 op</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="356"/>
        <source>DCGAN generator: 1×1 noise to 4×4</source>
        <translation>DCGAN 生成器：1×1 噪声变为 4×4</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="357"/>
        <source>DCGAN generator: each later layer doubles</source>
        <translation>DCGAN 生成器：之后每层尺寸翻倍</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="358"/>
        <source>U-Net up-step matching a 7×7 encoder map</source>
        <translation>U-Net 上采样：对齐 7×7 的编码器特征图</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="18"/>
        <source>(H−1)·2 − 2 + 2 + 1 + 1 = 2H: op = 1 adds the row k3 s2 p1 alone is short of.</source>
        <translation>(H−1)·2 − 2 + 2 + 1 + 1 = 2H——op = 1 补上了 k3 s2 p1 单独使用时少的那一行。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="20"/>
        <source>(H−1)·2 − 2 + 3 + 1 = 2H: k = 4 covers the stride twice, so every output cell away from the edges gets two taps per axis.</source>
        <translation>(H−1)·2 − 2 + 3 + 1 = 2H——k = 4 正好是步长的两倍，远离边缘的每个输出单元格在每个方向上都叠加两次。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="22"/>
        <source>(H−1)·2 + 1 + 1 = 2H: k = s = 2, each input stamps its own 2×2 block, with no overlap.</source>
        <translation>(H−1)·2 + 1 + 1 = 2H——k = s = 2，每个输入各自盖出一个 2×2 块，互不重叠。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="24"/>
        <source>(H−1)·2 − 2 + 2 + 1 = 2H − 1: without op, k3 s2 p1 gives one less than double.</source>
        <translation>(H−1)·2 − 2 + 2 + 1 = 2H − 1——不加 op 时，k3 s2 p1 比翻倍少 1。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="26"/>
        <source>DCGAN&apos;s first layer: k4 s1 p0 turns the 1×1 noise vector into 4×4 (0 + 3 + 1 = 4).</source>
        <translation>DCGAN 的第一层：k4 s1 p0 把 1×1 的噪声向量变为 4×4（0 + 3 + 1 = 4）。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="28"/>
        <source>DCGAN&apos;s next layers: k4 s2 p1 doubles each time, 4×4 → 8×8 → 16×16 → 32×32 → 64×64; this one takes 8×8 to 16×16.</source>
        <translation>DCGAN 之后各层：k4 s2 p1 每次让尺寸翻倍，4×4 → 8×8 → 16×16 → 32×32 → 64×64；这一层把 8×8 变成 16×16。</translation>
    </message>
    <message>
        <location filename="../../gui/preset_notes.py" line="31"/>
        <source>U-Net: the encoder&apos;s k3 s2 p1 took 7 and 8 both to 4; forward(x, output_size=[7, 7]) picks op = 0 to match the skip.</source>
        <translation>U-Net：编码器的 k3 s2 p1 把 7 和 8 都变成了 4；forward(x, output_size=[7, 7]) 选 op = 0，与跳跃连接对齐。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../gui/io/settings.py" line="314"/>
        <source>The settings file {path} is too large to be a settings file.</source>
        <translation>设置文件 {path} 太大，不可能是设置文件。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="316"/>
        <source>The settings file {path} is not a text file.</source>
        <translation>设置文件 {path} 不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="318"/>
        <source>The settings file {path} could not be read.</source>
        <translation>无法读取设置文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="320"/>
        <source>{path} is not a regular file, so settings are not saved this time.</source>
        <translation>{path} 不是普通文件，因此这次不会保存设置。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="322"/>
        <source>{path} is a file, not a folder, so settings are not saved this time.</source>
        <translation>{path} 是文件而不是文件夹，因此这次不会保存设置。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="326"/>
        <source>A copy of it as it was is kept as {moved}; what could be read is used.</source>
        <translation>原文件已复制保存为 {moved}；能读出的设置照常使用。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="330"/>
        <source>It was moved to {moved}; the defaults are used.</source>
        <translation>它已被移到 {moved}；现在使用默认设置。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="333"/>
        <source>It could not be moved aside; the defaults are used and settings are not saved this time.</source>
        <translation>无法把它移开；现在使用默认设置，这次也不会保存设置。</translation>
    </message>
    <message>
        <location filename="../../gui/io/settings.py" line="339"/>
        <source>Some settings could not be read and were reset to defaults: {what}.</source>
        <translation>有些设置无法读取，已恢复为默认值：{what}。</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../gui/texts.py" line="29"/>
        <source>input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="30"/>
        <source>kernel size</source>
        <translation>卷积核尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="31"/>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="32"/>
        <location filename="../../gui/texts.py" line="49"/>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="33"/>
        <source>output_padding</source>
        <translation>输出填充 op（output_padding）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="34"/>
        <source>dilation</source>
        <translation>膨胀率</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="35"/>
        <source>output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="36"/>
        <source>input channels</source>
        <translation>输入通道数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="37"/>
        <source>output channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="38"/>
        <source>groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="39"/>
        <source>padded size</source>
        <translation>填充后尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="40"/>
        <source>zero-inserted size</source>
        <translation>插零后尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="47"/>
        <source>input value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="48"/>
        <source>inserted zero</source>
        <translation>插入的零</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="50"/>
        <source>output_padding strip</source>
        <translation>输出填充 op 的条带</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="51"/>
        <source>cropped (P &lt; 0)</source>
        <translation>被裁掉（P &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="57"/>
        <source> (height)</source>
        <translation>（高度）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="59"/>
        <source> (width)</source>
        <translation>（宽度）</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="75"/>
        <source>Rule: output_padding must be smaller than max(stride, dilation) = {m}, but op = {op} (s = {s}, d = {d}){where}.</source>
        <translation>规则：输出填充 op 必须小于 max(步长 s, 膨胀率 d) = {m}，但 op = {op}（s = {s}，d = {d}）{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="109"/>
        <source>The result overflows: the input and kernel values are too large to compute.</source>
        <translation>结果溢出：输入和卷积核的数值太大，无法计算。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="113"/>
        <source>{name} must hold finite numbers, but holds {value}.</source>
        <translation>{name} 须是有限的数，但其中有 {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="117"/>
        <source>{name} must be a whole number, but is {value}{where}.</source>
        <translation>{name} 须是整数，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="184"/>
        <source>(sum over input channels {c0}..{c1}</source>
        <translation>（输入通道 {c0}..{c1} 之和</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="185"/>
        <source>(from input channel {c0}</source>
        <translation>（来自输入通道 {c0}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="252"/>
        <source>1 on an input value</source>
        <translation>1 个乘在输入值上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="253"/>
        <source>{n} on input values</source>
        <translation>{n} 个乘在输入值上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="254"/>
        <source>1 on a zero</source>
        <translation>1 个乘在零上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="255"/>
        <source>{n} on zeros</source>
        <translation>{n} 个乘在零上</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="256"/>
        <source>{taps} kernel taps: {inputs}, {zeros}.</source>
        <translation>卷积核的 {taps} 个权重中，{inputs}，{zeros}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="293"/>
        <source>x[{r},{c}] = {value} reaches no output cell: every place it lands lies in the border that p crops.</source>
        <translation>x[{r},{c}] = {value} 不会到达任何输出单元格：它落到的位置都落在被 p 裁掉的边框里。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="303"/>
        <source>x[{r},{c}] = {value} lands on 1 output cell:</source>
        <translation>x[{r},{c}] = {value} 贡献到 1 个输出单元格：</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="318"/>
        <source>{x}[{r},{c}] = {value} lands on 1 cell of {y}:</source>
        <translation>{x}[{r},{c}] = {value} 贡献到 {y} 的 1 个单元格：</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="320"/>
        <source>{x}[{r},{c}] = {value} lands on {n} cells of {y}:</source>
        <translation>{x}[{r},{c}] = {value} 贡献到 {y} 的 {n} 个单元格：</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="330"/>
        <source>It lands on the same cells of y[{o}] too, with its own kernel slice.</source>
        <translation>它也贡献到 y[{o}] 的相同单元格，用该通道自己的卷积核切片。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="332"/>
        <source>It lands on the same cells of {ys} too, each with its own kernel slice.</source>
        <translation>它也贡献到 {ys} 的相同单元格，各用各自的卷积核切片。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="334"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="87"/>
        <source>Rule: the output size must be at least 1, but (H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}.</source>
        <translation>规则：输出尺寸至少为 1，但现在 (H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="93"/>
        <source>Rule: groups = {g} must divide {what} = {value}.</source>
        <translation>规则：groups = {g} 必须整除 {what} = {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="97"/>
        <source>{name} must be between {low} and {high} to stay readable, but is {value}{where}.</source>
        <translation>为了便于观察，{name} 须在 {low} 到 {high} 之间，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="101"/>
        <source>{name} must be at least 1, but is {value}{where}.</source>
        <translation>{name} 至少为 1，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="105"/>
        <source>{name} must not be negative, but is {value}{where}.</source>
        <translation>{name} 不能为负数，但现在是 {value}{where}。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="202"/>
        <source>Input x {size}</source>
        <translation>输入 x {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="203"/>
        <source>Zero-inserted {size}
{formula}</source>
        <translation>插零后 {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="207"/>
        <source>Padded {size}
{formula}</source>
        <translation>填充后 {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="209"/>
        <source>Padded (cropped) {size}
{formula}</source>
        <translation>填充后（有裁边）{size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="211"/>
        <source>Output y {size}
{formula}</source>
        <translation>输出 y {size}
{formula}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="214"/>
        <source>Kernel w {size}</source>
        <translation>卷积核 w {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="215"/>
        <source>Rotated 180° {size}</source>
        <translation>旋转 180° {size}</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="226"/>
        <source>y[{o}][{i},{j}] sums x[c] ∗ w[c,{k}] over the input channels c of group {g}:</source>
        <translation>y[{o}][{i},{j}] 是第 {g} 组各输入通道 c 上 x[c] ∗ w[c,{k}] 之和：</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="247"/>
        <source>1 kernel tap, on an input value.</source>
        <translation>卷积核只有 1 个权重，乘在输入值上。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="249"/>
        <source>1 kernel tap, on a zero.</source>
        <translation>卷积核只有 1 个权重，乘在零上。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="269"/>
        <source>Click an output cell to see its sum, or an input cell to see where it lands.</source>
        <translation>点击输出单元格查看它的求和过程，点击输入单元格查看它贡献到哪些输出。</translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="305"/>
        <source>x[{r},{c}] = {value} lands on {n} output cells:</source>
        <translation>x[{r},{c}] = {value} 贡献到 {n} 个输出单元格：</translation>
    </message>
</context>
</TS>
