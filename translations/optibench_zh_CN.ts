<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OptiBench</source>
        <translation>关于 OptiBench</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Hidden size:</source>
        <translation>隐藏层宽度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>层数(&amp;L)：</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>1, 4, 8, 16</source>
        <translation>1, 4, 8, 16</translation>
    </message>
    <message>
        <source>&amp;Warm-up calls:</source>
        <translation>预热调用次数(&amp;W)：</translation>
    </message>
    <message>
        <source>Measured &amp;calls:</source>
        <translation>测量调用次数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Evaluation samples:</source>
        <translation>评估样本数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Torch threads:</source>
        <translation>Torch 线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>B&amp;LAS threads:</source>
        <translation>BLAS 线程数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Quantized engine:</source>
        <translation>量化引擎(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Custom pipelines (strategies joined by +):</source>
        <translation>自定义流水线（用 + 连接策略）：</translation>
    </message>
    <message>
        <source>e.g. simplify+jit_trace</source>
        <translation>例如 simplify+jit_trace</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove pipeline</source>
        <translation>删除流水线(&amp;R)</translation>
    </message>
    <message>
        <source>Tar&amp;get CI of the median:</source>
        <translation>中位数的目标置信区间(&amp;G)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Mi&amp;nimum calls:</source>
        <translation>最少调用次数(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum calls:</source>
        <translation>最多调用次数(&amp;X)：</translation>
    </message>
    <message>
        <source>Time b&amp;udget per method:</source>
        <translation>每个方法的时间预算(&amp;U)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Exclude &amp;outliers from the summaries</source>
        <translation>从汇总中排除离群值(&amp;O)</translation>
    </message>
    <message>
        <source>Mo&amp;del file:</source>
        <translation>模型文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>A TorchScript file is code: opening and running it executes it with your rights. Open only files you trust.</source>
        <translation>TorchScript 文件是代码：打开和运行它会以你的权限执行其中的代码。只打开你信任的文件。</translation>
    </message>
    <message>
        <source>Model inputs</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <source>Call time&amp;out (s):</source>
        <translation>调用超时（秒）(&amp;O)：</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto（自动）</translation>
    </message>
    <message>
        <source>Worker &amp;memory limit (MiB):</source>
        <translation>工作进程内存上限（MiB）(&amp;M)：</translation>
    </message>
    <message>
        <source>Worker C&amp;PU-time limit (s):</source>
        <translation>工作进程 CPU 时间上限（秒）(&amp;P)：</translation>
    </message>
    <message>
        <source>For&amp;ks (worker processes):</source>
        <translation>进程数（工作进程）(&amp;K)：</translation>
    </message>
    <message>
        <source>Max fo&amp;rks:</source>
        <translation>最多进程数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Profile each method (where the time goes)</source>
        <translation>剖析每个方法的耗时分布(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Add up per &amp;operator</source>
        <translation>按算子汇总(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>比较(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>与(&amp;W)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inference optimization workbench</source>
        <translation>推理优化工作台</translation>
    </message>
    <message>
        <source>A saved session (.json) to open.</source>
        <translation>要打开的已保存会话（.json）。</translation>
    </message>
    <message>
        <source>Keep settings in this INI file.</source>
        <translation>将设置保存在此 INI 文件中。</translation>
    </message>
    <message>
        <source>Run the screenshot sequence, save PNGs to this directory and quit.</source>
        <translation>运行截图流程，将 PNG 保存到此目录后退出。</translation>
    </message>
    <message>
        <source>Screenshot mode: the session shown for the failure shot.</source>
        <translation>截图模式：失败截图所显示的会话。</translation>
    </message>
    <message>
        <source>Use a dark palette (to check the dark mode where the system has none).</source>
        <translation>使用深色配色（用于在系统没有深色模式时检查深色模式）。</translation>
    </message>
    <message>
        <source>Show the workbench in this language for this start (zh_CN or en).</source>
        <translation>本次启动以此语言显示工作台（zh_CN 或 en）。</translation>
    </message>
</context>
<context>
    <name>ob</name>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>一个可读的文件</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>is too large (%1 bytes)</source>
        <translation>太大（%1 字节）</translation>
    </message>
    <message>
        <source>files up to %1 bytes</source>
        <translation>不超过 %1 字节的文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>a UTF-8 JSON file</source>
        <translation>一个 UTF-8 编码的 JSON 文件</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>a JSON object with the keys of the command-line options</source>
        <translation>一个以命令行选项为键的 JSON 对象</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>一个文件路径</translation>
    </message>
    <message>
        <source>a writable file path</source>
        <translation>一个可写的文件路径</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>不可写</translation>
    </message>
    <message>
        <source>is in a directory that does not exist</source>
        <translation>所在目录不存在</translation>
    </message>
    <message>
        <source>is in a directory that is not writable</source>
        <translation>所在目录不可写</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Every method on the default model (hidden 256, 7 layers), batches 1, 4, 8, 16.</source>
        <translation>在默认模型（隐藏层宽度 256，7 层）上运行所有方法，批量大小 1、4、8、16。</translation>
    </message>
    <message>
        <source>Seed experiment</source>
        <translation>原始实验</translation>
    </message>
    <message>
        <source>The seed report&apos;s table, measured here: the original model with eager, dynamic int8, JIT trace and the &quot;optimized&quot; pipeline.</source>
        <translation>在本机重新测量原始报告中的表格：原始模型分别使用 eager、动态 int8 量化、JIT 跟踪和“优化”流水线。</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Few iterations and two batch sizes, for a first look.</source>
        <translation>少量迭代、两种批量大小，用于初步查看。</translation>
    </message>
    <message>
        <source>is not an integer</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>a comma-separated list of integers %1, e.g. 1,4,8,16</source>
        <translation>以逗号分隔的整数列表 %1，例如 1,4,8,16</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not an integer</source>
        <translation>包含“%1”，它不是整数</translation>
    </message>
    <message>
        <source>contains %1, which is out of range</source>
        <translation>包含 %1，它超出范围</translation>
    </message>
    <message>
        <source>&quot;all&quot; or a comma-separated list of: %1</source>
        <translation>“all”或以逗号分隔的以下各项：%1</translation>
    </message>
    <message>
        <source>is not of the form key=value</source>
        <translation>不是 key=value 的形式</translation>
    </message>
    <message>
        <source>key=value with a strategy option key</source>
        <translation>key=value，其中 key 为策略选项</translation>
    </message>
    <message>
        <source>is not a configuration key</source>
        <translation>不是配置项</translation>
    </message>
    <message>
        <source>is not a non-negative integer</source>
        <translation>不是非负整数</translation>
    </message>
    <message>
        <source>is not a valid choice</source>
        <translation>不是有效的选项</translation>
    </message>
    <message>
        <source>is %1, not an integer</source>
        <translation>是 %1，而不是整数</translation>
    </message>
    <message>
        <source>is %1, not a string</source>
        <translation>是 %1，而不是字符串</translation>
    </message>
    <message>
        <source>is %1, not a method id</source>
        <translation>是 %1，而不是方法 id</translation>
    </message>
    <message>
        <source>is %1, not a list</source>
        <translation>是 %1，而不是列表</translation>
    </message>
    <message>
        <source>a JSON array or a comma-separated string</source>
        <translation>一个 JSON 数组或以逗号分隔的字符串</translation>
    </message>
    <message>
        <source>is %1, not an object</source>
        <translation>是 %1，而不是对象</translation>
    </message>
    <message>
        <source>an object of strategy option keys and values</source>
        <translation>一个由策略选项键和值组成的对象</translation>
    </message>
    <message>
        <source>&quot;all&quot; or pipelines a+b+c of: %1</source>
        <translation>“all”或由以下策略组成的流水线 a+b+c：%1</translation>
    </message>
    <message>
        <source>is not a method</source>
        <translation>不是方法</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not a strategy</source>
        <translation>包含“%1”，它不是策略</translation>
    </message>
    <message>
        <source>The run was cancelled before this step finished.</source>
        <translation>此步骤完成前运行已被取消。</translation>
    </message>
    <message>
        <source>Run the method again.</source>
        <translation>重新运行该方法。</translation>
    </message>
    <message>
        <source>The pipeline names a strategy &quot;{strategy}&quot; that this build does not have.</source>
        <translation>流水线中的策略“{strategy}”在此构建中不存在。</translation>
    </message>
    <message>
        <source>Choose a method from the list of strategies.</source>
        <translation>请从策略列表中选择方法。</translation>
    </message>
    <message>
        <source>The method produced NaN or Inf values; its score and fidelity are not meaningful.</source>
        <translation>该方法产生了 NaN 或 Inf 值；其推理分数和保真度没有意义。</translation>
    </message>
    <message>
        <source>Check the quantization scales or use a wider data type.</source>
        <translation>请检查量化缩放因子，或使用更宽的数据类型。</translation>
    </message>
    <message>
        <source>The method ran, but its outputs do not follow eager&apos;s: logit cosine {cosine} is below {threshold}. Its latency is not a fair comparison.</source>
        <translation>该方法能运行，但输出与 eager 不一致：logit 余弦相似度 {cosine} 低于 {threshold}。其推理时间不能用于公平比较。</translation>
    </message>
    <message>
        <source>Check the quantization scales or the engine; compare with another engine.</source>
        <translation>请检查量化缩放因子或量化引擎；可与其他引擎比较。</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>not an OptiBench run: the top level is not a JSON object</source>
        <translation>不是 OptiBench 运行结果：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>schema %1 is newer than this OptiBench understands (%2)</source>
        <translation>模式 %1 比此版本 OptiBench 能理解的（%2）更新</translation>
    </message>
    <message>
        <source>not an OptiBench run: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>不是 OptiBench 运行结果：模式为“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>the run has no &quot;config&quot; object</source>
        <translation>运行结果中没有 &quot;config&quot; 对象</translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation>config：%1</translation>
    </message>
    <message>
        <source>the run has no &quot;results&quot; array</source>
        <translation>运行结果中没有 &quot;results&quot; 数组</translation>
    </message>
    <message>
        <source>a result is not a JSON object</source>
        <translation>某个结果不是 JSON 对象</translation>
    </message>
    <message>
        <source>a result has no &quot;method&quot;</source>
        <translation>某个结果没有 &quot;method&quot;</translation>
    </message>
    <message>
        <source>result %1 has a batch entry without a valid &quot;batch&quot; size</source>
        <translation>结果 %1 中有一个批次条目没有有效的 &quot;batch&quot; 大小</translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>ok, flagged: %1</source>
        <translation>正常，已标记：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>cancelled (this batch finished)</source>
        <translation>已取消（本批次已完成）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>推理时间 (ms)</translation>
    </message>
    <message>
        <source>jitter (ms)</source>
        <translation>波动 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>推理分数</translation>
    </message>
    <message>
        <source>fidelity</source>
        <translation>保真度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>解决：</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>The run was cancelled; finished results are kept.</source>
        <translation>运行已取消；已完成的结果会保留。</translation>
    </message>
    <message>
        <source>%1: %2 %3; allowed: %4</source>
        <translation>%1：%2 %3；允许：%4</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>估计 %1</translation>
    </message>
    <message>
        <source>exceeds the available memory of %1 (%2)</source>
        <translation>超过可用内存 %1（%2）</translation>
    </message>
    <message>
        <source>a run that fits in %1: fewer or smaller layers (hidden, layers), fewer methods, smaller batches, fewer iterations or eval-samples</source>
        <translation>一次能放进 %1 的运行：更少或更小的层（hidden、layers）、更少的方法、更小的批量、更少的迭代次数或评估样本数（eval-samples）</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1, or auto</source>
        <translation>%1，或 auto</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation>不是布尔值</translation>
    </message>
    <message>
        <source>is %1, not a number</source>
        <translation>是 %1，而不是数字</translation>
    </message>
    <message>
        <source>is %1, not a boolean</source>
        <translation>是 %1，而不是布尔值</translation>
    </message>
    <message>
        <source>Over the evaluation set: logit cosine {cosine}, argmax agreement {argmax} %, max |Δ score| {max_error}.</source>
        <translation>在评估集上：logit 余弦相似度 {cosine}，argmax 一致率 {argmax} %，最大 |Δ 推理分数| {max_error}。</translation>
    </message>
    <message>
        <source>The model&apos;s output mixes Python ints with tensors (an int such as a strategy id, or a list of int step ids and Tensor states, inside a nested dict). The tracer records tensor operations only: it can neither type nor follow such an output.</source>
        <translation>模型的输出在嵌套 dict 中混合了 Python int 和张量（例如策略 id 这样的 int，或由 int 步骤 id 与 Tensor 状态组成的列表）。跟踪器只记录张量运算：它既无法推断这种输出的类型，也无法跟踪它。</translation>
    </message>
    <message>
        <source>Here: {outputs}.</source>
        <translation>此处：{outputs}。</translation>
    </message>
    <message>
        <source>This model&apos;s path depends on its input, so script it: simplify_outputs+jit_script (or jit_script, which types the nested dict as Dict[str, Any]). A trace of the simplified outputs would freeze one path.</source>
        <translation>该模型的执行路径取决于输入，因此请使用脚本化：simplify_outputs+jit_script（或 jit_script，它把嵌套 dict 的类型定为 Dict[str, Any]）。对简化后的输出做跟踪会固定住其中一条路径。</translation>
    </message>
    <message>
        <source>Flatten the outputs into a tuple of tensors before tracing (simplify_outputs+jit_trace), or script the model (jit_script). Tracing is only right if no loop or branch depends on the input.</source>
        <translation>跟踪前先把输出展平为张量元组（simplify_outputs+jit_trace），或对模型做脚本化（jit_script）。只有当没有循环或分支依赖输入时，跟踪的结果才是正确的。</translation>
    </message>
    <message>
        <source>The model returns a dict. In strict mode (the default) the tracer refuses dicts, because their structure could change with the input.</source>
        <translation>模型返回一个 dict。在严格模式（默认）下跟踪器拒绝 dict，因为它的结构可能随输入变化。</translation>
    </message>
    <message>
        <source>An output of the traced function does not depend on its input as far as the tracer can see: typically an int computed with .item() and turned back into a tensor, or a constant.</source>
        <translation>在跟踪器看来，被跟踪函数的某个输出不依赖于输入：通常是用 .item() 算出后又转回张量的 int，或是一个常量。</translation>
    </message>
    <message>
        <source>Leave such values out of the traced outputs (simplify_outputs drops ints) or compute them with tensor operations; or use jit_script.</source>
        <translation>把这类值从跟踪的输出中去掉（simplify_outputs 会丢弃 int），或用张量运算计算它们；也可以使用 jit_script。</translation>
    </message>
    <message>
        <source>The tracer met a weight that requires grad. It bakes weights into the graph as constants and refuses ones that require grad (in C++, a NoGradGuard is not enough).</source>
        <translation>跟踪器遇到了一个 requires_grad 的权重。跟踪器会把权重作为常量固化到计算图中，并拒绝需要梯度的权重（在 C++ 中，仅有 NoGradGuard 是不够的）。</translation>
    </message>
    <message>
        <source>Set requires_grad to false on every parameter before tracing (OptiBench&apos;s jit_trace does).</source>
        <translation>跟踪前把每个参数的 requires_grad 设为 false（OptiBench 的 jit_trace 会这样做）。</translation>
    </message>
    <message>
        <source>The trace recorded one path through the model and replays it for every input. This model&apos;s path depends on its input (how many reasoning steps, which strategy branch), so inputs that take another path get wrong answers.</source>
        <translation>跟踪只记录了模型中的一条路径，并对每个输入重放这条路径。该模型的路径取决于输入（推理步数、走哪个策略分支），因此走其他路径的输入会得到错误的结果。</translation>
    </message>
    <message>
        <source>The example input&apos;s path: {path}.</source>
        <translation>示例输入的路径：{path}。</translation>
    </message>
    <message>
        <source>The trace froze data-dependent control flow; use jit_script.</source>
        <translation>跟踪固定了依赖数据的控制流；请使用 jit_script。</translation>
    </message>
    <message>
        <source>Use jit_script (simplify_outputs+jit_script when the outputs must be tensors): scripting keeps the loops and branches, so every input takes its own path.</source>
        <translation>请使用 jit_script（输出必须是张量时用 simplify_outputs+jit_script）：脚本化会保留循环和分支，每个输入都走自己的路径。</translation>
    </message>
    <message>
        <source>TorchScript typed a list from its first use (List[Tensor] or List[int]) and then met an element of the other type: the model keeps int step ids and Tensor states in one list.</source>
        <translation>TorchScript 按列表的首次使用推断了其类型（List[Tensor] 或 List[int]），随后又遇到了另一种类型的元素：模型把 int 步骤 id 和 Tensor 状态放在了同一个列表中。</translation>
    </message>
    <message>
        <source>Annotate the list as List[Any] (and the dict holding it as Dict[str, Any]); TorchScript 1.13 accepts them, and OptiBench&apos;s jit_script does this. Or drop the ints: simplify_outputs+jit_script.</source>
        <translation>把该列表标注为 List[Any]（并把包含它的 dict 标注为 Dict[str, Any]）；TorchScript 1.13 接受这种写法，OptiBench 的 jit_script 就是这样做的。或者去掉这些 int：simplify_outputs+jit_script。</translation>
    </message>
    <message>
        <source>TorchScript cannot compile a Python construct the model uses (a builtin, a library call or a syntax it does not support).</source>
        <translation>TorchScript 无法编译模型使用的某个 Python 结构（它不支持的内置函数、库调用或语法）。</translation>
    </message>
    <message>
        <source>Rewrite that line with torch operations TorchScript knows; until then, compare the eager model and, if its path never depends on the input, a trace.</source>
        <translation>用 TorchScript 支持的 torch 运算改写那一行；在此之前，可比较 eager 模型，以及（如果其路径从不依赖输入）跟踪得到的模型。</translation>
    </message>
    <message>
        <source>With CPU fusion switched on, the TensorExpr (NNC) fuser formed fusion groups, but this LibTorch build has no LLVM backend to compile them, and NNC requires LLVM on CPU by default.</source>
        <translation>开启 CPU 融合后，TensorExpr（NNC）融合器生成了融合组，但此 LibTorch 构建没有 LLVM 后端来编译它们，而 NNC 在 CPU 上默认需要 LLVM。</translation>
    </message>
    <message>
        <source>This needs the model as TorchScript. OptiBench writes TorchScript for the original model and the residual MLP (each optionally behind simplify_outputs); the form the model has at this point of the pipeline (e.g. quantized or native kernels) has none.</source>
        <translation>此步骤需要 TorchScript 形式的模型。OptiBench 能为原始模型和残差 MLP（均可在 simplify_outputs 之后）生成 TorchScript；模型在流水线此处的形式（例如量化模型或原生内核）没有 TorchScript 形式。</translation>
    </message>
    <message>
        <source>Put the JIT or Compile step before the steps that lower the model, or add one (e.g. jit_script) to a method that has none.</source>
        <translation>把 JIT 或编译步骤放在降低模型形式的步骤之前，或者为没有这类步骤的方法加上一个（例如 jit_script）。</translation>
    </message>
    <message>
        <source>The module was frozen while in training mode.</source>
        <translation>模块在训练模式下被冻结。</translation>
    </message>
    <message>
        <source>Call eval() on the module before freezing it.</source>
        <translation>冻结前先对模块调用 eval()。</translation>
    </message>
    <message>
        <source>simplify replaced the model by the simplified architecture, distilled from it in {seconds} s ({steps} training steps): an approximation, not the same model.</source>
        <translation>simplify 用简化架构替换了模型，该架构在 {seconds} 秒内（{steps} 个训练步）从原模型蒸馏得到：这是近似，不是同一个模型。</translation>
    </message>
    <message>
        <source>Its speed is bought with these answers.</source>
        <translation>它的速度是以这些结果为代价换来的。</translation>
    </message>
    <message>
        <source>Calls stalled for whole multiples of the {tick} ms scheduler tick at batch {batches}: {threads} LibTorch threads and {blas_threads} OpenBLAS threads compete for {cores} logical cores, and a thread that loses its core waits for the next tick. These latencies measure the scheduler, not the method.</source>
        <translation>批量大小为 {batches} 时，调用停顿了 {tick} ms 调度周期的整数倍：{threads} 个 LibTorch 线程和 {blas_threads} 个 OpenBLAS 线程争用 {cores} 个逻辑核心，失去核心的线程要等到下一个调度周期。这些推理时间测的是调度器，而不是方法本身。</translation>
    </message>
    <message>
        <source>OPENBLAS_CORETYPE={forced} makes OpenBLAS use its {core} ({kernel_isa}) kernels although this CPU supports {cpu_isa}. Every LibTorch linear layer goes through these older kernels; in this run eager took {ratio} times as long as native_fp32, which does not use OpenBLAS.</source>
        <translation>OPENBLAS_CORETYPE={forced} 使 OpenBLAS 使用其 {core}（{kernel_isa}）内核，尽管此 CPU 支持 {cpu_isa}。LibTorch 的每个线性层都经过这些较旧的内核；在本次运行中，eager 的耗时是不使用 OpenBLAS 的 native_fp32 的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Unset OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) before starting OptiBench: OpenBLAS reads them once, when it loads.</source>
        <translation>启动 OptiBench 之前取消设置 OPENBLAS_CORETYPE（以及 OPENBLAS_L2_SIZE）：OpenBLAS 只在加载时读取一次。</translation>
    </message>
    <message>
        <source>The native kernels were asked for the {isa} instruction set, which this CPU or this build does not have (available: {available}).</source>
        <translation>原生内核被要求使用 {isa} 指令集，但此 CPU 或此构建不支持（可用：{available}）。</translation>
    </message>
    <message>
        <source>The native kernels run Linear/ReLU/residual chains only, and this model&apos;s layers do not have the shapes of one.</source>
        <translation>原生内核只运行 Linear/ReLU/残差链，而该模型的层不具备这种结构。</translation>
    </message>
    <message>
        <source>Use a LibTorch method (eager, a JIT or quantization strategy) for this model.</source>
        <translation>对该模型请使用 LibTorch 方法（eager、JIT 或量化策略）。</translation>
    </message>
    <message>
        <source>No quantized engine is selected (NoQEngine), so LibTorch has no kernel for {op}. This is the seed&apos;s failure. This build supports: {supported}.</source>
        <translation>没有选择量化引擎（NoQEngine），因此 LibTorch 没有 {op} 的内核。这正是原始报告中的失败。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>This LibTorch build has no {ENGINE} quantized engine (FBGEMM and X86 come with the official x86 builds; Debian&apos;s LibTorch has neither). This build supports: {supported}.</source>
        <translation>此 LibTorch 构建没有 {ENGINE} 量化引擎（FBGEMM 和 X86 随官方 x86 构建提供；Debian 的 LibTorch 两者都没有）。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>Choose an engine this build has: {supported}.</source>
        <translation>请选择此构建具备的引擎：{supported}。</translation>
    </message>
    <message>
        <source>fp16 weights ({op}) are implemented by FBGEMM only; the {ENGINE} engine has no fp16 kernels. This build supports: {supported}.</source>
        <translation>fp16 权重（{op}）只由 FBGEMM 实现；{ENGINE} 引擎没有 fp16 内核。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>fp16 weights ({op}) are implemented by FBGEMM only, and this LibTorch was built without FBGEMM. This build supports: {supported}.</source>
        <translation>fp16 权重（{op}）只由 FBGEMM 实现，而此 LibTorch 构建不含 FBGEMM。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>There is no 16-bit quantized dtype in LibTorch (its quantized dtypes are {dtypes}), so the seed&apos;s quantize_dynamic(..., qint16) fallback could never have worked.</source>
        <translation>LibTorch 没有 16 位量化数据类型（它的量化数据类型为 {dtypes}），因此原始报告中 quantize_dynamic(..., qint16) 的回退方案从来不可能成功。</translation>
    </message>
    <message>
        <source>Use dynamic_int8 (or bf16 for 16-bit weights).</source>
        <translation>请使用 dynamic_int8（16 位权重请使用 bf16）。</translation>
    </message>
    <message>
        <source>The quantized operation {op} has no kernel for tensors of the {backend} backend (a float tensor given to a quantized op, or the reverse). This build supports: {supported}.</source>
        <translation>量化运算 {op} 没有针对 {backend} 后端张量的内核（把浮点张量传给了量化运算，或者相反）。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>The quantized operation {op} cannot run on the {ENGINE} engine: the engine lacks this kernel or this input type. This build supports: {supported}.</source>
        <translation>量化运算 {op} 无法在 {ENGINE} 引擎上运行：该引擎缺少此内核或不支持此输入类型。此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>Try another quantized engine, or keep this layer in fp32.</source>
        <translation>请尝试其他量化引擎，或让这一层保持 fp32。</translation>
    </message>
    <message>
        <source>{strategy} rewrites the Linear/ReLU/residual chain of the simplified model; the model at this step ({model}) does not expose one.</source>
        <translation>{strategy} 会改写简化模型的 Linear/ReLU/残差链；此步骤的模型（{model}）不提供这种结构。</translation>
    </message>
    <message>
        <source>{method} is slower than eager by more than 10% at batch {batches} (median latency {ratios} × eager&apos;s). The whole model does only about {mflop} MFLOP per sample, so quantizing and dequantizing the activations and the per-op overhead of the quantized kernels cost more than the int8 arithmetic saves.</source>
        <translation>批量大小为 {batches} 时，{method} 比 eager 慢 10% 以上（推理时间中位数为 eager 的 {ratios} 倍）。整个模型每个样本只有约 {mflop} MFLOP 的计算量，因此激活的量化与反量化以及量化内核的逐运算开销，超过了 int8 运算节省的时间。</translation>
    </message>
    <message>
        <source>a batch entry has no valid &quot;batch&quot; size</source>
        <translation>某个批次条目没有有效的 &quot;batch&quot; 大小</translation>
    </message>
    <message>
        <source>  batch %1: seed %2 ms -&gt; %3 ms (%4 faster); measured here %5 ms -&gt; %6 ms (%7 faster)
</source>
        <translation>  批量大小 %1：原始报告 %2 ms -&gt; %3 ms（快 %4）；本机测得 %5 ms -&gt; %6 ms（快 %7）
</translation>
    </message>
    <message>
        <source>The seed&apos;s claim (original model -&gt; &quot;optimized model&quot;, unknown machine) next to this run (mean latency of eager on model %1 -&gt; %2, measured interleaved in the same run):</source>
        <translation>原始报告的结论（原始模型 -&gt;“优化模型”，机器未知）与本次运行的对比（模型 %1 -&gt; %2 上 eager 的平均推理时间，在同一次运行中交替测量）：</translation>
    </message>
    <message>
        <source>  The optimized model&apos;s answers against eager: logit cosine %1, argmax agreement %2 %; the seed did not measure this.</source>
        <translation>  优化模型相对 eager 的结果：logit 余弦相似度 %1，argmax 一致率 %2 %；原始报告没有测量这一项。</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1，批量大小 %2</translation>
    </message>
    <message>
        <source>%1 faster</source>
        <translation>快 %1</translation>
    </message>
    <message>
        <source>%1 slower</source>
        <translation>慢 %1</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>（无变化）</translation>
    </message>
    <message>
        <source>(higher)</source>
        <translation>（更高）</translation>
    </message>
    <message>
        <source>(lower)</source>
        <translation>（更低）</translation>
    </message>
    <message>
        <source>Timer: resolution %1 ns; a timed empty call costs %2 ns.</source>
        <translation>计时器：分辨率 %1 ns；一次计时的空调用耗时 %2 ns。</translation>
    </message>
    <message>
        <source>Length: adaptive, until the 95% CI of each median is within %1%2% (%3..%4 calls, at most %5 s per method and batch).</source>
        <translation>测量长度：自适应，直到每个中位数的 95% 置信区间在 %1%2% 以内（%3..%4 次调用，每个方法和批量大小最多 %5 秒）。</translation>
    </message>
    <message>
        <source>load %1 before, %2 after on %3 CPUs</source>
        <translation>负载：测量前 %1，测量后 %2（%3 个 CPU）</translation>
    </message>
    <message>
        <source>CPU %1 MHz before, %2 MHz after</source>
        <translation>CPU 频率：测量前 %1 MHz，测量后 %2 MHz</translation>
    </message>
    <message>
        <source>other processes used %1 of the machine</source>
        <translation>其他进程占用了机器的 %1</translation>
    </message>
    <message>
        <source>steal %1</source>
        <translation>CPU 被抢占（steal）%1</translation>
    </message>
    <message>
        <source>Machine: %1.</source>
        <translation>机器：%1。</translation>
    </message>
    <message>
        <source>no load figures on this platform</source>
        <translation>此平台没有负载数据</translation>
    </message>
    <message>
        <source>Warning: the machine was busy during the measurement; latencies are noisier and slower than on an idle machine. Ratios measured in this run remain comparable.</source>
        <translation>警告：测量期间机器较忙；推理时间比空闲机器上波动更大、更慢。本次运行中测得的比值仍可相互比较。</translation>
    </message>
    <message>
        <source>%1: stopped by the %2 with the CI of the median at %3%4 (target %3%5%).</source>
        <translation>%1：因达到%2而停止，此时中位数的置信区间为 %3%4（目标 %3%5%）。</translation>
    </message>
    <message>
        <source>maximum number of calls</source>
        <translation>最大调用次数</translation>
    </message>
    <message>
        <source>time budget</source>
        <translation>时间预算</translation>
    </message>
    <message>
        <source>%1: timed in blocks of %2 calls (one call is shorter than %3%4 the cost of a timed empty call); samples are per-call means of a block.</source>
        <translation>%1：按每块 %2 次调用计时（单次调用短于一次计时空调用开销的 %3%4）；样本为每块的单次调用平均值。</translation>
    </message>
    <message>
        <source>Outliers (beyond median %1 %2%3 1.4826 MAD): %4.</source>
        <translation>离群值（超出中位数 %1 %2%3 1.4826 MAD）：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: not significantly different from eager (Mann-Whitney p &gt;= 0.05, or the 95% CI of the ratio contains 1).</source>
        <translation>%1：与 eager 无显著差异（Mann-Whitney p &gt;= 0.05，或比值的 95% 置信区间包含 1）。</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2: not both are in the run.</source>
        <translation>无法比较 %1 与 %2：它们并非都在本次运行中。</translation>
    </message>
    <message>
        <source>%1 against %2 (ratio of medians, 95% CI, Mann-Whitney p):</source>
        <translation>%1 对比 %2（中位数之比，95% 置信区间，Mann-Whitney p）：</translation>
    </message>
    <message>
        <source>no batch size was measured for both</source>
        <translation>没有两者都测量过的批量大小</translation>
    </message>
    <message>
        <source>batch %1: %2, p = %3</source>
        <translation>批量大小 %1：%2，p = %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Setup of each method (the steps of its pipeline, then the first call):</source>
        <translation>各方法的准备过程（流水线的各步骤，然后是首次调用）：</translation>
    </message>
    <message>
        <source>setup %1</source>
        <translation>准备 %1</translation>
    </message>
    <message>
        <source>not steady</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>median (ms)</source>
        <translation>中位数 (ms)</translation>
    </message>
    <message>
        <source>vs eager</source>
        <translation>相对 eager</translation>
    </message>
    <message>
        <source>roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>roofline: % of the least time this core allows (%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM), at the median latency.</source>
        <translation>屋顶线：按推理时间中位数计算，达到此核心所允许最短时间的百分比（fp32 %1 GFLOP/s，int8 %2 GOP/s；L1 / L2 / L3 / DRAM 读带宽 %3 / %4 / %5 / %6 GB/s）。</translation>
    </message>
    <message>
        <source>not an OptiBench journal: the first line is not a run_started event</source>
        <translation>不是 OptiBench 运行记录：第一行不是 run_started 事件</translation>
    </message>
    <message>
        <source>journal schema %1 is newer than this OptiBench understands (%2)</source>
        <translation>运行记录模式 %1 比此版本 OptiBench 能理解的（%2）更新</translation>
    </message>
    <message>
        <source>not an OptiBench journal: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>不是 OptiBench 运行记录：模式为“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>the journal&apos;s run header is unreadable: %1</source>
        <translation>运行记录的运行头无法读取：%1</translation>
    </message>
    <message>
        <source>not an OptiBench journal: it has no run_started line</source>
        <translation>不是 OptiBench 运行记录：没有 run_started 行</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: is being written by another run (process %2)</source>
        <translation>%1：正被另一次运行写入（进程 %2）</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <source>OptiBench version</source>
        <translation>OptiBench 版本</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Git 提交</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>构建类型</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>编译器</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>LibTorch version</source>
        <translation>LibTorch 版本</translation>
    </message>
    <message>
        <source>Parallel backend</source>
        <translation>并行后端</translation>
    </message>
    <message>
        <source>Intra-op threads</source>
        <translation>算子内线程数</translation>
    </message>
    <message>
        <source>Inter-op threads</source>
        <translation>算子间线程数</translation>
    </message>
    <message>
        <source>Quantized engines supported</source>
        <translation>支持的量化引擎</translation>
    </message>
    <message>
        <source>Quantized engine selected</source>
        <translation>选用的量化引擎</translation>
    </message>
    <message>
        <source>BLAS library</source>
        <translation>BLAS 库</translation>
    </message>
    <message>
        <source>BLAS core type</source>
        <translation>BLAS 核心类型</translation>
    </message>
    <message>
        <source>BLAS configuration</source>
        <translation>BLAS 配置</translation>
    </message>
    <message>
        <source>BLAS threads</source>
        <translation>BLAS 线程数</translation>
    </message>
    <message>
        <source>OPENBLAS_CORETYPE (environment)</source>
        <translation>OPENBLAS_CORETYPE（环境变量）</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <source>Logical cores</source>
        <translation>逻辑核心数</translation>
    </message>
    <message>
        <source>compute</source>
        <comment>roofline: bound by arithmetic</comment>
        <translation>计算</translation>
    </message>
    <message>
        <source>Other build features</source>
        <translation>其他构建特性</translation>
    </message>
    <message>
        <source>Put {strategy} first in the pipeline, on the simplified model; on the original model, distill it into the simplified architecture first: simplify+{strategy}.</source>
        <translation>请把 {strategy} 放在流水线的第一步，作用于简化模型；对于原始模型，先把它蒸馏为简化结构：simplify+{strategy}。</translation>
    </message>
    <message>
        <source>a TorchScript file (torch::jit::save archive, e.g. written by optibench-cli run --save-model) of at most 2 GiB</source>
        <translation>不超过 2 GiB 的 TorchScript 文件（torch::jit::save 存档，例如由 optibench-cli run --save-model 写出）</translation>
    </message>
    <message>
        <source>is missing: model torchscript is loaded from a file</source>
        <translation>缺失：模型 torchscript 需要从文件加载</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>是目录，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot be read (no permission)</source>
        <translation>无法读取（没有权限）</translation>
    </message>
    <message>
        <source>is not a TorchScript model file (torch::jit::save archive); LibTorch: %1</source>
        <translation>不是 TorchScript 模型文件（torch::jit::save 存档）；LibTorch：%1</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>{method} ran at {efficiency}% of its {limit} bound at batch {batches}: faster than the machine&apos;s roofs allow, so the roofs are too low. They were measured at {measured} with a load average of {load}; other work on the machine takes bandwidth and cores from the measurement. The efficiencies and the roofline chart of this run are not trustworthy.</source>
        <translation>{method} 在批量大小 {batches} 时达到其 {limit} 上限的 {efficiency}%：比本机性能上限允许的还快，说明上限测得过低。它们测量于 {measured}，当时负载均值为 {load}；机器上的其他工作会占用测量所需的带宽和核心。本次运行的效率和 屋顶线图不可信。</translation>
    </message>
    <message>
        <source>is not a valid input spec: %1</source>
        <translation>不是有效的输入规格：%1</translation>
    </message>
    <message>
        <source>it has %1 parts separated by &apos;:&apos;; a spec has at most three (name, dimensions, dtype)</source>
        <translation>它有 %1 个以“:”分隔的部分；一个规格最多三部分（名称、维度、数据类型）</translation>
    </message>
    <message>
        <source>the name before &apos;:&apos; is empty (leave NAME: out to go by position)</source>
        <translation>“:”之前的名称为空（按位置对应时请省略 NAME:）</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; is not an identifier (names must be identifiers: letters, digits and _, not starting with a digit)</source>
        <translation>名称“%1”不是标识符（名称必须是标识符：由字母、数字和 _ 组成，且不以数字开头）</translation>
    </message>
    <message>
        <source>a range follows the dtype, as in ids:B,24:int64[0,1000)</source>
        <translation>取值范围要写在数据类型之后，例如 ids:B,24:int64[0,1000)</translation>
    </message>
    <message>
        <source>the dimensions are missing</source>
        <translation>缺少维度</translation>
    </message>
    <message>
        <source>dimension %1 is a second B: at most one dimension is the batch</source>
        <translation>第 %1 个维度是第二个 B：最多只能有一个维度是批量维</translation>
    </message>
    <message>
        <source>dimension %1 &apos;%2&apos; is not a positive integer or B</source>
        <translation>第 %1 个维度“%2”不是正整数或 B</translation>
    </message>
    <message>
        <source>dimension %1 &apos;%2&apos; is larger than %3</source>
        <translation>第 %1 个维度“%2”大于 %3</translation>
    </message>
    <message>
        <source>the tensor has %1 elements at batch 1, more than %2</source>
        <translation>该张量在批量为 1 时有 %1 个元素，超过了 %2</translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is not an integer</source>
        <translation>范围边界“%1”不是整数</translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is outside %2..%3 for %4</source>
        <translation>范围边界“%1”超出了 %4 的 %2..%3</translation>
    </message>
    <message>
        <source>bool takes no range (its values are 0 and 1)</source>
        <translation>bool 不接受取值范围（其值为 0 和 1）</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is not written [LO,HI) or [LO,HI]</source>
        <translation>范围“%1”的写法不是 [LO,HI) 或 [LO,HI]</translation>
    </message>
    <message>
        <source>an integer range is written [LO,HI) (HI is excluded), e.g. [0,1000)</source>
        <translation>整数范围写作 [LO,HI)（不含 HI），例如 [0,1000)</translation>
    </message>
    <message>
        <source>a float range is written [LO,HI] (HI is included), e.g. [-1,1]</source>
        <translation>浮点范围写作 [LO,HI]（包含 HI），例如 [-1,1]</translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is not a number</source>
        <translation>范围边界“%1”不是数字</translation>
    </message>
    <message>
        <source>an integer range needs LO &lt; HI, e.g. [0,1000)</source>
        <translation>整数范围需要 LO &lt; HI，例如 [0,1000)</translation>
    </message>
    <message>
        <source>a float range needs LO &lt;= HI, e.g. [-1,1]</source>
        <translation>浮点范围需要 LO &lt;= HI，例如 [-1,1]</translation>
    </message>
    <message>
        <source>the dtype after the last &apos;:&apos; is missing</source>
        <translation>最后一个“:”之后缺少数据类型</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not one of %2</source>
        <translation>数据类型“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>[NAME:]DIMS[:DTYPE[RANGE]], one per tensor argument of forward, in order or by NAME: DIMS comma-separated positive integers or B (the batch, at most one); DTYPE float32 (default), float64, bfloat16, int64, int32 or bool; RANGE [LO,HI) for integers, [LO,HI] for floats (none for bool); e.g. x:B,3,224,224 or ids:B,24:int64[0,1000)</source>
        <translation>[NAME:]DIMS[:DTYPE[RANGE]]，forward 的每个张量参数一个，按顺序或按 NAME 对应：DIMS 为逗号分隔的正整数或 B（批量维，最多一个）；DTYPE 为 float32（默认）、float64、bfloat16、int64、int32 或 bool；RANGE 对整数写作 [LO,HI)，对浮点写作 [LO,HI]（bool 没有）；例如 x:B,3,224,224 或 ids:B,24:int64[0,1000)</translation>
    </message>
    <message>
        <source>a file of forward&apos;s inputs written by torch.save or torch::pickle_save, of at most 2 GiB</source>
        <translation>由 torch.save 或 torch::pickle_save 写出的 forward 输入文件，最大 2 GiB</translation>
    </message>
    <message>
        <source>%1; the model: %2</source>
        <translation>%1；该模型：%2</translation>
    </message>
    <message>
        <source>a forward that runs on the inputs and returns tensors or numbers, alone or in tuples, lists and dicts</source>
        <translation>能在这些输入上运行、并返回张量或数值（单独返回，或放在元组、列表和字典中）的 forward</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>an output path as optibench-cli inspect lists it, e.g. logits</source>
        <translation>optibench-cli inspect 所列出的输出路径，例如 logits</translation>
    </message>
    <message>
        <source>is %1, not an input spec</source>
        <translation>是%1，不是输入规格</translation>
    </message>
    <message>
        <source>is %1, not a list of input specs</source>
        <translation>是%1，不是输入规格列表</translation>
    </message>
    <message>
        <source>a JSON array of input specs: %1</source>
        <translation>输入规格的 JSON 数组：%1</translation>
    </message>
    <message>
        <source>(the output)</source>
        <comment>the name of a model&apos;s only output tensor</comment>
        <translation>（唯一的输出）</translation>
    </message>
    <message>
        <source>The outputs of this method drift from eager&apos;s: leaf {leaf} has cosine {cosine} and a largest difference of {max_abs}. The speed-up is not a like-for-like win.</source>
        <translation>该方法的输出偏离了 eager：输出叶 {leaf} 的余弦相似度为 {cosine}，最大差异为 {max_abs}。其加速不是同等条件下的收益。</translation>
    </message>
    <message>
        <source>The outputs of this method drift from eager&apos;s: leaf {leaf} has cosine {cosine} and top-1 agreement {top1}%. The speed-up is not a like-for-like win.</source>
        <translation>该方法的输出偏离了 eager：输出叶 {leaf} 的余弦相似度为 {cosine}，top-1 一致率为 {top1}%。其加速不是同等条件下的收益。</translation>
    </message>
    <message>
        <source>Lower precision, fused or reordered arithmetic, or a traced path that differs from the model&apos;s code changed the answers by more than rounding does.</source>
        <translation>更低的精度、融合或重排的运算，或者与模型代码不同的追踪路径，使结果的变化超出了舍入误差的范围。</translation>
    </message>
    <message>
        <source>Check this method&apos;s answers on your own data before you rely on its speed; keep eager, or choose a method that stays faithful (a wider data type, or no output simplification).</source>
        <translation>在依赖它的速度之前，先用您自己的数据检查该方法的结果；保留 eager，或选择一个与 eager 保持一致的方法（更宽的数据类型，或不做输出简化）。</translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} is missing.</source>
        <translation>该方法的输出结构与 eager 不同：缺少输出叶 {leaf}。</translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} is not among eager&apos;s outputs.</source>
        <translation>该方法的输出结构与 eager 不同：输出叶 {leaf} 不在 eager 的输出中。</translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} has shape {got} here and {expected} in eager.</source>
        <translation>该方法的输出结构与 eager 不同：输出叶 {leaf} 在这里的形状为 {got}，在 eager 中为 {expected}。</translation>
    </message>
    <message>
        <source>Its answers cannot be compared with eager&apos;s, so its speed-up is not a like-for-like win.</source>
        <translation>它的结果无法与 eager 比较，因此其加速不是同等条件下的收益。</translation>
    </message>
    <message>
        <source>Use a method that returns the same outputs as eager: a strategy that rewrites the model (tracing, output simplification) can drop, reorder or reshape outputs.</source>
        <translation>请使用与 eager 返回相同输出的方法：改写模型的策略（追踪、输出简化）可能会丢弃、重排输出或改变其形状。</translation>
    </message>
    <message>
        <source>This method does not apply to this model: {reason}</source>
        <translation>该方法不适用于此模型：{reason}</translation>
    </message>
    <message>
        <source>Nothing to fix: the method is left out of this run, the other methods are measured as usual.</source>
        <translation>无需修复：本次运行不包含该方法，其他方法照常测量。</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>drifted, flagged: %1</source>
        <translation>偏离，已标记：%1</translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Worker process</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>%1, auto or none</source>
        <translation>%1、auto 或 none</translation>
    </message>
    <message>
        <source>The method hung: it did not return within {seconds} s, so its worker process was stopped. The other methods were measured in a new worker.</source>
        <translation>该方法卡住了：{seconds} 秒内没有返回，因此其工作进程被终止。其他方法在新的工作进程中继续测量。</translation>
    </message>
    <message>
        <source>The worker process used up its CPU-time limit of {seconds} s and was stopped.</source>
        <translation>工作进程用完了 {seconds} 秒的 CPU 时间上限，已被终止。</translation>
    </message>
    <message>
        <source>The method crashed its worker process (signal {signal}): a bug in LibTorch, in a strategy or in the model. The other methods were measured in a new worker.</source>
        <translation>该方法使其工作进程崩溃（信号 {signal}）：LibTorch、某个策略或模型中有缺陷。其他方法在新的工作进程中继续测量。</translation>
    </message>
    <message>
        <source>Eager, the model as written, produced NaN or Inf values: the model itself or its inputs cause them, not an optimization. Fidelity against eager means nothing while eager&apos;s outputs are not numbers.</source>
        <translation>eager（即按原样运行的模型）产生了 NaN 或 Inf：原因在模型本身或其输入，而不在某种优化。eager 的输出不是数值时，与 eager 比较的保真度没有意义。</translation>
    </message>
    <message>
        <source>bf16 arithmetic is held to its own roof, %1 GFLOP/s.</source>
        <translation>bf16 运算以其自身的上限衡量：%1 GFLOP/s。</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>If the method is only slow, raise the call timeout in the run&apos;s settings; otherwise leave the method out or fix the model: a loop that never ends, or a wait that is never satisfied.</source>
        <translation>如果该方法只是慢，请在运行设置中调大调用超时；否则请去掉该方法或修复模型：永不结束的循环，或永远等不到的等待。</translation>
    </message>
    <message>
        <source>The method ran out of memory: it asked for more than its worker process may use (the worker memory limit) or than the machine has.</source>
        <translation>该方法内存不足：它申请的内存超过了其工作进程可用的上限（工作进程内存上限）或本机的内存。</translation>
    </message>
    <message>
        <source>Use smaller batch sizes or a smaller model, or raise the worker memory limit if the machine has the memory.</source>
        <translation>请使用更小的批量大小或更小的模型；如果本机内存足够，也可以调大工作进程内存上限。</translation>
    </message>
    <message>
        <source>Raise the worker CPU-time limit, or measure fewer calls.</source>
        <translation>请调大工作进程 CPU 时间上限，或减少测量的调用次数。</translation>
    </message>
    <message>
        <source>Leave this method out, or run it alone to reproduce the crash (with the isolation set to thread it runs inside OptiBench itself, where a debugger can catch it).</source>
        <translation>请去掉该方法，或单独运行它以复现崩溃（隔离方式设为线程时，它在 OptiBench 本身中运行，调试器可以捕获崩溃）。</translation>
    </message>
    <message>
        <source>Check the model&apos;s inputs (their ranges and data types) and its weights; run the model on the same inputs outside OptiBench.</source>
        <translation>请检查模型的输入（取值范围和数据类型）及其权重；并在 OptiBench 之外用同样的输入运行该模型。</translation>
    </message>
    <message>
        <source>%1 failed in this run too.</source>
        <translation>%1 在本次运行中也失败了。</translation>
    </message>
    <message>
        <source>%1 ran at least %2 slower than eager at every batch size of this run.</source>
        <translation>在本次运行的每个批量大小下，%1 都比 eager 慢至少 %2。</translation>
    </message>
    <message>
        <source>This CPU has no bf16 instructions (neither AVX512_BF16 nor AMX): bf16 is emulated and slower than fp32 here.</source>
        <translation>此 CPU 没有 bf16 指令（既无 AVX512_BF16 也无 AMX）：bf16 在这里靠模拟实现，比 fp32 更慢。</translation>
    </message>
    <message>
        <source>This run already used that setting.</source>
        <translation>本次运行已经使用了该设置。</translation>
    </message>
    <message>
        <source>Re-measure the machine</source>
        <translation>重新测量本机</translation>
    </message>
    <message>
        <source>Use %1 and re-run</source>
        <translation>改用 %1 并重新运行</translation>
    </message>
    <message>
        <source>Use the %1 quantized engine and re-run</source>
        <translation>改用 %1 量化引擎并重新运行</translation>
    </message>
    <message numerus="yes">
        <source>Use %n LibTorch thread(s) and re-run</source>
        <translation>
            <numerusform>改用 %n 个 LibTorch 线程并重新运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n OpenBLAS thread(s) and re-run</source>
        <translation>
            <numerusform>改用 %n 个 OpenBLAS 线程并重新运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Let the fuser run without LLVM and re-run</source>
        <translation>让融合器在没有 LLVM 的情况下运行并重新运行</translation>
    </message>
    <message>
        <source>Change %1 to %2 and re-run</source>
        <translation>将 %1 改为 %2 并重新运行</translation>
    </message>
    <message>
        <source>Add simplify_outputs before jit_trace (a tuple of tensors), or trace in non-strict mode (jit_trace_nonstrict: it accepts a flat dict of tensors only), or use jit_script.</source>
        <translation>在 jit_trace 之前加上 simplify_outputs（得到张量元组），或以非严格模式跟踪（jit_trace_nonstrict：只接受扁平的张量 dict），或使用 jit_script。</translation>
    </message>
    <message>
        <source>Let the fuser run without LLVM (NNC then runs the fused groups in its IR interpreter, which is much slower), or use freeze_optimize.</source>
        <translation>让融合器在没有 LLVM 的情况下运行（NNC 会改用其 IR 解释器运行融合组，速度慢得多），或使用 freeze_optimize。</translation>
    </message>
    <message>
        <source>Give the distillation more time (its time budget among the simplify options), or compare with a method that keeps the original model (jit_script, freeze_optimize).</source>
        <translation>给蒸馏更多时间（simplify 选项中的时间预算），或与保留原始模型的方法（jit_script、freeze_optimize）比较。</translation>
    </message>
    <message>
        <source>Run with one LibTorch thread and one OpenBLAS thread, or with fewer threads than free cores.</source>
        <translation>使用一个 LibTorch 线程和一个 OpenBLAS 线程运行，或使线程数少于空闲核心数。</translation>
    </message>
    <message>
        <source>Re-measure the machine while it is idle (Run &gt; Re-measure the machine).</source>
        <translation>在机器空闲时重新测量本机（运行 &gt; 重新测量本机）。</translation>
    </message>
    <message>
        <source>Set the native kernels&apos; instruction set to auto, or to one of the available ones.</source>
        <translation>将原生内核的指令集设为 auto，或设为某个可用的指令集。</translation>
    </message>
    <message>
        <source>Choose the quantized engine {suggested} (or auto) in the run&apos;s settings; this build has: {supported}.</source>
        <translation>在运行设置中选择量化引擎 {suggested}（或 auto）；此构建支持：{supported}。</translation>
    </message>
    <message>
        <source>Choose a quantized engine in the run&apos;s settings (auto picks one of: {supported}).</source>
        <translation>在运行设置中选择一个量化引擎（auto 会从以下引擎中选择：{supported}）。</translation>
    </message>
    <message>
        <source>Use bf16 for 16-bit weights, or a LibTorch built with FBGEMM (the official x86 builds) with the FBGEMM quantized engine.</source>
        <translation>16 位权重请使用 bf16，或使用带 FBGEMM 的 LibTorch（官方 x86 构建）并选择 FBGEMM 量化引擎。</translation>
    </message>
    <message>
        <source>Quantization pays off for larger layers or batches; for a model this small, keep fp32.</source>
        <translation>量化在更大的层或批量上才划算；对这么小的模型，请保持 fp32。</translation>
    </message>
    <message>
        <source>Eager&apos;s latency moved %1 from the first to the last quarter of its measurement, and every speed-up at this batch size is measured against it: they may be off by about that much.</source>
        <translation>eager 的推理时间在测量的第一个四分之一到最后一个四分之一之间变化了 %1，而此批量大小下的每个加速比都以它为基准：它们可能偏差约这么多。</translation>
    </message>
    <message>
        <source>The latency moved %1 from the first to the last quarter of the measurement: as much as half of this method&apos;s difference from eager, so the speed-up may be off by about that much.</source>
        <translation>推理时间在测量的第一个四分之一到最后一个四分之一之间变化了 %1：达到该方法与 eager 差距的一半以上，因此加速比可能偏差约这么多。</translation>
    </message>
    <message>
        <source>Usually the machine was busy, or the method was still warming up (caches, memory, CPU frequency). Close other programs, give it more warm-up calls and run it again.</source>
        <translation>通常是机器繁忙，或该方法仍在预热（缓存、内存、CPU 频率）。请关闭其他程序，增加预热调用次数后重新运行。</translation>
    </message>
    <message>
        <source>cancelled before it finished</source>
        <translation>完成前被取消</translation>
    </message>
    <message>
        <source>a strategy this build does not have</source>
        <translation>此构建没有该策略</translation>
    </message>
    <message>
        <source>its outputs are NaN or Inf</source>
        <translation>输出为 NaN 或 Inf</translation>
    </message>
    <message>
        <source>the model itself gives NaN or Inf</source>
        <translation>模型本身输出 NaN 或 Inf</translation>
    </message>
    <message>
        <source>it hung and was stopped</source>
        <translation>卡住后被终止</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>it used up its CPU-time limit</source>
        <translation>用完了 CPU 时间上限</translation>
    </message>
    <message>
        <source>it crashed its worker process</source>
        <translation>导致工作进程崩溃</translation>
    </message>
    <message>
        <source>its outputs are wrong</source>
        <translation>输出错误</translation>
    </message>
    <message>
        <source>its outputs drift from eager&apos;s</source>
        <translation>输出偏离 eager</translation>
    </message>
    <message>
        <source>its outputs differ in structure from eager&apos;s</source>
        <translation>输出结构与 eager 不同</translation>
    </message>
    <message>
        <source>does not apply to this model</source>
        <translation>不适用于此模型</translation>
    </message>
    <message>
        <source>no quantized engine selected</source>
        <translation>未选择量化引擎</translation>
    </message>
    <message>
        <source>quantized engine missing in this build</source>
        <translation>此构建缺少该量化引擎</translation>
    </message>
    <message>
        <source>no fp16 kernels in this build</source>
        <translation>此构建没有 fp16 内核</translation>
    </message>
    <message>
        <source>LibTorch has no 16-bit quantized type</source>
        <translation>LibTorch 没有 16 位量化类型</translation>
    </message>
    <message>
        <source>a quantized operation cannot run here</source>
        <translation>某个量化运算无法在此运行</translation>
    </message>
    <message>
        <source>needs the simplified model</source>
        <translation>需要简化模型</translation>
    </message>
    <message>
        <source>int8 is slower than eager here</source>
        <translation>int8 在此比 eager 慢</translation>
    </message>
    <message>
        <source>more threads than free cores</source>
        <translation>线程数多于空闲核心</translation>
    </message>
    <message>
        <source>OpenBLAS forced to older kernels</source>
        <translation>OpenBLAS 被强制使用旧内核</translation>
    </message>
    <message>
        <source>faster than the measured roofs</source>
        <translation>快于测得的性能上限</translation>
    </message>
    <message>
        <source>instruction set not available</source>
        <translation>指令集不可用</translation>
    </message>
    <message>
        <source>layers the native kernels cannot run</source>
        <translation>原生内核无法运行这些层</translation>
    </message>
    <message>
        <source>the trace cannot follow the outputs</source>
        <translation>跟踪无法处理该输出</translation>
    </message>
    <message>
        <source>the trace refuses a dict output</source>
        <translation>跟踪拒绝 dict 输出</translation>
    </message>
    <message>
        <source>an output does not depend on the input</source>
        <translation>某个输出不依赖输入</translation>
    </message>
    <message>
        <source>weights that require gradients</source>
        <translation>权重需要梯度</translation>
    </message>
    <message>
        <source>the trace froze one path</source>
        <translation>跟踪固化了一条路径</translation>
    </message>
    <message>
        <source>TorchScript cannot type a mixed list</source>
        <translation>TorchScript 无法为混合列表确定类型</translation>
    </message>
    <message>
        <source>code TorchScript cannot compile</source>
        <translation>TorchScript 无法编译的代码</translation>
    </message>
    <message>
        <source>the fuser needs LLVM</source>
        <translation>融合器需要 LLVM</translation>
    </message>
    <message>
        <source>no TorchScript form at this step</source>
        <translation>此步骤没有 TorchScript 形式</translation>
    </message>
    <message>
        <source>frozen in training mode</source>
        <translation>在训练模式下被冻结</translation>
    </message>
    <message>
        <source>an approximation of the model</source>
        <translation>模型的近似</translation>
    </message>
    <message>
        <source>wrong outputs</source>
        <translation>输出错误</translation>
    </message>
    <message>
        <source>NaN or Inf outputs</source>
        <translation>输出含 NaN 或 Inf</translation>
    </message>
    <message>
        <source>outputs drift</source>
        <translation>输出偏离</translation>
    </message>
    <message>
        <source>frozen path</source>
        <translation>固化路径</translation>
    </message>
    <message>
        <source>approximation</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>too many threads</source>
        <translation>线程过多</translation>
    </message>
    <message>
        <source>old BLAS kernels</source>
        <translation>旧的 BLAS 内核</translation>
    </message>
    <message>
        <source>int8 slower than eager</source>
        <translation>int8 比 eager 慢</translation>
    </message>
    <message>
        <source>above the roofs</source>
        <translation>超出性能上限</translation>
    </message>
    <message>
        <source>no speed-up against eager</source>
        <translation>没有相对 eager 的加速比</translation>
    </message>
    <message>
        <source>%1 eager (%2, 95% CI %3)</source>
        <translation>%1 eager（%2，95% 置信区间 %3）</translation>
    </message>
    <message>
        <source>%1 eager (%2)</source>
        <translation>%1 eager（%2，差异不显著）</translation>
    </message>
    <message>
        <source>%1 faster than eager (95% CI %2)</source>
        <translation>比 eager 快 %1（95% 置信区间 %2）</translation>
    </message>
    <message>
        <source>%1 faster than eager</source>
        <translation>比 eager 快 %1</translation>
    </message>
    <message>
        <source>%1 slower than eager (95% CI %2)</source>
        <translation>比 eager 慢 %1（95% 置信区间 %2）</translation>
    </message>
    <message>
        <source>%1 slower than eager</source>
        <translation>比 eager 慢 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>cosine %1 with eager</source>
        <translation>与 eager 的余弦相似度 %1</translation>
    </message>
    <message>
        <source>%1 to prepare</source>
        <translation>准备用时 %1</translation>
    </message>
    <message>
        <source>NaN or Inf in its outputs</source>
        <translation>输出中有 NaN 或 Inf</translation>
    </message>
    <message>
        <source>cosine %1</source>
        <translation>余弦相似度 %1</translation>
    </message>
    <message>
        <source>top-1 agreement %1%</source>
        <translation>top-1 一致率 %1%</translation>
    </message>
    <message>
        <source>output %1: %2</source>
        <translation>输出 %1：%2</translation>
    </message>
    <message>
        <source>Batch %1: nothing beats eager (%2 ms): it is the fastest faithful method.</source>
        <translation>批量大小 %1：没有方法胜过 eager（%2 毫秒）：它就是最快的保真方法。</translation>
    </message>
    <message>
        <source>Batch %1: fastest faithful: %2, %3 ms (eager was not measured: no speed-up)</source>
        <translation>批量大小 %1：最快的保真方法：%2，%3 毫秒（未测量 eager：没有加速比）</translation>
    </message>
    <message>
        <source>Batch %1: no method is significantly faster than eager; the fastest faithful, %2, is %3.</source>
        <translation>批量大小 %1：没有方法显著快于 eager；最快的保真方法 %2 为 %3。</translation>
    </message>
    <message>
        <source>Batch %1: fastest faithful: %2, %3, %4 ms</source>
        <translation>批量大小 %1：最快的保真方法：%2，%3，%4 毫秒</translation>
    </message>
    <message>
        <source>Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager&apos;s.</source>
        <translation>批量大小 %1：更快但不保真：%2，%3；其输出偏离 eager。</translation>
    </message>
    <message>
        <source>Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager&apos;s: %4.</source>
        <translation>批量大小 %1：更快但不保真：%2，%3；其输出偏离 eager：%4。</translation>
    </message>
    <message>
        <source>Does not apply: %1 (%2)</source>
        <translation>不适用：%1（%2）</translation>
    </message>
    <message>
        <source>Cancelled before it was measured: %1</source>
        <translation>测量前被取消：%1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>没有错误信息</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>运行无法开始：%1</translation>
    </message>
    <message>
        <source>Batch %1: no method with outputs faithful to eager&apos;s was measured.</source>
        <translation>批量大小 %1：没有测量到输出与 eager 保持一致的方法。</translation>
    </message>
    <message>
        <source>Eager was not measured, so there are no speed-ups: add eager to the methods to compare against it.</source>
        <translation>未测量 eager，因此没有加速比：请把 eager 加入方法，以便与之比较。</translation>
    </message>
    <message>
        <source>The run was cancelled: this summary covers the measurements that finished.</source>
        <translation>运行已取消：本摘要只涵盖已完成的测量。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Length: exactly %1 measured calls per method and batch (a fixed count).</source>
        <translation>测量长度：每个方法和批量大小恰好测量 %1 次调用（固定次数）。</translation>
    </message>
    <message>
        <source>%1: not steady. %2</source>
        <translation>%1：不稳定。%2</translation>
    </message>
    <message>
        <source>Outliers are EXCLUDED from the summaries and comparisons (as the run was set up); they stay in the samples.</source>
        <translation>离群值已从汇总和比较中排除（按本次运行的设置）；它们仍保留在样本中。</translation>
    </message>
    <message>
        <source>Outliers are kept in the summaries; the run can be set up to leave them out.</source>
        <translation>汇总中包含离群值；可在运行设置中将其排除。</translation>
    </message>
    <message>
        <source> or </source>
        <comment>alternatives on the command line</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>on the command line:</source>
        <translation>命令行：</translation>
    </message>
    <message>
        <source>fixed count</source>
        <translation>固定次数</translation>
    </message>
    <message>
        <source>CI target met</source>
        <translation>达到置信区间目标</translation>
    </message>
    <message>
        <source>max calls</source>
        <translation>达到最多调用次数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>a TorchScript file</source>
        <translation>TorchScript 文件</translation>
    </message>
    <message>
        <source>adaptive (until the target CI, within the limits below)</source>
        <translation>自适应（直到达到目标置信区间，受下列上限约束）</translation>
    </message>
    <message>
        <source>in the benchmark thread of the application</source>
        <translation>在应用程序的基准测试线程中</translation>
    </message>
    <message>
        <source>in worker processes</source>
        <translation>在工作进程中</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Model inputs</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <source>Example inputs file</source>
        <translation>示例输入文件</translation>
    </message>
    <message>
        <source>Output for top-1 agreement</source>
        <translation>用于 top-1 一致率的输出</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征数</translation>
    </message>
    <message>
        <source>Output features</source>
        <translation>输出特征数</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Warm-up calls</source>
        <translation>预热调用次数</translation>
    </message>
    <message>
        <source>Measured calls</source>
        <translation>测量调用次数</translation>
    </message>
    <message>
        <source>Target CI of the median</source>
        <translation>中位数的目标置信区间</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>最少调用次数</translation>
    </message>
    <message>
        <source>Maximum calls</source>
        <translation>最多调用次数</translation>
    </message>
    <message>
        <source>Time budget per method and batch size</source>
        <translation>每个方法和批量大小的时间预算</translation>
    </message>
    <message>
        <source>Outliers excluded from the summaries</source>
        <translation>从统计摘要中排除离群值</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>LibTorch 线程数</translation>
    </message>
    <message>
        <source>Quantized engine</source>
        <translation>量化引擎</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation>评估样本数</translation>
    </message>
    <message>
        <source>Faithful: cosine at least</source>
        <translation>忠实：余弦相似度至少为</translation>
    </message>
    <message>
        <source>Faithful: top-1 agreement at least</source>
        <translation>忠实：top-1 一致率至少为</translation>
    </message>
    <message>
        <source>Strategy options</source>
        <translation>策略选项</translation>
    </message>
    <message>
        <source>Models run</source>
        <translation>模型运行位置</translation>
    </message>
    <message>
        <source>Call timeout</source>
        <translation>调用超时</translation>
    </message>
    <message>
        <source>Worker memory limit</source>
        <translation>工作进程内存上限</translation>
    </message>
    <message>
        <source>Worker CPU-time limit</source>
        <translation>工作进程 CPU 时间上限</translation>
    </message>
    <message>
        <source>%1 (TorchScript file)</source>
        <translation>%1（TorchScript 文件）</translation>
    </message>
    <message>
        <source>inputs %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>outputs %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>top-1 agreement on %1</source>
        <translation>top-1 一致率按 %1 计算</translation>
    </message>
    <message>
        <source>%1 (built in): hidden size %2, %3 layers, %4 input features, %5 output features</source>
        <translation>%1（内置）：隐藏层大小 %2，%3 层，%4 个输入特征，%5 个输出特征</translation>
    </message>
    <message>
        <source>weights %1 (fp32)</source>
        <translation>权重 %1（fp32）</translation>
    </message>
    <message numerus="yes">
        <source>%n logical core(s)</source>
        <translation>
            <numerusform>%n 个逻辑核心</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LibTorch thread(s)</source>
        <translation>
            <numerusform>%n 个 LibTorch 线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n BLAS thread(s)</source>
        <translation>
            <numerusform>%n 个 BLAS 线程</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>运行未能开始。</translation>
    </message>
    <message>
        <source>Nothing was measured: every method failed or does not apply.</source>
        <translation>没有测得任何结果：所有方法都失败或不适用。</translation>
    </message>
    <message>
        <source>%1 at batch %2</source>
        <translation>%1（批量大小 %2）</translation>
    </message>
    <message>
        <source>Eager was not measured, so there are no speed-ups; fastest faithful: %1.</source>
        <translation>未测量 eager，因此没有加速比；最快的忠实方法：%1。</translation>
    </message>
    <message>
        <source>Nothing beat eager: no method was significantly faster at batch %1.</source>
        <translation>没有方法胜过 eager：在批量大小 %1 下没有方法显著更快。</translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3 faster than eager)</source>
        <translation>批量大小 %2 下为 %1（比 eager 快 %3）</translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3)</source>
        <translation>批量大小 %2 下为 %1（%3）</translation>
    </message>
    <message>
        <source>nothing beats eager at batch %1</source>
        <translation>批量大小 %1 下没有方法胜过 eager</translation>
    </message>
    <message>
        <source>Fastest faithful method: %1.</source>
        <translation>最快的忠实方法：%1。</translation>
    </message>
    <message>
        <source>call timeout (s)</source>
        <translation>调用超时（秒）</translation>
    </message>
    <message>
        <source>CPU-time limit (as set)</source>
        <translation>CPU 时间上限（设置值）</translation>
    </message>
    <message>
        <source>CPU-time limit (s)</source>
        <translation>CPU 时间上限（秒）</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <source>isolation</source>
        <translation>隔离方式</translation>
    </message>
    <message>
        <source>memory limit (as set)</source>
        <translation>内存上限（设置值）</translation>
    </message>
    <message>
        <source>memory limit (MiB)</source>
        <translation>内存上限（MiB）</translation>
    </message>
    <message>
        <source>processes started</source>
        <translation>已启动的进程数</translation>
    </message>
    <message>
        <source>restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>preparation time limit (s)</source>
        <translation>准备时间上限（秒）</translation>
    </message>
    <message>
        <source>MKL</source>
        <translation>MKL</translation>
    </message>
    <message>
        <source>oneDNN (MKL-DNN)</source>
        <translation>oneDNN（即 MKL-DNN）</translation>
    </message>
    <message>
        <source>Without LLVM the fuser runs in an interpreter that was 15 to 100 times slower than eager; at eager&apos;s %1 ms per call here, a call could take %2 s.</source>
        <translation>没有 LLVM 时，融合器在解释器中运行，实测比 eager 慢 15 到 100 倍；按这里 eager 每次调用 %1 ms 计算，一次调用可能需要 %2 s。</translation>
    </message>
    <message>
        <source>not judged (busy machine)</source>
        <translation>未判定（机器繁忙）</translation>
    </message>
    <message>
        <source>slower: regression</source>
        <translation>变慢：回退</translation>
    </message>
    <message>
        <source>faster: improvement</source>
        <translation>变快：改进</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>变慢</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>变快</translation>
    </message>
    <message>
        <source>≈ same</source>
        <translation>≈ 相同</translation>
    </message>
    <message>
        <source>No method was measured at the same batch size in both runs.</source>
        <translation>两次运行中没有方法在相同的批大小下被测量。</translation>
    </message>
    <message numerus="yes">
        <source>Intervals: %1 for all %n pair(s) together, from the variation between worker processes.</source>
        <translation>
            <numerusform>区间：对全部 %n 对同时成立的 %1，来自工作进程之间的差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intervals: %1 for all %n pair(s) together. Where a run has one worker process, only the variation within it is known: those intervals are widened by ±%2, the variation measured between processes of one build (--noise-floor). Measure with several processes (--forks) for a test between processes.</source>
        <translation>
            <numerusform>区间：对全部 %n 对同时成立的 %1。若某次运行只有一个工作进程，则只知道进程内的差异：这些区间按同一构建的进程之间测得的差异 ±%2 加宽（--noise-floor）。要做进程间的检验，请用多个进程测量（--forks）。</numerusform>
        </translation>
    </message>
    <message>
        <source>both runs were</source>
        <translation>两次运行都是</translation>
    </message>
    <message>
        <source>the reference was</source>
        <translation>参照运行是</translation>
    </message>
    <message>
        <source>this run was</source>
        <translation>本次运行是</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not judged: %1 measured on a busy machine (load average above its CPUs, or busy by its own measurement), and with one worker process a busy machine can shift a median by more than any floor. Measure on a quiet machine, or with several processes (--forks).</source>
        <translation>
            <numerusform>%n 对未判定：%1在繁忙的机器上测量的（平均负载高于其 CPU 数，或按其自身测量为繁忙），而只有一个工作进程时，繁忙的机器可使中位数偏移超过任何下限。请在空闲的机器上测量，或用多个进程测量（--forks）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>regressions, improvements</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n 处回退</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n 处改进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gate --fail-if-slower %1: FAILED, %n regression(s).</source>
        <translation>
            <numerusform>门槛 --fail-if-slower %1：未通过，%n 处回退。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate --fail-if-slower %1: passed (no method × batch significantly slower by more than that).</source>
        <translation>门槛 --fail-if-slower %1：通过（没有任何方法 × 批大小显著变慢超过该值）。</translation>
    </message>
    <message>
        <source>not in the run</source>
        <translation>不在运行中</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>score %1 → %2 (%3 than the reference&apos;s interval)</source>
        <translation>分数 %1 → %2（%3于参照的区间）</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>高</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>低</translation>
    </message>
    <message>
        <source>its answers now differ from eager&apos;s</source>
        <translation>其输出现在与 eager 不同</translation>
    </message>
    <message>
        <source>its answers match eager&apos;s again</source>
        <translation>其输出再次与 eager 一致</translation>
    </message>
    <message>
        <source>%1 against %2 (the reference): change of the median latency, + is slower

