// SPDX-License-Identifier: MIT
#pragma once
// The PDF's pages: portrait A4, the report laid out by QTextDocument and then corrected where its pagination falls
// short (a heading at the foot of a page moves to the next one, with what follows it), printed page by page with a
// footer.

#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPdfWriter;
class QTextBlock;
class QTextDocument;
QT_END_NAMESPACE

namespace ob::report {

/// The page of the report's PDF: A4 portrait, 15 mm margins, with a strip at the foot for the page footer.
struct ReportPage {
    static constexpr double kMarginMm = 15;
    static constexpr double kFooterMm = 8;
    /// The size a document's page has in its own units (pixels at `dpi`), the footer strip left out.
    static QSizeF documentPageSize(double dpi);
};

/// The page a position of the laid-out document falls on (0-based).
int pageOf(const QTextDocument& document, double y);
/// The next block after `block` that has content (text or an image), in document order (into tables); invalid at
/// the end. For the first cell of a table with a header row, the first cell of its second data row instead (the
/// header repeats on each page; a heading keeps two rows of data with it).
QTextBlock nextContent(const QTextBlock& block);
/// Moves every heading whose following content starts on a later page to the top of that page: no heading ends a
/// page. The document must have its page size set.
void keepHeadingsWithNext(QTextDocument& document);
/// Adds a table of contents at the end of the first page (which must end in a page break, as the title page does):
/// each <h2> with its page number, under `title`. Call after keepHeadingsWithNext(), as the last change.
void addContents(QTextDocument& document, const QString& title);
/// Prints the paginated document on `writer` (whose page layout it sets), one page at a time, with `footer` and
/// "page N of M" at the foot of each page.
void printReport(QTextDocument& document, QPdfWriter& writer, const QString& footer);

}  // namespace ob::report
