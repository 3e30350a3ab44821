// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/entity.h"
#include "core/event.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kairos::Import {

/// What a workspace export puts in a bundle. Evidence and event entities refer to the ids of
/// these articles and entities.
struct BundleContent
{
    QString title;
    QString description;
    QList<Article> articles;
    QList<Event> events;
    QList<Entity> entities;
};

/// A bundle as file paths and bytes: bundle.json plus one text file per article.
QList<QPair<QString, QByteArray>> bundleFiles(const BundleContent& content);

/// Writes bundle.json and the article files into a new or empty folder, or into a .zip when outPath
/// ends in ".zip". Importing the result gives back the same articles, events and entities.
bool writeBundle(const QString& outPath, const BundleContent& content, QString* error);

} // namespace Kairos::Import