</source>
        <translation>%1 对比 %2（参照）：中位延迟的变化，+ 表示变慢

</translation>
    </message>
    <message>
        <source>reference (ms)</source>
        <translation>参照 (ms)</translation>
    </message>
    <message>
        <source>this (ms)</source>
        <translation>本次 (ms)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Methods that changed:</source>
        <translation>发生变化的方法：</translation>
    </message>
    <message>
        <source>Measured in one run only (not compared): %1</source>
        <translation>仅在一次运行中测量（未比较）：%1</translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>what</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>(beyond %1)</source>
        <translation>（超过 %1）</translation>
    </message>
    <message>
        <source>%1 %2× (batch %3)</source>
        <translation>%1 %2×（批大小 %3）</translation>
    </message>
    <message>
        <source>The history holds no run.</source>
        <translation>历史中没有运行。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>best vs eager</source>
        <translation>相对 eager 最佳</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>方法数</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation>模型文件 SHA-256</translation>
    </message>
    <message>
        <source>Model signature</source>
        <translation>模型签名</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>OptiBench</source>
        <translation>OptiBench</translation>
    </message>
    <message>
        <source>Worker processes per batch</source>
        <translation>每个批大小的工作进程数</translation>
    </message>
    <message>
        <source>Best vs eager</source>
        <translation>相对 eager 最佳</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>已取消：结果不完整</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms，%2</translation>
    </message>
    <message>
        <source>Processes: one: with isolation thread everything runs in this process, so forks (%1) does not apply.</source>
        <translation>进程：一个。隔离方式为 thread 时一切都在本进程中运行，因此 forks（%1）不适用。</translation>
    </message>
    <message>
        <source>(%1 of them added while they disagreed)</source>
        <translation>（其中 %1 个因不一致而增加）</translation>
    </message>
    <message>
        <source>Worker processes per method: %1%2, pinned to cores %3 (the least busy just before each process).</source>
        <translation>每个方法的工作进程数：%1%2，绑定到核心 %3（每个进程启动前最空闲的核心）。</translation>
    </message>
    <message>
        <source>Worker processes per method: %1%2, not pinned to cores.</source>
        <translation>每个方法的工作进程数：%1%2，未绑定核心。</translation>
    </message>
    <message>
        <source>Other load on the machine before and after each process: %1.</source>
        <translation>每个进程之前和之后机器上的其他负载：%1。</translation>
    </message>
    <message>
        <source>This machine changes speed between processes by %1 (more than the %2 noise within a process): each interval holds what another run would report, and is wider for it.</source>
        <translation>这台机器在进程之间的速度变化达 %1（超过单个进程内 %2 的噪声）：每个区间涵盖另一次运行会报告的值，因此更宽。</translation>
    </message>
    <message>
        <source>The processes agree within their noise (they differ by %1; a process&apos;s own noise is %2).</source>
        <translation>各进程在其噪声范围内一致（相差 %1；单个进程自身的噪声为 %2）。</translation>
    </message>
    <message>
        <source>The processes fall into two states, quiet and busy: %1 of %2 busy (process %3). Each state&apos;s median instead of one blended number:</source>
        <translation>各进程分为两种状态，空闲与繁忙：%2 个中有 %1 个繁忙（进程 %3）。以下分别给出每种状态的中位数，而不是一个混合的数字：</translation>
    </message>
    <message>
        <source>%1, batch %2: quiet %3; busy %4</source>
        <translation>%1，批量大小 %2：空闲 %3；繁忙 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, batch %2 (%n profiled forward(s))</source>
        <translation>
            <numerusform>%1，批量 %2（剖析了 %n 次前向调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more left out: their wall time was an outlier)</source>
        <translation>
            <numerusform>（另有 %n 次因耗时为离群值而剔除）</numerusform>
        </translation>
    </message>
    <message>
        <source>operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>self (ms)</source>
        <translation>自身耗时 (ms)</translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation>总耗时 (ms)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>input shapes</source>
        <translation>输入形状</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s)</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(top)</source>
        <comment>profile: an operator outside any named module</comment>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>vanished (fused or folded)</source>
        <translation>消失（已融合或折叠）</translation>
    </message>
    <message>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>the profile failed: %1</source>
        <translation>剖析失败：%1</translation>
    </message>
    <message>
        <source>profiled %1 ms = %2 of the timed median %3 ms</source>
        <translation>剖析到 %1 ms，为计时中位数 %3 ms 的 %2</translation>
    </message>
    <message>
        <source>profiled %1 ms (no timed median to check it against)</source>
        <translation>剖析到 %1 ms（没有可供核对的计时中位数）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of the profile&apos;s coverage line</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>a forward under the profiler took %1 ms (%2 profiler overhead)</source>
        <translation>剖析器下一次前向调用耗时 %1 ms（剖析器开销 %2）</translation>
    </message>
    <message>
        <source>a forward under the profiler took %1 ms</source>
        <translation>剖析器下一次前向调用耗时 %1 ms</translation>
    </message>
    <message>
        <source>warning: the profile misses %1 of the timed median: time spent where no operator is recorded (the framework between operators, operators LibTorch does not record)</source>
        <translation>警告：剖析结果缺少计时中位数的 %1：这部分时间花在没有记录算子的地方（算子之间的框架开销、LibTorch 不记录的算子）</translation>
    </message>
    <message>
        <source>warning: the operators add up to %1 of the timed median: the profiler&apos;s overhead inflates them; compare shares, not milliseconds</source>
        <translation>警告：各算子耗时之和为计时中位数的 %1：剖析器的开销使其偏大；请比较占比，而非毫秒数</translation>
    </message>
    <message numerus="yes">
        <source>note: %n operator(s) per forward did not follow the described forward (a data-dependent path); they are shown without module and shapes</source>
        <translation>
            <numerusform>注意：每次前向调用中有 %n 个算子与描述时的前向调用不一致（路径依赖于数据）；它们显示时不带模块和形状</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare the profiles of %1 and %2: not both were profiled.</source>
        <translation>无法比较 %1 与 %2 的剖析结果：二者并非都经过剖析。</translation>
    </message>
    <message>
        <source>%1 %2 %3: self time per forward, by operator</source>
        <translation>%1 %2 %3：每次前向调用的自身耗时，按算子</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more operator(s)</source>
        <translation>
            <numerusform>……另有 %n 个算子</numerusform>
        </translation>
    </message>
    <message>
        <source>total: %1 ms %2 %3 ms (timed medians %4 ms %2 %5 ms)</source>
        <translation>合计：%1 ms %2 %3 ms（计时中位数 %4 ms %2 %5 ms）</translation>
    </message>
    <message>
        <source>top operators by self time:</source>
        <translation>自身耗时最多的算子：</translation>
    </message>
    <message>
        <source>by operator:</source>
        <translation>按算子汇总：</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Instruction sets only this run&apos;s CPU has</source>
        <translation>仅本次运行的 CPU 具有的指令集</translation>
    </message>
    <message>
        <source>Intra-op threads used</source>
        <translation>实际使用的算子内线程数</translation>
    </message>
    <message>
        <source>Load average when the run started</source>
        <translation>运行开始时的平均负载</translation>
    </message>
    <message>
        <source>CPU used by other processes while measuring</source>
        <translation>测量期间其他进程占用的 CPU</translation>
    </message>
    <message>
        <source>CPU taken by the hypervisor (steal)</source>
        <translation>被虚拟机管理程序占用的 CPU（steal）</translation>
    </message>
    <message>
        <source>Machine during the measurement</source>
        <translation>测量期间的机器</translation>
    </message>
    <message>
        <source>stored run %1 cannot be read: %2</source>
        <translation>无法读取已保存的运行 %1：%2</translation>
    </message>
    <message>
        <source>schema version %1: %2</source>
        <translation>模式版本 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used as the OptiBench history: %2. The file was left unchanged; choose another file (--history-db, or the History page&apos;s settings) or move this one away.</source>
        <translation>%1 不能用作 OptiBench 历史：%2。该文件未被改动；请选择另一个文件（--history-db，或“历史”页面的设置），或将此文件移走。</translation>
    </message>
    <message>
        <source>the history is off (no file)</source>
        <translation>历史已关闭（没有文件）</translation>
    </message>
    <message>
        <source>%1: the history needs Qt&apos;s SQLite driver (QSQLITE; Debian package libqt6sql6-sqlite), which is not installed</source>
        <translation>%1：历史需要 Qt 的 SQLite 驱动（QSQLITE；Debian 软件包 libqt6sql6-sqlite），但它未安装</translation>
    </message>
    <message>
        <source>%1: its directory cannot be created</source>
        <translation>%1：无法创建其目录</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>it is not an SQLite database (damaged, or another kind of file)</source>
        <translation>它不是 SQLite 数据库（已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database (application id 0x%1)</source>
        <translation>它是其他程序的 SQLite 数据库（应用程序 id 0x%1）</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation>它已损坏或不是数据库（%1）</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database (it has tables and no OptiBench mark)</source>
        <translation>它是其他程序的 SQLite 数据库（有数据表但没有 OptiBench 标记）</translation>
    </message>
    <message>
        <source>%1 was written by a newer OptiBench (history schema %2; this one reads up to %3). The file was left unchanged.</source>
        <translation>%1 由更新版本的 OptiBench 写入（历史模式 %2；本版本最多读取 %3）。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1: the history could not be brought to schema %2: %3</source>
        <translation>%1：无法将历史升级到模式 %2：%3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>历史未打开</translation>
    </message>
    <message>
        <source>%1: the run could not be stored (%2)</source>
        <translation>%1：无法保存运行（%2）</translation>
    </message>
    <message>
        <source>%1: the runs cannot be listed (%2)</source>
        <translation>%1：无法列出运行（%2）</translation>
    </message>
    <message>
        <source>there is no run %1 in the history %2</source>
        <translation>历史 %2 中没有运行 %1</translation>
    </message>
    <message>
        <source>run %1 in the history %2 is damaged (its data cannot be read)</source>
        <translation>历史 %2 中的运行 %1 已损坏（无法读取其数据）</translation>
    </message>
    <message>
        <source>run %1 in the history %2 cannot be read: %3</source>
        <translation>无法读取历史 %2 中的运行 %1：%3</translation>
    </message>
    <message>
        <source>%1: run %2 could not be deleted (%3)</source>
        <translation>%1：无法删除运行 %2（%3）</translation>
    </message>
    <message>
        <source>%1: the note of run %2 could not be saved (%3)</source>
        <translation>%1：无法保存运行 %2 的备注（%3）</translation>
    </message>
    <message>
        <source>%1: the tags of run %2 could not be saved (%3)</source>
        <translation>%1：无法保存运行 %2 的标签（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; names no run: the history %3 holds %n run(s)</source>
        <translation>
            <numerusform>%1：“%2”不对应任何运行：历史 %3 中有 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a run file nor a history id; allowed: a run JSON file, an id from &quot;history list&quot;, latest or latest~N</source>
        <translation>%1：“%2”既不是运行文件也不是历史编号；允许：运行 JSON 文件、“history list”中的编号、latest 或 latest~N</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a run: %3</source>
        <translation>%1：“%2”不是运行：%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a file, and without the history it cannot name a stored run</source>
        <translation>%1：“%2”不是文件，而没有历史时它无法指代已保存的运行</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
