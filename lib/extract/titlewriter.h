// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Kairos::Extract {

/// Writes an event title in plain words from its actor, trigger and objects: "US imposes tariffs
/// on Japan", "Nvidia considers raising output", "China holds meeting on H200". The verb is the
/// trigger itself, inflected from the lexicon; a noun trigger gets its type's light verb.
class TitleWriter
{
public:
    bool load(const QJsonObject& rules, QString* error);
    /// things: what the event is about ("H200"); places: the countries it concerns.
    QString write(const QString& type, Modality modality, const QString& actor, const QString& trigger, bool noun,
        const QStringList& things, const QStringList& places) const;

private:
    QString baseForm(const QString& word, const QString& type) const;

    QHash<QString, QSet<QString>> m_verbs; // type -> every verb form of its lexicon
    QHash<QString, QString> m_irregular; // "met" -> "meet"
    QHash<QString, QString> m_lightVerbs; // type -> base verb for noun triggers
    QHash<QString, QString> m_places; // type -> preposition before countries ("on" Japan)
    QHash<QString, QString> m_nounPrepositions; // type -> preposition after a noun ("production of")
    QHash<QString, QString> m_nounLightVerbs; // "talks" -> "hold"
    QHash<QString, QString> m_templates; // modality -> pattern
    QSet<QString> m_particles; // "up" of "ramp up"
    QSet<QString> m_speech; // plain speech verbs: "says" alone tells nothing
};

} // namespace Kairos::Extract
