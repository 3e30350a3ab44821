// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest.h"

namespace Kairos::Import {

struct ParsedFile
{
    QList<ParsedArticle> articles;
    QList<ParsedEvent> events;
    QList<ParsedEntity> entities;
    QStringList warnings;
    /// Non-empty: the file is rejected for this reason (articles read before the problem may remain).
    QString error;
    /// What detection decided: "txt", "md", "html", "pdf", "json", "reuters-sgml", "rss", "atom",
    /// "timelinejs3", "timelinejs2", "timelinejs-sheet", "vis-timeline", "gdelt", "timesketch", "manifest".
    QString format;
    QString bundleTitle;
    QString bundleDescription;
    /// Set for bundle.json: keep it and pass it to parseFile for the rest of the same bundle.
    std::optional<Manifest> manifest;
};

/// Detects the format by content as well as name and parses one file. Never throws and never
/// fails wholesale on bad bytes: problems become warnings, or `error` when nothing can be read.
ParsedFile parseFile(const SourceFile& file, const ImportLimits& limits = {}, const Manifest* manifest = nullptr);

} // namespace Kairos::Import
