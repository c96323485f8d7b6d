// SPDX-License-Identifier: MIT
// Input specs ([NAME:]DIMS[:DTYPE[RANGE]]): every valid form parses and round-trips through its text form, every
// invalid form is refused naming the part that is wrong, and the model-file keys of RunConfig (input,
// example-inputs, primary-output, drift-cosine, drift-top1) go through applyText, JSON and validate().

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "config/enginespec.h"
#include "config/inputspec.h"
#include "config/modelfile.h"
#include "config/validation.h"
#include "optibench/engine/engine.h"

using namespace ob;
using engine::InputSpec;

Q_DECLARE_METATYPE(std::vector<qint64>)

class TestInputSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::vector<qint64>>("dims");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<bool>("hasRange");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QString>("formatted");
        const qint64 B = InputSpec::kBatch;
        const QString f32 = QStringLiteral("float32");
        QTest::addRow("named image") << "x:B,3,224,224" << "x" << std::vector<qint64>{B, 3, 224, 224} << f32 << false
                                     << 0.0 << 0.0 << "x:B,3,224,224";
        QTest::addRow("by position") << "B,3,224,224" << "" << std::vector<qint64>{B, 3, 224, 224} << f32 << false
                                     << 0.0 << 0.0 << "B,3,224,224";
        QTest::addRow("token ids") << "ids:B,24:int64[0,1000)" << "ids" << std::vector<qint64>{B, 24}
                                   << "int64" << true << 0.0 << 1000.0 << "ids:B,24:int64[0,1000)";
        QTest::addRow("all-ones mask") << "mask:B,24:int64[1,2)" << "mask" << std::vector<qint64>{B, 24} << "int64"
                                       << true << 1.0 << 2.0 << "mask:B,24:int64[1,2)";
        QTest::addRow("float range") << "t:B,8:float32[-1,1]" << "t" << std::vector<qint64>{B, 8} << f32 << true
                                     << -1.0 << 1.0 << "t:B,8:float32[-1,1]";
        QTest::addRow("float range, fractions") << "t:4:float64[-0.5,2.25]" << "t" << std::vector<qint64>{4}
                                                << "float64" << true << -0.5 << 2.25 << "t:4:float64[-0.5,2.25]";
        QTest::addRow("float point range") << "t:B:bfloat16[0.1,0.1]" << "t" << std::vector<qint64>{B} << "bfloat16"
                                           << true << 0.1 << 0.1 << "t:B:bfloat16[0.1,0.1]";
        QTest::addRow("exponent bounds") << "s:B,2:float32[-1e3,1e-3]" << "s" << std::vector<qint64>{B, 2} << f32
                                         << true << -1000.0 << 0.001 << "s:B,2:float32[-1000,0.001]";
        QTest::addRow("default dtype written") << "x:B,4:float32" << "x" << std::vector<qint64>{B, 4} << f32 << false
                                               << 0.0 << 0.0 << "x:B,4";
        QTest::addRow("unnamed with dtype") << "B,24:int32" << "" << std::vector<qint64>{B, 24} << "int32" << false
                                            << 0.0 << 0.0 << "B,24:int32";
        QTest::addRow("unnamed int range") << "B,24:int32[-5,5)" << "" << std::vector<qint64>{B, 24} << "int32"
                                           << true << -5.0 << 5.0 << "B,24:int32[-5,5)";
        QTest::addRow("bool") << "keep:B,24:bool" << "keep" << std::vector<qint64>{B, 24} << "bool" << false << 0.0
                              << 0.0 << "keep:B,24:bool";
        QTest::addRow("no batch") << "w:16,16" << "w" << std::vector<qint64>{16, 16} << f32 << false << 0.0 << 0.0
                                  << "w:16,16";
        QTest::addRow("batch not first") << "seq:24,B,8" << "seq" << std::vector<qint64>{24, B, 8} << f32 << false
                                         << 0.0 << 0.0 << "seq:24,B,8";
        QTest::addRow("batch only") << "B" << "" << std::vector<qint64>{B} << f32 << false << 0.0 << 0.0 << "B";
        QTest::addRow("batch only, typed") << "B:int64" << "" << std::vector<qint64>{B} << "int64" << false << 0.0
                                           << 0.0 << "B:int64";
        QTest::addRow("argument named B") << "B:B,3" << "B" << std::vector<qint64>{B, 3} << f32 << false << 0.0
                                          << 0.0 << "B:B,3";
        QTest::addRow("argument named B, typed") << "B:3:int64" << "B" << std::vector<qint64>{3} << "int64" << false
                                                 << 0.0 << 0.0 << "B:3:int64";
        QTest::addRow("argument named like a dtype") << "int64:B,2" << "int64" << std::vector<qint64>{B, 2} << f32
                                                     << false << 0.0 << 0.0 << "int64:B,2";
        QTest::addRow("underscore name") << "_attention_mask2:B,7:bool" << "_attention_mask2"
                                         << std::vector<qint64>{B, 7} << "bool" << false << 0.0 << 0.0
                                         << "_attention_mask2:B,7:bool";
        QTest::addRow("spaces") << "  x : B, 3 ,4 : int64 [ 0 , 9 ) " << "x" << std::vector<qint64>{B, 3, 4}
                                << "int64" << true << 0.0 << 9.0 << "x:B,3,4:int64[0,9)";
        QTest::addRow("signed bounds") << "i:B:int64[-3,+3)" << "i" << std::vector<qint64>{B} << "int64" << true
                                       << -3.0 << 3.0 << "i:B:int64[-3,3)";
        QTest::addRow("int32 extremes") << "i:1:int32[-2147483648,2147483648)" << "i" << std::vector<qint64>{1}
                                        << "int32" << true << -2147483648.0 << 2147483648.0
                                        << "i:1:int32[-2147483648,2147483648)";
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(std::vector<qint64>, dims);
        QFETCH(QString, dtype);
        QFETCH(bool, hasRange);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QString, formatted);
        InputSpec spec;
        const auto e = parseInputSpec(text, spec);
        QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        QCOMPARE(QString::fromStdString(spec.name), name);
        QCOMPARE(std::vector<qint64>(spec.dims.begin(), spec.dims.end()), dims);
        QCOMPARE(QString::fromStdString(spec.dtype), dtype);
        QCOMPARE(spec.hasRange, hasRange);
        if (hasRange) {
            QCOMPARE(spec.lo, lo);
            QCOMPARE(spec.hi, hi);
        }
        QCOMPARE(spec.source, std::string("user"));
        QCOMPARE(spec.hasBatch(), std::find(dims.begin(), dims.end(), InputSpec::kBatch) != dims.end());
        QCOMPARE(formatInputSpec(spec), formatted);
        // parse(format(s)) == s
        InputSpec again;
        QVERIFY(!parseInputSpec(formatInputSpec(spec), again));
        QVERIFY(sameInputSpec(spec, again));
        QCOMPARE(formatInputSpec(again), formatted);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("part");  // a fragment of the problem that names the wrong part
        QTest::addRow("empty") << "" << "is empty";
        QTest::addRow("blank") << "   " << "is empty";
        QTest::addRow("word dimension") << "x:B,3,x" << "dimension 3 'x' is not a positive integer or B";
        QTest::addRow("zero dimension") << "x:B,0" << "dimension 2 '0' is not a positive integer or B";
        QTest::addRow("negative dimension") << "x:-1,3" << "dimension 1 '-1' is not a positive integer or B";
        QTest::addRow("fraction dimension") << "x:2.5" << "dimension 1 '2.5' is not a positive integer or B";
        QTest::addRow("lower-case b") << "x:b,3" << "dimension 1 'b' is not a positive integer or B";
        QTest::addRow("empty dimension") << "x:B,,3" << "dimension 2 '' is not a positive integer or B";
        QTest::addRow("huge dimension") << "x:B,99999999999" << "dimension 2 '99999999999' is larger than";
        QTest::addRow("too many elements") << "x:B,100000,100000" << "elements at batch 1";
        QTest::addRow("two batches") << "x:B,B" << "dimension 2 is a second B";
        QTest::addRow("no dimensions") << "x:" << "the dimensions are missing";
        QTest::addRow("no dimensions, typed") << "x::int64" << "the dimensions are missing";
        QTest::addRow("unknown dtype") << "x:B,3:float" << "dtype 'float' is not one of float32, float64";
        QTest::addRow("torch dtype spelling") << "x:B,3:long" << "dtype 'long' is not one of";
        QTest::addRow("dtype case") << "x:B,3:Int64" << "dtype 'Int64' is not one of";
        QTest::addRow("missing dtype") << "x:B,3:" << "the dtype after the last ':' is missing";
        QTest::addRow("range without dtype") << "x:B,3:[0,1)" << "the dtype after the last ':' is missing";
        QTest::addRow("range on dims") << "ids:B,24[0,1000)" << "a range follows the dtype";
        QTest::addRow("integer range closed") << "ids:B,24:int64[0,1000]" << "an integer range is written [LO,HI)";
        QTest::addRow("float range half-open") << "t:B:float32[-1,1)" << "a float range is written [LO,HI]";
        QTest::addRow("bool range") << "m:B:bool[0,2)" << "bool takes no range";
        QTest::addRow("integer range reversed") << "ids:B:int64[5,5)" << "an integer range needs LO < HI";
        QTest::addRow("float range reversed") << "t:B:float32[1,-1]" << "a float range needs LO <= HI";
        QTest::addRow("integer bound fraction") << "ids:B:int64[0,1.5)" << "range bound '1.5' is not an integer";
        QTest::addRow("integer bound word") << "ids:B:int64[0,n)" << "range bound 'n' is not an integer";
        QTest::addRow("float bound word") << "t:B:float32[lo,1]" << "range bound 'lo' is not a number";
        QTest::addRow("float bound infinite") << "t:B:float32[0,inf]" << "range bound 'inf' is not a number";
        QTest::addRow("int32 bound") << "i:B:int32[0,3000000000)" << "range bound '3000000000' is outside";
        QTest::addRow("int64 bound") << "i:B:int64[0,99999999999999999999)" << "is outside";
        QTest::addRow("one bound") << "ids:B:int64[0)" << "range '[0)' is not written [LO,HI) or [LO,HI]";
        QTest::addRow("three bounds") << "ids:B:int64[0,1,2)" << "is not written [LO,HI) or [LO,HI]";
        QTest::addRow("unclosed range") << "ids:B:int64[0,1" << "is not written [LO,HI) or [LO,HI]";
        QTest::addRow("open bracket only") << "ids:B:int64[" << "is not written [LO,HI) or [LO,HI]";
        QTest::addRow("name not an identifier") << "my-input:B,3:int64" << "names must be identifiers";
        QTest::addRow("name starts with a digit") << "1x:B,3:int64" << "name '1x' is not an identifier";
        QTest::addRow("empty name") << ":B,3:int64" << "the name before ':' is empty";
        QTest::addRow("too many parts") << "a:b:B,3:int64" << "4 parts separated by ':'";
        QTest::addRow("dims where the name goes") << "x:y" << "dimension 1 'y' is not a positive integer or B";
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        InputSpec spec;
        spec.name = "unchanged";
        const auto e = parseInputSpec(text, spec);
        QVERIFY2(e, qPrintable(text));
        QCOMPARE(e->field, QStringLiteral("input"));
        QCOMPARE(e->value, text);
        QVERIFY2(e->problem.contains(part), qPrintable(e->message()));
        QVERIFY2(e->allowed.contains(QStringLiteral("[NAME:]DIMS[:DTYPE[RANGE]]")), qPrintable(e->message()));
        QVERIFY2(e->allowed.contains(QStringLiteral("x:B,3,224,224")), qPrintable(e->message()));  // an example
        QVERIFY2(e->message().startsWith(QStringLiteral("input: ")), qPrintable(e->message()));
        QVERIFY(!e->message().contains(QLatin1Char('\n')));  // one paragraph
        QCOMPARE(spec.name, std::string("unchanged"));
    }

    void fieldIsTheCallers()
    {
        InputSpec spec;
        const auto e = parseInputSpec(QStringLiteral("x:B,q"), spec, QStringLiteral("--input"));
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("--input"));
    }

    void lists()
    {
        std::vector<InputSpec> specs(1);
        QVERIFY(!parseInputSpecs({QStringLiteral("ids:B,24:int64[0,1000)"), QStringLiteral("mask:B,24:bool")}, specs));
        QCOMPARE(specs.size(), std::size_t(2));
        QCOMPARE(specs[1].name, std::string("mask"));
        const auto e = parseInputSpecs({QStringLiteral("B,3"), QStringLiteral("B,3:half")}, specs);
        QVERIFY(e);
        QCOMPARE(e->value, QStringLiteral("B,3:half"));
        QCOMPARE(specs.size(), std::size_t(2));  // unchanged on error
        QVERIFY(!parseInputSpecs({}, specs));
        QVERIFY(specs.empty());
    }

    void formatsEngineSpecs()
    {
        InputSpec s;  // as the engine suggests it: unnamed, default dtype, no range
        s.dims = {InputSpec::kBatch, 4};
        s.source = "graph";
        QCOMPARE(formatInputSpec(s), QStringLiteral("B,4"));
        s.name = "x";
        s.dtype = "int64";
        s.hasRange = true;
        s.lo = 0;
        s.hi = 30522;
        QCOMPARE(formatInputSpec(s), QStringLiteral("x:B,4:int64[0,30522)"));
        s.dtype = "bool";  // a range on a bool cannot be written: left out
        QCOMPARE(formatInputSpec(s), QStringLiteral("x:B,4:bool"));
        s.dtype = "float32";
        s.lo = 0.1;
        s.hi = 1.0 / 3.0;
        InputSpec back;
        QVERIFY(!parseInputSpec(formatInputSpec(s), back));
        QVERIFY(sameInputSpec(s, back));  // shortest text that reads back exactly
        QCOMPARE(back.hi, 1.0 / 3.0);
    }

    void shellLine()
    {
        QCOMPARE(shellQuoted(QStringLiteral("x:B,3,224,224")), QStringLiteral("x:B,3,224,224"));
        QCOMPARE(shellQuoted(QStringLiteral("ids:B,24:int64[0,1000)")), QStringLiteral("'ids:B,24:int64[0,1000)'"));
        QCOMPARE(shellQuoted(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuoted(QString()), QStringLiteral("''"));
        QCOMPARE(shellQuoted(QStringLiteral("/tmp/my model.pt")), QStringLiteral("'/tmp/my model.pt'"));
        std::vector<InputSpec> specs(2);
        QVERIFY(!parseInputSpec(QStringLiteral("x:B,3"), specs[0]));
        QVERIFY(!parseInputSpec(QStringLiteral("ids:B,24:int64[0,1000)"), specs[1]));
        QCOMPARE(inputSpecArguments(specs), QStringLiteral("--input x:B,3 --input 'ids:B,24:int64[0,1000)'"));
        QCOMPARE(inputSpecArguments({}), QString());
    }

    // RunConfig: each new key by its text form, good and bad.
    void applyTextKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        QTest::addColumn<QString>("mentions");  // bad: a fragment of the message
        QTest::addRow("input") << "input" << "x:B,3,224,224" << true << "";
        QTest::addRow("input by position") << "input" << "B,24:int64[0,1000)" << true << "";
        QTest::addRow("input bad dimension") << "input" << "x:B,y" << false << "dimension 2 'y'";
        QTest::addRow("input bad dtype") << "input" << "x:B:float" << false << "dtype 'float'";
        QTest::addRow("input empty") << "input" << "" << false << "is empty";
        QTest::addRow("example-inputs") << "example-inputs" << "/data/inputs.pt" << true << "";
        QTest::addRow("primary-output") << "primary-output" << "logits" << true << "";
        QTest::addRow("primary-output nested") << "primary-output" << "1.0" << true << "";
        QTest::addRow("drift-cosine") << "drift-cosine" << "0.99" << true << "";
        QTest::addRow("drift-cosine zero") << "drift-cosine" << "0" << true << "";
        QTest::addRow("drift-cosine one") << "drift-cosine" << "1" << true << "";
        QTest::addRow("drift-cosine above one") << "drift-cosine" << "1.5" << false << "0..1";
        QTest::addRow("drift-cosine negative") << "drift-cosine" << "-0.1" << false << "0..1";
        QTest::addRow("drift-cosine word") << "drift-cosine" << "high" << false << "is not a number";
        QTest::addRow("drift-top1") << "drift-top1" << "95" << true << "";
        QTest::addRow("drift-top1 hundred") << "drift-top1" << "100" << true << "";
        QTest::addRow("drift-top1 above") << "drift-top1" << "101" << false << "0..100";
        QTest::addRow("drift-top1 percent sign") << "drift-top1" << "99%" << false << "is not a number";
    }

    void applyTextKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, good);
        QFETCH(QString, mentions);
        QVERIFY(configKeys().contains(key));
        RunConfig c;
        const RunConfig before = c;
        const auto e = applyText(c, key, value);
        if (!good) {
            QVERIFY(e);
            QCOMPARE(e->field, key);
            QVERIFY2(e->message().contains(mentions), qPrintable(e->message()));
            QVERIFY2(e->message().contains(value.isEmpty() ? QStringLiteral("\"\"") : value), qPrintable(e->message()));
            QVERIFY(c == before);
            return;
        }
        QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        QVERIFY(c != before);
        QVERIFY2(!validate(c), "a value applyText() accepts must validate");  // fuzz_config's rule
        if (key == QLatin1String("input"))
            QCOMPARE(c.inputSpecs, QStringList{value});
        else if (key == QLatin1String("example-inputs"))
            QCOMPARE(c.exampleInputs, value);
        else if (key == QLatin1String("primary-output"))
            QCOMPARE(c.primaryOutput, value);
        else if (key == QLatin1String("drift-cosine"))
            QCOMPARE(c.driftCosine, value.toDouble());
        else
            QCOMPARE(c.driftTop1, value.toDouble());
    }

    void inputIsRepeatable()
    {
        RunConfig c;
        QVERIFY(!applyText(c, QStringLiteral("input"), QStringLiteral("ids:B,24:int64[0,1000)")));
        QVERIFY(!applyText(c, QStringLiteral("input"), QStringLiteral(" mask:B,24:bool ")));
        QCOMPARE(c.inputSpecs,
                 (QStringList{QStringLiteral("ids:B,24:int64[0,1000)"), QStringLiteral("mask:B,24:bool")}));
        QVERIFY(applyText(c, QStringLiteral("input"), QStringLiteral("t:B:float32[1,0]")));
        QCOMPARE(c.inputSpecs.size(), 2);  // a refused spec is not appended
    }

    void defaults()
    {
        const RunConfig c;
        QVERIFY(c.inputSpecs.isEmpty());
        QVERIFY(c.exampleInputs.isEmpty());
        QVERIFY(c.primaryOutput.isEmpty());
        QCOMPARE(c.driftCosine, 0.999);
        QCOMPARE(c.driftTop1, 99.0);
        // Built-in models keep their keys; a model file's config carries the drift thresholds.
        const QJsonObject o = toJson(c);
        for (const char* key : {"input", "example-inputs", "primary-output", "drift-cosine", "drift-top1"})
            QVERIFY2(!o.contains(QLatin1String(key)), key);
        RunConfig file = c;
        file.model = QStringLiteral("torchscript");
        QCOMPARE(toJson(file).value(QStringLiteral("drift-cosine")).toDouble(), 0.999);
        QCOMPARE(toJson(file).value(QStringLiteral("drift-top1")).toDouble(), 99.0);
    }

    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        QFile example(dir.filePath(QStringLiteral("inputs.pt")));
        QVERIFY(example.open(QIODevice::WriteOnly));
        example.write("x");
        example.close();
        RunConfig c;
        c.model = QStringLiteral("torchscript");
        c.modelFile = example.fileName();  // any existing file passes the fast checks
        c.inputSpecs = QStringList{QStringLiteral("ids:B,24:int64[0,1000)"), QStringLiteral("mask:B,24:int64[1,2)")};
        c.exampleInputs = example.fileName();
        c.primaryOutput = QStringLiteral("logits");
        c.driftCosine = 0.95;
        c.driftTop1 = 90.5;
        QVERIFY(!validate(c));
        const QJsonObject o = toJson(c);
        QCOMPARE(o.value(QStringLiteral("input")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("input")).toArray().at(0).toString(), c.inputSpecs[0]);
        QCOMPARE(o.value(QStringLiteral("example-inputs")).toString(), c.exampleInputs);
        QCOMPARE(o.value(QStringLiteral("primary-output")).toString(), c.primaryOutput);
        RunConfig back;
        back.inputSpecs = QStringList{QStringLiteral("B,1")};  // replaced, not appended to
        const auto e = applyJson(back, o);
        QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        QCOMPARE(back, c);
        // A built-in model with changed thresholds keeps them too.
        RunConfig builtIn;
        builtIn.driftTop1 = 50;
        RunConfig builtInBack;
        QVERIFY(!applyJson(builtInBack, toJson(builtIn)));
        QCOMPARE(builtInBack, builtIn);
    }

    void jsonForms()
    {
        RunConfig c;
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("input"), QStringLiteral("x:B,3")}}));  // one spec
        QCOMPARE(c.inputSpecs, QStringList{QStringLiteral("x:B,3")});
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("input"), QJsonArray{}}}));
        QVERIFY(c.inputSpecs.isEmpty());
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("drift-cosine"), 0.5}, {QStringLiteral("drift-top1"), 75}}));
        QCOMPARE(c.driftCosine, 0.5);
        QCOMPARE(c.driftTop1, 75.0);

        auto e = applyJson(c, QJsonObject{{QStringLiteral("input"), QJsonArray{QStringLiteral("x:B,3"), 3}}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("input"));
        QVERIFY2(e->problem.contains(QStringLiteral("not an input spec")), qPrintable(e->message()));
        e = applyJson(c, QJsonObject{{QStringLiteral("input"), QJsonArray{QStringLiteral("x:B,3"),
                                                                           QStringLiteral("y:B,3:int8")}}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("input"));
        QCOMPARE(e->value, QStringLiteral("y:B,3:int8"));
        QVERIFY2(e->problem.contains(QStringLiteral("dtype 'int8'")), qPrintable(e->message()));
        QCOMPARE(c.inputSpecs.size(), 0);  // a refused list leaves the old one
        e = applyJson(c, QJsonObject{{QStringLiteral("input"), QJsonObject{}}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("input"));
        e = applyJson(c, QJsonObject{{QStringLiteral("example-inputs"), 3}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("example-inputs"));
        e = applyJson(c, QJsonObject{{QStringLiteral("primary-output"), QJsonArray{}}});
        QVERIFY(e);
        QVERIFY2(e->allowed.contains(QStringLiteral("logits")), qPrintable(e->message()));
        e = applyJson(c, QJsonObject{{QStringLiteral("drift-top1"), 120}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("drift-top1"));
    }

    void validateChecksTheNewKeys()
    {
        QTemporaryDir dir;
        RunConfig c;
        c.inputSpecs = QStringList{QStringLiteral("x:B,3"), QStringLiteral("y:B,3:float16")};
        auto e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("input"));
        QCOMPARE(e->value, QStringLiteral("y:B,3:float16"));
        c.inputSpecs.removeLast();
        QVERIFY(!validate(c));
        c.driftCosine = 2;
        e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("drift-cosine"));
        c.driftCosine = 0.9;
        c.driftTop1 = -1;
        e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("drift-top1"));
        c.driftTop1 = 99;

        // example-inputs is a file a model file reads: it must exist and be readable.
        QFile model(dir.filePath(QStringLiteral("m.pt")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write("x");
        model.close();
        c.model = QStringLiteral("torchscript");
        c.modelFile = model.fileName();
        c.exampleInputs = dir.filePath(QStringLiteral("missing.pt"));
        e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("example-inputs"));
        QVERIFY2(e->message().contains(QStringLiteral("does not exist")), qPrintable(e->message()));
        c.exampleInputs = dir.path();
        e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("example-inputs"));
        QVERIFY2(e->message().contains(QStringLiteral("directory")), qPrintable(e->message()));
        c.exampleInputs = model.fileName();
        QVERIFY(!validate(c));
    }

    // checkModelFile(): the engine's verdicts on a real file, in the words of the validation layer.
    void modelFileErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mlp.pt"));
        {
            engine::ModelSpec spec;
            spec.hidden = 8;
            spec.layers = 1;
            auto workspace = engine::Workspace::create(spec, engine::EngineSettings{});
            auto method = workspace->prepare("jit_script", engine::PrepareContext{});
            QVERIFY(method->ok());
            method->saveTorchScript(QFile::encodeName(path).toStdString());
        }
        RunConfig c;
        c.model = QStringLiteral("torchscript");
        c.modelFile = path;
        engine::ModelFileInfo info;
        auto e = checkModelFile(c, &info);  // no specs: the suggestion from the first Linear
        QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        QVERIFY(info.ok);
        QCOMPARE(info.inputSpecs.size(), std::size_t(1));
        QVERIFY((info.inputSpecs[0].dims == std::vector<std::int64_t>{InputSpec::kBatch, 4}));
        QCOMPARE(info.inputSpecs[0].dtype, std::string("float32"));
        QCOMPARE(info.inputSpecs[0].source, std::string("graph"));
        RunConfig sized = c;
        sized.outputs = 1;
        applyModelFileSizes(sized, info);
        QCOMPARE(sized.outputs, 13);
        QCOMPARE(sized.hidden, 8);
        QVERIFY(!validate(sized));

        c.inputSpecs = QStringList{QStringLiteral("x:B,4")};
        QVERIFY(!checkModelFile(c, &info));
        QCOMPARE(info.inputSpecs[0].source, std::string("user"));

        c.inputSpecs = QStringList{QStringLiteral("y:B,4")};  // no such argument
        e = checkModelFile(c, &info);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("input"));
        QCOMPARE(e->message(), QString::fromStdString(info.error));  // the engine's paragraph, as it wrote it
        QVERIFY2(e->message().contains(QStringLiteral("y")), qPrintable(e->message()));

        c.inputSpecs = QStringList{QStringLiteral("x:B,5")};  // the first Linear takes 4
        e = checkModelFile(c, &info);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("model-file"));
        QVERIFY2(e->message().contains(QStringLiteral("forward")), qPrintable(e->message()));

        QFile text(dir.filePath(QStringLiteral("inputs.pt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a pickle");
        text.close();
        c.inputSpecs.clear();
        c.exampleInputs = text.fileName();
        e = checkModelFile(c, &info);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("example-inputs"));
        QVERIFY2(e->message().contains(text.fileName()), qPrintable(e->message()));

        c.exampleInputs.clear();
        c.modelFile = text.fileName();  // not TorchScript: the translated message with LibTorch's words
        e = checkModelFile(c, &info);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("model-file"));
        QVERIFY2(e->message().contains(QStringLiteral("is not a TorchScript model file")), qPrintable(e->message()));
    }

    void modelSpecCarriesThem()
    {
        RunConfig c;
        c.model = QStringLiteral("torchscript");
        c.modelFile = QStringLiteral("/models/m.pt");
        c.inputSpecs = QStringList{QStringLiteral("ids:B,24:int64[0,1000)"), QStringLiteral("B,24:bool")};
        c.exampleInputs = QStringLiteral("/models/inputs.pt");
        c.primaryOutput = QStringLiteral("logits");
        const engine::ModelSpec s = modelSpecOf(c);
        QCOMPARE(s.path, std::string("/models/m.pt"));
        QCOMPARE(s.inputSpecs.size(), std::size_t(2));
        QCOMPARE(s.inputSpecs[0].name, std::string("ids"));
        QCOMPARE(s.inputSpecs[0].dtype, std::string("int64"));
        QCOMPARE(s.inputSpecs[0].hi, 1000.0);
        QCOMPARE(s.inputSpecs[1].name, std::string());
        QCOMPARE(s.inputSpecs[1].source, std::string("user"));
        QCOMPARE(s.exampleInputs, std::string("/models/inputs.pt"));
        QCOMPARE(s.primaryOutput, std::string("logits"));
        c.model = QStringLiteral("simplified");  // a built-in model makes its own inputs
        QVERIFY(modelSpecOf(c).inputSpecs.empty());
        QVERIFY(modelSpecOf(c).path.empty());
    }
};

QTEST_GUILESS_MAIN(TestInputSpec)
#include "tst_inputspec.moc"
