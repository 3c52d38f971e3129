<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationBar</name>
    <message>
        <location filename="../../gui/animation_bar.py" line="28"/>
        <source>First output cell (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="29"/>
        <source>Previous output cell (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="30"/>
        <source>Next output cell (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="31"/>
        <source>Last output cell (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="34"/>
        <source>{n:g} cells/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="42"/>
        <source>Animation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="51"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="51"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/animation_bar.py" line="52"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabState</name>
    <message>
        <location filename="../../gui/state.py" line="199"/>
        <source>Change parameters</source>
        <extracomment>A selection is (&quot;output&quot;, i, j), (&quot;input&quot;, r, c) or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/state.py" line="208"/>
        <source>Change values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/legend.py" line="24"/>
        <source>output value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/legend.py" line="25"/>
        <source>kernel weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/legend.py" line="34"/>
        <source>kernel window (output selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/legend.py" line="35"/>
        <source>contributing input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/legend.py" line="36"/>
        <source>footprint (input selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/lesson_panel.py" line="31"/>
        <source>◀ Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_panel.py" line="32"/>
        <source>Next step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_panel.py" line="54"/>
        <source>Step {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/app.py" line="117"/>
        <source>Some settings could not be read and were reset to defaults: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>ConvT Lab — transposed convolution, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>The translation for {lang} could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <source>Random integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <source>Seed (the same seed gives the same values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>{message}; the cell keeps its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="261"/>
        <source>Input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>Zero-inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>Padded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>Output y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>Kernel w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>Rotated kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>added by output_padding, computed like any other cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>double-click to type a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../gui/param_panel.py" line="30"/>
        <source>Input H, W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="31"/>
        <source>Kernel kH, kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="32"/>
        <source>Stride s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="33"/>
        <source>Padding p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="34"/>
        <source>Output padding op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="35"/>
        <source>Dilation d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="37"/>
        <source>Square: both axes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="78"/>
        <source>Valid now: {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="113"/>
        <source>With the other values as shown before, {name} may be {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/param_panel.py" line="116"/>
        <source>The picture shows the last valid parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="46"/>
        <source>Export view as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>Export view as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>Export animation as &amp;GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="49"/>
        <source>Export animation as PNG &amp;frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>&amp;Copy as PyTorch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>Fill &amp;input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Fill &amp;kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>All ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>1, 2, …, n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>Random integers from a seed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Delta (a single 1 in the centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="71"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="72"/>
        <source>&amp;Fit all grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>C&amp;lear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>Font &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="88"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="90"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>High contrast, dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>&amp;Language / 语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="111"/>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="112"/>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="113"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="115"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="116"/>
        <source>Previous output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="117"/>
        <source>Next output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="118"/>
        <source>First output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="119"/>
        <source>Last output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="120"/>
        <source>Stop and show all cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="122"/>
        <source>P&amp;resets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../gui/cell_editor.py" line="31"/>
        <source>{text!r} is not a number</source>
        <extracomment>The largest magnitude a typed value may have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cell_editor.py" line="35"/>
        <source>{text!r} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cell_editor.py" line="39"/>
        <source>{text!r} is larger than {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <location filename="../../gui/lesson_text.py" line="48"/>
        <source>Height: {text}</source>
        <extracomment>The grids each step shows; later grids stay dimmed until their step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="50"/>
        <source>Width: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="55"/>
        <source>H_new = H + (s{m}1)(H{m}1) = {h} + {s1}{dot}{h1} = {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="63"/>
        <source> (= k {m} p {m} 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="65"/>
        <source>{formula}: {n} zeros on each side, {inserted} + 2{dot}{pad} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="70"/>
        <source>{formula} &lt; 0: crop {n} from each side instead, {inserted} {m} 2{dot}{n} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="75"/>
        <source>; output_padding adds {op} more at the bottom/right: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="96"/>
        <source>Why output_padding: Conv2d with k={k}, s={s}, p={p}, d={d} maps each of {sizes} to {h}, so its transpose needs op to pick one: {picks}. The op cells are computed like any other output cell, not filled with zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="105"/>
        <source>the dilated kernel spans d(k{m}1)+1 = {d}{dot}{k1}+1 = {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="128"/>
        <source>1. The input x: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="129"/>
        <source>x is {size}; the kernel w is {ksize}. Stride s = {s}, padding p = {p}, output_padding op = {op}, dilation d = {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="141"/>
        <source>2. Insert s{m}1 zeros between neighbours: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="148"/>
        <source>3. Pad with P = d(k{m}1) {m} p zeros: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="155"/>
        <source>4. Slide the 180°-rotated kernel with stride 1: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="158"/>
        <source>Rotate w by 180° and slide it over the padded grid one cell at a time; each output cell is the sum of the {n} products in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/lesson_text.py" line="169"/>
        <source>5. The result y: {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../gui/presets.py" line="42"/>
        <source>Lesson: 2×2, k=3, s=2, p=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="43"/>
        <source>Lesson with output_padding=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="44"/>
        <source>k=3, s=2: uneven overlap (checkerboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="45"/>
        <source>k=4, s=2, p=1: even overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="46"/>
        <source>Dilation 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="47"/>
        <source>Padding &gt; k−1: crop (P &lt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/presets.py" line="48"/>
        <source>Rectangular input and kernel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../gui/texts.py" line="26"/>
        <source>input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="27"/>
        <source>kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="28"/>
        <source>stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="29"/>
        <location filename="../../gui/texts.py" line="42"/>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="30"/>
        <source>output_padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="31"/>
        <source>dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="32"/>
        <source>output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="33"/>
        <source>padded size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="40"/>
        <source>input value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="41"/>
        <source>inserted zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="43"/>
        <source>output_padding strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="44"/>
        <source>cropped (P &lt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="50"/>
        <source> (height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="52"/>
        <source> (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="62"/>
        <source>Rule: output_padding must be smaller than stride or dilation, but op = {op}, s = {s}, d = {d}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="73"/>
        <source>Rule: the output size must be at least 1, but (H{m}1)s {m} 2p + d(k{m}1) + op + 1 = {formula}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="79"/>
        <source>{name} must be between {low} and {high} to stay readable, but is {value}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="83"/>
        <source>{name} must be at least 1, but is {value}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="87"/>
        <source>{name} must not be negative, but is {value}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="119"/>
        <source>Input x {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="120"/>
        <source>Zero-inserted {size}
{formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="124"/>
        <source>Padded {size}
{formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="126"/>
        <source>Padded (cropped) {size}
{formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="128"/>
        <source>Output y {size}
{formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="131"/>
        <source>Kernel w {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="132"/>
        <source>Rotated 180° {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="141"/>
        <source>Click an output cell to see its sum, or an input cell to see where it lands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="157"/>
        <source>{taps} kernel taps: {inputs} on input values, {zeros} on zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="166"/>
        <source>x[{r},{c}] = {value} lands on {n} output cells:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