</context>
<context>
    <name>ob::EngineText</name>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>JIT 编译</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>编译优化</translation>
    </message>
    <message>
        <source>Simplification</source>
        <translation>模型简化</translation>
    </message>
    <message>
        <source>The fp32 model as built, run by LibTorch op by op: the baseline of every comparison.</source>
        <translation>按原样构建的 fp32 模型，由 LibTorch 逐算子运行：所有比较的基准。</translation>
    </message>
    <message>
        <source>Never, unless the model itself fails.</source>
        <translation>从不失败，除非模型本身出错。</translation>
    </message>
    <message>
        <source>The model has no TorchScript form.</source>
        <translation>模型没有 TorchScript 形式。</translation>
    </message>
    <message>
        <source>The model has no TorchScript form. Nothing fusing is not a failure: the report says so.</source>
        <translation>模型没有 TorchScript 形式。没有发生融合不算失败：报告会注明这一点。</translation>
    </message>
    <message>
        <source>LibTorch&apos;s default: NNC fuses on CPU only with its LLVM backend. false lets it fuse without LLVM, running the fused groups in its IR interpreter (slow).</source>
        <translation>LibTorch 的默认值：NNC 只有在有 LLVM 后端时才在 CPU 上融合。设为 false 则不需要 LLVM 也会融合，融合组在其 IR 解释器中运行（较慢）。</translation>
    </message>
    <message>
        <source>TorchScript compiled from source that mirrors the model op for op (C++ cannot script an nn::Module), weights as parameters. Loops and branches stay control flow, so every input takes its own path; the nested dict of the original model is typed Dict[str, Any].</source>
        <translation>由逐算子对应模型的源码编译得到的 TorchScript（C++ 无法对 nn::Module 做脚本化），权重作为参数。循环和分支保留为控制流，因此每个输入都走自己的路径；原始模型的嵌套 dict 的类型为 Dict[str, Any]。</translation>
    </message>
    <message>
        <source>The model has no TorchScript source in OptiBench (e.g. a quantized or native form).</source>
        <translation>该模型在 OptiBench 中没有 TorchScript 源码（例如量化形式或原生内核形式）。</translation>
    </message>
    <message>
        <source>LibTorch&apos;s XNNPACK rewrite of a TorchScript module (prepacked linear ops with a fused clamp for ReLU), built here from the model&apos;s Linear/ReLU/residual view.</source>
        <translation>LibTorch 对 TorchScript 模块的 XNNPACK 改写（预打包的线性运算，ReLU 融合为 clamp），此处由模型的 Linear/ReLU/残差视图构建。</translation>
    </message>
    <message>
        <source>Skipped when the model is not a Linear/ReLU/residual chain; fails when this LibTorch build has no XNNPACK.</source>
        <translation>模型不是 Linear/ReLU/残差链时跳过；此 LibTorch 构建没有 XNNPACK 时失败。</translation>
    </message>
    <message>
        <source>prepack: insertPrePackedOps, freeze, fusePrePackedLinearConvWithClamp, FoldPrePackingOps (fuses the ReLU); optimize_for_mobile: torch::jit::optimizeForMobile as is.</source>
        <translation>prepack：insertPrePackedOps、freeze、fusePrePackedLinearConvWithClamp、FoldPrePackingOps（融合 ReLU）；optimize_for_mobile：直接使用 torch::jit::optimizeForMobile。</translation>
    </message>
    <message>
        <source>Skipped when the model is not a chain of Linear/ReLU/residual blocks; fails when native.isa names an instruction set this CPU or build lacks.</source>
        <translation>模型不是由 Linear/ReLU/残差块组成的链时跳过；native.isa 指定了此 CPU 或此构建不具备的指令集时失败。</translation>
    </message>
    <message>
        <source>Instruction set of the kernels: auto picks the best this CPU has (or OPTIBENCH_NATIVE_ISA); scalar is the portable fallback.</source>
        <translation>内核使用的指令集：auto 选择此 CPU 支持的最佳指令集（或 OPTIBENCH_NATIVE_ISA）；scalar 是可移植的后备实现。</translation>
    </message>
    <message>
        <source>Weights and activations in bfloat16 (8-bit mantissa); fast only on CPUs with AVX512-BF16.</source>
        <translation>权重和激活使用 bfloat16（8 位尾数）；只在支持 AVX512-BF16 的 CPU 上才快。</translation>
    </message>
    <message>
        <source>Never on CPU in LibTorch 1.13.1; slow where the CPU has no native bf16 arithmetic.</source>
        <translation>在 LibTorch 1.13.1 的 CPU 上从不失败；CPU 没有原生 bf16 运算时较慢。</translation>
    </message>
    <message>
        <source>No quantized engine is selected (NoQEngine), or the build lacks the requested engine.</source>
        <translation>没有选择量化引擎（NoQEngine），或此构建缺少所要求的引擎。</translation>
    </message>
    <message>
        <source>Every Linear&apos;s weights in fp16, fp32 activations (quantized::linear_dynamic_fp16).</source>
        <translation>每个 Linear 的权重为 fp16，激活为 fp32（quantized::linear_dynamic_fp16）。</translation>
    </message>
    <message>
        <source>The quantized engine is not FBGEMM/X86: only FBGEMM implements fp16 weights.</source>
        <translation>量化引擎不是 FBGEMM/X86：只有 FBGEMM 实现了 fp16 权重。</translation>
    </message>
    <message>
        <source>The seed&apos;s quantize_dynamic(..., qint16) fallback: answered with a diagnosis, since LibTorch has no 16-bit quantized dtype.</source>
        <translation>原始报告中 quantize_dynamic(..., qint16) 的回退方案：以诊断作答，因为 LibTorch 没有 16 位量化数据类型。</translation>
    </message>
    <message>
        <source>Always: qint16 is not a LibTorch dtype.</source>
        <translation>总是失败：qint16 不是 LibTorch 的数据类型。</translation>
    </message>
    <message>
        <source>one weight scale per output channel instead of one per tensor</source>
        <translation>每个输出通道一个权重缩放因子，而不是每个张量一个</translation>
    </message>
    <message>
        <source>quantized::linear_relu_dynamic for Linear+ReLU; auto = QNNPACK only (ONEDNN&apos;s is wrong in 1.13.1)</source>
        <translation>Linear+ReLU 使用 quantized::linear_relu_dynamic；auto = 仅 QNNPACK（ONEDNN 的实现在 1.13.1 中有误）</translation>
    </message>
    <message>
        <source>int8 weights and activations; activation scales calibrated on a seeded data set (quantized::linear / linear_relu). Calibration counts as setup.</source>
        <translation>int8 权重和激活；激活的缩放因子在固定种子生成的数据集上校准（quantized::linear / linear_relu）。校准计入准备时间。</translation>
    </message>
    <message>
        <source>calibration batches</source>
        <translation>校准批次数</translation>
    </message>
    <message>
        <source>rows per calibration batch</source>
        <translation>每个校准批次的行数</translation>
    </message>
    <message>
        <source>activation ranges: extremes, or percentiles averaged over batches</source>
        <translation>激活范围：取极值，或取各批次百分位数的平均</translation>
    </message>
    <message>
        <source>percentile of the percentile observer</source>
        <translation>百分位观察器使用的百分位数</translation>
    </message>
    <message>
        <source>residual add: quantized::add on int8, or dequantize-add in fp32; auto = qadd unless activations are 7-bit</source>
        <translation>残差相加：在 int8 上用 quantized::add，或反量化后在 fp32 中相加；auto = 除非激活为 7 位，否则用 qadd</translation>
    </message>
    <message>
        <source>Replaces the model by the simplified architecture (residual MLP of the same hidden size and layers) distilled from it: trained with Adam to reproduce its logits on seeded random inputs within a time budget. An approximation: its fidelity against the original is what it is.</source>
        <translation>用从原模型蒸馏得到的简化架构（隐藏层宽度和层数相同的残差 MLP）替换模型：在时间预算内用 Adam 训练，使其在固定种子的随机输入上复现原模型的 logits。这是近似：它相对原模型的保真度如实报告。</translation>
    </message>
    <message>
        <source>Cancelled while distilling. Skipped when the model already is the simplified architecture.</source>
        <translation>蒸馏期间被取消。模型已经是简化架构时跳过。</translation>
    </message>
    <message>
        <source>Time budget of the distillation in seconds (the result depends on the machine&apos;s speed).</source>
        <translation>蒸馏的时间预算，单位为秒（结果取决于机器速度）。</translation>
    </message>
    <message>
        <source>Stop after this many training steps (0: only the time budget); for repeatable results.</source>
        <translation>训练这么多步后停止（0：只受时间预算限制）；用于得到可重复的结果。</translation>
    </message>
    <message>
        <source>Inputs per training step.</source>
        <translation>每个训练步的输入数。</translation>
    </message>
    <message>
        <source>Adam&apos;s initial learning rate (cosine decay over the budget).</source>
        <translation>Adam 的初始学习率（在预算时间内余弦衰减）。</translation>
    </message>
    <message>
        <source>The seed&apos;s output format simplification: the nested dict becomes a tuple of tensors (reasoning_scores first; a list&apos;s tensors are stacked; ints are dropped, since a trace cannot follow them). Composes: simplify_outputs+jit_trace, simplify_outputs+jit_script.</source>
        <translation>原始报告中的输出格式简化：嵌套 dict 变为张量元组（reasoning_scores 在前；列表中的张量被堆叠；int 被丢弃，因为跟踪无法跟随它们）。可组合：simplify_outputs+jit_trace、simplify_outputs+jit_script。</translation>
    </message>
    <message>
        <source>An output holds a value that has no tensor form (e.g. a string).</source>
        <translation>某个输出含有没有张量形式的值（例如字符串）。</translation>
    </message>
    <message>
        <source>torch::jit::freeze + optimize_for_inference on the TorchScript form (scripted from source first when the model is not TorchScript yet). C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch&apos;s TorchScript optimizer instead: freezing, optimize_for_inference and the graph fusers.</source>
        <translation>对 TorchScript 形式的模型执行 torch::jit::freeze + optimize_for_inference（若模型还不是 TorchScript，先由源码脚本化）。C++ 没有 torch.compile（它是 PyTorch 2 中仅限 Python 的功能）；“编译优化”组改用 LibTorch 的 TorchScript 优化器：冻结、optimize_for_inference 以及图融合器。</translation>
    </message>
    <message>
        <source>The scripted, frozen model run with the TensorExpr (NNC) fuser on and CPU fusion forced on; reports which fusion groups formed. The oneDNN Graph fuser is used where this LibTorch build has it. C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch&apos;s TorchScript optimizer instead: freezing, optimize_for_inference and the graph fusers.</source>
        <translation>脚本化并冻结后的模型，在开启 TensorExpr（NNC）融合器并强制开启 CPU 融合的情况下运行；报告形成了哪些融合组。此 LibTorch 构建具备 oneDNN Graph 融合器时也会使用它。C++ 没有 torch.compile（它是 PyTorch 2 中仅限 Python 的功能）；“编译优化”组改用 LibTorch 的 TorchScript 优化器：冻结、optimize_for_inference 以及图融合器。</translation>
    </message>
    <message>
        <source>TorchScript by tracing with LibTorch&apos;s C++ tracer (strict): records the tensor operations one seeded example input executes, weights as constants. Control flow is not recorded: the example&apos;s path is.</source>
        <translation>用 LibTorch 的 C++ 跟踪器（严格模式）跟踪得到 TorchScript：记录一个固定种子示例输入所执行的张量运算，权重作为常量。控制流不会被记录：记录的是示例输入走过的路径。</translation>
    </message>
    <message>
        <source>The output is a dict, or holds ints or lists mixing int and Tensor.</source>
        <translation>输出是 dict，或含有 int，或含有混合 int 与 Tensor 的列表。</translation>
    </message>
    <message>
        <source>The output holds ints, lists or nested dicts.</source>
        <translation>输出含有 int、列表或嵌套 dict。</translation>
    </message>
    <message>
        <source>Residual MLP: Linear(in,h), L residual blocks, Linear(h,out); returns a dict of tensors</source>
        <translation>残差 MLP：Linear(in,h)、L 个残差块、Linear(h,out)；返回张量 dict</translation>
    </message>
    <message>
        <source>The seed&apos;s original reasoning model: memory bank read by multi-head attention, a reasoning chain of up to L steps that stops when confident, a strategy selector picking one of 3 sub-networks; returns a nested dict mixing ints and tensors</source>
        <translation>原始报告中的推理模型：通过多头注意力读取的记忆库，最多 L 步、足够确信时即停止的推理链，以及从 3 个子网络中选择其一的策略选择器；返回混合 int 与张量的嵌套 dict</translation>
    </message>
    <message>
        <source>The residual MLP in fp32, per batch size the faster of OptiBench&apos;s fused kernels (prepacked weights, bias + ReLU + residual in each layer&apos;s pass, activations kept in cache, no framework overhead) and oneDNN&apos;s matmul with the same post-ops.</source>
        <translation>以 fp32 运行残差 MLP，每个批量大小取两者中更快的一个：OptiBench 的融合内核（预打包权重，偏置 + ReLU + 残差在每层一次遍历中完成，激活保留在缓存中，没有框架开销）或带相同后处理操作的 oneDNN matmul。</translation>
    </message>
    <message>
        <source>The residual MLP in int8, per batch size the faster of OptiBench&apos;s fused kernels (per-channel int8 weights, activations quantized per row to 7 bits at run time, exact u8 x s8 products) and oneDNN&apos;s int8 matmul (static activation scales, VNNI); fp32 residual stream.</source>
        <translation>以 int8 运行残差 MLP，每个批量大小取两者中更快的一个：OptiBench 的融合内核（按通道 int8 权重，激活在运行时按行量化为 7 位，u8 x s8 乘积精确）或 oneDNN 的 int8 matmul（静态激活缩放，VNNI）；残差流为 fp32。</translation>
    </message>
    <message>
        <source>The residual MLP with bf16 weights, per batch size the faster of oneDNN&apos;s bf16 matmul (bf16 arithmetic, fp32 accumulation and residual stream) and the fused kernels (bf16 weights widened to fp32); error about 1e-2. Only on CPUs with AVX512_BF16 or AMX.</source>
        <translation>使用 bf16 权重运行残差 MLP，每个批量大小取两者中更快的一个：oneDNN 的 bf16 matmul（bf16 运算，fp32 累加与残差流）或融合内核（bf16 权重扩展为 fp32 计算）；误差约 1e-2。仅适用于支持 AVX512_BF16 或 AMX 的 CPU。</translation>
    </message>
    <message>
        <source>What runs each batch size: auto measures OptiBench&apos;s kernels against oneDNN at preparation and keeps the faster; kernels or onednn forces one.</source>
        <translation>每个批量大小由谁运行：auto 在准备阶段对比测量 OptiBench 内核与 oneDNN 并保留更快者；kernels 或 onednn 强制使用其一。</translation>
    </message>
    <message>
        <source>Not applicable where the CPU has no bf16 arithmetic (AVX512_BF16 or AMX); skipped when the model is not a chain of Linear/ReLU/residual blocks.</source>
        <translation>CPU 没有 bf16 运算（AVX512_BF16 或 AMX）时不适用；模型不是 Linear/ReLU/残差块链时跳过。</translation>
    </message>
    <message>
        <source>Picks, per batch size, the fastest faithful method for this model on this machine: prepares the candidates (eager, freeze_optimize, native_fp32, native_int8, native_bf16, dynamic_int8, mobile_xnnpack), keeps those whose outputs match the model&apos;s on a few rows (logit cosine at least auto.min_cosine), times them briefly at each batch size and runs each batch size on its pick.</source>
        <translation>为每个批量大小选出本机上此模型最快且保真的方法：准备各候选方法（eager、freeze_optimize、native_fp32、native_int8、native_bf16、dynamic_int8、mobile_xnnpack），保留在少量样本行上输出与模型一致者（logit 余弦相似度不低于 auto.min_cosine），在每个批量大小上短暂计时，然后每个批量大小都用选中的方法运行。</translation>
    </message>
    <message>
        <source>Fails when no candidate prepares; not applicable to a model file with its own inputs.</source>
        <translation>没有任何候选方法能准备成功时失败；对自带输入的模型文件不适用。</translation>
    </message>
    <message>
        <source>Fidelity floor: a candidate is eligible at a batch size when the logit cosine of its outputs against the model&apos;s on 64 seeded rows is at least this.</source>
        <translation>保真下限：候选方法在 64 行固定种子输入上的输出与模型输出的 logit 余弦相似度不低于此值时，才可在该批量大小上被选中。</translation>
    </message>
    <message>
        <source>Measurement time per candidate and batch size at preparation, in milliseconds.</source>
        <translation>准备阶段每个候选方法在每个批量大小上的测量时间（毫秒）。</translation>
    </message>
    <message>
        <source>A convolutional model&apos;s 4-D weights and inputs in channels-last (NHWC) memory order, which oneDNN&apos;s CPU convolutions prefer; compose it with freeze_optimize (channels_last+freeze_optimize).</source>
        <translation>卷积模型的 4 维权重和输入采用 channels-last（NHWC）内存布局，这是 oneDNN 的 CPU 卷积偏好的布局；可与 freeze_optimize 组合（channels_last+freeze_optimize）。</translation>
    </message>
    <message>
        <source>Not applicable to models without 2-D convolutions or without a 4-D float input.</source>
        <translation>不适用于没有二维卷积或没有 4 维浮点输入的模型。</translation>
    </message>
    <message>
        <source>Every Linear&apos;s weights in int8; activations quantized per call (quantized::linear_dynamic) on the quantized engine chosen in the run&apos;s settings.</source>
        <translation>每个 Linear 的权重为 int8；激活在每次调用时量化（quantized::linear_dynamic），使用运行设置中选定的量化引擎。</translation>
    </message>
    <message>
        <source>The C++ tracer in non-strict mode: also accepts a dict of tensors as output (measured on LibTorch 1.13.1), still refuses ints, lists and nested dicts in the output.</source>
        <translation>非严格模式的 C++ 跟踪器：也接受张量 dict 作为输出（在 LibTorch 1.13.1 上实测），但仍拒绝输出中的 int、列表和嵌套 dict。</translation>
    </message>
    <message>
        <source>A TorchScript module loaded from a file (torch::jit::save archive, e.g. a model saved by OptiBench); its forward takes a [batch, inputs] float tensor; the file defines its sizes</source>
        <translation>从文件加载的 TorchScript 模块（torch::jit::save 存档，例如由 OptiBench 保存的模型）；其 forward 接受 [batch, inputs] 的浮点张量；尺寸由文件决定</translation>
    </message>
