// SPDX-License-Identifier: MIT
#include "report/reportpages.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

#include "report/reporttr.h"

namespace ob::report {
namespace {

QPageLayout pageLayout()
{
    const double m = ReportPage::kMarginMm;
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

bool hasContent(const QTextBlock& block)
{
    // An image is an object replacement character; an empty block (the importer leaves some around tables) is not.
    return !block.text().trimmed().isEmpty() || block.text().contains(QChar::ObjectReplacementCharacter);
}

bool isHeading(const QTextBlock& block)
{
    return block.blockFormat().headingLevel() > 0;
}

/// Lays the whole document out again. After a block's format changes, Qt's incremental layout of a paginated
/// document can leave later blocks without lines (seen with Qt 6.4: paragraphs after a moved heading vanished).
void relayout(QTextDocument& document)
{
    document.setPageSize(document.pageSize());
}

QRectF rectOf(const QTextBlock& block)
{
    return block.document()->documentLayout()->blockBoundingRect(block);
}

}  // namespace

QSizeF ReportPage::documentPageSize(double dpi)
{
    const QSizeF printable = pageLayout().paintRect(QPageLayout::Inch).size();
    return QSizeF(printable.width() * dpi, printable.height() * dpi - kFooterMm / 25.4 * dpi);
}

int pageOf(const QTextDocument& document, double y)
{
    const double height = document.pageSize().height();
    return height > 0 ? int(std::floor(y / height)) : 0;
}

QTextBlock nextContent(const QTextBlock& block)
{
    QTextBlock next = block.next();
    while (next.isValid() && !hasContent(next))
        next = next.next();
    if (!next.isValid())
        return next;
    // A table's header row is repeated on every page: what must stay with a heading is its data, two rows of it
    // (one row under a heading at a page's foot still looks left behind).
    QTextCursor cursor(next);
    if (QTextTable* table = cursor.currentTable()) {
        const QTextTableCell cell = table->cellAt(cursor);
        const int header = table->format().headerRowCount();
        if (cell.row() == 0 && cell.column() == 0 && header > 0 && table->rows() > header)
            // The last column: the first may span rows (a method beside its batch sizes).
            return table->cellAt(std::min(header + 1, table->rows() - 1), table->columns() - 1)
                .firstCursorPosition()
                .block();
    }
    return next;
}

void keepHeadingsWithNext(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block))
            continue;
        // Through any headings that follow (a <h2> and its first <h3>) to the content they introduce.
        QTextBlock content = nextContent(block);
        while (content.isValid() && isHeading(content))
            content = nextContent(content);
        if (!content.isValid())
            continue;
        const int page = pageOf(document, rectOf(block).top());
        if (pageOf(document, rectOf(content).top()) <= page)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        relayout(document);
    }
}

void addContents(QTextDocument& document, const QString& title)
{
    QTextBlock end;  // the last block of the first page: the one that breaks the page after it
    QList<QPair<QString, int>> entries;
    // Only the blocks that matter are measured: the position of a block in a table cell is slow to find.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!end.isValid() && (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            && pageOf(document, rectOf(block).top()) == 0)
            end = block;
        if (format.headingLevel() == 2)
            entries << qMakePair(block.text(), pageOf(document, rectOf(block).top()) + 1);
    }
    if (!end.isValid() || entries.isEmpty())
        return;
    // Inserted on the first page, after its last block: the page break moves from that block to the first heading
    // after it, and nothing after it moves.
    QTextBlock next = end.next();
    while (next.isValid() && next.blockFormat().headingLevel() == 0)
        next = next.next();
    if (!next.isValid())
        return;
    // One edit: the document is laid out again once, not after every cell.
    QTextCursor cursor(end);
    cursor.beginEditBlock();
    QTextBlockFormat before = next.blockFormat();
    before.setPageBreakPolicy(before.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(next).setBlockFormat(before);
    QTextBlockFormat after = end.blockFormat();
    after.setPageBreakPolicy(after.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysAfter);
    cursor.setBlockFormat(after);
    cursor.movePosition(QTextCursor::EndOfBlock);
    QTextBlockFormat headingFormat;
    headingFormat.setTopMargin(18);
    headingFormat.setBottomMargin(4);
    QTextCharFormat headingChars;
    headingChars.setFontWeight(QFont::Bold);
    headingChars.setFontPointSize(11);
    cursor.insertBlock(headingFormat, headingChars);
    cursor.insertText(title);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 60));
    QTextTable* table = cursor.insertTable(int(entries.size()), 2, format);
    QTextCharFormat chars;
    chars.setFontPointSize(10);
    for (int i = 0; i < entries.size(); ++i) {
        table->cellAt(i, 0).firstCursorPosition().insertText(entries[i].first, chars);
        QTextCursor number = table->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        number.insertText(QString::number(entries[i].second), chars);
    }
    cursor.endEditBlock();
    relayout(document);
}

void printReport(QTextDocument& document, QPdfWriter& writer, const QString& footer)
{
    writer.setPageLayout(pageLayout());
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    // The document's units are pixels at its own DPI (the page width over the printable width in inches).
    const double inches = pageLayout().paintRect(QPageLayout::Inch).width();
    const double dpi = page.width() / inches;
    const double scale = writer.resolution() / dpi;
    QPainter painter(&writer);
    // In the document's units, like everything drawn under the scale (a size in points would be resolved at the
    // writer's resolution and then scaled again).
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(qRound(7.5 * dpi / 72));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -view.top());
        document.drawContents(&painter, view);
        painter.restore();
        // The footer, in the strip below the page's content.
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const double strip = ReportPage::kFooterMm / 25.4 * dpi;
        const QRectF foot(0, page.height(), page.width(), strip);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, tr("page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
}

}  // namespace ob::report
