// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"
#include "gazetteer.h"
#include "textutil.h"
#include "titlewriter.h"
#include "wordset.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Kairos::Extract {

/// A word or mark that may open a clause of its own: a comma, a semicolon, "and", "but", "while",
/// "as" or an opening parenthesis.
bool isClauseMark(const Token& t);

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
        /// The first sentence of the article or of a list item: it tells what happened.
        bool lead = false;
    };

    bool load(const QJsonObject& rules, QString* error);
    /// The gazetteer whose aliases give people's short names in titles ("Xi" for Xi Jinping).
    void setGazetteer(const Gazetteer* gazetteer) { m_gazetteer = gazetteer; }
    /// Whether the sentence can tell a happening at all (not a heading, a recap or a fragment).
    bool tellsAnything(const Input& input) const;
    /// Only for a sentence that tellsAnything(). speaker: set to the speaker of a plain
    /// "X said" / "X told" sentence, if any.
    QList<ExtractedEvent> detect(const Input& input, QString* speaker = nullptr) const;
    bool mentionsReportedly(const QString& sentence) const;
    /// "led a team of officials to the talks": the trigger is a noun with a referring determiner,
    /// a happening the article has already told.
    bool namesKnownHappening(const QString& sentence, const QString& trigger) const;
    /// "In return, ...": the sentence continues the happening of the one before it.
    bool continuesPrevious(const QString& sentence) const;
    /// "The meeting followed Washington's announcement last Monday": the words before a date
    /// make it the date of what came before, a lower bound of the happening told.
    bool datesWhatCameBefore(const QString& textBeforeDate) const;
    /// "The meeting ...": the sentence opens with its trigger noun as a known thing.
    bool refersBack(const QString& sentence, const QString& trigger) const;