</context>
<context>
    <name>ob::Export</name>
    <message>
        <source>saved as TorchScript to %1 (%2 bytes)</source>
        <translation>已保存为 TorchScript：%1（%2 字节）</translation>
    </message>
</context>
<context>
    <name>ob::Resources</name>
    <message numerus="yes">
        <source>weights %1 for %n method(s), activations %2, samples %3, evaluation set %4, runtime %5</source>
        <translation>
            <numerusform>%n 个方法的权重 %1，激活 %2，样本 %3，评估集 %4，运行时 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ob::app</name>
    <message>
        <source>OptiBench sessions (*.json);;All files (*)</source>
        <translation>OptiBench 会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ob::app::AboutDialog</name>
    <message>
        <source>Measures how inference-optimization strategies change the speed and the answers of a model.</source>
        <translation>测量各种推理优化策略如何改变模型的速度和结果。</translation>
    </message>
    <message>
        <source>OptiBench %1
Qt %2 (built with %3)
LibTorch %4
spdlog %5.%6.%7</source>
        <translation>OptiBench %1
Qt %2（构建时使用 %3）
LibTorch %4
spdlog %5.%6.%7</translation>
    </message>
    <message>
        <source>(not captured yet)</source>
        <translation>（尚未获取）</translation>
    </message>
