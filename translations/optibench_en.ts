<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 4, 8, 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Torch threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;LAS threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantized engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pipelines (strategies joined by +):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. simplify+jit_trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get CI of the median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time b&amp;udget per method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude &amp;outliers from the summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TorchScript file is code: opening and running it executes it with your rights. Open only files you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time&amp;out (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker &amp;memory limit (MiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker C&amp;PU-time limit (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;ks (worker processes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max fo&amp;rks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile each method (where the time goes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up per &amp;operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inference optimization workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved session (.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the screenshot sequence, save PNGs to this directory and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot mode: the session shown for the failure shot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark palette (to check the dark mode where the system has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workbench in this language for this start (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files up to %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTF-8 JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object with the keys of the command-line options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a writable file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in a directory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in a directory that is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method on the default model (hidden 256, 7 layers), batches 1, 4, 8, 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed report&apos;s table, measured here: the original model with eager, dynamic int8, JIT trace and the &quot;optimized&quot; pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few iterations and two batch sizes, for a first look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma-separated list of integers %1, e.g. 1,4,8,16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1, which is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; or a comma-separated list of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not of the form key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value with a strategy option key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a configuration key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a method id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array or a comma-separated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of strategy option keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; or pipelines a+b+c of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before this step finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the method again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline names a strategy &quot;{strategy}&quot; that this build does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a method from the list of strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method produced NaN or Inf values; its score and fidelity are not meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quantization scales or use a wider data type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method ran, but its outputs do not follow eager&apos;s: logit cosine {cosine} is below {threshold}. Its latency is not a fair comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quantization scales or the engine; compare with another engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OptiBench run: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is newer than this OptiBench understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OptiBench run: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no &quot;config&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no &quot;results&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result has no &quot;method&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1 has a batch entry without a valid &quot;batch&quot; size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (this batch finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled; finished results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3; allowed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds the available memory of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run that fits in %1: fewer or smaller layers (hidden, layers), fewer methods, smaller batches, fewer iterations or eval-samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the evaluation set: logit cosine {cosine}, argmax agreement {argmax} %, max |Δ score| {max_error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s output mixes Python ints with tensors (an int such as a strategy id, or a list of int step ids and Tensor states, inside a nested dict). The tracer records tensor operations only: it can neither type nor follow such an output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: {outputs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s path depends on its input, so script it: simplify_outputs+jit_script (or jit_script, which types the nested dict as Dict[str, Any]). A trace of the simplified outputs would freeze one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the outputs into a tuple of tensors before tracing (simplify_outputs+jit_trace), or script the model (jit_script). Tracing is only right if no loop or branch depends on the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returns a dict. In strict mode (the default) the tracer refuses dicts, because their structure could change with the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output of the traced function does not depend on its input as far as the tracer can see: typically an int computed with .item() and turned back into a tensor, or a constant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave such values out of the traced outputs (simplify_outputs drops ints) or compute them with tensor operations; or use jit_script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracer met a weight that requires grad. It bakes weights into the graph as constants and refuses ones that require grad (in C++, a NoGradGuard is not enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set requires_grad to false on every parameter before tracing (OptiBench&apos;s jit_trace does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace recorded one path through the model and replays it for every input. This model&apos;s path depends on its input (how many reasoning steps, which strategy branch), so inputs that take another path get wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example input&apos;s path: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace froze data-dependent control flow; use jit_script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use jit_script (simplify_outputs+jit_script when the outputs must be tensors): scripting keeps the loops and branches, so every input takes its own path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript typed a list from its first use (List[Tensor] or List[int]) and then met an element of the other type: the model keeps int step ids and Tensor states in one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the list as List[Any] (and the dict holding it as Dict[str, Any]); TorchScript 1.13 accepts them, and OptiBench&apos;s jit_script does this. Or drop the ints: simplify_outputs+jit_script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript cannot compile a Python construct the model uses (a builtin, a library call or a syntax it does not support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite that line with torch operations TorchScript knows; until then, compare the eager model and, if its path never depends on the input, a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With CPU fusion switched on, the TensorExpr (NNC) fuser formed fusion groups, but this LibTorch build has no LLVM backend to compile them, and NNC requires LLVM on CPU by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the model as TorchScript. OptiBench writes TorchScript for the original model and the residual MLP (each optionally behind simplify_outputs); the form the model has at this point of the pipeline (e.g. quantized or native kernels) has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the JIT or Compile step before the steps that lower the model, or add one (e.g. jit_script) to a method that has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module was frozen while in training mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call eval() on the module before freezing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplify replaced the model by the simplified architecture, distilled from it in {seconds} s ({steps} training steps): an approximation, not the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its speed is bought with these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls stalled for whole multiples of the {tick} ms scheduler tick at batch {batches}: {threads} LibTorch threads and {blas_threads} OpenBLAS threads compete for {cores} logical cores, and a thread that loses its core waits for the next tick. These latencies measure the scheduler, not the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENBLAS_CORETYPE={forced} makes OpenBLAS use its {core} ({kernel_isa}) kernels although this CPU supports {cpu_isa}. Every LibTorch linear layer goes through these older kernels; in this run eager took {ratio} times as long as native_fp32, which does not use OpenBLAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) before starting OptiBench: OpenBLAS reads them once, when it loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native kernels were asked for the {isa} instruction set, which this CPU or this build does not have (available: {available}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native kernels run Linear/ReLU/residual chains only, and this model&apos;s layers do not have the shapes of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a LibTorch method (eager, a JIT or quantization strategy) for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quantized engine is selected (NoQEngine), so LibTorch has no kernel for {op}. This is the seed&apos;s failure. This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LibTorch build has no {ENGINE} quantized engine (FBGEMM and X86 come with the official x86 builds; Debian&apos;s LibTorch has neither). This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engine this build has: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fp16 weights ({op}) are implemented by FBGEMM only; the {ENGINE} engine has no fp16 kernels. This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fp16 weights ({op}) are implemented by FBGEMM only, and this LibTorch was built without FBGEMM. This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no 16-bit quantized dtype in LibTorch (its quantized dtypes are {dtypes}), so the seed&apos;s quantize_dynamic(..., qint16) fallback could never have worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use dynamic_int8 (or bf16 for 16-bit weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantized operation {op} has no kernel for tensors of the {backend} backend (a float tensor given to a quantized op, or the reverse). This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantized operation {op} cannot run on the {ENGINE} engine: the engine lacks this kernel or this input type. This build supports: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another quantized engine, or keep this layer in fp32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strategy} rewrites the Linear/ReLU/residual chain of the simplified model; the model at this step ({model}) does not expose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} is slower than eager by more than 10% at batch {batches} (median latency {ratios} × eager&apos;s). The whole model does only about {mflop} MFLOP per sample, so quantizing and dequantizing the activations and the per-op overhead of the quantized kernels cost more than the int8 arithmetic saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch entry has no valid &quot;batch&quot; size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  batch %1: seed %2 ms -&gt; %3 ms (%4 faster); measured here %5 ms -&gt; %6 ms (%7 faster)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s claim (original model -&gt; &quot;optimized model&quot;, unknown machine) next to this run (mean latency of eager on model %1 -&gt; %2, measured interleaved in the same run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The optimized model&apos;s answers against eager: logit cosine %1, argmax agreement %2 %; the seed did not measure this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer: resolution %1 ns; a timed empty call costs %2 ns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: adaptive, until the 95% CI of each median is within %1%2% (%3..%4 calls, at most %5 s per method and batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1 before, %2 after on %3 CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 MHz before, %2 MHz after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other processes used %1 of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load figures on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the machine was busy during the measurement; latencies are noisier and slower than on an idle machine. Ratios measured in this run remain comparable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped by the %2 with the CI of the median at %3%4 (target %3%5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: timed in blocks of %2 calls (one call is shorter than %3%4 the cost of a timed empty call); samples are per-call means of a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers (beyond median %1 %2%3 1.4826 MAD): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not significantly different from eager (Mann-Whitney p &gt;= 0.05, or the 95% CI of the ratio contains 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2: not both are in the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 (ratio of medians, 95% CI, Mann-Whitney p):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch size was measured for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: %2, p = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup of each method (the steps of its pipeline, then the first call):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline: % of the least time this core allows (%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM), at the median latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OptiBench journal: the first line is not a run_started event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal schema %1 is newer than this OptiBench understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OptiBench journal: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s run header is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OptiBench journal: it has no run_started line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is being written by another run (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-op threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-op threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantized engines supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantized engine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS core type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENBLAS_CORETYPE (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <comment>roofline: bound by arithmetic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other build features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {strategy} first in the pipeline, on the simplified model; on the original model, distill it into the simplified architecture first: simplify+{strategy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TorchScript file (torch::jit::save archive, e.g. written by optibench-cli run --save-model) of at most 2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: model torchscript is loaded from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a TorchScript model file (torch::jit::save archive); LibTorch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} ran at {efficiency}% of its {limit} bound at batch {batches}: faster than the machine&apos;s roofs allow, so the roofs are too low. They were measured at {measured} with a load average of {load}; other work on the machine takes bandwidth and cores from the measurement. The efficiencies and the roofline chart of this run are not trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid input spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 parts separated by &apos;:&apos;; a spec has at most three (name, dimensions, dtype)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name before &apos;:&apos; is empty (leave NAME: out to go by position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &apos;%1&apos; is not an identifier (names must be identifiers: letters, digits and _, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range follows the dtype, as in ids:B,24:int64[0,1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dimensions are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 is a second B: at most one dimension is the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 &apos;%2&apos; is not a positive integer or B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 &apos;%2&apos; is larger than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor has %1 elements at batch 1, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is outside %2..%3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool takes no range (its values are 0 and 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is not written [LO,HI) or [LO,HI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer range is written [LO,HI) (HI is excluded), e.g. [0,1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a float range is written [LO,HI] (HI is included), e.g. [-1,1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range bound &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer range needs LO &lt; HI, e.g. [0,1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a float range needs LO &lt;= HI, e.g. [-1,1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dtype after the last &apos;:&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NAME:]DIMS[:DTYPE[RANGE]], one per tensor argument of forward, in order or by NAME: DIMS comma-separated positive integers or B (the batch, at most one); DTYPE float32 (default), float64, bfloat16, int64, int32 or bool; RANGE [LO,HI) for integers, [LO,HI] for floats (none for bool); e.g. x:B,3,224,224 or ids:B,24:int64[0,1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of forward&apos;s inputs written by torch.save or torch::pickle_save, of at most 2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forward that runs on the inputs and returns tensors or numbers, alone or in tuples, lists and dicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output path as optibench-cli inspect lists it, e.g. logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not an input spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a list of input specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array of input specs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the output)</source>
        <comment>the name of a model&apos;s only output tensor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of this method drift from eager&apos;s: leaf {leaf} has cosine {cosine} and a largest difference of {max_abs}. The speed-up is not a like-for-like win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of this method drift from eager&apos;s: leaf {leaf} has cosine {cosine} and top-1 agreement {top1}%. The speed-up is not a like-for-like win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower precision, fused or reordered arithmetic, or a traced path that differs from the model&apos;s code changed the answers by more than rounding does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this method&apos;s answers on your own data before you rely on its speed; keep eager, or choose a method that stays faithful (a wider data type, or no output simplification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} is not among eager&apos;s outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of this method do not have eager&apos;s structure: leaf {leaf} has shape {got} here and {expected} in eager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answers cannot be compared with eager&apos;s, so its speed-up is not a like-for-like win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a method that returns the same outputs as eager: a strategy that rewrites the model (tracing, output simplification) can drop, reorder or reshape outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method does not apply to this model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: the method is left out of this run, the other methods are measured as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifted, flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, auto or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method hung: it did not return within {seconds} s, so its worker process was stopped. The other methods were measured in a new worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker process used up its CPU-time limit of {seconds} s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method crashed its worker process (signal {signal}): a bug in LibTorch, in a strategy or in the model. The other methods were measured in a new worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager, the model as written, produced NaN or Inf values: the model itself or its inputs cause them, not an optimization. Fidelity against eager means nothing while eager&apos;s outputs are not numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 arithmetic is held to its own roof, %1 GFLOP/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the method is only slow, raise the call timeout in the run&apos;s settings; otherwise leave the method out or fix the model: a loop that never ends, or a wait that is never satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method ran out of memory: it asked for more than its worker process may use (the worker memory limit) or than the machine has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use smaller batch sizes or a smaller model, or raise the worker memory limit if the machine has the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the worker CPU-time limit, or measure fewer calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this method out, or run it alone to reproduce the crash (with the isolation set to thread it runs inside OptiBench itself, where a debugger can catch it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model&apos;s inputs (their ranges and data types) and its weights; run the model on the same inputs outside OptiBench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in this run too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran at least %2 slower than eager at every batch size of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CPU has no bf16 instructions (neither AVX512_BF16 nor AMX): bf16 is emulated and slower than fp32 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run already used that setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-measure the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 and re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 quantized engine and re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use %n LibTorch thread(s) and re-run</source>
        <translation>
            <numerusform>Use %n LibTorch thread and re-run</numerusform>
            <numerusform>Use %n LibTorch threads and re-run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n OpenBLAS thread(s) and re-run</source>
        <translation>
            <numerusform>Use %n OpenBLAS thread and re-run</numerusform>
            <numerusform>Use %n OpenBLAS threads and re-run</numerusform>
        </translation>
    </message>
    <message>
        <source>Let the fuser run without LLVM and re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 to %2 and re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add simplify_outputs before jit_trace (a tuple of tensors), or trace in non-strict mode (jit_trace_nonstrict: it accepts a flat dict of tensors only), or use jit_script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the fuser run without LLVM (NNC then runs the fused groups in its IR interpreter, which is much slower), or use freeze_optimize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the distillation more time (its time budget among the simplify options), or compare with a method that keeps the original model (jit_script, freeze_optimize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with one LibTorch thread and one OpenBLAS thread, or with fewer threads than free cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-measure the machine while it is idle (Run &gt; Re-measure the machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the native kernels&apos; instruction set to auto, or to one of the available ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the quantized engine {suggested} (or auto) in the run&apos;s settings; this build has: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quantized engine in the run&apos;s settings (auto picks one of: {supported}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use bf16 for 16-bit weights, or a LibTorch built with FBGEMM (the official x86 builds) with the FBGEMM quantized engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization pays off for larger layers or batches; for a model this small, keep fp32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager&apos;s latency moved %1 from the first to the last quarter of its measurement, and every speed-up at this batch size is measured against it: they may be off by about that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latency moved %1 from the first to the last quarter of the measurement: as much as half of this method&apos;s difference from eager, so the speed-up may be off by about that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the machine was busy, or the method was still warming up (caches, memory, CPU frequency). Close other programs, give it more warm-up calls and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a strategy this build does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs are NaN or Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model itself gives NaN or Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it hung and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it used up its CPU-time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed its worker process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs drift from eager&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs differ in structure from eager&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quantized engine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantized engine missing in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fp16 kernels in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch has no 16-bit quantized type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantized operation cannot run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the simplified model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int8 is slower than eager here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more threads than free cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenBLAS forced to older kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster than the measured roofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruction set not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers the native kernels cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace cannot follow the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace refuses a dict output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output does not depend on the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights that require gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace froze one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript cannot type a mixed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code TorchScript cannot compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fuser needs LLVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TorchScript form at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approximation of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or Inf outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old BLAS kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int8 slower than eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the roofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speed-up against eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eager (%2, 95% CI %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eager (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faster than eager (95% CI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faster than eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slower than eager (95% CI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slower than eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine %1 with eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or Inf in its outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1 agreement %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: nothing beats eager (%2 ms): it is the fastest faithful method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: fastest faithful: %2, %3 ms (eager was not measured: no speed-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: no method is significantly faster than eager; the fastest faithful, %2, is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: fastest faithful: %2, %3, %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager&apos;s: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: no method with outputs faithful to eager&apos;s was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager was not measured, so there are no speed-ups: add eager to the methods to compare against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled: this summary covers the measurements that finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: exactly %1 measured calls per method and batch (a fixed count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not steady. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers are EXCLUDED from the summaries and comparisons (as the run was set up); they stay in the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers are kept in the summaries; the run can be set up to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>alternatives on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TorchScript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive (until the target CI, within the limits below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the benchmark thread of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in worker processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example inputs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output for top-1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target CI of the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget per method and batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers excluded from the summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantized engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faithful: cosine at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faithful: top-1 agreement at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker CPU-time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TorchScript file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1 agreement on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in): hidden size %2, %3 layers, %4 input features, %5 output features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights %1 (fp32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n logical core(s)</source>
        <translation>
            <numerusform>%n logical core</numerusform>
            <numerusform>%n logical cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LibTorch thread(s)</source>
        <translation>
            <numerusform>%n LibTorch thread</numerusform>
            <numerusform>%n LibTorch threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n BLAS thread(s)</source>
        <translation>
            <numerusform>%n BLAS thread</numerusform>
            <numerusform>%n BLAS threads</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was measured: every method failed or does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager was not measured, so there are no speed-ups; fastest faithful: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing beat eager: no method was significantly faster at batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3 faster than eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing beats eager at batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest faithful method: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-time limit (as set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-time limit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit (as set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation time limit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MKL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oneDNN (MKL-DNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without LLVM the fuser runs in an interpreter that was 15 to 100 times slower than eager; at eager&apos;s %1 ms per call here, a call could take %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged (busy machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower: regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster: improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method was measured at the same batch size in both runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intervals: %1 for all %n pair(s) together, from the variation between worker processes.</source>
        <translation>
            <numerusform>Intervals: %1 for all %n pair together, from the variation between worker processes.</numerusform>
            <numerusform>Intervals: %1 for all %n pairs together, from the variation between worker processes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intervals: %1 for all %n pair(s) together. Where a run has one worker process, only the variation within it is known: those intervals are widened by ±%2, the variation measured between processes of one build (--noise-floor). Measure with several processes (--forks) for a test between processes.</source>
        <translation>
            <numerusform>Intervals: %1 for all %n pair together. Where a run has one worker process, only the variation within it is known: those intervals are widened by ±%2, the variation measured between processes of one build (--noise-floor). Measure with several processes (--forks) for a test between processes.</numerusform>
            <numerusform>Intervals: %1 for all %n pairs together. Where a run has one worker process, only the variation within it is known: those intervals are widened by ±%2, the variation measured between processes of one build (--noise-floor). Measure with several processes (--forks) for a test between processes.</numerusform>
        </translation>
    </message>
    <message>
        <source>both runs were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run was</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not judged: %1 measured on a busy machine (load average above its CPUs, or busy by its own measurement), and with one worker process a busy machine can shift a median by more than any floor. Measure on a quiet machine, or with several processes (--forks).</source>
        <translation>
            <numerusform>%n pair not judged: %1 measured on a busy machine (load average above its CPUs, or busy by its own measurement), and with one worker process a busy machine can shift a median by more than any floor. Measure on a quiet machine, or with several processes (--forks).</numerusform>
            <numerusform>%n pairs not judged: %1 measured on a busy machine (load average above its CPUs, or busy by its own measurement), and with one worker process a busy machine can shift a median by more than any floor. Measure on a quiet machine, or with several processes (--forks).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>regressions, improvements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n improvement</numerusform>
            <numerusform>%n improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gate --fail-if-slower %1: FAILED, %n regression(s).</source>
        <translation>
            <numerusform>Gate --fail-if-slower %1: FAILED, %n regression.</numerusform>
            <numerusform>Gate --fail-if-slower %1: FAILED, %n regressions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate --fail-if-slower %1: passed (no method × batch significantly slower by more than that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 → %2 (%3 than the reference&apos;s interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answers now differ from eager&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answers match eager&apos;s again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 (the reference): change of the median latency, + is slower

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods that changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in one run only (not compared): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(beyond %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2× (batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: one: with isolation thread everything runs in this process, so forks (%1) does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of them added while they disagreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes per method: %1%2, pinned to cores %3 (the least busy just before each process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes per method: %1%2, not pinned to cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other load on the machine before and after each process: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine changes speed between processes by %1 (more than the %2 noise within a process): each interval holds what another run would report, and is wider for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes agree within their noise (they differ by %1; a process&apos;s own noise is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes fall into two states, quiet and busy: %1 of %2 busy (process %3). Each state&apos;s median instead of one blended number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: quiet %3; busy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, batch %2 (%n profiled forward(s))</source>
        <translation>
            <numerusform>%1, batch %2 (%n profiled forward)</numerusform>
            <numerusform>%1, batch %2 (%n profiled forwards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more left out: their wall time was an outlier)</source>
        <translation>
            <numerusform>(%n more left out: their wall time was an outlier)</numerusform>
            <numerusform>(%n more left out: their wall time was an outlier)</numerusform>
        </translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s)</source>
        <translation>
            <numerusform>... and %n more row</numerusform>
            <numerusform>... and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <source>(top)</source>
        <comment>profile: an operator outside any named module</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanished (fused or folded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiled %1 ms = %2 of the timed median %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiled %1 ms (no timed median to check it against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of the profile&apos;s coverage line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forward under the profiler took %1 ms (%2 profiler overhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forward under the profiler took %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the profile misses %1 of the timed median: time spent where no operator is recorded (the framework between operators, operators LibTorch does not record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the operators add up to %1 of the timed median: the profiler&apos;s overhead inflates them; compare shares, not milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n operator(s) per forward did not follow the described forward (a data-dependent path); they are shown without module and shapes</source>
        <translation>
            <numerusform>note: %n operator per forward did not follow the described forward (a data-dependent path); they are shown without module and shapes</numerusform>
            <numerusform>note: %n operators per forward did not follow the described forward (a data-dependent path); they are shown without module and shapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare the profiles of %1 and %2: not both were profiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: self time per forward, by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more operator(s)</source>
        <translation>
            <numerusform>... and %n more operator</numerusform>
            <numerusform>... and %n more operators</numerusform>
        </translation>
    </message>
    <message>
        <source>total: %1 ms %2 %3 ms (timed medians %4 ms %2 %5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top operators by self time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction sets only this run&apos;s CPU has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-op threads used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average when the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU used by other processes while measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU taken by the hypervisor (steal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine during the measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as the OptiBench history: %2. The file was left unchanged; choose another file (--history-db, or the History page&apos;s settings) or move this one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is off (no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history needs Qt&apos;s SQLite driver (QSQLITE; Debian package libqt6sql6-sqlite), which is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its directory cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database (damaged, or another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database (application id 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database (it has tables and no OptiBench mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer OptiBench (history schema %2; this one reads up to %3). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history could not be brought to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the run could not be stored (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the runs cannot be listed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 in the history %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 in the history %2 is damaged (its data cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 in the history %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 could not be deleted (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note of run %2 could not be saved (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tags of run %2 could not be saved (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; names no run: the history %3 holds %n run(s)</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; names no run: the history %3 holds %n run</numerusform>
            <numerusform>%1: &quot;%2&quot; names no run: the history %3 holds %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a run file nor a history id; allowed: a run JSON file, an id from &quot;history list&quot;, latest or latest~N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a file, and without the history it cannot name a stored run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::EngineText</name>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fp32 model as built, run by LibTorch op by op: the baseline of every comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never, unless the model itself fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no TorchScript form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no TorchScript form. Nothing fusing is not a failure: the report says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch&apos;s default: NNC fuses on CPU only with its LLVM backend. false lets it fuse without LLVM, running the fused groups in its IR interpreter (slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript compiled from source that mirrors the model op for op (C++ cannot script an nn::Module), weights as parameters. Loops and branches stay control flow, so every input takes its own path; the nested dict of the original model is typed Dict[str, Any].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no TorchScript source in OptiBench (e.g. a quantized or native form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch&apos;s XNNPACK rewrite of a TorchScript module (prepacked linear ops with a fused clamp for ReLU), built here from the model&apos;s Linear/ReLU/residual view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped when the model is not a Linear/ReLU/residual chain; fails when this LibTorch build has no XNNPACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepack: insertPrePackedOps, freeze, fusePrePackedLinearConvWithClamp, FoldPrePackingOps (fuses the ReLU); optimize_for_mobile: torch::jit::optimizeForMobile as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped when the model is not a chain of Linear/ReLU/residual blocks; fails when native.isa names an instruction set this CPU or build lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction set of the kernels: auto picks the best this CPU has (or OPTIBENCH_NATIVE_ISA); scalar is the portable fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and activations in bfloat16 (8-bit mantissa); fast only on CPUs with AVX512-BF16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on CPU in LibTorch 1.13.1; slow where the CPU has no native bf16 arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quantized engine is selected (NoQEngine), or the build lacks the requested engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Linear&apos;s weights in fp16, fp32 activations (quantized::linear_dynamic_fp16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantized engine is not FBGEMM/X86: only FBGEMM implements fp16 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s quantize_dynamic(..., qint16) fallback: answered with a diagnosis, since LibTorch has no 16-bit quantized dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always: qint16 is not a LibTorch dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one weight scale per output channel instead of one per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantized::linear_relu_dynamic for Linear+ReLU; auto = QNNPACK only (ONEDNN&apos;s is wrong in 1.13.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int8 weights and activations; activation scales calibrated on a seeded data set (quantized::linear / linear_relu). Calibration counts as setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per calibration batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation ranges: extremes, or percentiles averaged over batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile of the percentile observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual add: quantized::add on int8, or dequantize-add in fp32; auto = qadd unless activations are 7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the model by the simplified architecture (residual MLP of the same hidden size and layers) distilled from it: trained with Adam to reproduce its logits on seeded random inputs within a time budget. An approximation: its fidelity against the original is what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while distilling. Skipped when the model already is the simplified architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget of the distillation in seconds (the result depends on the machine&apos;s speed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many training steps (0: only the time budget); for repeatable results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs per training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s initial learning rate (cosine decay over the budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s output format simplification: the nested dict becomes a tuple of tensors (reasoning_scores first; a list&apos;s tensors are stacked; ints are dropped, since a trace cannot follow them). Composes: simplify_outputs+jit_trace, simplify_outputs+jit_script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output holds a value that has no tensor form (e.g. a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch::jit::freeze + optimize_for_inference on the TorchScript form (scripted from source first when the model is not TorchScript yet). C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch&apos;s TorchScript optimizer instead: freezing, optimize_for_inference and the graph fusers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scripted, frozen model run with the TensorExpr (NNC) fuser on and CPU fusion forced on; reports which fusion groups formed. The oneDNN Graph fuser is used where this LibTorch build has it. C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch&apos;s TorchScript optimizer instead: freezing, optimize_for_inference and the graph fusers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript by tracing with LibTorch&apos;s C++ tracer (strict): records the tensor operations one seeded example input executes, weights as constants. Control flow is not recorded: the example&apos;s path is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is a dict, or holds ints or lists mixing int and Tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output holds ints, lists or nested dicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual MLP: Linear(in,h), L residual blocks, Linear(h,out); returns a dict of tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s original reasoning model: memory bank read by multi-head attention, a reasoning chain of up to L steps that stops when confident, a strategy selector picking one of 3 sub-networks; returns a nested dict mixing ints and tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual MLP in fp32, per batch size the faster of OptiBench&apos;s fused kernels (prepacked weights, bias + ReLU + residual in each layer&apos;s pass, activations kept in cache, no framework overhead) and oneDNN&apos;s matmul with the same post-ops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual MLP in int8, per batch size the faster of OptiBench&apos;s fused kernels (per-channel int8 weights, activations quantized per row to 7 bits at run time, exact u8 x s8 products) and oneDNN&apos;s int8 matmul (static activation scales, VNNI); fp32 residual stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual MLP with bf16 weights, per batch size the faster of oneDNN&apos;s bf16 matmul (bf16 arithmetic, fp32 accumulation and residual stream) and the fused kernels (bf16 weights widened to fp32); error about 1e-2. Only on CPUs with AVX512_BF16 or AMX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs each batch size: auto measures OptiBench&apos;s kernels against oneDNN at preparation and keeps the faster; kernels or onednn forces one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable where the CPU has no bf16 arithmetic (AVX512_BF16 or AMX); skipped when the model is not a chain of Linear/ReLU/residual blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks, per batch size, the fastest faithful method for this model on this machine: prepares the candidates (eager, freeze_optimize, native_fp32, native_int8, native_bf16, dynamic_int8, mobile_xnnpack), keeps those whose outputs match the model&apos;s on a few rows (logit cosine at least auto.min_cosine), times them briefly at each batch size and runs each batch size on its pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails when no candidate prepares; not applicable to a model file with its own inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity floor: a candidate is eligible at a batch size when the logit cosine of its outputs against the model&apos;s on 64 seeded rows is at least this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement time per candidate and batch size at preparation, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A convolutional model&apos;s 4-D weights and inputs in channels-last (NHWC) memory order, which oneDNN&apos;s CPU convolutions prefer; compose it with freeze_optimize (channels_last+freeze_optimize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to models without 2-D convolutions or without a 4-D float input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Linear&apos;s weights in int8; activations quantized per call (quantized::linear_dynamic) on the quantized engine chosen in the run&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The C++ tracer in non-strict mode: also accepts a dict of tensors as output (measured on LibTorch 1.13.1), still refuses ints, lists and nested dicts in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TorchScript module loaded from a file (torch::jit::save archive, e.g. a model saved by OptiBench); its forward takes a [batch, inputs] float tensor; the file defines its sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::Export</name>
    <message>
        <source>saved as TorchScript to %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::Resources</name>
    <message numerus="yes">
        <source>weights %1 for %n method(s), activations %2, samples %3, evaluation set %4, runtime %5</source>
        <translation>
            <numerusform>weights %1 for %n method, activations %2, samples %3, evaluation set %4, runtime %5</numerusform>
            <numerusform>weights %1 for %n methods, activations %2, samples %3, evaluation set %4, runtime %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ob::app</name>
    <message>
        <source>OptiBench sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::AboutDialog</name>
    <message>
        <source>Measures how inference-optimization strategies change the speed and the answers of a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench %1
Qt %2 (built with %3)
LibTorch %4
spdlog %5.%6.%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not captured yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::BatchChart</name>
    <message>
        <source>Latency against batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput against batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: median %3 ms (95% CI %4–%5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: %3 samples/s (from the mean latency, %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ChartBase</name>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outputs drift from eager&apos;s: leaf %1 has cosine %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outputs drift from eager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drifted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden in this chart: click its name to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its name to hide it in this chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× (%2 DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels at %3 DPI, on a white background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector output: sharp at any zoom; the size sets the proportions and the text size. Light theme, whatever the application&apos;s theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ChartLegend</name>
    <message>
        <source>Hidden in this chart: click to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to hide it in this chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ChartsPanel</name>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No methods yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency axes on a logarithmic scale (latency, latency against batch size, per-call trace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the methods every chart shows. A click on a legend entry hides a method in that chart only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::CompareChart</name>
    <message>
        <source>Change of the median latency against %1 (+ is slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold ±%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::CompareDialog</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs — OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; (the reference): change of the median latency, + is slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A significant change larger than this is a regression (red) or an improvement (green); the CLI&apos;s gate is --fail-if-slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions that differ (environment, machine load, configuration); values that differ from the reference are in amber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::CompareModel</name>
    <message>
        <source>%1 ms against %2 ms; %3
p = %4; worker processes %5 / %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval widened by the run-to-run variation (one process only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ConfigPage</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters · %2 of fp32 weights · %3 MFLOP per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (best for this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and inputs are derived from this seed; the same seed gives the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated batch sizes, measured in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this many measured calls per method and batch size; auto measures until the median is known to the target precision, within the call limits and the time budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive length: measure until the 95% confidence interval of the median is within ± this share of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive length: at least this many measured calls per method and batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive length: at most this many measured calls per method and batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive length: seconds of measurement per method and batch size at most (the stop rule says which limit ended each measurement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave samples beyond the robust fences (median ± 3.5 MAD) out of the summaries; they stay in the data and the table counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another TorchScript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file could not be opened; the configuration is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript files (*.pt *.pth *.ts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file defines this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input spec is not valid: see Model inputs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the model file and its inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file cannot be benchmarked yet: see Model inputs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sweep off: the inputs have no batch dimension (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model runs at its fixed shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters · %2 of weights · FLOPs unknown until forward runs on the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per forward at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters · %2 of weights · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recognised as the simplified model: hidden %1, %2 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs: not counted for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a forward call may take before its method fails and the run goes on in a new worker process, or auto (empty): 100 times the slowest warm-up call, at least 10 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space of each worker process in MiB, auto (empty: 75% of the machine&apos;s memory) or none. A method that allocates more fails cleanly instead of slowing the desktop down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time of each worker process in seconds, auto (empty: at least an hour, scaled from the time budget) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark a TorchScript file (torch::jit::save archive, e.g. a model saved by OptiBench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (to the target CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes that measure each method, each with 1/N of the measurement (time budget, calls). The intervals then hold what another run would report, and a machine whose speed changes between processes shows it. With isolation thread there is one process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the processes disagree (the machine&apos;s speed changed between them by more than their own noise), add processes up to this many in all; auto (empty): add none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After its timing at the first batch size, each method runs once more under LibTorch&apos;s profiler and the native kernels&apos; timers (never inside the timed calls): the Profile view shows its operators, their modules, self time, share and GFLOP/s, and two methods side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnoseLogDialog</name>
    <message>
        <source>Open a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a log from a run of your own (C++ or Python, e.g. a traceback), or open a log file. OptiBench finds the failures it knows and says what caused each one and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste log text here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log diagnosed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known failure found. OptiBench does not guess: only failures it recognises are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found; hover a row to see the line of the log.</source>
        <translation>
            <numerusform>%n known failure found; hover a row to see the line of the log.</numerusform>
            <numerusform>%n known failures found; hover a row to see the line of the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnosticsModel</name>
    <message>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — flagged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::DiagnosticsPanel</name>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method failed or was flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This error is not in the diagnosis catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, as LibTorch reported it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::EnvironmentModel</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::EnvironmentPanel</name>
    <message>
        <source>Captured on the benchmark thread when the run started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine, captured at start-up; a run records its own environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing the environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s roofs (for the roofline) are not measured yet: a run measures them once, or Run &gt; Re-measure the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s roofline uses the roofs of %1, measured %2 in %3 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roofs of %1, measured %2 in %3 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average when measured: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 %1 GFLOP/s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bf16 roof (no AVX512_BF16: bf16 is measured against the fp32 roof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak fp32 %1 GFLOP/s (%2), int8 %3 GOP/s (%4), %5; read bandwidth L1 %6, L2 %7, L3 %8, DRAM %9 GB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction sets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ErrorDetails</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch&apos;s own text, as it wrote it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as &amp;CSV (one row per method and batch)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples as CS&amp;V (one row per measured call)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as &amp;JSON (optibench.run/1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::HistoryModel</name>
    <message>
        <source>%1
SHA-256 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::HistoryPage</name>
    <message>
        <source>OptiBench runs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run was not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is off (OPTIBENCH_HISTORY_DB=off): choose a file to keep runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n run in %1</numerusform>
            <numerusform>%n runs in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished runs are not kept (see &quot;Keep finished runs&quot;); %n run(s) in %1</source>
        <translation>
            <numerusform>Finished runs are not kept (see &quot;Keep finished runs&quot;); %n run in %1</numerusform>
            <numerusform>Finished runs are not kept (see &quot;Keep finished runs&quot;); %n runs in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run #%1 (%2, %3) from the history? Its samples cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for run #%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of run #%1, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s).</source>
        <translation>
            <numerusform>Imported %n run.</numerusform>
            <numerusform>Imported %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a run file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: model, machine, method, note, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac&amp;hine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run as if it had just finished (results, charts, diagnostics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected runs: the oldest is the reference, the others are its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a run file (e.g. from another machine) and compare it with the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store run files (optibench.run/1 JSON) in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep finished runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store every finished run in the history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::LatencyChart</name>
    <message>
        <source>ms per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (p1, p25, p50, p75, p99; hatched: ≈ eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: median %3 ms (95% CI %4–%5 ms); half the calls %6–%7 ms, p1–p99 %8–%9 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× eager&apos;s speed (95% CI %2–%3×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ eager: %1× (95% CI %2–%3×) is not a real difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes left to right: batch %1 · click a name to hide or show it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::LogPanel</name>
    <message>
        <source>Not written to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::MainWindow</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the benchmark (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up %1 at batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring %1 at batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the finished results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n method(s)</source>
        <translation>
            <numerusform>Finished: %n method</numerusform>
            <numerusform>Finished: %n methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Diagnostics)</source>
        <translation>
            <numerusform>%n failed (see Diagnostics)</numerusform>
            <numerusform>%n failed (see Diagnostics)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and keep the finished results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before opening a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (measured %2; not re-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose a log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find known failures in a log of your own: cause and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark is running. Its finished results are kept in the run journal, but the run itself stops if you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the run and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Run journal not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this run are not saved as they arrive, so a crash would lose them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be restored.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before restoring a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored an unfinished run from %1: %n finished batch(es); save it to keep it.</source>
        <translation>
            <numerusform>Restored an unfinished run from %1: %n finished batch; save it to keep it.</numerusform>
            <numerusform>Restored an unfinished run from %1: %n finished batches; save it to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>peak fp32 arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak int8 arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is shown: run a benchmark or open a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark thread is busy: wait until the run or job in progress ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a method in the results table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not prepare in this run: there is no model to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model of %1 as a TorchScript file (.pt), prepared again from this run&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as &amp;TorchScript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;measure the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure this CPU&apos;s peak arithmetic and memory bandwidth again: the roofs of the roofline (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript models (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 as TorchScript to %2: preparing it on the benchmark thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as TorchScript: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved as TorchScript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of %1 could not be saved as TorchScript. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the machine was cancelled: the roofs are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine could not be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine was measured in %1 s: peak fp32 %2 GFLOP/s, DRAM %3 GB/s (see Environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filling a buffer larger than the caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak bf16 arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this run have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before they are replaced? If you discard them, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model of %1 as a TorchScript file (.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as &amp;TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling %1 at batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; cancel it before opening a run from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened run #%1 from the history (measured %2; not re-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::MemoryChart</name>
    <message>
        <source>Memory per method: weights, and what the method adds to its process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per method: not measured in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weights %2 MiB at its precision; it keeps %3 MiB once prepared; peak %4 MiB above that while prepared, %5 MiB during its calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process holding only this method: peak %1 MiB, of which %2 MiB before any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light: kept once prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlined: peak while prepared or called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1 MiB of the process before any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1–%2 MiB of the process before any method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::MethodBarChart</name>
    <message>
        <source>Score per method (mean reasoning score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity per method (max |Δ score| against eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |Δ score|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2 (95% CI %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: max |Δ score| %2 against eager; logits&apos; cosine %3, argmax agreement %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: std %3 ms, p99 − p50 %4 ms (median %5 ms, p99 %6 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light: p99 − p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click a name to hide or show it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ModelInputsPanel</name>
    <message>
        <source>names the argument &apos;%1&apos;, but this field is for &apos;%2&apos; (leave the name out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tensor: forward gets its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tensor: its default is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input spec of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B,24:int64[0,1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: forward gets None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spec: give its shape and dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the example file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first output leaf with a class dimension, as the engine picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with eager&apos;s by cosine and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with eager&apos;s exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output leaf whose top-1 agreement with eager is measured and scored; every leaf is compared with eager&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tensors (*.pt *.pth *.pkl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema of forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A torch.save file of forward&apos;s inputs (a tensor, or a tuple, list or dict of them): the inputs are made like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use an example-inputs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used while input specs are given: given specs take precedence over the example file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the specs typed here: the inputs come from the example file or the graph&apos;s suggestions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the inputs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileChart</name>
    <message>
        <source>Where the time goes: self time per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms per forward (self time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 ms self per forward (%4% of its profile), %5 call(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileDiffModel</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ProfilePage</name>
    <message>
        <source>Self time per forward: %1 ms in %2, %3 ms in %4 (timed medians %5 ms and %6 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile in this session. Check &quot;Profile each method&quot; in the configuration (Measurement) and run: each method is then profiled after its timing, outside the timed calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rows of each operator up over its modules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ProfileRowsModel</name>
    <message>
        <source>A TorchScript function: its self time is the interpreter&apos;s and that of the operators LibTorch does not record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::RestoreDialog</name>
    <message>
        <source>Restore unfinished runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) did not finish (OptiBench was closed, killed or crashed while measuring). Their finished results were saved as they arrived; restoring shows them as a cancelled, partial session.</source>
        <translation>
            <numerusform>%n run did not finish (OptiBench was closed, killed or crashed while measuring). Its finished results were saved as they arrived; restoring shows them as a cancelled, partial session.</numerusform>
            <numerusform>%n runs did not finish (OptiBench was closed, killed or crashed while measuring). Their finished results were saved as they arrived; restoring shows them as a cancelled, partial session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torn lines ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run&apos;s finished results; it is not offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer the selected run again (its journal file is kept, marked as dealt with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ResultsPage</name>
    <message>
        <source>No results yet: choose a configuration and press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured calls per method and batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive length (median within ±%1%, %2–%3 calls, %4 s per method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, hidden %2, %3 layers · %4 warm-up calls · %5 · %6 thread(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: partial results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other processes used %1 % of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hypervisor took %1 % (steal time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load average %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The machine was busy during the measurement (%1): latencies are noisier and slower than on an idle machine. Compare methods within this run only, or run again when the machine is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of one method together, or of one batch size together (then sort a column to rank the methods at each batch size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide columns (also: right-click the table&apos;s header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ResultsTableModel</name>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit cosine %1; max |Δ score| %2; relative L2 error %3; argmax agreement %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile of the latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean reasoning score over the evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity of the logits with eager&apos;s (1 = identical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to prepare the method, including its first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median latency of one forward at this batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width of the 95% confidence interval of the median, in % of the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median latency of eager divided by this method&apos;s, with its 95% bootstrap CI; ≈ marks a difference that is not significant (Mann–Whitney U, p ≥ 0.05, or the CI contains 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the roofline bound reached: the least time the machine&apos;s roofs allow divided by the median latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the measurement stopped, outliers beyond the robust fences, and whether the series was steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) excluded</source>
        <translation>
            <numerusform>%n outlier excluded</numerusform>
            <numerusform>%n outliers excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n outlier</numerusform>
            <numerusform>%n outliers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls; median %2 ms (95% CI %3–%4 ms); mean %5 ms, std %6 ms, IQR %7 ms, p99 %8 ms, min %9 ms, max %10 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: ratio of the medians so far; the confidence interval and the test come when the run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× (95% CI %2–%3×), Mann–Whitney p = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a real difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not significant; this method is as fast as eager (≈).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the bound: at least %2 µs (bound by %3); %4 GFLOP/s achieved at %5 FLOP/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls in %2 s%3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, timed in blocks of %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady: no drift between the first and last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst output %1: cosine %2, max |Δ| %3, relative L2 error %4; top-1 agreement on %5: %6 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak resident memory of a process that holds only this method: the runtime and the model, plus what the method keeps and the peak of its preparation or of its calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights %1 MiB at this method&apos;s precision; the method keeps %2 MiB; peak %3 MiB while it was prepared, %4 MiB during its calls; the process before any method: %5 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up
vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity
(cos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory
(MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small drift that does not change the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::RooflineChart</name>
    <message>
        <source>Roofline: achieved GFLOP/s against arithmetic intensity (one point per method and batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline: shown when a run has measured the machine&apos;s roofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic intensity (FLOP/byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peak %2 GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2: %3 GFLOP/s at %4 FLOP/byte; %5 % of the %6 bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::RunController</name>
    <message>
        <source>The fix cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::RunSummaryPanel</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest faithful method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At what cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster, but its outputs drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faithful method was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing beats eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eager not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significantly faster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is in progress: the summary (the fastest faithful method at each batch size, by how much, at what cost) comes when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::StrategyPanel</name>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::TraceChart</name>
    <message>
        <source>Per-call latency, batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-call latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls in each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each method in a cell of its own, its calls from ½× to 4× its median (log scale); unchecked: every method on one axis in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each cell: a method&apos;s calls from ½× to 4× its median (log) · click a name to hide or show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the %1 calls shown: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2, call %3: %4 ms (median of the %5 calls shown: %6 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::app::ValueDelegate</name>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::cli</name>
    <message>
        <source>--%1 takes no value (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in &quot;all&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose: standard input cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 bytes; allowed up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose: &quot;%1&quot; %2; allowed: a readable log file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose: the input is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: optibench-cli diagnose FILE|-
Finds known failures of quantization, tracing, scripting and compiling in a log (LibTorch C++ and Python wordings) and prints, for each, the line, the cause and the fix.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose: expected one log file (or - for standard input), got %1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known failure found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in OptiBench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names method &quot;%1&quot;, which this run does not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pt, or METHOD=FILE.pt with one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-model: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method of this run has a TorchScript form (add a JIT or Compile step, e.g. jit_script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: --save-model: nothing saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: --save-model: nothing saved: the method to save did not prepare or the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not two different methods of the run; allowed: two of %2, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: warning: the journal was not fully written: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found.</source>
        <translation>
            <numerusform>%n known failure found.</numerusform>
            <numerusform>%n known failures found.</numerusform>
        </translation>
    </message>
    <message>
        <source>optibench-cli: wrote the report %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: wrote %1 chart files to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give exactly one run file (optibench.run/1 JSON, as written by run --json or saved by the workbench); got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: nothing to write; allowed: --out FILE.html|FILE.pdf and/or --charts DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN.json: &quot;%1&quot; is not a run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model torchscript needs --model-file FILE.pt (a TorchScript file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  load average when measured: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (busy: the roofs may be too low; re-measure when idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested from the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested from the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tensor: its default is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary output: none (no output has a class dimension): top-1 agreement is not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary output: %1 (top-1 agreement is measured on it; --primary-output chooses another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per forward at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes the counted ops read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sweep: applies (an input has the batch dimension B; --batch sets its sizes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sweep: does not apply (no input has a batch dimension B): the model runs at its fixed shape whatever --batch says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To benchmark it on these inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs one model file: optibench-cli inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be benchmarked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch&apos;s own text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to a model file only: add --model-file FILE.pt (the model %2 makes its own inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of weights, %2 of activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as OptiBench&apos;s simplified model (hidden %1, layers %2): quantization and the native kernels apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one core, measured %2 in %3 s; cache: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak fp32   %1 GFLOP/s  (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak int8   %1 GOP/s  (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak bf16   %1 GFLOP/s  (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak bf16   none: no AVX512_BF16 here, bf16 methods are measured against the fp32 roof
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  read L1     %1 GB/s  (%2 KiB)
  read L2     %3 GB/s  (%4 KiB)
  read L3     %5 GB/s  (%6 MiB)
  read DRAM   %7 GB/s  (%8 loads)
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is off (OPTIBENCH_HISTORY_DB=off); name a file with --history-db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: give the run&apos;s id (see: optibench-cli history list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a count; allowed: 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history import: give one or more run JSON files (written by run --json or saved by the workbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the history as #%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored as #%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history export: give the run&apos;s id and the file to write (history export ID FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: wrote run #%1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: deleted run #%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history note: give the run&apos;s id and the note (history note ID &quot;TEXT&quot;; &quot;&quot; clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history tag: give the run&apos;s id and one or more tags (history tag ID TAG ... [--remove TAG])</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: warning: the run was not stored in the history: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optibench-cli: stored in the history as #%1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: unknown command &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-if-slower: &quot;%1&quot; is not a percentage; allowed: 0% to 1000%, e.g. 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--noise-floor: &quot;%1&quot; is not a percentage; allowed: 0% to 100%, e.g. 30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not a confidence level; allowed: 0.5 to 0.999, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history compare: give the reference and at least one run to compare with it; each a history id, latest, latest~N or a run JSON file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; allowed: run, inspect, profile, env, methods, roofline, diagnose, report, history, --version</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a value: a number of rows, 1..%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top: &quot;%1&quot; is not a number of rows; allowed: 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method was profiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history-db and --no-history contradict each other; give one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::i18n</name>
    <message>
        <source>; </source>
        <comment>between two clauses of one line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ob::report</name>
    <message>
        <source>Box: 25th to 75th percentile with the median; whiskers: 1st and 99th percentile; log scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every timed call (or block of calls) in measurement order, at the largest batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency per call against the batch size (log2 axis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per second against the batch size (log2 axis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation and p99 − p50 of the latency at batch size %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean reasoning score of each method over the evaluation set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference of the reasoning score from eager&apos;s; 0 means identical answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no report file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name ending in .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a writable directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in a directory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory, or a new one in an existing directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created (its parent is not writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a chart format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid chart size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1..%2 pixels each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (see Failures and diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled; finished results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this run measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |Δ score|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative L2 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argmax agreement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: mean reasoning score over the evaluation set. Fidelity compares each method&apos;s answers with eager&apos;s on the same inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (as LibTorch wrote it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known diagnosis matches this error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method failed or was flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the seed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: original (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: optimized (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: eager (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: %1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s numbers were measured on an unknown machine; they are claims, not targets. This run&apos;s numbers are means on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench report: %1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks of %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) excluded</source>
        <translation>
            <numerusform>%n outlier excluded</numerusform>
            <numerusform>%n outliers excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n outlier</numerusform>
            <numerusform>%n outliers</numerusform>
        </translation>
    </message>
    <message>
        <source>not steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (ms) and its 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline: the share of the least time the machine&apos;s measured roofs allow, and what bounds it (compute, or the cache level or memory the weights are read from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer resolution (ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer overhead per call (ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofs (one core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each method and batch size against the machine&apos;s measured roofs: the closer to a roof, the less there is left to gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call, in milliseconds. The median carries the half-width of its 95% bootstrap confidence interval. &quot;vs eager&quot; is the ratio of the medians with its 95% CI; &quot;≈&quot; marks a difference that is not significant (p ≥ 0.05 or the CI includes 1), which is not a win. The jitter (standard deviation) of each measurement is in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak resident (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation peak (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call peak (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: what one forward reads, at the method&apos;s precision. Peak resident: a process that held only this method. Kept: what the prepared method keeps resident. The peaks during its preparation and its calls are above the memory before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process held %1 MiB before any method (runtime, model, inputs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot reset the peak: the peaks are upper bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faithful: outputs within the run&apos;s drift limits against eager&apos;s. A speed-up counts when it is significant (p &lt; 0.05 and its 95% CI excludes 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) at batch sizes %1</source>
        <translation>
            <numerusform>%n method at batch sizes %1</numerusform>
            <numerusform>%n methods at batch sizes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable to this model</source>
        <translation>
            <numerusform>%n not applicable to this model</numerusform>
            <numerusform>%n not applicable to this model</numerusform>
        </translation>
    </message>
    <message>
        <source>OptiBench report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench comparison: %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with %1 (the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of each median latency against the reference (+ is slower), its interval and verdict. Red: a regression beyond the threshold; green: an improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods that changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in one run only (not compared): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment, machine load and configuration where a run differs from the reference (values that differ are in amber); the load is always listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per method: its weights at its precision, and the memory it keeps and peaks at above the process&apos;s base (in MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time per forward of the operators that take longest in %1 or %2; a bar missing in one of them: the operator does not run there (fused, folded or replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time per forward of the operators that take longest in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each method ran again after its timing, under LibTorch&apos;s RecordFunction callbacks and the native kernels&apos; timers, outside the timed calls. Self time excludes the operators an operator calls; shares add up to the profiled total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
