// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest.h"

namespace Kairos::Import {

struct ParseContext
{
    const SourceFile& file;
    const ImportLimits& limits;
    const Manifest* manifest;
};

QString sha256Hex(const QByteArray& bytes);

/// An article with hash, format and origin set; `itemIndex` >= 0 marks an item of a list or feed.
ParsedArticle makeArticle(
    const ParseContext& context, const QString& format, const QByteArray& original, int itemIndex = -1);

/// Applies the manifest's override for the file (manifest wins), then falls back to a date in the
/// file name; warns when an article ends up with neither title nor body.
void finishArticle(ParsedArticle& parsed, const ParseContext& context);

/// The first `length` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair: half a
/// pair is not valid text, and titles are cut like this at fixed lengths.
QString leftWhole(const QString& text, qsizetype length);

/// An event read from a timeline interchange file: confirmed, cited by a source that is not an article.
ParsedEvent makeSourcedEvent(const QString& title, const QString& sentence, const QString& url, const QString& label);

/// Sets start/precision from text a loose date parser accepts; returns false if it is not a date.
bool setStartFromText(Event& event, const QString& text);

} // namespace Kairos::Import