</context>
<context>
    <name>ob::app::BatchChart</name>
    <message>
        <source>Latency against batch size</source>
        <translation>推理时间随批量大小的变化</translation>
    </message>
    <message>
        <source>Throughput against batch size</source>
        <translation>吞吐量随批量大小的变化</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <source>ms (median)</source>
        <translation>中位数 (ms)</translation>
    </message>
    <message>
        <source>%1, batch %2: median %3 ms (95% CI %4–%5 ms)</source>
        <translation>%1，批量大小 %2：中位数 %3 ms（95% 置信区间 %4–%5 ms）</translation>
    </message>
    <message>
        <source>%1, batch %2: %3 samples/s (from the mean latency, %4 ms)</source>
        <translation>%1，批量大小 %2：%3 样本/秒（按平均推理时间 %4 ms 计算）</translation>
    </message>
</context>
<context>
    <name>ob::app::ChartBase</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>将图表导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Its outputs drift from eager&apos;s: leaf %1 has cosine %2.</source>
        <translation>其输出偏离了 eager：输出叶 %1 的余弦相似度为 %2。</translation>
    </message>
    <message>
        <source>Its outputs drift from eager&apos;s.</source>
        <translation>其输出偏离了 eager。</translation>
    </message>
    <message>
        <source>%1 drifted: %2</source>
        <translation>%1 偏离：%2</translation>
    </message>
    <message>
        <source>⚠ drifted</source>
        <translation>⚠ 偏离</translation>
    </message>
    <message>
        <source>Hidden in this chart: click its name to show it.</source>
        <translation>已在此图表中隐藏：点击名称可重新显示。</translation>
    </message>
    <message>
        <source>Click its name to hide it in this chart.</source>
        <translation>点击名称可在此图表中隐藏它。</translation>
    </message>
</context>
<context>
    <name>ob::app::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 绘图（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1× (%2 DPI)</source>
        <translation>%1× (%2 DPI)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放倍数(&amp;C)：</translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels at %3 DPI, on a white background.</source>
        <translation>图像尺寸为 %1 × %2 像素，%3 DPI，白色背景。</translation>
    </message>
    <message>
        <source>Vector output: sharp at any zoom; the size sets the proportions and the text size. Light theme, whatever the application&apos;s theme.</source>
        <translation>矢量输出：任意缩放都保持清晰；尺寸决定宽高比例和文字大小。无论应用当前使用何种主题，均使用浅色主题。</translation>
    </message>
</context>
<context>
    <name>ob::app::ChartLegend</name>
    <message>
        <source>Hidden in this chart: click to show it.</source>
        <translation>已在此图表中隐藏：点击可重新显示。</translation>
    </message>
    <message>
        <source>Click to hide it in this chart.</source>
        <translation>点击可在此图表中隐藏它。</translation>
    </message>
</context>
<context>
    <name>ob::app::ChartsPanel</name>
    <message>
        <source>Latency</source>
        <translation>推理时间</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线模型</translation>
    </message>
    <message>
        <source>Show &amp;every method</source>
        <translation>显示所有方法(&amp;E)</translation>
    </message>
    <message>
        <source>No methods yet</source>
        <translation>尚无方法</translation>
    </message>
    <message>
        <source>Methods (%1 of %2 shown)</source>
        <translation>方法（显示 %1/%2 个）</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Per call</source>
        <translation>逐次调用</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>波动</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>推理分数</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>保真度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Latency axes on a logarithmic scale (latency, latency against batch size, per-call trace).</source>
        <translation>推理时间坐标轴使用对数刻度（推理时间、推理时间随批量大小的变化、每次调用的推理时间）。</translation>
    </message>
    <message>
        <source>Choose the methods every chart shows. A click on a legend entry hides a method in that chart only.</source>
        <translation>选择所有图表显示的方法。点击图例条目只会在该图表中隐藏方法。</translation>
    </message>
</context>
<context>
    <name>ob::app::CompareChart</name>
    <message>
        <source>Change of the median latency against %1 (+ is slower)</source>
        <translation>相对 %1 的中位延迟变化（+ 表示变慢）</translation>
    </message>
    <message>
        <source>change of the median</source>
        <translation>中位数的变化</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>threshold ±%1%</source>
        <translation>阈值 ±%1%</translation>
    </message>
</context>
<context>
    <name>ob::app::CompareDialog</name>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Export comparison report</source>
        <translation>导出比较报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Compare runs — OptiBench</source>
        <translation>比较运行 — OptiBench</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; (the reference): change of the median latency, + is slower</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 对比 &lt;b&gt;%2&lt;/b&gt;（参照）：中位延迟的变化，+ 表示变慢</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>A significant change larger than this is a regression (red) or an improvement (green); the CLI&apos;s gate is --fail-if-slower</source>
        <translation>超过该值的显著变化即为回退（红色）或改进（绿色）；命令行工具中的门槛为 --fail-if-slower</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Conditions that differ (environment, machine load, configuration); values that differ from the reference are in amber:</source>
        <translation>不同的条件（环境、机器负载、配置）；与参照不同的值以琥珀色显示：</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ob::app::CompareModel</name>
    <message>
        <source>%1 ms against %2 ms; %3
p = %4; worker processes %5 / %6%7</source>
        <translation>%1 ms 对比 %2 ms；%3
p = %4；工作进程 %5 / %6%7</translation>
    </message>
    <message>
        <source>Interval widened by the run-to-run variation (one process only).</source>
        <translation>区间已按运行间差异加宽（仅一个进程）。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
</context>
<context>
    <name>ob::app::ConfigPage</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>at least one method</source>
        <translation>至少一个方法</translation>
    </message>
    <message>
        <source>%1 parameters · %2 of fp32 weights · %3 MFLOP per sample</source>
        <translation>%1 个参数 · fp32 权重 %2 · 每样本 %3 MFLOP</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>auto (best for this build)</source>
        <translation>auto（此构建的最佳选择）</translation>
    </message>
    <message>
        <source>Weights and inputs are derived from this seed; the same seed gives the same model.</source>
        <translation>权重和输入由此随机种子生成；相同的种子得到相同的模型。</translation>
    </message>
    <message>
        <source>Comma-separated batch sizes, measured in this order.</source>
        <translation>以逗号分隔的批量大小，按此顺序测量。</translation>
    </message>
    <message>
        <source>Exactly this many measured calls per method and batch size; auto measures until the median is known to the target precision, within the call limits and the time budget.</source>
        <translation>每个方法和批量大小恰好测量这么多次调用；auto 会一直测量，直到中位数达到目标精度，但不超出调用次数限制和时间预算。</translation>
    </message>
    <message>
        <source>Adaptive length: measure until the 95% confidence interval of the median is within ± this share of it.</source>
        <translation>自适应长度：一直测量，直到中位数的 95% 置信区间落在中位数的 ± 此比例以内。</translation>
    </message>
    <message>
        <source>Adaptive length: at least this many measured calls per method and batch size.</source>
        <translation>自适应长度：每个方法和批量大小至少测量这么多次调用。</translation>
    </message>
    <message>
        <source>Adaptive length: at most this many measured calls per method and batch size.</source>
        <translation>自适应长度：每个方法和批量大小最多测量这么多次调用。</translation>
    </message>
    <message>
        <source>Adaptive length: seconds of measurement per method and batch size at most (the stop rule says which limit ended each measurement).</source>
        <translation>自适应长度：每个方法和批量大小最多测量的秒数（停止规则会注明每次测量是因哪项限制而结束的）。</translation>
    </message>
    <message>
        <source>Leave samples beyond the robust fences (median ± 3.5 MAD) out of the summaries; they stay in the data and the table counts them.</source>
        <translation>汇总时排除超出稳健界限（中位数 ± 3.5 MAD）的样本；这些样本仍保留在数据中，表格会统计其数量。</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open another TorchScript file</source>
        <translation>打开另一个 TorchScript 文件</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>The model file could not be opened; the configuration is unchanged.

%1</source>
        <translation>无法打开模型文件；配置保持不变。

%1</translation>
    </message>
    <message>
        <source>TorchScript files (*.pt *.pth *.ts)</source>
        <translation>TorchScript 文件 (*.pt *.pth *.ts)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The model file defines this size.</source>
        <translation>此尺寸由模型文件决定。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>An input spec is not valid: see Model inputs above.</source>
        <translation>有输入规格无效：见上方“模型输入”。</translation>
    </message>
    <message>
        <source>Checking the model file and its inputs…</source>
        <translation>正在检查模型文件及其输入…</translation>
    </message>
    <message>
        <source>The model file cannot be benchmarked yet: see Model inputs above.</source>
        <translation>该模型文件暂时无法做基准测试：见上方“模型输入”。</translation>
    </message>
    <message>
        <source>Batch sweep off: the inputs have no batch dimension (B)</source>
        <translation>批量扫描已关闭：输入没有批量维度（B）</translation>
    </message>
    <message>
        <source>The model runs at its fixed shape.</source>
        <translation>模型按其固定形状运行。</translation>
    </message>
    <message>
        <source>Reading the model file…</source>
        <translation>正在读取模型文件…</translation>
    </message>
    <message>
        <source>The model file cannot be read.</source>
        <translation>无法读取模型文件。</translation>
    </message>
    <message>
        <source>%1 parameters · %2 of weights · FLOPs unknown until forward runs on the inputs</source>
        <translation>%1 个参数 · 权重 %2 · forward 在输入上运行之前 FLOPs 未知</translation>
    </message>
    <message>
        <source>%1 per forward at batch 1</source>
        <translation>批量 1 时每次 forward %1</translation>
    </message>
    <message>
        <source>FLOPs not counted</source>
        <translation>未统计 FLOPs</translation>
    </message>
    <message>
        <source>%1 parameters · %2 of weights · %3</source>
        <translation>%1 个参数 · 权重 %2 · %3</translation>
    </message>
    <message>
        <source>(recognised as the simplified model: hidden %1, %2 layers)</source>
        <translation>（识别为简化模型：隐藏层宽度 %1，%2 层）</translation>
    </message>
    <message>
        <source>FLOPs: not counted for: %1</source>
        <translation>FLOPs：未统计的运算：%1</translation>
    </message>
    <message>
        <source>Seconds a forward call may take before its method fails and the run goes on in a new worker process, or auto (empty): 100 times the slowest warm-up call, at least 10 s.</source>
        <translation>一次 forward 调用允许的秒数，超过则该方法失败，运行在新的工作进程中继续；或 auto（留空）：最慢预热调用的 100 倍，至少 10 秒。</translation>
    </message>
    <message>
        <source>Address space of each worker process in MiB, auto (empty: 75% of the machine&apos;s memory) or none. A method that allocates more fails cleanly instead of slowing the desktop down.</source>
        <translation>每个工作进程的地址空间（MiB），auto（留空：本机内存的 75%）或 none。分配超过此值的方法会干净地失败，而不会拖慢桌面。</translation>
    </message>
    <message>
        <source>CPU time of each worker process in seconds, auto (empty: at least an hour, scaled from the time budget) or none.</source>
        <translation>每个工作进程的 CPU 时间（秒），auto（留空：至少一小时，按时间预算放大）或 none。</translation>
    </message>
    <message>
        <source>Benchmark a TorchScript file (torch::jit::save archive, e.g. a model saved by OptiBench)</source>
        <translation>对 TorchScript 文件做基准测试（torch::jit::save 存档，例如由 OptiBench 保存的模型）</translation>
    </message>
    <message>
        <source>auto (to the target CI)</source>
        <translation>auto（达到目标置信区间）</translation>
    </message>
    <message>
        <source>Worker processes that measure each method, each with 1/N of the measurement (time budget, calls). The intervals then hold what another run would report, and a machine whose speed changes between processes shows it. With isolation thread there is one process.</source>
        <translation>测量每个方法的工作进程数，每个进程承担 1/N 的测量（时间预算、调用次数）。这样区间涵盖另一次运行会报告的值，进程之间速度变化的机器也会显示出来。隔离方式为 thread 时只有一个进程。</translation>
    </message>
    <message>
        <source>While the processes disagree (the machine&apos;s speed changed between them by more than their own noise), add processes up to this many in all; auto (empty): add none.</source>
        <translation>当各进程不一致时（机器在进程之间的速度变化超过它们自身的噪声），继续增加进程，总数最多到此值；auto（留空）：不增加。</translation>
    </message>
    <message>
        <source>After its timing at the first batch size, each method runs once more under LibTorch&apos;s profiler and the native kernels&apos; timers (never inside the timed calls): the Profile view shows its operators, their modules, self time, share and GFLOP/s, and two methods side by side.</source>
        <translation>在第一个批量大小上计时之后，每个方法会在 LibTorch 剖析器和原生内核计时器下再运行一次（绝不在计时调用之内）：“剖析”视图显示其算子、所属模块、自身耗时、占比和 GFLOP/s，并可将两个方法并排比较。</translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnoseLogDialog</name>
    <message>
        <source>Open a log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation>日志 (*.log *.txt *.out *.err);;所有文件 (*)</translation>
    </message>
    <message>
        <source>log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Diagnose a log</source>
        <translation>诊断日志</translation>
    </message>
    <message>
        <source>Paste a log from a run of your own (C++ or Python, e.g. a traceback), or open a log file. OptiBench finds the failures it knows and says what caused each one and how to fix it.</source>
        <translation>粘贴自己运行得到的日志（C++ 或 Python，例如 traceback），或打开一个日志文件。OptiBench 会找出它已知的失败，并说明每个失败的原因和解决方法。</translation>
    </message>
    <message>
        <source>Paste log text here…</source>
        <translation>在此粘贴日志文本…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>打开日志文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>No log diagnosed yet.</source>
        <translation>尚未诊断任何日志。</translation>
    </message>
    <message>
        <source>No known failure found. OptiBench does not guess: only failures it recognises are listed.</source>
        <translation>未发现已知失败。OptiBench 不做猜测：只列出它能识别的失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found; hover a row to see the line of the log.</source>
        <translation>
            <numerusform>发现 %n 个已知失败；将鼠标悬停在某一行上可查看日志中对应的行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnosticsModel</name>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — 失败</translation>
    </message>
    <message>
        <source>%1 — flagged: %2</source>
        <translation>%1 — 已标记：%2</translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnosticsPanel</name>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>No method failed or was flagged.</source>
        <translation>没有方法失败或被标记。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>This error is not in the diagnosis catalog.</source>
        <translation>此错误不在诊断目录中。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Error, as LibTorch reported it:</source>
        <translation>LibTorch 报告的原始错误：</translation>
    </message>
    <message>
        <source>Not offered: “%1”. %2</source>
        <translation>未提供“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ob::app::EnvironmentModel</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ob::app::EnvironmentPanel</name>
    <message>
        <source>Captured on the benchmark thread when the run started (%1).</source>
        <translation>运行开始时在基准测试线程上获取（%1）。</translation>
    </message>
    <message>
        <source>This machine, captured at start-up; a run records its own environment.</source>
        <translation>本机环境，启动时获取；每次运行会记录自己的环境。</translation>
    </message>
    <message>
        <source>Capturing the environment…</source>
        <translation>正在获取环境信息…</translation>
    </message>
    <message>
        <source>The machine&apos;s roofs (for the roofline) are not measured yet: a run measures them once, or Run &gt; Re-measure the machine.</source>
        <translation>尚未测量本机的性能上限（用于屋顶线模型）：首次运行时会测量一次，也可使用 运行 &gt; 重新测量本机。</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>The run&apos;s roofline uses the roofs of %1, measured %2 in %3 s:</source>
        <translation>本次运行的屋顶线模型使用 %1 的性能上限，测量于 %2，用时 %3 秒：</translation>
    </message>
    <message>
        <source>The roofs of %1, measured %2 in %3 s:</source>
        <translation>%1 的性能上限，测量于 %2，用时 %3 秒：</translation>
    </message>
    <message>
        <source>Load average when measured: %1.</source>
        <translation>测量时的负载均值：%1。</translation>
    </message>
    <message>
        <source>bf16 %1 GFLOP/s (%2)</source>
        <translation>bf16 %1 GFLOP/s（%2）</translation>
    </message>
    <message>
        <source>no bf16 roof (no AVX512_BF16: bf16 is measured against the fp32 roof)</source>
        <translation>无 bf16 上限（没有 AVX512_BF16：bf16 以 fp32 上限衡量）</translation>
    </message>
    <message>
        <source>peak fp32 %1 GFLOP/s (%2), int8 %3 GOP/s (%4), %5; read bandwidth L1 %6, L2 %7, L3 %8, DRAM %9 GB/s.</source>
        <translation>fp32 峰值 %1 GFLOP/s（%2），int8 峰值 %3 GOP/s（%4），%5；读带宽 L1 %6、L2 %7、L3 %8、DRAM %9 GB/s。</translation>
    </message>
    <message>
        <source>Instruction sets: %1.</source>
        <translation>指令集扩展：%1。</translation>
    </message>
</context>
<context>
    <name>ob::app::ErrorDetails</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>LibTorch&apos;s own text, as it wrote it</source>
        <translation>LibTorch 的原始文本，未作改动</translation>
    </message>
</context>
<context>
    <name>ob::app::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Data as &amp;CSV (one row per method and batch)…</source>
        <translation>CSV 数据（每个方法和批量大小一行）(&amp;C)…</translation>
    </message>
    <message>
        <source>Samples as CS&amp;V (one row per measured call)…</source>
        <translation>CSV 样本（每次测量调用一行）(&amp;V)…</translation>
    </message>
    <message>
        <source>Data as &amp;JSON (optibench.run/1)…</source>
        <translation>JSON 数据（optibench.run/1）(&amp;J)…</translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <source>chart export</source>
        <translation>图表导出</translation>
    </message>
    <message>
        <source>data export</source>
        <translation>数据导出</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <source>The export failed.

%1</source>
        <translation>导出失败。

%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>ob::app::HistoryModel</name>
    <message>
        <source>%1
SHA-256 %2
%3</source>
        <translation>%1
