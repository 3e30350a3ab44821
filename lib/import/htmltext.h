// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltokenizer.h"

namespace Kairos::Import {

/// Readable text of tokens [from, to): block elements and <br> end lines, list items become "• "
/// lines, and navigation, ads, scripts, styles, forms and share widgets are left out.
QString tokensToText(const QList<HtmlToken>& tokens, qsizetype from, qsizetype to);

/// The index of the end tag that closes the start tag at `start` (or tokens.size() if unclosed).
qsizetype matchingEnd(const QList<HtmlToken>& tokens, qsizetype start);

/// Plain text of an HTML fragment (TimelineJS text fields, feed descriptions): block tags become line breaks.
QString htmlFragmentToText(const QString& html);

/// Collapses runs of spaces inside lines drops blank lines (one paragraph per line) and trims.
QString tidyLines(const QString& text);

} // namespace Kairos::Import
