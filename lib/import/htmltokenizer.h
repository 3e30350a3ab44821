// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Kairos::Import {

struct HtmlToken
{
    enum Kind { StartTag, EndTag, Text, Comment };
    Kind kind = Text;
    /// Lower-case tag name for tags; decoded text for Text; raw contents for script/style.
    QString name;
    QString text;
    QList<QPair<QString, QString>> attributes;
    bool selfClosing = false;

    QString attribute(const QString& key) const;
};

/// A forgiving HTML tokenizer for saved news pages: never fails, treats the page as data only
/// (scripts are kept as raw text tokens for JSON-LD, never run). Unclosed tags and stray '<' are text.
QList<HtmlToken> tokenizeHtml(const QString& html);

/// Replaces character references (&amp; &#8217; &#x2019; and common named ones) in text.
QString decodeHtmlEntities(const QString& text);

} // namespace Kairos::Import