SHA-256 %2
%3</translation>
    </message>
    <message>
        <source>Stored %1 (%2)</source>
        <translation>保存于 %1（%2）</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>%1 (batch %2)</source>
        <translation>%1（批大小 %2）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Best method</source>
        <translation>最佳方法</translation>
    </message>
    <message>
        <source>Speed-up vs eager</source>
        <translation>相对 eager 加速比</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ob::app::HistoryPage</name>
    <message>
        <source>OptiBench runs (*.json);;All files (*)</source>
        <translation>OptiBench 运行 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The last run was not kept in the history: %1</source>
        <translation>上一次运行未保存到历史：%1</translation>
    </message>
    <message>
        <source>The history is off (OPTIBENCH_HISTORY_DB=off): choose a file to keep runs.</source>
        <translation>历史已关闭（OPTIBENCH_HISTORY_DB=off）：请选择一个文件来保存运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished runs are not kept (see &quot;Keep finished runs&quot;); %n run(s) in %1</source>
        <translation>
            <numerusform>不保存已完成的运行（见“保存已完成的运行”）；%1 中有 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete run #%1 (%2, %3) from the history? Its samples cannot be recovered.</source>
        <translation>从历史中删除运行 #%1（%2，%3）？其样本将无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Run #%1 deleted.</source>
        <translation>运行 #%1 已删除。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note for run #%1:</source>
        <translation>运行 #%1 的备注：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags of run #%1, separated by commas:</source>
        <translation>运行 #%1 的标签，以逗号分隔：</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s).</source>
        <translation>
            <numerusform>已导入 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <source>Compare with a run file</source>
        <translation>与运行文件比较</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>历史文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Search: model, machine, method, note, tag…</source>
        <translation>搜索：模型、机器、方法、备注、标签…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Mac&amp;hine:</source>
        <translation>机器(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the run as if it had just finished (results, charts, diagnostics)</source>
        <translation>像刚完成一样显示该运行（结果、图表、诊断）</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected runs: the oldest is the reference, the others are its columns</source>
        <translation>比较所选的运行：最早的为参照，其余各占一列</translation>
    </message>
    <message>
        <source>Compare with &amp;file…</source>
        <translation>与文件比较(&amp;F)…</translation>
    </message>
    <message>
        <source>Import a run file (e.g. from another machine) and compare it with the selected run</source>
        <translation>导入一个运行文件（例如来自另一台机器）并与所选运行比较</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Store run files (optibench.run/1 JSON) in the history</source>
        <translation>将运行文件（optibench.run/1 JSON）保存到历史</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>标签(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Keep finished runs</source>
        <translation>保存已完成的运行(&amp;K)</translation>
    </message>
    <message>
        <source>Store every finished run in the history file</source>
        <translation>将每次完成的运行保存到历史文件</translation>
    </message>
    <message>
        <source>History &amp;file…</source>
        <translation>历史文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>ob::app::LatencyChart</name>
    <message>
        <source>ms per call</source>
        <translation>每次调用 ms</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批量大小 %1</translation>
    </message>
    <message>
        <source>Latency (p1, p25, p50, p75, p99; hatched: ≈ eager)</source>
        <translation>推理时间（p1、p25、p50、p75、p99；斜线填充：≈ eager）</translation>
    </message>
    <message>
        <source>%1 ≈</source>
        <translation>%1 ≈</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1, batch %2: median %3 ms (95% CI %4–%5 ms); half the calls %6–%7 ms, p1–p99 %8–%9 ms</source>
        <translation>%1，批量大小 %2：中位数 %3 ms（95% 置信区间 %4–%5 ms）；一半的调用在 %6–%7 ms 之间，p1–p99 为 %8–%9 ms</translation>
    </message>
    <message>
        <source>%1× eager&apos;s speed (95% CI %2–%3×)</source>
        <translation>速度为 eager 的 %1×（95% 置信区间 %2–%3×）</translation>
    </message>
    <message>
        <source>≈ eager: %1× (95% CI %2–%3×) is not a real difference</source>
        <translation>≈ eager：%1×（95% 置信区间 %2–%3×）不是真实的差异</translation>
    </message>
    <message>
        <source>boxes left to right: batch %1 · click a name to hide or show it</source>
        <translation>箱线从左到右：批量大小 %1 · 点击名称可隐藏或显示</translation>
    </message>
</context>
<context>
    <name>ob::app::LogPanel</name>
    <message>
        <source>Not written to a file</source>
        <translation>未写入文件</translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation>同时写入 %1</translation>
    </message>
</context>
<context>
    <name>ob::app::MainWindow</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Run the benchmark (Ctrl+R)</source>
        <translation>运行基准测试（Ctrl+R）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>正在准备 %1</translation>
    </message>
    <message>
        <source>Checking %1 against eager</source>
        <translation>正在将 %1 与 eager 对照检查</translation>
    </message>
    <message>
        <source>Warming up %1 at batch %2</source>
        <translation>正在预热 %1（批量大小 %2）</translation>
    </message>
    <message>
        <source>Measuring batch %1</source>
        <translation>正在测量批量大小 %1</translation>
    </message>
    <message>
        <source>Measuring %1 at batch %2</source>
        <translation>正在测量 %1（批量大小 %2）</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在收尾</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批量大小 %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1:%2 min left</source>
        <translation>剩余 %1:%2 分钟</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>运行无法开始：%1</translation>
    </message>
    <message>
        <source>Cancelled: the finished results are kept.</source>
        <translation>已取消：已完成的结果会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n method(s)</source>
        <translation>
            <numerusform>已完成：%n 个方法</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Diagnostics)</source>
        <translation>
            <numerusform>%n 个失败（见“诊断”）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run and keep the finished results (Esc)</source>
        <translation>停止运行并保留已完成的结果（Esc）</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OptiBench</source>
        <translation>关于 OptiBench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Diagnostics (%1)</source>
        <translation>诊断（%1）</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before opening a session.</source>
        <translation>正在运行；请先取消运行再打开会话。</translation>
    </message>
    <message>
        <source>Opened %1 (measured %2; not re-run)</source>
        <translation>已打开 %1（测量于 %2；未重新运行）</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>The session could not be opened.

%1</source>
        <translation>无法打开会话。

%1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>The session could not be saved.

%1</source>
        <translation>无法保存会话。

%1</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>未命名会话</translation>
    </message>
    <message>
        <source>%1[*] — OptiBench</source>
        <translation>%1[*] — OptiBench</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Diagnose a log…</source>
        <translation>诊断日志(&amp;D)…</translation>
    </message>
    <message>
        <source>Find known failures in a log of your own: cause and fix</source>
        <translation>在自己的日志中查找已知失败：原因与解决方法</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>运行正在进行</translation>
    </message>
    <message>
        <source>A benchmark is running. Its finished results are kept in the run journal, but the run itself stops if you quit.</source>
        <translation>基准测试正在运行。已完成的结果保存在运行记录中，但退出会使运行本身停止。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel the run and quit</source>
        <translation>取消运行并退出(&amp;C)</translation>
    </message>
    <message>
        <source>⚠ Run journal not written</source>
        <translation>⚠ 运行记录未写入</translation>
    </message>
    <message>
        <source>The results of this run are not saved as they arrive, so a crash would lose them: %1</source>
        <translation>本次运行的结果不会在产生时随即保存，一旦崩溃就会丢失：%1</translation>
    </message>
    <message>
        <source>Restore run</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>The run could not be restored.

%1</source>
        <translation>无法恢复运行。

%1</translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before restoring a run.</source>
        <translation>正在运行；请先取消运行再恢复运行。</translation>
    </message>
    <message numerus="yes">
        <source>Restored an unfinished run from %1: %n finished batch(es); save it to keep it.</source>
        <translation>
            <numerusform>已从 %1 恢复一次未完成的运行：%n 个已完成的批次；请保存以保留它。</numerusform>
        </translation>
    </message>
    <message>
        <source>peak fp32 arithmetic</source>
        <translation>fp32 峰值算力</translation>
    </message>
    <message>
        <source>peak int8 arithmetic</source>
        <translation>int8 峰值算力</translation>
    </message>
    <message>
        <source>%1 read bandwidth</source>
        <translation>%1 读带宽</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Measuring the machine: %1</source>
        <translation>正在测量本机：%1</translation>
    </message>
    <message>
        <source>No run is shown: run a benchmark or open a session first.</source>
        <translation>当前没有显示任何运行：请先运行基准测试或打开一个会话。</translation>
    </message>
    <message>
        <source>The benchmark thread is busy: wait until the run or job in progress ends.</source>
        <translation>基准测试线程正忙：请等待正在进行的运行或任务结束。</translation>
    </message>
    <message>
        <source>Select a method in the results table.</source>
        <translation>请在结果表中选择一个方法。</translation>
    </message>
    <message>
        <source>%1 did not prepare in this run: there is no model to save.</source>
        <translation>%1 在本次运行中未能准备成功：没有可保存的模型。</translation>
    </message>
    <message>
        <source>Save the model of %1 as a TorchScript file (.pt), prepared again from this run&apos;s configuration</source>
        <translation>按本次运行的配置重新准备 %1 的模型，并保存为 TorchScript 文件（.pt）</translation>
    </message>
    <message>
        <source>Save model as &amp;TorchScript…</source>
        <translation>将模型保存为 TorchScript(&amp;T)…</translation>
    </message>
    <message>
        <source>Re-&amp;measure the machine</source>
        <translation>重新测量本机(&amp;M)</translation>
    </message>
    <message>
        <source>Measure this CPU&apos;s peak arithmetic and memory bandwidth again: the roofs of the roofline (a few seconds)</source>
        <translation>重新测量本机 CPU 的峰值算力和内存带宽，即屋顶线模型的性能上限（需几秒钟）</translation>
    </message>
    <message>
        <source>Save model as TorchScript</source>
        <translation>将模型保存为 TorchScript</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt)</source>
        <translation>TorchScript 模型 (*.pt)</translation>
    </message>
    <message>
        <source>Saving %1 as TorchScript to %2: preparing it on the benchmark thread…</source>
        <translation>正在将 %1 保存为 TorchScript 到 %2：正在基准测试线程上准备模型…</translation>
    </message>
    <message>
        <source>Saved %1 as TorchScript: %2 (%3)</source>
        <translation>已将 %1 保存为 TorchScript：%2（%3）</translation>
    </message>
    <message>
        <source>%1 was not saved as TorchScript.</source>
        <translation>%1 未能保存为 TorchScript。</translation>
    </message>
    <message>
        <source>The model of %1 could not be saved as TorchScript. Nothing was written.</source>
        <translation>无法将 %1 的模型保存为 TorchScript，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <source>Measuring the machine…</source>
        <translation>正在测量本机…</translation>
    </message>
    <message>
        <source>Measuring the machine was cancelled: the roofs are unchanged.</source>
        <translation>已取消本机测量：性能上限保持不变。</translation>
    </message>
    <message>
        <source>The machine could not be measured: %1</source>
        <translation>无法测量本机：%1</translation>
    </message>
    <message>
        <source>The machine was measured in %1 s: peak fp32 %2 GFLOP/s, DRAM %3 GB/s (see Environment).</source>
        <translation>本机测量完成，用时 %1 秒：fp32 峰值 %2 GFLOP/s，DRAM 带宽 %3 GB/s（见“环境”面板）。</translation>
    </message>
    <message>
        <source>filling a buffer larger than the caches</source>
        <translation>填充大于各级缓存的内存缓冲区</translation>
    </message>
    <message>
        <source>peak bf16 arithmetic</source>
        <translation>bf16 峰值算力</translation>
    </message>
    <message>
        <source>cancelled at %p%</source>
        <translation>已在 %p% 处取消</translation>
    </message>
    <message>
        <source>Unsaved run</source>
        <translation>运行结果未保存</translation>
    </message>
    <message>
        <source>The results of this run have not been saved.</source>
        <translation>本次运行的结果尚未保存。</translation>
    </message>
    <message>
        <source>Save them before they are replaced? If you discard them, they are lost.</source>
        <translation>在它们被替换之前保存吗？如果放弃，这些结果将丢失。</translation>
    </message>
    <message>
        <source>Save the model of %1 as a TorchScript file (.pt)</source>
        <translation>将 %1 的模型保存为 TorchScript 文件（.pt）</translation>
    </message>
    <message>
        <source>Save model as &amp;TorchScript</source>
        <translation>将模型保存为 &amp;TorchScript</translation>
    </message>
    <message>
        <source>Profiling %1 at batch %2</source>
        <translation>正在剖析 %1（批量 %2）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>剖析</translation>
    </message>
    <message>
        <source>The run is not kept in the history: %1</source>
        <translation>该运行未保存到历史：%1</translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before opening a run from the history.</source>
        <translation>有运行正在进行；请先取消它，再从历史中打开运行。</translation>
    </message>
    <message>
        <source>Opened run #%1 from the history (measured %2; not re-run)</source>
        <translation>已从历史中打开运行 #%1（测量于 %2；未重新运行）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>ob::app::MemoryChart</name>
    <message>
        <source>Memory per method: weights, and what the method adds to its process</source>
        <translation>各方法的内存：权重，以及方法给所在进程增加的内存</translation>
    </message>
    <message>
        <source>Memory per method: not measured in this run</source>
        <translation>各方法的内存：本次运行未测量</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1: weights %2 MiB at its precision; it keeps %3 MiB once prepared; peak %4 MiB above that while prepared, %5 MiB during its calls</source>
        <translation>%1：按其精度计的权重 %2 MiB；准备完成后保留 %3 MiB；准备期间的峰值比准备前高 %4 MiB，调用期间高 %5 MiB</translation>
    </message>
    <message>
        <source>A process holding only this method: peak %1 MiB, of which %2 MiB before any method</source>
        <translation>只持有此方法的进程：峰值 %1 MiB，其中 %2 MiB 在准备任何方法之前就已占用</translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation>此系统无法重置峰值：各峰值为上界。</translation>
    </message>
    <message>
        <source>solid: weights</source>
        <translation>实心：权重</translation>
    </message>
    <message>
        <source>light: kept once prepared</source>
        <translation>浅色：准备后保留的内存</translation>
    </message>
    <message>
        <source>outlined: peak while prepared or called</source>
        <translation>空心框：准备或调用时的峰值</translation>
    </message>
    <message>
        <source>above the %1 MiB of the process before any method</source>
        <translation>不含进程在准备任何方法之前占用的 %1 MiB</translation>
    </message>
    <message>
        <source>above the %1–%2 MiB of the process before any method</source>
        <translation>不含进程在准备任何方法之前占用的 %1–%2 MiB</translation>
    </message>
</context>
<context>
    <name>ob::app::MethodBarChart</name>
    <message>
        <source>Score per method (mean reasoning score)</source>
        <translation>各方法的推理分数（平均推理分数）</translation>
    </message>
    <message>
        <source>Fidelity per method (max |Δ score| against eager)</source>
        <translation>各方法的保真度（相对 eager 的最大 |Δ 推理分数|）</translation>
    </message>
    <message>
        <source>Jitter per method</source>
        <translation>各方法的波动</translation>
    </message>
    <message>
        <source>score</source>
        <translation>推理分数</translation>
    </message>
    <message>
        <source>max |Δ score|</source>
        <translation>最大 |Δ 推理分数|</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>%1: score %2 (95% CI %3–%4)</source>
        <translation>%1：推理分数 %2（95% 置信区间 %3–%4）</translation>
    </message>
    <message>
        <source>%1: score %2</source>
        <translation>%1：推理分数 %2</translation>
    </message>
    <message>
        <source>%1: max |Δ score| %2 against eager; logits&apos; cosine %3, argmax agreement %4 %</source>
        <translation>%1：相对 eager 的最大 |Δ 推理分数| 为 %2；logits 余弦相似度 %3，argmax 一致率 %4 %</translation>
    </message>
    <message>
        <source>%1, batch %2: std %3 ms, p99 − p50 %4 ms (median %5 ms, p99 %6 ms)</source>
        <translation>%1，批量大小 %2：标准差 %3 ms，p99 − p50 为 %4 ms（中位数 %5 ms，p99 %6 ms）</translation>
    </message>
    <message>
        <source>solid: std</source>
        <translation>实心：标准差</translation>
    </message>
    <message>
        <source>light: p99 − p50</source>
        <translation>浅色：p99 − p50</translation>
    </message>
    <message>
        <source>click a name to hide or show it</source>
        <translation>点击名称可隐藏或显示</translation>
    </message>
</context>
<context>
    <name>ob::app::ModelInputsPanel</name>
    <message>
        <source>names the argument &apos;%1&apos;, but this field is for &apos;%2&apos; (leave the name out)</source>
        <translation>指定的是参数 &apos;%1&apos;，但此栏对应 &apos;%2&apos;（请省略名称）</translation>
    </message>
    <message>
        <source>(no default)</source>
        <translation>（无默认值）</translation>
    </message>
    <message>
        <source>Not a tensor: forward gets its default</source>
        <translation>不是张量：forward 使用其默认值</translation>
    </message>
    <message>
        <source>not a tensor: its default is used</source>
        <translation>不是张量：使用其默认值</translation>
    </message>
    <message>
        <source>The input spec of %1: %2</source>
        <translation>%1 的输入规格：%2</translation>
    </message>
    <message>
        <source>e.g. B,24:int64[0,1000)</source>
        <translation>例如 B,24:int64[0,1000)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已给定</translation>
    </message>
    <message>
        <source>not given: forward gets None</source>
        <translation>未给定：forward 得到 None</translation>
    </message>
    <message>
        <source>no spec: give its shape and dtype</source>
        <translation>没有规格：请给出其形状和 dtype</translation>
    </message>
    <message>
        <source>from the example file</source>
        <translation>来自示例文件</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>建议值：%1</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>The first output leaf with a class dimension, as the engine picks it</source>
        <translation>引擎选出的第一个带类别维度的输出叶</translation>
    </message>
    <message>
        <source>Compared with eager&apos;s by cosine and errors</source>
        <translation>按余弦相似度和误差与 eager 比较</translation>
    </message>
    <message>
        <source>Compared with eager&apos;s exactly</source>
        <translation>与 eager 精确比较</translation>
    </message>
    <message>
        <source>The output leaf whose top-1 agreement with eager is measured and scored; every leaf is compared with eager&apos;s</source>
        <translation>在其上测量与 eager 的 top-1 一致率并计分的输出叶；每个输出叶都会与 eager 比较</translation>
    </message>
    <message>
        <source>Example inputs</source>
        <translation>示例输入</translation>
    </message>
    <message>
        <source>Saved tensors (*.pt *.pth *.pkl)</source>
        <translation>保存的张量 (*.pt *.pth *.pkl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Schema of forward:</source>
        <translation>forward 的签名：</translation>
    </message>
    <message>
        <source>Example file:</source>
        <translation>示例文件：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>E&amp;xample inputs…</source>
        <translation>示例输入(&amp;X)…</translation>
    </message>
    <message>
        <source>A torch.save file of forward&apos;s inputs (a tensor, or a tuple, list or dict of them): the inputs are made like it</source>
        <translation>forward 输入的 torch.save 文件（一个张量，或由张量组成的元组、列表或字典）：按它生成输入</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Do not use an example-inputs file</source>
        <translation>不使用示例输入文件</translation>
    </message>
    <message>
        <source>Not used while input specs are given: given specs take precedence over the example file.</source>
        <translation>给定了输入规格时不使用：给定的规格优先于示例文件。</translation>
    </message>
    <message>
        <source>&amp;Use the suggestions</source>
        <translation>使用建议值(&amp;U)</translation>
    </message>
    <message>
        <source>Forget the specs typed here: the inputs come from the example file or the graph&apos;s suggestions again</source>
        <translation>丢弃这里输入的规格：输入重新来自示例文件或计算图给出的建议</translation>
    </message>
    <message>
        <source>&amp;Primary output:</source>
        <translation>主输出(&amp;P)：</translation>
    </message>
    <message>
        <source>Checking the inputs…</source>
        <translation>正在检查输入…</translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileChart</name>
    <message>
        <source>Where the time goes: self time per operator</source>
        <translation>耗时分布：各算子的自身耗时</translation>
    </message>
    <message>
        <source>ms per forward (self time)</source>
        <translation>每次前向调用的毫秒数（自身耗时）</translation>
    </message>
    <message>
        <source>%1 in %2: %3 ms self per forward (%4% of its profile), %5 call(s)</source>
        <translation>%2 中的 %1：每次前向调用自身耗时 %3 ms（占其剖析的 %4%），%5 次调用</translation>
    </message>
    <message>
        <source>%1 does not run in %2</source>
        <translation>%1 不在 %2 中运行</translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileDiffModel</name>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ob::app::ProfilePage</name>
    <message>
        <source>Self time per forward: %1 ms in %2, %3 ms in %4 (timed medians %5 ms and %6 ms).</source>
        <translation>每次前向调用的自身耗时：%2 为 %1 ms，%4 为 %3 ms（计时中位数分别为 %5 ms 和 %6 ms）。</translation>
    </message>
    <message>
        <source>No profile in this session. Check &quot;Profile each method&quot; in the configuration (Measurement) and run: each method is then profiled after its timing, outside the timed calls.</source>
        <translation>本会话没有剖析结果。请在配置（测量）中勾选“剖析每个方法的耗时分布”后运行：每个方法会在计时之后、在计时调用之外进行剖析。</translation>
    </message>
    <message>
        <source>Add the rows of each operator up over its modules.</source>
        <translation>将每个算子在各模块中的行相加。</translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileRowsModel</name>
    <message>
        <source>A TorchScript function: its self time is the interpreter&apos;s and that of the operators LibTorch does not record.</source>
        <translation>TorchScript 函数：其自身耗时属于解释器以及 LibTorch 不记录的算子。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Self (ms)</source>
        <translation>自身耗时 (ms)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>总耗时 (ms)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation>输入形状</translation>
    </message>
</context>
<context>
    <name>ob::app::RestoreDialog</name>
    <message>
        <source>Restore unfinished runs</source>
        <translation>恢复未完成的运行</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) did not finish (OptiBench was closed, killed or crashed while measuring). Their finished results were saved as they arrived; restoring shows them as a cancelled, partial session.</source>
        <translation>
            <numerusform>有 %n 次运行未完成（测量期间 OptiBench 被关闭、被终止或崩溃）。其已完成的结果在产生时即已保存；恢复后将作为已取消的部分会话显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Finished batches</source>
        <translation>已完成批次</translation>
    </message>
    <message>
        <source>Torn lines ignored</source>
        <translation>已忽略的残缺行</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s finished results; it is not offered again.</source>
        <translation>显示所选运行已完成的结果；之后不再提示恢复该运行。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Do not offer the selected run again (its journal file is kept, marked as dealt with).</source>
        <translation>不再提示恢复所选运行（其运行记录文件会保留，并标记为已处理）。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Ask again at the next start.</source>
        <translation>下次启动时再询问。</translation>
    </message>
</context>
<context>
    <name>ob::app::ResultsPage</name>
    <message>
        <source>No results yet: choose a configuration and press Run (Ctrl+R).</source>
        <translation>暂无结果：选择配置后按“运行”（Ctrl+R）。</translation>
    </message>
    <message>
        <source>%1 measured calls per method and batch</source>
        <translation>每个方法和批量大小测量 %1 次调用</translation>
    </message>
    <message>
        <source>adaptive length (median within ±%1%, %2–%3 calls, %4 s per method)</source>
        <translation>自适应长度（中位数在 ±%1% 以内，%2–%3 次调用，每个方法 %4 秒）</translation>
    </message>
    <message>
        <source>%1, hidden %2, %3 layers · %4 warm-up calls · %5 · %6 thread(s)</source>
        <translation>%1，隐藏层宽度 %2，%3 层 · 预热 %4 次 · %5 · %6 个线程</translation>
    </message>
    <message>
        <source>cancelled: partial results</source>
        <translation>已取消：部分结果</translation>
    </message>
    <message>
        <source>the run could not start: %1</source>
        <translation>运行无法开始：%1</translation>
    </message>
    <message>
        <source>other processes used %1 % of the machine</source>
        <translation>其他进程占用了机器的 %1 %</translation>
    </message>
    <message>
        <source>the hypervisor took %1 % (steal time)</source>
        <translation>虚拟机管理程序占用了 %1 %（steal time）</translation>
    </message>
    <message>
        <source>load average %1 → %2</source>
        <translation>平均负载 %1 → %2</translation>
    </message>
    <message>
        <source>⚠ The machine was busy during the measurement (%1): latencies are noisier and slower than on an idle machine. Compare methods within this run only, or run again when the machine is idle.</source>
        <translation>⚠ 测量期间机器较忙（%1）：推理时间比空闲机器上波动更大、更慢。请只在本次运行内比较各方法，或在机器空闲时重新运行。</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Rows of one method together, or of one batch size together (then sort a column to rank the methods at each batch size)</source>
        <translation>把同一方法的行放在一起，或把同一批量大小的行放在一起（再按某列排序，即可在每个批量大小下给方法排名）</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide columns (also: right-click the table&apos;s header)</source>
        <translation>显示或隐藏列（也可右键单击表头）</translation>
    </message>
</context>
<context>
    <name>ob::app::ResultsTableModel</name>
    <message>
        <source>partial</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>测量中</translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>Logit cosine %1; max |Δ score| %2; relative L2 error %3; argmax agreement %4 %</source>
        <translation>logit 余弦相似度 %1；最大 |Δ 推理分数| %2；相对 L2 误差 %3；argmax 一致率 %4 %</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>推理分数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Standard deviation of the latency</source>
        <translation>推理时间的标准差</translation>
    </message>
    <message>
        <source>99th percentile of the latency</source>
        <translation>推理时间的第 99 百分位数</translation>
    </message>
    <message>
        <source>Mean reasoning score over the evaluation set</source>
        <translation>评估集上的平均推理分数</translation>
    </message>
    <message>
        <source>Cosine similarity of the logits with eager&apos;s (1 = identical)</source>
        <translation>与 eager 的 logits 余弦相似度（1 = 完全相同）</translation>
    </message>
    <message>
        <source>Time to prepare the method, including its first call</source>
        <translation>准备该方法所用的时间，包括首次调用</translation>
    </message>
    <message>
        <source>± CI</source>
        <translation>± 置信区间</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线效率</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Median latency of one forward at this batch size</source>
        <translation>此批量大小下单次前向推理时间的中位数</translation>
    </message>
    <message>
        <source>Half-width of the 95% confidence interval of the median, in % of the median</source>
        <translation>中位数 95% 置信区间的半宽，以占中位数的百分比表示</translation>
    </message>
    <message>
        <source>Median latency of eager divided by this method&apos;s, with its 95% bootstrap CI; ≈ marks a difference that is not significant (Mann–Whitney U, p ≥ 0.05, or the CI contains 1)</source>
        <translation>eager 的推理时间中位数除以该方法的推理时间中位数，附 95% bootstrap 置信区间；≈ 表示差异不显著（Mann–Whitney U 检验 p ≥ 0.05，或置信区间包含 1）</translation>
    </message>
    <message>
        <source>Share of the roofline bound reached: the least time the machine&apos;s roofs allow divided by the median latency</source>
        <translation>达到屋顶线上限的比例：机器性能上限所允许的最短时间除以推理时间中位数</translation>
    </message>
    <message>
        <source>Why the measurement stopped, outliers beyond the robust fences, and whether the series was steady</source>
        <translation>测量停止的原因、超出稳健界限的离群值，以及测量序列是否稳定</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) excluded</source>
        <translation>
            <numerusform>已排除 %n 个离群值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n 个离群值</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls; median %2 ms (95% CI %3–%4 ms); mean %5 ms, std %6 ms, IQR %7 ms, p99 %8 ms, min %9 ms, max %10 ms</source>
        <translation>%1 次调用；中位数 %2 ms（95% 置信区间 %3–%4 ms）；平均值 %5 ms，标准差 %6 ms，IQR %7 ms，p99 %8 ms，最小值 %9 ms，最大值 %10 ms</translation>
    </message>
    <message>
        <source>Provisional: ratio of the medians so far; the confidence interval and the test come when the run ends.</source>
        <translation>暂定值：目前为止的中位数之比；置信区间和显著性检验将在运行结束后给出。</translation>
    </message>
    <message>
        <source>%1× (95% CI %2–%3×), Mann–Whitney p = %4</source>
        <translation>%1×（95% 置信区间 %2–%3×），Mann–Whitney p = %4</translation>
    </message>
    <message>
        <source>%1: a real difference.</source>
        <translation>%1：差异显著。</translation>
    </message>
    <message>
        <source>%1: not significant; this method is as fast as eager (≈).</source>
        <translation>%1：差异不显著；该方法与 eager 一样快（≈）。</translation>
    </message>
    <message>
        <source>%1 % of the bound: at least %2 µs (bound by %3); %4 GFLOP/s achieved at %5 FLOP/byte</source>
        <translation>达到上限的 %1 %：至少需要 %2 µs（受 %3 限制）；在 %5 FLOP/byte 下实际达到 %4 GFLOP/s</translation>
    </message>
    <message>
        <source>%1 calls in %2 s%3; %4</source>
        <translation>%2 秒内 %1 次调用%3；%4</translation>
    </message>
    <message>
        <source>, timed in blocks of %1 calls</source>
        <translation>，按每块 %1 次调用计时</translation>
    </message>
    <message>
        <source>steady: no drift between the first and last quarter</source>
        <translation>稳定：第一个四分之一与最后一个四分之一之间没有漂移</translation>
    </message>
    <message>
        <source>(the output)</source>
        <translation>（唯一的输出）</translation>
    </message>
    <message>
        <source>Worst output %1: cosine %2, max |Δ| %3, relative L2 error %4; top-1 agreement on %5: %6 %</source>
        <translation>偏离最大的输出 %1：余弦相似度 %2，最大 |Δ| %3，相对 L2 误差 %4；%5 上的 top-1 一致率：%6 %</translation>
    </message>
    <message>
        <source>Peak resident memory of a process that holds only this method: the runtime and the model, plus what the method keeps and the peak of its preparation or of its calls</source>
        <translation>只持有此方法的进程的峰值常驻内存：运行时与模型，加上该方法保留的内存以及其准备阶段或调用期间的峰值</translation>
    </message>
    <message>
        <source>Weights %1 MiB at this method&apos;s precision; the method keeps %2 MiB; peak %3 MiB while it was prepared, %4 MiB during its calls; the process before any method: %5 MiB</source>
        <translation>按此方法精度的权重 %1 MiB；方法保留 %2 MiB；准备期间峰值 %3 MiB，调用期间 %4 MiB；准备任何方法之前的进程：%5 MiB</translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation>此系统无法重置峰值：各峰值为上界。</translation>
    </message>
    <message>
        <source>Median
