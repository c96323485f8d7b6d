// SPDX-License-Identifier: MIT
#include "format/flagtext.h"

#include <QCoreApplication>

namespace ob {

QString flagText(const QString& flag)
{
    static const struct {
        const char* id;
        const char* text;
    } texts[] = {
        {"numerically_wrong", QT_TRANSLATE_NOOP("ob", "answers differ from eager's")},
        {"non_finite", QT_TRANSLATE_NOOP("ob", "NaN or Inf in the output")},
        {"drifted", QT_TRANSLATE_NOOP("ob", "outputs drifted from eager's")},
        {"frozen_control_flow", QT_TRANSLATE_NOOP("ob", "the trace froze the control flow")},
        {"approximation", QT_TRANSLATE_NOOP("ob", "approximates the model")},
        {"int8_slower_than_eager", QT_TRANSLATE_NOOP("ob", "int8 slower than eager")},
        {"oversubscribed", QT_TRANSLATE_NOOP("ob", "more threads than free cores")},
        {"blas_kernel_forced", QT_TRANSLATE_NOOP("ob", "BLAS kernels below the CPU's instruction set")},
        {"roof_exceeded", QT_TRANSLATE_NOOP("ob", "faster than the machine's measured roofs")},
    };
    for (const auto& t : texts)
        if (flag == QLatin1String(t.id))
            return QCoreApplication::translate("ob", t.text);
    QString words = flag;
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString flagsText(const QStringList& flags)
{
    QStringList texts;
    for (const auto& f : flags)
        texts << flagText(f);
    return texts.join(QStringLiteral(", "));
}

}  // namespace ob
