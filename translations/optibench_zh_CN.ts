<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>asks for int16 quantization, which is not a LibTorch dtype (quantized dtypes are qint8, quint8 and qint32)</source>
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
</context>
<context>
    <name>ob::app::MainWindow</name>
    <message>
        <source>OptiBench — inference optimization workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiBench %1</source>
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
        <source>Usage: optibench-cli &lt;command&gt; [options]

Commands:
  run        benchmark methods and print the results table
  env        print the environment (--json for JSON)
  methods    list the strategies and their options
  --version  print the version

run options:
  --model simplified          model architecture
  --hidden N                  hidden size, 1..8192 (default 256)
  --layers N                  residual layers, 0..256 (default 7)
  --inputs N, --outputs N     input and output widths (default 4 and 13)
  --batch 1,4,8,16            batch sizes
  --methods eager,...|all     methods; a method is a pipeline a+b+c of strategies
  --warmup N                  warm-up calls per method and batch (default 50)
  --iterations N              measured calls per method and batch (default 200)
  --threads N                 LibTorch intra-op threads (default 1)
  --blas-threads N            OpenBLAS threads (default 1)
  --qengine auto|qnnpack|onednn|fbgemm|x86|none   quantized engine (default auto)
  --seed N                    seed of weights and inputs (default 42)
  --eval-samples N            size of the evaluation set (default 1024)
  --option key=value          a strategy option (see: optibench-cli methods)
  --preset default|seed|quick a named configuration (applied first)
  --config FILE.json          a JSON object with the keys above; options given here override it
  --json FILE                 write the run as JSON (schema optibench.run/1)
  --csv FILE                  write one CSV row per method and batch
  --samples-csv FILE          write one CSV row per measured call
  --quiet                     no progress on stderr

Exit status: 0 the run completed (some methods may have failed), 2 invalid input, 1 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; allowed: run, env, methods, --version</source>
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
</context>
</TS>