(ms)</source>
        <translation>中位数
(ms)</translation>
    </message>
    <message>
        <source>Jitter
(ms)</source>
        <translation>波动
(ms)</translation>
    </message>
    <message>
        <source>p99
(ms)</source>
        <translation>p99
(ms)</translation>
    </message>
    <message>
        <source>Speed-up
vs eager</source>
        <translation>相对 eager
加速比</translation>
    </message>
    <message>
        <source>Fidelity
(cos)</source>
        <translation>保真度
(cos)</translation>
    </message>
    <message>
        <source>Setup
(ms)</source>
        <translation>准备时间
(ms)</translation>
    </message>
    <message>
        <source>Memory
(MiB)</source>
        <translation>内存
(MiB)</translation>
    </message>
    <message>
        <source>a small drift that does not change the comparison</source>
        <translation>轻微漂移，不影响比较结果</translation>
    </message>
</context>
<context>
    <name>ob::app::RooflineChart</name>
    <message>
        <source>Roofline: achieved GFLOP/s against arithmetic intensity (one point per method and batch)</source>
        <translation>屋顶线模型：实际 GFLOP/s 随算术强度的变化（每个方法和批量大小一个点）</translation>
    </message>
    <message>
        <source>Roofline: shown when a run has measured the machine&apos;s roofs</source>
        <translation>屋顶线模型：运行测量了机器的性能上限后显示</translation>
    </message>
    <message>
        <source>arithmetic intensity (FLOP/byte)</source>
        <translation>算术强度 (FLOP/byte)</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>%1 peak %2 GFLOP/s</source>
        <translation>%1 峰值 %2 GFLOP/s</translation>
    </message>
    <message>
        <source>%1 %2 GB/s</source>
        <translation>%1 %2 GB/s</translation>
    </message>
    <message>
        <source>%1, batch %2: %3 GFLOP/s at %4 FLOP/byte; %5 % of the %6 bound</source>
        <translation>%1，批量大小 %2：%3 GFLOP/s，算术强度 %4 FLOP/byte；达到 %6 上限的 %5 %</translation>
    </message>
</context>
<context>
    <name>ob::app::RunController</name>
    <message>
        <source>The fix cannot be applied: %1</source>
        <translation>无法应用该修复：%1</translation>
    </message>
</context>
<context>
    <name>ob::app::RunSummaryPanel</name>
    <message>
        <source>Batch</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Fastest faithful method</source>
        <translation>最快的保真方法</translation>
    </message>
    <message>
        <source>Against eager</source>
        <translation>相对 eager</translation>
    </message>
    <message>
        <source>At what cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Faster, but its outputs drift</source>
        <translation>更快但输出偏离</translation>
    </message>
    <message>
        <source>no faithful method was measured</source>
        <translation>没有测量到保真的方法</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>nothing beats eager</source>
        <translation>没有方法胜过 eager</translation>
    </message>
    <message>
        <source>eager not measured</source>
        <translation>未测量 eager</translation>
    </message>
    <message>
        <source>not significantly faster: %1</source>
        <translation>并不显著更快：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The run is in progress: the summary (the fastest faithful method at each batch size, by how much, at what cost) comes when it ends.</source>
        <translation>运行进行中：摘要（每个批量大小下最快的保真方法、快多少、代价如何）将在运行结束时给出。</translation>
    </message>
</context>
<context>
    <name>ob::app::StrategyPanel</name>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>JIT 编译</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>编译优化</translation>
    </message>
    <message>
        <source>Simplification</source>
        <translation>模型简化</translation>
    </message>
    <message>
        <source>Native kernels</source>
        <translation>原生内核</translation>
    </message>
    <message>
        <source>Fails when: %1</source>
        <translation>失败条件：%1</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>选项：%1</translation>
    </message>
    <message>
        <source>Not part of &quot;all&quot;.</source>
        <translation>不包含在“all”中。</translation>
    </message>
</context>
<context>
    <name>ob::app::TraceChart</name>
    <message>
        <source>Per-call latency, batch %1</source>
        <translation>每次调用的推理时间，批量大小 %1</translation>
    </message>
    <message>
        <source>Per-call latency</source>
        <translation>每次调用的推理时间</translation>
    </message>
    <message>
        <source>call</source>
        <translation>调用序号</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>calls in each cell</source>
        <translation>每个单元格中的调用</translation>
    </message>
    <message>
        <source>&amp;Small multiples</source>
        <translation>分面显示(&amp;S)</translation>
    </message>
    <message>
        <source>Each method in a cell of its own, its calls from ½× to 4× its median (log scale); unchecked: every method on one axis in ms.</source>
        <translation>每个方法占一个单元格，显示其调用，范围为其中位数的 ½× 到 4×（对数刻度）；不勾选时：所有方法画在同一个以 ms 为单位的坐标轴上。</translation>
    </message>
    <message>
        <source>each cell: a method&apos;s calls from ½× to 4× its median (log) · click a name to hide or show it</source>
        <translation>每个单元格：一个方法的调用，范围为其中位数的 ½× 到 4×（对数）· 点击名称可隐藏或显示</translation>
    </message>
    <message>
        <source>median of the %1 calls shown: %2 ms</source>
        <translation>所示 %1 次调用的中位数：%2 ms</translation>
    </message>
    <message>
        <source>%1, batch %2, call %3: %4 ms (median of the %5 calls shown: %6 ms)</source>
        <translation>%1，批量大小 %2，第 %3 次调用：%4 ms（所示 %5 次调用的中位数：%6 ms）</translation>
    </message>
</context>
<context>
    <name>ob::app::ValueDelegate</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
</context>
<context>
    <name>ob::cli</name>
    <message>
        <source>--%1 takes no value (got &quot;%2&quot;)</source>
        <translation>--%1 不接受值（收到“%2”）</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; allowed: %2</source>
        <translation>未知选项“%1”；允许：%2</translation>
    </message>
    <message>
        <source> (not in &quot;all&quot;)</source>
        <translation>（不包含在“all”中）</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset; allowed: %2</source>
        <translation>--preset：“%1”不是预设；允许：%2</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1，批量大小 %2</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计剩余</translation>
    </message>
    <message>
        <source>diagnose: standard input cannot be read (%1)</source>
        <translation>diagnose：无法读取标准输入（%1）</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>is too large (%1 bytes; allowed up to %2)</source>
        <translation>太大（%1 字节；最多允许 %2）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>diagnose: &quot;%1&quot; %2; allowed: a readable log file, or - for standard input</source>
        <translation>diagnose：“%1”%2；允许：一个可读的日志文件，或用 - 表示标准输入</translation>
    </message>
    <message>
        <source>diagnose: the input is larger than %1 bytes</source>
        <translation>diagnose：输入大于 %1 字节</translation>
    </message>
    <message>
        <source>Usage: optibench-cli diagnose FILE|-
Finds known failures of quantization, tracing, scripting and compiling in a log (LibTorch C++ and Python wordings) and prints, for each, the line, the cause and the fix.
</source>
        <translation>用法：optibench-cli diagnose FILE|-
在日志中查找量化、跟踪、脚本化和编译的已知失败（LibTorch C++ 与 Python 的措辞），并对每一处打印所在行、原因和解决方法。
</translation>
    </message>
    <message>
        <source>diagnose: expected one log file (or - for standard input), got %1 arguments</source>
        <translation>diagnose：需要一个日志文件（或用 - 表示标准输入），但收到 %1 个参数</translation>
    </message>
    <message>
        <source>no known failure found</source>
        <translation>未发现已知失败</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>解决：%1</translation>
    </message>
    <message>
        <source>in OptiBench: %1</source>
        <translation>在 OptiBench 中：%1</translation>
    </message>
    <message>
        <source>--lang needs a value</source>
        <translation>--lang 需要一个值</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language; allowed: %2</source>
        <translation>--lang：“%1”不是支持的语言；允许：%2</translation>
    </message>
    <message>
        <source>names method &quot;%1&quot;, which this run does not run</source>
        <translation>指定的方法“%1”不在本次运行中</translation>
    </message>
    <message>
        <source>FILE.pt, or METHOD=FILE.pt with one of: %1</source>
        <translation>FILE.pt，或 METHOD=FILE.pt，其中 METHOD 为以下之一：%1</translation>
    </message>
    <message>
        <source>--save-model: %1: %2</source>
        <translation>--save-model：%1：%2</translation>
    </message>
    <message>
        <source>no method of this run has a TorchScript form (add a JIT or Compile step, e.g. jit_script)</source>
        <translation>本次运行中没有方法具有 TorchScript 形式（请加上 JIT 或编译步骤，例如 jit_script）</translation>
    </message>
    <message>
        <source>optibench-cli: --save-model: nothing saved: %1</source>
        <translation>optibench-cli：--save-model：未保存任何内容：%1</translation>
    </message>
    <message>
        <source>optibench-cli: --save-model: nothing saved: the method to save did not prepare or the run was cancelled</source>
        <translation>optibench-cli：--save-model：未保存任何内容：要保存的方法没有准备成功，或运行已被取消</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not two different methods of the run; allowed: two of %2, e.g. %3</source>
        <translation>--compare：“%1”不是本次运行中的两个不同方法；允许：%2 中的两个，例如 %3</translation>
    </message>
    <message>
        <source>optibench-cli: warning: the journal was not fully written: %1
</source>
        <translation>optibench-cli：警告：运行记录没有完整写入：%1
</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(默认 %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found.</source>
        <translation>
            <numerusform>发现 %n 个已知失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>optibench-cli: wrote the report %1
</source>
        <translation>optibench-cli：已写出报告 %1
</translation>
    </message>
    <message>
        <source>optibench-cli: wrote %1 chart files to %2
</source>
        <translation>optibench-cli：已将 %1 个图表文件写入 %2
</translation>
    </message>
    <message>
        <source>report: give exactly one run file (optibench.run/1 JSON, as written by run --json or saved by the workbench); got %1</source>
        <translation>report：请恰好给出一个运行文件（optibench.run/1 JSON，由 run --json 写出或由工作台保存），但收到 %1 个</translation>
    </message>
    <message>
        <source>report: nothing to write; allowed: --out FILE.html|FILE.pdf and/or --charts DIR</source>
        <translation>report：没有要写出的内容；允许：--out FILE.html|FILE.pdf 和/或 --charts DIR</translation>
    </message>
    <message>
        <source>RUN.json: &quot;%1&quot; is not a run: %2</source>
        <translation>RUN.json：“%1”不是运行结果：%2</translation>
    </message>
    <message>
        <source>--model torchscript needs --model-file FILE.pt (a TorchScript file)</source>
        <translation>--model torchscript 需要 --model-file FILE.pt（一个 TorchScript 文件）</translation>
    </message>
    <message>
        <source>  load average when measured: %1%2
</source>
        <translation>  测量时的负载均值：%1%2
</translation>
    </message>
    <message>
        <source> (busy: the roofs may be too low; re-measure when idle)</source>
        <translation>（机器繁忙：上限可能偏低；请在空闲时重新测量）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已给出</translation>
    </message>
    <message>
        <source>example file</source>
        <translation>示例文件</translation>
    </message>
    <message>
        <source>suggested from the graph</source>
        <translation>根据计算图建议</translation>
    </message>
    <message>
        <source>suggested from the graph: %1</source>
        <translation>根据计算图建议：%1</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>(the output)</source>
        <translation>（整个输出）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>input spec</source>
        <translation>输入规格</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not a tensor: its default is used</source>
        <translation>不是张量：使用其默认值</translation>
    </message>
    <message>
        <source>Arguments of forward:</source>
        <translation>forward 的参数：</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>shape at batch 1</source>
        <translation>批量为 1 时的形状</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>cosine and errors</source>
        <translation>余弦相似度和误差</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>精确比较</translation>
    </message>
    <message>
        <source>Primary output: none (no output has a class dimension): top-1 agreement is not measured</source>
        <translation>主输出：无（没有输出具有类别维度）：不测量 top-1 一致率</translation>
    </message>
    <message>
        <source>Primary output: %1 (top-1 agreement is measured on it; --primary-output chooses another)</source>
        <translation>主输出：%1（在其上测量 top-1 一致率；用 --primary-output 选择其他输出）</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>FLOPs per forward at batch 1</source>
        <translation>批量为 1 时每次 forward 的 FLOPs</translation>
    </message>
    <message>
        <source>bytes the counted ops read and write</source>
        <translation>已计数算子读写的字节数</translation>
    </message>
    <message>
        <source>ops not counted</source>
        <translation>未计数的算子</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>开销：</translation>
    </message>
    <message>
        <source>Model file: %1</source>
        <translation>模型文件：%1</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>Batch sweep: applies (an input has the batch dimension B; --batch sets its sizes)</source>
        <translation>批量扫描：适用（有输入具有批量维 B；--batch 设置其大小）</translation>
    </message>
    <message>
        <source>Batch sweep: does not apply (no input has a batch dimension B): the model runs at its fixed shape whatever --batch says</source>
        <translation>批量扫描：不适用（没有输入具有批量维 B）：无论 --batch 为何，模型都以其固定形状运行</translation>
    </message>
    <message>
        <source>To benchmark it on these inputs:</source>
        <translation>在这些输入上对其做基准测试：</translation>
    </message>
    <message>
        <source>inspect needs one model file: optibench-cli inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json]</source>
        <translation>inspect 需要一个模型文件：optibench-cli inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json]</translation>
    </message>
    <message>
        <source>%1 cannot be benchmarked (%2)</source>
        <translation>%1 无法进行基准测试（%2）</translation>
    </message>
    <message>
        <source>LibTorch&apos;s own text: %1</source>
        <translation>LibTorch 原文：%1</translation>
    </message>
    <message>
        <source>--%1 applies to a model file only: add --model-file FILE.pt (the model %2 makes its own inputs)</source>
        <translation>--%1 只适用于模型文件：请加上 --model-file FILE.pt（模型 %2 自行生成输入）</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1 of weights, %2 of activations</source>
        <translation>权重 %1，激活 %2</translation>
    </message>
    <message>
        <source>Recognised as OptiBench&apos;s simplified model (hidden %1, layers %2): quantization and the native kernels apply.</source>
        <translation>识别为 OptiBench 的简化模型（隐藏层宽度 %1，层数 %2）：量化和原生内核适用。</translation>
    </message>
    <message>
        <source>%1 (one core, measured %2 in %3 s; cache: %4)
</source>
        <translation>%1（单核，测量于 %2，用时 %3 秒；缓存：%4）
</translation>
    </message>
    <message>
        <source>  peak fp32   %1 GFLOP/s  (%2)
</source>
        <translation>  fp32 峰值     %1 GFLOP/s  (%2)
</translation>
    </message>
    <message>
        <source>  peak int8   %1 GOP/s  (%2)
</source>
        <translation>  int8 峰值     %1 GOP/s  (%2)
</translation>
    </message>
    <message>
        <source>  peak bf16   %1 GFLOP/s  (%2)
</source>
        <translation>  bf16 峰值     %1 GFLOP/s  (%2)
</translation>
    </message>
    <message>
        <source>  peak bf16   none: no AVX512_BF16 here, bf16 methods are measured against the fp32 roof
</source>
        <translation>  bf16 峰值     无：本机没有 AVX512_BF16，bf16 方法以 fp32 上限衡量
</translation>
    </message>
    <message>
        <source>  read L1     %1 GB/s  (%2 KiB)
  read L2     %3 GB/s  (%4 KiB)
  read L3     %5 GB/s  (%6 MiB)
  read DRAM   %7 GB/s  (%8 loads)
</source>
        <translation>  L1 读带宽     %1 GB/s  (%2 KiB)
  L2 读带宽     %3 GB/s  (%4 KiB)
  L3 读带宽     %5 GB/s  (%6 MiB)
  DRAM 读带宽   %7 GB/s  (%8 加载指令)
</translation>
    </message>
    <message>
        <source>Usage: optibench-cli history &lt;command&gt; [--history-db FILE] [--json]
  list [--search TEXT] [--tag TAG] [--limit N]   the stored runs, newest first
  show ID                 one run: its record and its results table
  compare A B [C ...]     B (and C ...) against the reference A; each a history id, latest, latest~N
                          or a run JSON file; --fail-if-slower P% (exit 3 when a method x batch got
                          slower by more than P% with significance), --noise-floor P%, --level L,
                          --report FILE.html|FILE.pdf
  import FILE ...         store run JSON files (e.g. from other machines)
  export ID FILE          write a stored run as JSON
  delete ID               remove a run
  note ID TEXT            set the run&apos;s note (&quot;&quot; clears it)
  tag ID TAG ... [--remove TAG]  add (or remove) tags
</source>
        <translation>用法：optibench-cli history &lt;命令&gt; [--history-db FILE] [--json]
  list [--search TEXT] [--tag TAG] [--limit N]   已保存的运行，最新的在前
  show ID                 一次运行：其记录和结果表
  compare A B [C ...]     B（及 C ...）对比参照 A；每个为历史编号、latest、latest~N
                          或运行 JSON 文件；--fail-if-slower P%（当某个方法 x 批大小显著变慢
                          超过 P% 时以状态 3 退出），--noise-floor P%，--level L，
                          --report FILE.html|FILE.pdf
  import FILE ...         保存运行 JSON 文件（例如来自其他机器）
  export ID FILE          将已保存的运行写为 JSON
  delete ID               删除一次运行
  note ID TEXT            设置运行的备注（&quot;&quot; 清除）
  tag ID TAG ... [--remove TAG]  添加（或删除）标签
</translation>
    </message>
    <message>
        <source>the history is off (OPTIBENCH_HISTORY_DB=off); name a file with --history-db FILE</source>
        <translation>历史已关闭（OPTIBENCH_HISTORY_DB=off）；请用 --history-db FILE 指定文件</translation>
    </message>
    <message>
        <source>history: give the run&apos;s id (see: optibench-cli history list)</source>
        <translation>history：请给出运行的编号（见：optibench-cli history list）</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a count; allowed: 1 or more</source>
        <translation>--limit：“%1”不是数量；允许：1 或更多</translation>
    </message>
    <message>
        <source>history import: give one or more run JSON files (written by run --json or saved by the workbench)</source>
        <translation>history import：请给出一个或多个运行 JSON 文件（由 run --json 写入或由工作台保存）</translation>
    </message>
    <message>
        <source>%1: already in the history as #%2
</source>
        <translation>%1：已在历史中，编号 #%2
</translation>
    </message>
    <message>
        <source>%1: stored as #%2
</source>
        <translation>%1：已保存为 #%2
</translation>
    </message>
    <message>
        <source>history export: give the run&apos;s id and the file to write (history export ID FILE.json)</source>
        <translation>history export：请给出运行的编号和要写入的文件（history export ID FILE.json）</translation>
    </message>
    <message>
        <source>optibench-cli: wrote run #%1 to %2
</source>
        <translation>optibench-cli：已将运行 #%1 写入 %2
</translation>
    </message>
    <message>
        <source>optibench-cli: deleted run #%1
</source>
        <translation>optibench-cli：已删除运行 #%1
</translation>
    </message>
    <message>
        <source>history note: give the run&apos;s id and the note (history note ID &quot;TEXT&quot;; &quot;&quot; clears it)</source>
        <translation>history note：请给出运行的编号和备注（history note ID &quot;TEXT&quot;；&quot;&quot; 清除）</translation>
    </message>
    <message>
        <source>history tag: give the run&apos;s id and one or more tags (history tag ID TAG ... [--remove TAG])</source>
        <translation>history tag：请给出运行的编号和一个或多个标签（history tag ID TAG ... [--remove TAG]）</translation>
    </message>
    <message>
        <source>
History: every finished run is kept (SQLite, in the application data directory)
  history list|show|compare|import|export|delete|note|tag   the stored runs; compare A B
             --fail-if-slower 5% gates a CI job (exit 3); see: optibench-cli history --help
  run --history-db FILE       keep the run in this history file (else $OPTIBENCH_HISTORY_DB, a path or
                              off, else the default)
  run --no-history            do not keep the run
</source>
        <translation>
历史：每次完成的运行都会保存（SQLite，位于应用程序数据目录）
  history list|show|compare|import|export|delete|note|tag   已保存的运行；compare A B
             --fail-if-slower 5% 可作为 CI 任务的门槛（退出状态 3）；见：optibench-cli history --help
  run --history-db FILE       将运行保存到此历史文件（否则为 $OPTIBENCH_HISTORY_DB，一个路径或
                              off，否则为默认文件）
  run --no-history            不保存此次运行
</translation>
    </message>
    <message>
        <source>optibench-cli: warning: the run was not stored in the history: %1
</source>
        <translation>optibench-cli：警告：运行未保存到历史：%1
</translation>
    </message>
    <message>
        <source>optibench-cli: stored in the history as #%1 (%2)
</source>
        <translation>optibench-cli：已保存到历史，编号 #%1（%2）
</translation>
    </message>
    <message>
        <source>history: unknown command &quot;%1&quot;; allowed: %2</source>
        <translation>history：未知命令“%1”；允许：%2</translation>
    </message>
    <message>
        <source>--fail-if-slower: &quot;%1&quot; is not a percentage; allowed: 0% to 1000%, e.g. 5%</source>
        <translation>--fail-if-slower：“%1”不是百分比；允许：0% 到 1000%，例如 5%</translation>
    </message>
    <message>
        <source>--noise-floor: &quot;%1&quot; is not a percentage; allowed: 0% to 100%, e.g. 30%</source>
        <translation>--noise-floor：“%1”不是百分比；允许：0% 到 100%，例如 30%</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not a confidence level; allowed: 0.5 to 0.999, e.g. 0.95</source>
        <translation>--level：“%1”不是置信水平；允许：0.5 到 0.999，例如 0.95</translation>
    </message>
    <message>
        <source>history compare: give the reference and at least one run to compare with it; each a history id, latest, latest~N or a run JSON file</source>
        <translation>history compare：请给出参照以及至少一个要与之比较的运行；每个为历史编号、latest、latest~N 或运行 JSON 文件</translation>
    </message>
    <message>
        <source>Usage: optibench-cli &lt;command&gt; [options]

Commands:
  run        benchmark methods and print the results table
  inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json] [--verbose]
             what a TorchScript file is: forward&apos;s schema, the inputs it runs on and where each came from,
             its outputs, parameters and FLOPs, and the run command for it; exit 2 when it cannot be
             benchmarked (--verbose adds LibTorch&apos;s own text)
  env        print the environment (--json for JSON)
  methods    list the strategies and their options
  roofline   the machine&apos;s roofs: peak GFLOP/s and read bandwidths of one core
             (measured once per CPU model and cached; --remeasure, --json)
  diagnose FILE|-  find known failures in a log (C++ and Python wordings): line, cause, fix
  report RUN.json --out FILE.html|FILE.pdf [--charts DIR]
             a report of a saved run (optibench.run/1 JSON); --charts writes PNG, SVG and PDF of each chart
  --version  print the version
  --lang en|zh_CN  language of the output (any command)

