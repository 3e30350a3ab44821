// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"
#include "textutil.h"
#include "titlewriter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Kairos::Extract {

/// Proposes the events of one sentence: finds trigger words from the lexicon, drops triggers in
/// background phrases ("following recent approvals") and hypotheticals ("may reject"), and builds
/// each event with its modality, attribution, actors and objects, date, amounts and a short title.
class EventDetector
{
public:
    struct Input
    {
        const QString* text = nullptr;
        Sentence sentence;
        QList<Token> tokens;
        QList<EntityMention> mentions;
        QList<DateExpression> dates;
        QList<Quantity> quantities;
        std::optional<TimePoint> published;
        /// Token indices of all triggers taken in the sentence: a date in another trigger's clause is not ours.
        QList<int> triggers;
        /// Who has already spoken in the article: a further "he said" continues their statement.
        QSet<QString> speakers;
    };

    bool load(const QJsonObject& rules, QString* error);
    /// speaker: set to the speaker of a plain "X said" / "X told" sentence, if any.
    QList<ExtractedEvent> detect(const Input& input, QString* speaker = nullptr) const;
    bool mentionsReportedly(const QString& sentence) const;
    /// "In return, ...": the sentence continues the happening of the one before it.
    bool continuesPrevious(const QString& sentence) const;
    /// "The meeting ...": the sentence opens with its trigger noun as a known thing.
    bool refersBack(const QString& sentence, const QString& trigger) const;

private:
    struct Phrase
    {
        QStringList keys;
        QString type;
        bool noun;
    };
    struct Hit
    {
        int token;
        int tokenEnd;
        QString type;
        bool noun;
    };
    struct ModalityCue
    {
        Modality modality;
        QList<QStringList> cues;
    };

    QList<Hit> findHits(const Input& in) const;
    bool phraseAt(const QList<Token>& tokens, int index, const QStringList& keys) const;
    int clauseStart(const QList<Token>& tokens, int index) const;
    Modality modalityFor(const Input& in, int trigger) const;
    QString attributionFor(const Input& in, QString* entity) const;
    ExtractedEvent build(
        const Input& in, const Hit& hit, const QString& attribution, const QString& attributionEntity) const;

    QHash<QString, QList<Phrase>> m_phrases; // by first token
    QStringList m_order;
    QSet<QString> m_clauseSubjectVerbs;
    QSet<QString> m_backgroundClause, m_strongBackground, m_anaphoric, m_firstPerson;
    QSet<QString> m_speechVerbs, m_framingVerbs, m_reportVerbs, m_plainSpeechVerbs, m_statementHedges,
        m_referringDeterminers, m_titleStopWords, m_background, m_hypothetical, m_determiners, m_sourceWords;
    QList<QStringList> m_attributionPhrases;
    QStringList m_reportedlyCues;
    QStringList m_continuationCues;
    QList<ModalityCue> m_modality;
    QHash<QString, QList<QPair<int, QStringList>>> m_modalityByFirst;
    TitleWriter m_titles;
    QString m_unnamedActor;
    int m_maxContentEvents = 3;
};

} // namespace Kairos::Extract
