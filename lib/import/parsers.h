// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesupport.h"
#include "parsefile.h"

#include <QJsonDocument>

namespace Kairos::Import {

// One function per format; parseFile() picks among them. Each fills `out` and may set out.error.
void parseTextArticle(const ParseContext& context, ParsedFile& out);
void parseMarkdownArticle(const ParseContext& context, ParsedFile& out);
void parseHtmlArticle(const ParseContext& context, ParsedFile& out);
void parsePdfArticle(const ParseContext& context, ParsedFile& out);
void parseFeed(const ParseContext& context, ParsedFile& out);
void parseReutersSgml(const ParseContext& context, ParsedFile& out);
void parseJsonArticles(const ParseContext& context, const QJsonDocument& document, ParsedFile& out);
void parseTimelineJs3(const ParseContext& context, const QJsonObject& root, ParsedFile& out);
void parseTimelineJs2(const ParseContext& context, const QJsonObject& root, ParsedFile& out);
void parseVisItems(const ParseContext& context, const QJsonArray& items, ParsedFile& out);
void parseTimelineSheet(const ParseContext& context, const QList<QStringList>& rows, ParsedFile& out);
void parseTimesketchCsv(const ParseContext& context, const QList<QStringList>& rows, ParsedFile& out);
void parseTimesketchJsonl(const ParseContext& context, ParsedFile& out);
void parseGdelt(const ParseContext& context, ParsedFile& out);

/// Markdown to readable text: link and emphasis markup removed, one paragraph or bullet per line.
QString markdownToText(const QString& markdown);

} // namespace Kairos::Import