run options:
  --model simplified|original|torchscript  model architecture (torchscript needs --model-file)
  --model-file FILE.pt        benchmark a TorchScript file (torch::jit::save archive, e.g. from --save-model;
                              implies --model torchscript; the file defines the sizes)
  --input [NAME:]DIMS[:DTYPE[RANGE]]  a model file: one tensor argument of forward, repeatable, in
                              argument order or by NAME; DIMS positive integers or B (the batch), DTYPE
                              float32 (default), float64, bfloat16, int64, int32, bool, RANGE [LO,HI) for
                              integers, [LO,HI] for floats; e.g. --input x:B,3,224,224
                              --input &apos;ids:B,24:int64[0,1000)&apos; (without --input: --example-inputs, else a
                              suggestion; see inspect)
  --example-inputs FILE       a model file: forward&apos;s inputs, saved with torch.save
  --primary-output PATH       a model file: the output leaf top-1 agreement is measured on (see inspect)
  --drift-cosine X            an output whose cosine to eager is below X has drifted, 0..1 (default 0.999)
  --drift-top1 PCT            top-1 agreement with eager below PCT percent has drifted, 0..100 (default 99)
  --hidden N                  hidden size, 1..8192 (default 256)
  --layers N                  residual layers, 0..256 (default 7)
  --inputs N, --outputs N     input and output widths (default 4 and 13)
  --batch 1,4,8,16            batch sizes
  --methods eager,...|all     methods; a method is a pipeline a+b+c of strategies
  --warmup N                  warm-up calls per method and batch (default 50)
  --iterations N|auto         exactly N measured calls per method and batch; auto (default): adaptive
  --target-ci P               adaptive: until the 95% CI of each median is within +-P% (default 2)
  --min-calls N, --max-calls N  adaptive: calls per method and batch (default 100 and 10000; the maximum
                              and the time budget win over the minimum)
  --time-budget S             adaptive: seconds per method and batch at most (default 1)
  --exclude-outliers          leave samples beyond median +- 3.5 MAD out of the summaries (kept in the data)
  --threads N                 LibTorch intra-op threads (default 1)
  --blas-threads N            OpenBLAS threads (default 1)
  --qengine auto|qnnpack|onednn|fbgemm|x86|none   quantized engine (default auto)
  --seed N                    seed of weights and inputs (default 42)
  --eval-samples N            size of the evaluation set (default 1024)
  --isolation process|thread  run the models in supervised worker processes (default) or in this one
  --call-timeout S|auto       a forward call that takes longer fails its method (default auto: 100x the
                              slowest warm-up call, at least 10 s); the run goes on in a new worker
  --worker-memory-limit MIB|auto|none  address space of a worker (default auto: 75% of the memory)
  --worker-cpu-limit S|auto|none       CPU time of a worker (default auto: at least an hour)
  --forks N                   measure every method in N worker processes, each with 1/N of the
                              measurement (default 3; one process with --isolation thread)
  --max-forks N|auto          add processes, up to N in all, while they disagree (default auto: none)
  --option key=value          a strategy option (see: optibench-cli methods);
                              roofline=off|remeasure skips or renews the machine&apos;s roofs
  --preset default|seed|quick a named configuration (applied first)
  --config FILE.json          a JSON object with the keys above; options given here override it
  --json FILE                 write the run as JSON (schema optibench.run/1)
  --csv FILE                  write one CSV row per method and batch
  --samples-csv FILE          write one CSV row per measured call (per timed block when blocks are used)
  --compare A,B               compare two methods of the run (ratio of medians, CI, p-value)
  --save-model [METHOD=]FILE.pt  save a method&apos;s model as TorchScript (without METHOD: the last method
                              of the run that has a TorchScript form)
  --journal FILE              append every finished result to FILE as it comes (JSON Lines)
  --report FILE.html|FILE.pdf write the full report (charts, tables, diagnoses) in the --lang language
  --charts DIR                write every chart as PNG (2x), SVG and PDF into DIR
  --quiet                     no progress on stderr
  --verbose                   log lines on stderr (one per prepared method and finished batch)

Exit status: 0 the run completed (some methods may have failed), 2 invalid input, 1 internal error.
</source>
        <translation>用法：optibench-cli &lt;command&gt; [options]

命令：
  run        对各方法做基准测试并打印结果表
  inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json] [--verbose]
             查看 TorchScript 文件：forward 的签名、它运行所用的输入及各自来源、
             它的输出、参数量和 FLOPs，以及对它做基准测试的 run 命令；无法做基准测试时
             退出状态为 2（--verbose 附上 LibTorch 的原文）
  env        打印环境信息（--json 输出 JSON）
  methods    列出各策略及其选项
  roofline   机器的性能上限：单核的峰值 GFLOP/s 与读带宽
             （每种 CPU 型号只测量一次并缓存；--remeasure、--json）
  diagnose FILE|-  在日志中查找已知失败（C++ 与 Python 的措辞）：所在行、原因、解决方法
  report RUN.json --out FILE.html|FILE.pdf [--charts DIR]
             为已保存的运行生成报告（optibench.run/1 JSON）；--charts 将每个图表写为 PNG、SVG 和 PDF
  --version  打印版本
  --lang en|zh_CN  输出语言（适用于所有命令）

run 选项：
  --model simplified|original|torchscript  模型架构（torchscript 需要 --model-file）
  --model-file FILE.pt        对 TorchScript 文件（torch::jit::save 存档，例如由 --save-model 保存）做基准测试；
                              隐含 --model torchscript；尺寸由文件决定
  --input [NAME:]DIMS[:DTYPE[RANGE]]  模型文件：forward 的一个张量参数，可重复，按参数顺序
                              或按 NAME 对应；DIMS 为正整数或 B（批量维），DTYPE 为
                              float32（默认）、float64、bfloat16、int64、int32、bool，RANGE 对整数
                              写作 [LO,HI)，对浮点写作 [LO,HI]；例如 --input x:B,3,224,224
                              --input &apos;ids:B,24:int64[0,1000)&apos;（不给 --input 时：使用 --example-inputs，
                              否则使用建议值；参见 inspect）
  --example-inputs FILE       模型文件：用 torch.save 保存的 forward 输入
  --primary-output PATH       模型文件：测量 top-1 一致率所用的输出叶（参见 inspect）
  --drift-cosine X            与 eager 的余弦相似度低于 X 的输出视为漂移，0..1（默认 0.999）
  --drift-top1 PCT            与 eager 的 top-1 一致率低于 PCT% 视为漂移，0..100（默认 99）
  --hidden N                  隐藏层宽度，1..8192（默认 256）
  --layers N                  残差层数，0..256（默认 7）
  --inputs N, --outputs N     输入和输出宽度（默认 4 和 13）
  --batch 1,4,8,16            批量大小
  --methods eager,...|all     方法；一个方法是由策略组成的流水线 a+b+c
  --warmup N                  每个方法和批量大小的预热调用次数（默认 50）
  --iterations N|auto         每个方法和批量大小恰好测量 N 次调用；auto（默认）：自适应
  --target-ci P               自适应：直到每个中位数的 95% 置信区间在 +-P% 以内（默认 2）
  --min-calls N, --max-calls N  自适应：每个方法和批量大小的调用次数（默认 100 和 10000；最大值
                              和时间预算优先于最小值）
  --time-budget S             自适应：每个方法和批量大小最多测量的秒数（默认 1）
  --exclude-outliers          汇总时排除超出中位数 +- 3.5 MAD 的样本（仍保留在数据中）
  --threads N                 LibTorch 算子内线程数（默认 1）
  --blas-threads N            OpenBLAS 线程数（默认 1）
  --qengine auto|qnnpack|onednn|fbgemm|x86|none   量化引擎（默认 auto）
  --seed N                    权重和输入的随机种子（默认 42）
  --eval-samples N            评估集大小（默认 1024）
  --isolation process|thread  在受监管的工作进程中运行模型（默认）或在本进程中运行
  --call-timeout S|auto       一次 forward 调用超过此时长则该方法失败（默认 auto：最慢预热调用的
                              100 倍，至少 10 秒）；运行在新的工作进程中继续
  --worker-memory-limit MIB|auto|none  工作进程的地址空间（默认 auto：内存的 75%）
  --worker-cpu-limit S|auto|none       工作进程的 CPU 时间（默认 auto：至少一小时）
  --forks N                   在 N 个工作进程中测量每个方法，每个进程承担 1/N 的测量
                              （默认 3；--isolation thread 时只有一个进程）
  --max-forks N|auto          各进程不一致时继续增加进程，总数最多到 N（默认 auto：不增加）
  --option key=value          一个策略选项（参见：optibench-cli methods）；
                              roofline=off|remeasure 跳过或重新测量机器的性能上限
  --preset default|seed|quick 命名配置（最先应用）
  --config FILE.json          以上述选项为键的 JSON 对象；命令行中给出的选项会覆盖它
  --json FILE                 将运行结果写为 JSON（模式 optibench.run/1）
  --csv FILE                  每个方法和批量大小写一行 CSV
  --samples-csv FILE          每次测量调用写一行 CSV（按块计时时每块一行）
  --compare A,B               比较本次运行中的两个方法（中位数之比、置信区间、p 值）
  --save-model [METHOD=]FILE.pt  将某个方法的模型保存为 TorchScript（不指定 METHOD 时：保存本次运行中
                              最后一个具有 TorchScript 形式的方法）
  --journal FILE              每完成一个结果就立即追加到 FILE（JSON Lines）
  --report FILE.html|FILE.pdf 以 --lang 指定的语言写出完整报告（图表、表格、诊断）
  --charts DIR                将每个图表以 PNG（2x）、SVG 和 PDF 格式写入 DIR
  --quiet                     不在 stderr 上显示进度
  --verbose                   在 stderr 上输出日志行（每个准备好的方法和每个完成的批次各一行）

退出状态：0 运行完成（部分方法可能失败），2 输入无效，1 内部错误。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; allowed: run, inspect, profile, env, methods, roofline, diagnose, report, history, --version</source>
        <translation>未知命令“%1”；允许：run, inspect, profile, env, methods, roofline, diagnose, report, history, --version</translation>
    </message>
    <message>
        <source>
profile [FILE.pt] [run options] [--top N] [--compare A,B]
  a run with --profile (default --methods eager,freeze_optimize --batch 1) that prints each method&apos;s
  top N operators (default 15) by self time, with module, calls, total time, share, GFLOP/s and input
  shapes, then two methods side by side (--compare A,B; default eager and the fastest): which
  operators appeared, vanished (fused, folded) or changed time. FILE.pt is --model-file; without it
  the built-in model. run --profile adds the same profile to the run&apos;s JSON, CSV (FILE.profile.csv)
  and report.
</source>
        <translation>
profile [FILE.pt] [run 选项] [--top N] [--compare A,B]
  带 --profile 的一次运行（默认 --methods eager,freeze_optimize --batch 1），打印每个方法按自身耗时排序的
  前 N 个算子（默认 15），含模块、调用次数、总耗时、占比、GFLOP/s 和输入形状，然后并排比较两个方法
  （--compare A,B；默认 eager 与最快的方法）：哪些算子新出现、消失（已融合、折叠）或耗时发生变化。
  FILE.pt 即 --model-file；不给则使用内置模型。run --profile 会把同样的剖析结果写入运行的 JSON、
  CSV（FILE.profile.csv）和报告。
</translation>
    </message>
    <message>
        <source>--top needs a value: a number of rows, 1..%1</source>
        <translation>--top 需要一个值：行数，1..%1</translation>
    </message>
    <message>
        <source>--top: &quot;%1&quot; is not a number of rows; allowed: 1..%2</source>
        <translation>--top：“%1”不是行数；允许：1..%2</translation>
    </message>
    <message>
        <source>No method was profiled.</source>
        <translation>没有方法经过剖析。</translation>
    </message>
    <message>
        <source>--history-db and --no-history contradict each other; give one</source>
        <translation>--history-db 与 --no-history 相互矛盾；请只给出其中之一</translation>
    </message>
</context>
<context>
    <name>ob::i18n</name>
    <message>
        <source>; </source>
        <comment>between two clauses of one line</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ob::report</name>
    <message>
        <source>Box: 25th to 75th percentile with the median; whiskers: 1st and 99th percentile; log scale.</source>
        <translation>箱体：第 25 至第 75 百分位数，并标出中位数；须线：第 1 和第 99 百分位数；对数坐标。</translation>
    </message>
    <message>
        <source>Every timed call (or block of calls) in measurement order, at the largest batch size.</source>
        <translation>最大批量大小下的每次计时调用（或调用块），按测量顺序排列。</translation>
    </message>
    <message>
        <source>Mean latency per call against the batch size (log2 axis).</source>
        <translation>每次调用的平均推理时间随批量大小的变化（log2 坐标轴）。</translation>
    </message>
    <message>
        <source>Samples per second against the batch size (log2 axis).</source>
        <translation>每秒样本数随批量大小的变化（log2 坐标轴）。</translation>
    </message>
    <message>
        <source>Standard deviation and p99 − p50 of the latency at batch size %1.</source>
        <translation>批量大小为 %1 时推理时间的标准差和 p99 − p50。</translation>
    </message>
    <message>
        <source>Mean reasoning score of each method over the evaluation set.</source>
        <translation>各方法在评估集上的平均推理分数。</translation>
    </message>
    <message>
        <source>Largest difference of the reasoning score from eager&apos;s; 0 means identical answers.</source>
        <translation>推理分数与 eager 的最大差值；0 表示结果完全相同。</translation>
    </message>
    <message>
        <source>has no report file type</source>
        <translation>不是报告文件类型</translation>
    </message>
    <message>
        <source>a file name ending in .html or .pdf</source>
        <translation>一个以 .html 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>is a file</source>
        <translation>是一个文件</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>不可写</translation>
    </message>
    <message>
        <source>a writable directory</source>
        <translation>一个可写的目录</translation>
    </message>
    <message>
        <source>is in a directory that does not exist</source>
        <translation>所在目录不存在</translation>
    </message>
    <message>
        <source>a directory, or a new one in an existing directory</source>
        <translation>一个目录，或位于已有目录中的新目录</translation>
    </message>
    <message>
        <source>cannot be created (its parent is not writable)</source>
        <translation>无法创建（其父目录不可写）</translation>
    </message>
    <message>
        <source>is not a chart format</source>
        <translation>不是图表格式</translation>
    </message>
    <message>
        <source>is not a valid chart size</source>
        <translation>不是有效的图表尺寸</translation>
    </message>
    <message>
        <source>%1..%2 pixels each side</source>
        <translation>每边 %1..%2 像素</translation>
    </message>
    <message>
        <source>is not a valid scale</source>
        <translation>不是有效的缩放倍数</translation>
    </message>
    <message>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <source>could not be rendered</source>
        <translation>无法渲染</translation>
    </message>
    <message>
        <source>failed (see Failures and diagnoses)</source>
        <translation>失败（见“失败与诊断”）</translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>The run was cancelled; finished results are kept.</source>
        <translation>运行已取消；已完成的结果会保留。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM</source>
        <translation>fp32 %1 GFLOP/s，int8 %2 GOP/s；L1 / L2 / L3 / DRAM 读带宽 %3 / %4 / %5 / %6 GB/s</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>median (ms)</source>
        <translation>中位数 (ms)</translation>
    </message>
    <message>
        <source>vs eager</source>
        <translation>相对 eager</translation>
    </message>
    <message>
        <source>score</source>
        <translation>推理分数</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>How this run measured</source>
        <translation>本次运行的测量方式</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Score and fidelity</source>
        <translation>推理分数与保真度</translation>
    </message>
    <message>
        <source>score 95% CI</source>
        <translation>推理分数 95% 置信区间</translation>
    </message>
    <message>
        <source>max |Δ score|</source>
        <translation>最大 |Δ 推理分数|</translation>
    </message>
    <message>
        <source>logit cosine</source>
        <translation>logit 余弦相似度</translation>
    </message>
    <message>
        <source>relative L2 error</source>
        <translation>相对 L2 误差</translation>
    </message>
    <message>
        <source>argmax agreement (%)</source>
        <translation>argmax 一致率 (%)</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Score: mean reasoning score over the evaluation set. Fidelity compares each method&apos;s answers with eager&apos;s on the same inputs.</source>
        <translation>推理分数：评估集上的平均推理分数。保真度：在相同输入上将各方法的结果与 eager 的结果进行比较。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Error (as LibTorch wrote it):</source>
        <translation>LibTorch 输出的原始错误：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <source>No known diagnosis matches this error.</source>
        <translation>没有与此错误匹配的已知诊断。</translation>
    </message>
    <message>
        <source>No method failed or was flagged.</source>
        <translation>没有方法失败或被标记。</translation>
    </message>
    <message>
        <source>Failures and diagnoses</source>
        <translation>失败与诊断</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>没有测量任何内容。</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>mean (ms)</source>
        <translation>平均值 (ms)</translation>
    </message>
    <message>
        <source>std (ms)</source>
        <translation>标准差 (ms)</translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <source>roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Against the seed report</source>
        <translation>与原始报告对比</translation>
    </message>
    <message>
        <source>seed: original (ms)</source>
        <translation>原始报告：原始模型 (ms)</translation>
    </message>
    <message>
        <source>seed: optimized (ms)</source>
        <translation>原始报告：优化模型 (ms)</translation>
    </message>
    <message>
        <source>seed: speed-up</source>
        <translation>原始报告：加速比</translation>
    </message>
    <message>
        <source>here: eager (ms)</source>
        <translation>本机：eager (ms)</translation>
    </message>
    <message>
        <source>here: %1 (ms)</source>
        <translation>本机：%1 (ms)</translation>
    </message>
    <message>
        <source>here: speed-up</source>
        <translation>本机：加速比</translation>
    </message>
    <message>
        <source>The seed&apos;s numbers were measured on an unknown machine; they are claims, not targets. This run&apos;s numbers are means on this machine.</source>
        <translation>原始报告的数字是在未知机器上测得的；它们只是其声称的结果，而不是目标。本次运行的数字是本机上测得的平均值。</translation>
    </message>
    <message>
        <source>Steps of each method</source>
        <translation>各方法的步骤</translation>
    </message>
    <message>
        <source>OptiBench report: %1 model</source>
        <translation>OptiBench 报告：%1 模型</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>blocks of %1 calls</source>
        <translation>每块 %1 次调用</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) excluded</source>
        <translation>
            <numerusform>已排除 %n 个离群值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n 个离群值</numerusform>
        </translation>
    </message>
    <message>
        <source>not steady</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>Per batch size</source>
        <translation>按批量大小</translation>
    </message>
    <message>
        <source>median (ms) and its 95% CI</source>
        <translation>中位数 (ms) 及其 95% 置信区间</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Roofline: the share of the least time the machine&apos;s measured roofs allow, and what bounds it (compute, or the cache level or memory the weights are read from).</source>
        <translation>Roofline：达到机器实测上限所允许的最短时间的比例，以及受什么限制（计算，或读取权重的缓存层级或内存）。</translation>
    </message>
    <message>
        <source>setup %1 ms</source>
        <translation>准备 %1 ms</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>what it did</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>Timer resolution (ns)</source>
        <translation>计时器分辨率 (ns)</translation>
    </message>
    <message>
        <source>Timer overhead per call (ns)</source>
        <translation>每次调用的计时开销 (ns)</translation>
    </message>
    <message>
        <source>Roofs (one core)</source>
        <translation>上限（单核）</translation>
    </message>
    <message>
        <source>Each method and batch size against the machine&apos;s measured roofs: the closer to a roof, the less there is left to gain.</source>
        <translation>每个方法和批量大小相对于机器实测上限的位置：越接近上限，可提升的空间越小。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation>图 %1.</translation>
    </message>
    <message>
        <source>Per call, in milliseconds. The median carries the half-width of its 95% bootstrap confidence interval. &quot;vs eager&quot; is the ratio of the medians with its 95% CI; &quot;≈&quot; marks a difference that is not significant (p ≥ 0.05 or the CI includes 1), which is not a win. The jitter (standard deviation) of each measurement is in the details.</source>
        <translation>均为每次调用的毫秒数。中位数后附其 95% bootstrap 置信区间的半宽。“相对 eager”是中位数之比及其 95% 置信区间；“≈”表示差异不显著（p ≥ 0.05 或置信区间包含 1），不算胜出。每次测量的抖动（标准差）见详细信息。</translation>
    </message>
    <message>
        <source>Memory per method</source>
        <translation>各方法的内存</translation>
    </message>
    <message>
        <source>weights (MiB)</source>
        <translation>权重 (MiB)</translation>
    </message>
    <message>
        <source>peak resident (MiB)</source>
        <translation>常驻峰值 (MiB)</translation>
    </message>
    <message>
        <source>kept (MiB)</source>
        <translation>保留 (MiB)</translation>
    </message>
    <message>
        <source>preparation peak (MiB)</source>
        <translation>准备时峰值 (MiB)</translation>
    </message>
    <message>
        <source>call peak (MiB)</source>
        <translation>调用时峰值 (MiB)</translation>
    </message>
    <message>
        <source>Weights: what one forward reads, at the method&apos;s precision. Peak resident: a process that held only this method. Kept: what the prepared method keeps resident. The peaks during its preparation and its calls are above the memory before them.</source>
        <translation>权重：一次前向计算读取的权重，按该方法的精度计。常驻峰值：只持有该方法的进程的峰值。保留：准备好的方法常驻占用的内存。准备和调用时的峰值是相对于其开始前内存的增量。</translation>
    </message>
    <message>
        <source>The process held %1 MiB before any method (runtime, model, inputs).</source>
        <translation>在准备任何方法之前，进程已占用 %1 MiB（运行时、模型、输入）。</translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation>本系统无法重置峰值：峰值为上界。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Faithful: outputs within the run&apos;s drift limits against eager&apos;s. A speed-up counts when it is significant (p &lt; 0.05 and its 95% CI excludes 1).</source>
        <translation>忠实：输出相对 eager 的偏差在本次运行的漂移阈值之内。只有显著的加速（p &lt; 0.05 且 95% 置信区间不包含 1）才算数。</translation>
    </message>
    <message>
        <source>took %1 min %2 s</source>
        <translation>用时 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) at batch sizes %1</source>
        <translation>
            <numerusform>%n 个方法，批量大小 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable to this model</source>
        <translation>
            <numerusform>%n 个不适用于此模型</numerusform>
        </translation>
    </message>
    <message>
        <source>OptiBench report: %1</source>
        <translation>OptiBench 报告：%1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>OptiBench</source>
        <translation>OptiBench</translation>
    </message>
    <message>
        <source>reference (ms)</source>
        <translation>参照 (ms)</translation>
    </message>
    <message>
        <source>this run (ms)</source>
        <translation>本次运行 (ms)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>what</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>OptiBench comparison: %1 against %2</source>
        <translation>OptiBench 比较：%1 对比 %2</translation>
    </message>
    <message>
        <source>Comparison with %1 (the reference)</source>
        <translation>与 %1（参照）的比较</translation>
    </message>
    <message>
        <source>The change of each median latency against the reference (+ is slower), its interval and verdict. Red: a regression beyond the threshold; green: an improvement.</source>
        <translation>每个中位延迟相对参照的变化（+ 表示变慢）、其区间和结论。红色：超过阈值的回退；绿色：改进。</translation>
    </message>
    <message>
        <source>Methods that changed:</source>
        <translation>发生变化的方法：</translation>
    </message>
    <message>
        <source>Measured in one run only (not compared): %1</source>
        <translation>仅在一次运行中测量（未比较）：%1</translation>
    </message>
    <message>
        <source>Conditions that differ</source>
        <translation>不同的条件</translation>
    </message>
    <message>
        <source>Environment, machine load and configuration where a run differs from the reference (values that differ are in amber); the load is always listed.</source>
        <translation>运行与参照不同的环境、机器负载和配置（不同的值以琥珀色显示）；负载总是列出。</translation>
    </message>
    <message>
        <source>Per method: its weights at its precision, and the memory it keeps and peaks at above the process&apos;s base (in MiB).</source>
        <translation>每个方法：按其精度计算的权重，以及在进程基础内存之上它保留的内存和峰值内存（MiB）。</translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation>%1，批量 %2</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>self (ms)</source>
        <translation>自身耗时 (ms)</translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation>总耗时 (ms)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>input shapes</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <source>Self time per forward of the operators that take longest in %1 or %2; a bar missing in one of them: the operator does not run there (fused, folded or replaced).</source>
        <translation>在 %1 或 %2 中耗时最长的算子每次前向调用的自身耗时；若某一方缺少对应的条形，说明该算子在那里不运行（已融合、折叠或被替换）。</translation>
    </message>
    <message>
        <source>Self time per forward of the operators that take longest in %1.</source>
        <translation>在 %1 中耗时最长的算子每次前向调用的自身耗时。</translation>
    </message>
    <message>
        <source>%1 and %2 side by side</source>
        <translation>%1 与 %2 并排比较</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>耗时分布</translation>
    </message>
    <message>
        <source>Each method ran again after its timing, under LibTorch&apos;s RecordFunction callbacks and the native kernels&apos; timers, outside the timed calls. Self time excludes the operators an operator calls; shares add up to the profiled total.</source>
        <translation>每个方法在计时之后、在计时调用之外，于 LibTorch 的 RecordFunction 回调和原生内核计时器下再次运行。自身耗时不含该算子所调用的算子；各占比之和等于剖析总量。</translation>
    </message>
</context>
</TS>
