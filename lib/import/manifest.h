// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QHash>

#include <optional>

namespace Kairos::Import {

/// Metadata bundle.json sets for one article file; unset fields leave what the file says.
struct FileOverride
{
    QString title;
    QString outlet;
    QString url;
    QString language;
    std::optional<TimePoint> published;
    DatePrecision publishedPrecision = DatePrecision::Unknown;
};

/// The Kairos bundle manifest (bundle.json, see docs/bundle-format.md).
struct Manifest
{
    QString title;
    QString description;
    /// The folder holding bundle.json inside the bundle ("" at the top); file keys are relative to it.
    QString basePath;
    /// Keyed by the path as written in bundle.json.
    QHash<QString, FileOverride> files;
    QList<ParsedEntity> entities;
    /// Curated events; evidenceArticleKeys are resolved against basePath.
    QList<ParsedEvent> events;
    QStringList warnings;

    /// The override for a bundle-relative path, or null.
    const FileOverride* overrideFor(const QString& bundlePath) const;
    /// Sets basePath and rewrites the events' article keys to bundle-relative paths.
    void setBasePath(const QString& folder);
};

/// Parses bundle.json; on failure returns nothing and sets *error to a readable reason.
std::optional<Manifest> parseManifest(const QByteArray& bytes, QString* error, int maxJsonNesting = 1024);

/// Whether a JSON object is a Kairos manifest ("format": "kairos-bundle").
bool isManifestObject(const QJsonObject& object);

} // namespace Kairos::Import
