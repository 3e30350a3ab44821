// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QString>
#include <QStringList>

namespace Kairos {

struct Entity
{
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Other;
    QStringList aliases;
    /// Optimistic-locking counter: a save that finds another version reports a conflict.
    int version = 0;
};

/// An entity named at a character range of an article body.
struct Mention
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 entityId = 0;
    int begin = 0;
    int end = 0;
};

} // namespace Kairos