private:
    struct Phrase
    {
        QStringList keys;
        QString type;
        bool noun;
        bool ownDay = false; // "a final decision by President Reagan on April 17": dated by its own phrase
        bool listing = false; // "the entity list": a list one is added to
    };
    struct Hit
    {
        int token;
        int tokenEnd;
        QString type;
        bool noun;
        bool ownDay = false; // "a final decision by President Reagan on April 17": dated by its own phrase
        bool refused = false; // "will not allow": a refusal told, of the type m_refusalType
        bool agreed = false; // "agreed to meet": what was agreed is to come
        bool sharedSubject = false; // ", agreeing to a truce", "and is to visit": the first clause's subject acts
        bool toldOfNoun = false; // "the tariffs Trump imposed": dated by its own words only
        bool drafted = false; // "preparing a rule that would bar exports": what a plan would do
        bool denied = false; // "denied that Beijing had instructed companies": told as denied
        bool occasion = false; // "following the meeting": a meeting before what the sentence tells
        bool caused = false; // ", prompting Beijing to block exports": what a deed drove someone to do
        bool datedApart = false; // "and tightened them in July 2024": dated after its trigger only
        bool started = false; // "expanded the rules": an event noun a verb that starts it holds
        int owner = -1; // "its acquisition of Mellanox": the possessive that names the doer
    };
    struct ModalityCue
    {
        Modality modality;
        QList<QStringList> cues;
    };

    QList<Hit> findHits(const Input& in) const;
    // "Lawmakers proposed a bill": the past of a verb that elsewhere marks a plan ("the proposed law").
    bool isLawProposedInThePast(const QString& verb) const;
    /// "The Madrid talks": the capital named right before a meeting noun, where it was held.
    const EntityMention* venueBefore(const Input& in, const Hit& hit) const;
    bool outletReport(const Input& in) const;
    /// Whether the speech verb at verb tells someone to do something ("told firms to stop buying").
    bool directive(const Input& in, int verb) const;
    /// The event noun the verb tells of before its subject ("the tariffs Trump imposed"), or -1.
    int reducedRelative(const Input& in, int verb, bool anyNoun = false) const;
    /// Whether a verb told of an event noun ("the controls it had announced") stands from token
    /// from to the text position, in one clause: a date after it is that verb's.
    bool toldOfNounBefore(const Input& in, int from, int position) const;
    /// Whether an "and" between the text position and the verb opens a second predicate of one
    /// subject ("submitted in February and is expected to pass in June").
    bool secondPredicate(const Input& in, int position, int verb) const;
    /// The comma that sets off a denial told of a noun of its own, or -1.
    int deniedAside(const Input& in, int verb) const;
    /// Adds a hit for each plain verb joined to a verb hit that tells a deed on a day of its own.
    void addCoordinatedDeeds(const Input& in, QList<Hit>* hits) const;
    /// What a statement's verb says, in the sentence's words ("it complied with the law"), or empty
    /// when the words are too few or too many for a title.
    QString spokenGist(const Input& in, const Hit& hit) const;
    /// "Analysts at Bernstein forecast that ...": a forecaster's words, no news.
    bool forecast(const Input& in) const;
    /// A denial gives way to what it denies; what it goes on to say and a report a speaker rejects
    /// are told, not happened.
    void dropWhatIsNotTold(const Input& in, QList<Hit>* hitList) const;
    int directiveComplement(const Input& in, int verb) const; // the "to" of "told X to act", or -1
    bool restates(const Input& in) const;
    int mainVerb(const Input& in) const;
    bool phraseAt(const QList<Token>& tokens, int index, const QStringList& keys) const;
    int clauseStart(const QList<Token>& tokens, int index) const;
    /// Whether a clause with its own subject or auxiliary starts between token from and token.
    bool newClause(const Input& in, int from, int token) const;
    /// The past-tense verb of a clause that ", and" or ", while" at coordinator opens with a subject of its
    /// own, or -1.
    int coordinatedDeed(const Input& in, int coordinator) const;
    /// Whether the main verb tells a deed in the past by a named doer ("The European Union secured").
    bool firstClauseDeed(const Input& in, int verb) const;
    /// Whether a group opening the sentence says it will do the verb ("Lawmakers said they would").
    bool groupIntention(const Input& in, int verb) const;
    /// Whether a plural group of actors opens the sentence ("Lawmakers from both parties").
    bool opensWithGroup(const Input& in) const;
    bool nounTriggerAt(const QList<Token>& tokens, int index) const;
    QString nounTypeAt(const QList<Token>& tokens, int index) const;
    /// Whether the word makes what follows it hypothetical ("if", "may", "could").
    bool hedge(const QList<Token>& tokens, int index) const;
    /// Whether the date after token `before` belongs to a participle describing a noun governed by
    /// a preposition ("to the decision announced on December 8").
    bool describesNoun(const QList<Token>& tokens, int before) const;
    /// The speech verb of a named speaker's words that are news as a statement, or -1.
    /// hedgedIsNews: a reaction's "would" or "could" ("would be hit hard") does not make it commentary.
    int statementVerb(const Input& in, const QString& attributionEntity, bool hedgedIsNews = false) const;
    /// Whether an event noun is the subject of its own verb in the passive ("a hearing would be held").
    bool heldPassive(const Input& in, const Hit& hit) const;
    bool verbLike(const QString& word) const;
    /// Whether some phrase of the lexicon that opens with word is a verb.
    bool verbPhraseAt(const QString& word) const;
    /// "subsequently", "unexpectedly": an adverb in -ly, not one of the adjectives that end so.
    bool adverbInLy(const QString& word) const;
    bool engagedIn(const Input& in, const Hit& hit) const;
    /// Whether the verb's subject is two names joined by "and" ("Trump and Xi met").
    bool coordinatedSubject(
        const Input& in, int verb, QPair<const EntityMention*, const EntityMention*>* parties = nullptr) const;
    /// Whether a verb of change gives a figure ("exports fell to 2.34 mln tonnes", "rose 12 pct"):
    /// a statistic, not a happening.
    bool changeOfFigure(const QList<Token>& tokens, int verb) const;
    /// "Taiwan's exports rose 34% in October": a figure that changed in a month or on a day told
    /// is news of its own, beside whatever else the sentence tells.
    void addDatedChanges(const Input& in, QList<Hit>* hits) const;
    /// "Intel reported on Thursday its first quarterly profit": a company's results are news of
    /// their own, not a report of someone else's claim.
    void addReportedResults(const Input& in, QList<Hit>* hits) const;
    /// "announced the Indiana plant in April 2024 and plans to ...", "The duties, announced in
    /// September, ...": an event noun announced on a day of its own is a happening beside the
    /// sentence's verbs.
    bool announcedOnItsDay(const Input& in, const Hit& noun) const;
    /// Whether the sentence's first speech verb is in the present perfect ("has said"): a restatement.
    bool saidBefore(const Input& in) const;
    /// Per token, whether it is in a relative clause set off by commas (", which collapsed in 1974,")
    /// that dates nothing recent.
    QList<bool> relativeClauses(const Input& in, bool recentToo = false) const;
    int hedgeScope(const QList<Token>& tokens, int index) const;
    /// Whether a clause told as done opens at index ("expects a charge after the U.S. imposed
    /// licensing requirements"): neither the hedge nor the modality before it reaches into it.
    bool factClauseAt(const QList<Token>& tokens, int index) const;
    /// Whether a date in the sentence places a happening: -1 in the past, 1 after the article, 0 not.
    int datedWhen(const Input& in) const;
    /// The comma that closes a participle phrase opening the sentence ("Citing figures for ...,"),
    /// or -1: dates in it are the phrase's, not the sentence's.
    int participleOpenerEnd(const Input& in) const;
    /// Whether the sentence's main verb does something (not "is", "remains", "would").
    bool actionVerb(const Input& in) const;
    /// cueText: the words that set the modality, if any.
    /// coordinated: the trigger opens a clause of its own after "and", and the cues before it are not its own.
    /// Whether the cue of what is under consideration is in the present tense ("is considering").
    bool weighedNow(const Input& in, const Hit& hit, int clause, const QString& cue) const;
    Modality modalityFor(
        const Input& in, int trigger, bool noun, QString* cueText = nullptr, bool coordinated = false) const;
    QString attributionFor(const Input& in, QString* entity) const;
    /// notNews: set when the event is an undated "will" or "would" after the lead (terms, forecasts)
    /// or a statement that was not made.
    /// gist: a statement may be titled by what it says (for words said, not words to come).
    TitleWriter::Parts titleParts(
        const Input& in, const Hit& hit, const EntityMention* actor, const QString& speaker, bool gist) const;
    QString shortName(const EntityMention& m) const;
    QString words(const Input& in, int from, int to) const;
    /// words() in lower case, but for names and acronyms.
    QString commonWords(const Input& in, int from, int to) const;
    int phraseEnd(const Input& in, int from, int limit) const;
    QString placeAfter(
        const Input& in, int from, const QString& actorName, const QString& object, const QString& type) const;
    ExtractedEvent build(const Input& in, const Hit& hit, const QString& attribution, const QString& attributionEntity,
        bool* notNews = nullptr) const;

    WordMap<QList<Phrase>> m_phrases; // by first token
    QStringList m_order;
    WordSet m_clauseSubjectVerbs;
    WordSet m_backgroundClause, m_strongBackground, m_anaphoric;
    WordSet m_subordinators; // "but", "if", "while": words that open a clause joined to or hanging from another
    WordSet m_firstPerson; // "we", "our": words of a quotation, not of a report of it
    WordSet m_speechVerbs, m_framingVerbs, m_reportVerbs, m_plainSpeechVerbs, m_statementHedges, m_referringDeterminers,
        m_titleStopWords, m_background, m_hypothetical, m_determiners, m_sourceWords, m_deadlineCues, m_subjectEnd,
        m_auxiliaries, m_adverbs, m_pastForms, m_statives, m_actorNouns, m_planCues, m_prepositions, m_nounClauseEnd,
        m_existential, m_toGovernors, m_subjectPronouns, m_futureAuxiliaries, m_durationCues, m_listenerVerbs,
        m_planParticiples, m_occasionDayPrepositions, m_causeVerbs, m_denialVerbs, m_speechParticiples,
        m_supportOnlyVerbs, m_shareNouns, m_objectVerbs, m_conditionOpeners, m_periodParts, m_forecasters,
        m_forecastVerbs, m_outletWords, m_refusalOnlyVerbs, m_withheldVerbs, m_lawProposalVerbs, m_lawNouns,
        m_lawProposalNouns, m_lawAdjectives, m_presentBeForms, m_venuePrepositions, m_sessionNouns, m_orderVerbs,
        m_planNouns, m_directiveContentTypes, m_partnerVerbs, m_beForms, m_scheduleVerbs, m_quoteCommentary,
        m_nominalNouns, m_nounAfter, m_particles, m_quantityWords, m_directPlaceVerbs, m_travelVerbs, m_supportVerbs,
        m_talksPurposeTypes, m_talksTopicMarkers, m_neutralSpeech, m_baseVerbs, m_negations, m_nounGovernors,
        m_pastAuxiliaries, m_verbalContext, m_restatedAdverbs, m_conditionalAuxiliaries, m_dateSpanConnectors,
        m_figureNouns, m_figureLinks, m_changeVerbs, m_levelVerbs, m_resultVerbs, m_resultNouns, m_changeLinks,
        m_negativeDeterminers, m_linkingVerbs, m_indefiniteArticles, m_presentPerfectAuxiliaries,
        m_pastPerfectAuxiliaries, m_relativePronouns, m_numberWords, m_presencePrepositions, m_agentPrepositions,
        m_purposeMarkers, m_clauseCoordinators, m_contrastMarks, m_factClauseOpeners, m_priorClauseOpeners,
        m_objectQuantifiers, m_jointDeedVerbs, m_meansPrepositions, m_withinPrepositions, m_afterwardsAdverbs,
        m_collectiveNouns, m_listingVerbs, m_requiredNouns, m_requirementVerbs, m_destinationPrepositions,
        m_targetPrepositions, m_targetGoods, m_participleScopeEnd, m_titleQuestionWords, m_titleRelativePronouns,
        m_titlePurposePrepositions, m_titlePlaceStops, m_titleTimeUnits, m_adjectivesInLy, m_titleOnsetVerbs,
        m_titleSingularNouns, m_titleComplementVerbs, m_titleInterviewNouns, m_untoldVerbs, m_announcingParticiples,
        m_containerNouns;
    QString m_presenceType; // "will be in Peking on April 21": a visit
    QString m_directiveType; // "told companies to stop purchasing": an order
    QString m_reportType; // "according to Bloomberg": a report
    QString m_lawProposalType; // "proposed a bill": putting a law forward
    QList<QStringList> m_lawProposalPhrases; // "put forward", "tabled" a bill
    QString m_fundsCommitmentType; // "has committed $165 billion to its Arizona site"
    WordSet m_fundsCommitmentVerbs;
    WordSet m_fundsReceiptVerbs; // "is to receive up to 732 billion yen in government subsidies"
    WordSet m_fundsSpendingVerbs; // "plans to spend about 19 trillion won on an advanced packaging plant"
    QString m_refusalType, m_refusalVerb; // "will not allow": a rejection, "refuses to allow"
    WordSet m_refusableTypes, m_refusalAuxiliaries, m_refusalPassives;
    WordSet m_appointmentVerbs, m_roleNouns; // "named Tan as chief executive": named to a role only
    QString m_openQuestionVerb;
    WordSet m_subjectTypedVerbs; // "take effect": of the kind its subject names
    WordSet m_agreementVerbs, m_agreedTypes; // "agreed to meet": a meeting planned
    WordSet m_audienceNouns; // "told a committee hearing": where a statement was made
    WordSet m_priceVerbs; // "sell for $30,000 apiece": a price
    WordSet m_consequenceMarkers; // "and thus refused": the consequence is the news
    WordSet m_shareWords; // "most of Trump's tariffs": the object is what the share is of
    WordSet m_holdVerbs; // "held a phone call": the noun is told like a verb
    QString m_requirementType; // "would require a licence": a control // "has not decided whether to": "weighs whether
                               // to" in a title
    QHash<QString, QString> m_statementPrepositions; // "accuse" -> "" , "hint" -> "at"
    QList<QStringList> m_attributionPhrases;
    QStringList m_reportedlyCues;
    QStringList m_sequenceCues; // "followed", "after": what comes next happened later
    QStringList m_continuationCues;
    QList<QStringList> m_profileOpeners; // and openers of terms ("based on"): detail, not news
    QList<QStringList> m_restatedOpeners; // "until now": what follows was known before the news
    QList<QStringList> m_continuationPhrases; // "under the agreement" as tokens
    QList<QStringList> m_inabilityCues; // "not been able to", "failed to": what could not be done
    QList<QStringList> m_agendaPhrases; // "high on the agenda": a topic to talk about, not a happening
    QList<QStringList> m_unmovedPhrases; // "little changed": shares that did not move
    QList<QStringList> m_possibilityPhrases; // "rule out": negated or refused, a possibility left open
    QStringList m_refusalStems, m_promiseStems; // "refus", "pledg": stems of every form
    QList<ModalityCue> m_modality;
    WordMap<QList<QPair<int, QStringList>>> m_modalityByFirst;
    TitleWriter m_titles;
    const Gazetteer* m_gazetteer = nullptr;
    QHash<QString, QString> m_shortNames; // "United States" -> "US" in titles
    QHash<QString, QString> m_ownedDeedVerbs; // "its acquisition of Mellanox" -> "acquire" in titles
    int m_maxContentEvents = 3;
    int m_recentClauseYears = 0; // a relative clause dated within this many years tells news of its own
};

} // namespace Kairos::Extract
