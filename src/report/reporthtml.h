// SPDX-License-Identifier: MIT
#pragma once
// The building blocks of the report's sections: what a section gets (ReportContext) and the HTML it is made of.
// One HTML serves both forms: the self-contained HTML file and the PDF, which Qt's rich text lays out (so the
// markup keeps to the subset QTextDocument understands: tables with <thead>, headings, <p>, <pre>, <img>).
// Every text that comes from a run (methods, models, paths, error messages) goes through esc() or a Cell.

#include <QList>
#include <QString>
#include <QStringList>

#include "results/runresult.h"

namespace ob::report {

/// The form being written: a browser breaks long words where <wbr> allows, the PDF where a zero-width space does.
enum class ReportForm { Html, Pdf };

/// A chart as it goes into the report: `html` is an inline <svg> or an <img>.
struct EmbeddedChart {
    QString id;
    QString title;
    QString caption;
    QString html;
};

/// What every section of the report gets.
struct ReportContext {
    const RunResult& run;
    ReportForm form = ReportForm::Html;
    QList<EmbeddedChart> charts;
};

/// HTML-escaped text.
QString esc(const QString& text);
/// "–", the mark of an empty cell.
QString dash();
/// Escaped text that may break after '_', '+', '/', '.' and ',' inside long words (method ids, paths, errors),
/// so that it wraps at those points instead of running past the page or breaking mid-word.
QString breakable(const ReportContext& ctx, const QString& text);
/// Escaped prose (error messages, causes, cells of text): breakable() in the PDF; as it is in the HTML, whose style
/// lets a browser wrap long words itself.
QString prose(const ReportContext& ctx, const QString& text);

/// A table cell: text (escaped, wraps between words), a number (right-aligned, never broken), text that is never
/// broken (a speed-up with its interval), a label (bold) or a method id (breaks after '_' and '+').
struct Cell {
    enum Kind { Text, Number, NoWrap, Label, Method };
    QString text;
    Kind kind = Text;
    int rowSpan = 1;
};
using Row = QList<Cell>;

/// A table with a header row (<thead>: the PDF repeats it on every page the table spans). `rowClasses` (optional)
/// gives a class per row ("failed", "flagged", "na"); `tableClass` another class than "data" ("facts": label and
/// value, without borders).
/// `widths` (optional) gives columns of text a share of the width in percent (0: as their content needs): a column
/// of Chinese text can otherwise be squeezed to a character a line by the columns of numbers, which never wrap.
QString table(const ReportContext& ctx, const QStringList& header, const QList<Row>& rows,
              const QStringList& rowClasses = {}, const QString& tableClass = QStringLiteral("data"),
              const QList<int>& widths = {});
/// <h2> with an anchor id.
QString heading(const QString& id, const QString& text);
/// <h3>, optionally with a class.
QString subheading(const QString& text, const QString& cls = {});
/// One <p class="note"> per non-empty line of `text`.
QString notes(const QString& text);
/// <p> (class optional) of escaped text.
QString paragraph(const QString& text, const QString& cls = {});
/// A method is not eager and was measured, failed, etc.: the class of its rows ("failed", "na", "flagged" or none).
QString rowClass(const MethodResult& r);

}  // namespace ob::report
