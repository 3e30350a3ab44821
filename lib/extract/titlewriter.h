// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vocabulary.h"
#include "wordset.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Kairos::Extract {

/// Writes an event title in plain words, as a headline: who, a present-tense verb, what and
/// where ("US permits H200 exports to China", "China holds emergency meeting", "Farmers stage
/// protests"); without a named actor, what happened and how ("Stop-gap budget adopted"). The
/// verb is inflected from the lexicon and a few rules of English spelling.
class TitleWriter
{
public:
    struct Parts
    {
        QString subject; // "US", "Reagan", "Railway workers"; empty when nobody is named
        bool plural = false;
        QString verb; // base form, with its particles: "hold", "ramp up", "comment on"
        QString object; // "H200 exports", "emergency meeting"
        QString complement; // "to sell H20": what a permission or an order is for
        QString place; // "to China", "on Japan"
        bool passive = false; // the object underwent the verb ("Sales restricted"), it is no event noun
    };

    bool load(const QJsonObject& rules, QString* error);
    /// cue: the words that set the modality; some have a pattern of their own ("did not").
    QString compose(Modality modality, const Parts& parts, const QString& cue = QString()) const;
    /// The base form of an inflected verb ("imposed" -> "impose", "stopped" -> "stop").
    QString baseForm(const QString& word, const QString& type) const;
    /// The verb that goes with an event noun without one in the text ("talks" -> "hold").
    QString lightVerb(const QString& type, const QString& noun) const;
    /// A word that fills no object slot ("there", "whether"): the slot is empty.
    bool isNonObject(const QString& word) const { return m_nonObjects.contains(word.toLower()); }
    /// The object without the function words it must not end in ("exports to" -> "exports").
    QString trimObject(const QString& object) const;
    QString placePreposition(const QString& type) const { return m_places.value(type, QStringLiteral("for")); }

private:
    QString participle(const QString& base) const;

    QHash<QString, WordSet> m_verbs; // type -> every verb form of its lexicon
    WordSet m_bases; // verbs known in their base form, for telling "announce" from "announc"
    QHash<QString, QString> m_irregular; // "met" -> "meet"
    QHash<QString, QString> m_pastOf; // "meet" -> "met"
    QHash<QString, QString> m_lightVerbs; // type -> base verb for noun triggers
    QHash<QString, QString> m_places; // type -> preposition before countries ("on" Japan)
    QHash<QString, QString> m_nounLightVerbs; // "talks" -> "hold"
    QHash<QString, QString> m_templates; // modality -> pattern
    WordSet m_nonObjects; // "there", "whether": no object
    WordSet m_dangling; // prepositions, conjunctions, determiners: no title ends in one
    QHash<QString, QString> m_bareTemplates; // modality -> pattern without an actor
    QHash<QString, QString>
        m_cueTemplates; // modality cue -> pattern with an actor ("did not" -> "{actor} did not ...")
    QHash<QString, QString> m_passiveTemplates; // modality -> pattern for what a verb acts on, without an actor
};

} // namespace Kairos::Extract
