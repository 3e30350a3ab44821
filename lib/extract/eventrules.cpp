// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the event rules (lexicon, cues and title patterns) from their data file.
#include "eventdetector.h"

#include <QJsonArray>

namespace Kairos::Extract {

namespace {

QStringList keysOf(const QString& phrase)
{
    QStringList keys;
    for (const Token& t : tokenize(phrase))
        keys << t.lower;
    return keys;
}

} // namespace

bool EventDetector::load(const QJsonObject& rules, QString* error)
{
    const QJsonObject types = rules.value(QLatin1String("types")).toObject();
    m_order = jsonStrings(rules.value(QLatin1String("order")));
    if (types.isEmpty() || m_order.isEmpty()) {
        if (error)
            *error = QStringLiteral("event rules: \"types\" and \"order\" are required");
        return false;
    }
    for (const QString& type : std::as_const(m_order)) {
        const QJsonObject t = types.value(type).toObject();
        if (t.isEmpty()) {
            if (error)
                *error = QStringLiteral("event rules: type \"%1\" is listed in \"order\" but not defined").arg(type);
            return false;
        }
        for (int noun = 0; noun < 2; ++noun) {
            for (const QString& phrase : jsonStrings(t.value(noun ? QLatin1String("nouns") : QLatin1String("verbs")))) {
                const QStringList keys = keysOf(phrase);
                if (!keys.isEmpty())
                    m_phrases[keys.first()].append({keys, type, noun == 1});
            }
        }
        for (const QString& phrase : jsonStrings(t.value(QLatin1String("listNouns")))) {
            const QStringList keys = keysOf(phrase);
            if (!keys.isEmpty())
                m_phrases[keys.first()].append({keys, type, true, false, true});
        }
    }
    m_speechVerbs = jsonStringSet(rules.value(QLatin1String("speechVerbs")));
    m_framingVerbs = jsonStringSet(rules.value(QLatin1String("framingVerbs")));
    m_titleStopWords = jsonStringSet(rules.value(QLatin1String("titleStopWords")));
    m_titleQuestionWords = jsonStringSet(rules.value(QLatin1String("titleQuestionWords")));
    m_titleRelativePronouns = jsonStringSet(rules.value(QLatin1String("titleRelativePronouns")));
    m_titlePurposePrepositions = jsonStringSet(rules.value(QLatin1String("titlePurposePrepositions")));
    m_titlePlaceStops = jsonStringSet(rules.value(QLatin1String("titlePlaceStops")));
    m_titleTimeUnits = jsonStringSet(rules.value(QLatin1String("titleTimeUnits")));
    m_adjectivesInLy = jsonStringSet(rules.value(QLatin1String("adjectivesInLy")));
    m_titleOnsetVerbs = jsonStringSet(rules.value(QLatin1String("titleOnsetVerbs")));
    m_titleComplementVerbs = jsonStringSet(rules.value(QLatin1String("titleComplementVerbs")));
    m_titleInterviewNouns = jsonStringSet(rules.value(QLatin1String("titleInterviewNouns")));
    m_untoldVerbs = jsonStringSet(rules.value(QLatin1String("untoldVerbs")));
    m_sequenceCues = jsonStrings(rules.value(QLatin1String("sequenceCues")));
    m_titleSingularNouns = jsonStringSet(rules.value(QLatin1String("titleSingularNouns")));
    m_referringDeterminers = jsonStringSet(rules.value(QLatin1String("referringDeterminers")));
    m_appointmentVerbs = jsonStringSet(rules.value(QLatin1String("appointmentVerbs")));
    m_roleNouns = jsonStringSet(rules.value(QLatin1String("roleNouns")));
    m_plainSpeechVerbs = jsonStringSet(rules.value(QLatin1String("plainSpeechVerbs")));
    m_statementHedges = jsonStringSet(rules.value(QLatin1String("statementHedges")));
    m_reportVerbs = jsonStringSet(rules.value(QLatin1String("reportVerbs")));
    m_background = jsonStringSet(rules.value(QLatin1String("backgroundPrepositions")));
    m_backgroundClause = jsonStringSet(rules.value(QLatin1String("backgroundClauseCues")));
    m_clauseSubjectVerbs = jsonStringSet(rules.value(QLatin1String("clauseSubjectVerbs")));
    m_strongBackground = jsonStringSet(rules.value(QLatin1String("strongBackground")));
    m_anaphoric = jsonStringSet(rules.value(QLatin1String("anaphoricDeterminers")));
    m_hypothetical = jsonStringSet(rules.value(QLatin1String("hypotheticalCues")));
    m_determiners = jsonStringSet(rules.value(QLatin1String("determiners")));
    m_sourceWords = jsonStringSet(rules.value(QLatin1String("sourceWords")));
    m_deadlineCues = jsonStringSet(rules.value(QLatin1String("deadlineCues")));
    m_subjectEnd = jsonStringSet(rules.value(QLatin1String("subjectEnd")));
    m_auxiliaries = jsonStringSet(rules.value(QLatin1String("auxiliaries")));
    m_adverbs = jsonStringSet(rules.value(QLatin1String("adverbs")));
    m_pastForms = jsonStringSet(rules.value(QLatin1String("pastForms")));
    m_statives = jsonStringSet(rules.value(QLatin1String("statives")));
    m_planCues = jsonStringSet(rules.value(QLatin1String("planCues")));
    m_prepositions = jsonStringSet(rules.value(QLatin1String("prepositions")));
    m_nounClauseEnd = jsonStringSet(rules.value(QLatin1String("nounClauseEnd")));
    m_existential = jsonStringSet(rules.value(QLatin1String("existentialSubjects")));
    m_toGovernors = jsonStringSet(rules.value(QLatin1String("infinitiveGovernors")));
    m_subjectPronouns = jsonStringSet(rules.value(QLatin1String("subjectPronouns")));
    m_futureAuxiliaries = jsonStringSet(rules.value(QLatin1String("futureAuxiliaries")));
    m_durationCues = jsonStringSet(rules.value(QLatin1String("durationCues")));
    m_listenerVerbs = jsonStringSet(rules.value(QLatin1String("listenerVerbs")));
    m_subordinators = jsonStringSet(rules.value(QLatin1String("subordinators")));
    m_firstPerson = jsonStringSet(rules.value(QLatin1String("firstPerson")));
    // Telling someone to act orders it too: one lookup serves both.
    m_orderVerbs = jsonStringSet(rules.value(QLatin1String("orderVerbs"))).unite(m_listenerVerbs);
    m_venuePrepositions = jsonStringSet(rules.value(QLatin1String("venuePrepositions")));
    m_planParticiples = jsonStringSet(rules.value(QLatin1String("planParticiples")));
    m_occasionDayPrepositions = jsonStringSet(rules.value(QLatin1String("occasionDayPrepositions")));
    m_causeVerbs = jsonStringSet(rules.value(QLatin1String("causeVerbs")));
    m_denialVerbs = jsonStringSet(rules.value(QLatin1String("denialVerbs")));
    m_supportOnlyVerbs = jsonStringSet(rules.value(QLatin1String("supportOnlyVerbs")));
    m_shareNouns = jsonStringSet(rules.value(QLatin1String("shareNouns")));
    m_objectVerbs = jsonStringSet(rules.value(QLatin1String("objectVerbs")));
    m_conditionOpeners = jsonStringSet(rules.value(QLatin1String("conditionOpeners")));
    m_periodParts = jsonStringSet(rules.value(QLatin1String("periodParts")));
    m_forecasters = jsonStringSet(rules.value(QLatin1String("forecasters")));
    m_forecastVerbs = jsonStringSet(rules.value(QLatin1String("forecastVerbs")));
    m_outletWords = jsonStringSet(rules.value(QLatin1String("outletWords")));
    m_speechParticiples = jsonStringSet(rules.value(QLatin1String("speechParticiples")));
    m_announcingParticiples = jsonStringSet(rules.value(QLatin1String("announcingParticiples")));
    m_planNouns = jsonStringSet(rules.value(QLatin1String("planNouns")));
    m_directiveContentTypes = jsonStringSet(rules.value(QLatin1String("directiveContentTypes")));
    m_partnerVerbs = jsonStringSet(rules.value(QLatin1String("partnerVerbs")));
    m_beForms = jsonStringSet(rules.value(QLatin1String("beForms")));
    m_presentBeForms = jsonStringSet(rules.value(QLatin1String("presentBeForms")));
    m_scheduleVerbs = jsonStringSet(rules.value(QLatin1String("scheduleVerbs")));
    m_quoteCommentary = jsonStringSet(rules.value(QLatin1String("quoteCommentary")));
    m_nominalNouns = jsonStringSet(rules.value(QLatin1String("nominalNouns")));
    m_nounAfter = jsonStringSet(rules.value(QLatin1String("nounAfter")));
    m_particles = jsonStringSet(rules.value(QLatin1String("verbParticles")));
    m_quantityWords = jsonStringSet(rules.value(QLatin1String("quantityWords")));
    m_directPlaceVerbs = jsonStringSet(rules.value(QLatin1String("directPlaceVerbs")));
    m_travelVerbs = jsonStringSet(rules.value(QLatin1String("travelVerbs")));
    m_supportVerbs = jsonStringSet(rules.value(QLatin1String("supportVerbs")));
    m_talksPurposeTypes = jsonStringSet(rules.value(QLatin1String("talksPurposeTypes")));
    m_talksTopicMarkers = jsonStringSet(rules.value(QLatin1String("talksTopicMarkers")));
    m_baseVerbs = jsonStringSet(rules.value(QLatin1String("baseVerbs")));
    m_negations = jsonStringSet(rules.value(QLatin1String("negations")));
    m_nounGovernors = jsonStringSet(rules.value(QLatin1String("nounGovernors")));
    m_pastAuxiliaries = jsonStringSet(rules.value(QLatin1String("pastAuxiliaries")));
    m_verbalContext = jsonStringSet(rules.value(QLatin1String("verbalContext")));
    m_neutralSpeech = jsonStringSet(rules.value(QLatin1String("neutralSpeechVerbs")));
    const QJsonObject statementPrepositions = rules.value(QLatin1String("statementPrepositions")).toObject();
    for (auto it = statementPrepositions.begin(); it != statementPrepositions.end(); ++it)
        m_statementPrepositions.insert(it.key(), it.value().toString());
    const QJsonObject ownedDeeds = rules.value(QLatin1String("ownedDeedVerbs")).toObject();
    for (auto it = ownedDeeds.begin(); it != ownedDeeds.end(); ++it)
        m_ownedDeedVerbs.insert(it.key(), it.value().toString());
    m_actorNouns = jsonStringSet(rules.value(QLatin1String("actorNouns")));
    m_reportedlyCues = jsonStrings(rules.value(QLatin1String("reportedlyCues")));
    m_continuationCues = jsonStrings(rules.value(QLatin1String("continuationCues")));
    for (const QString& phrase : std::as_const(m_continuationCues))
        m_continuationPhrases << keysOf(phrase);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("profileOpeners"))))
        m_profileOpeners << keysOf(p);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("termsOpeners"))))
        m_profileOpeners << keysOf(p);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("restatedOpeners"))))
        m_restatedOpeners << keysOf(p);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("unmovedPhrases"))))
        m_unmovedPhrases << keysOf(p);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("possibilityPhrases"))))
        m_possibilityPhrases << keysOf(p);
    for (const QString& p : jsonStrings(rules.value(QLatin1String("agendaPhrases"))))
        m_agendaPhrases << keysOf(p);
    m_purposeMarkers = jsonStringSet(rules.value(QLatin1String("purposeMarkers")));
    m_clauseCoordinators = jsonStringSet(rules.value(QLatin1String("clauseCoordinators")));
    m_contrastMarks = jsonStringSet(rules.value(QLatin1String("contrastMarks")));
    m_factClauseOpeners = jsonStringSet(rules.value(QLatin1String("factClauseOpeners")));
    m_priorClauseOpeners = jsonStringSet(rules.value(QLatin1String("priorClauseOpeners")));
    m_objectQuantifiers = jsonStringSet(rules.value(QLatin1String("objectQuantifiers")));
    m_jointDeedVerbs = jsonStringSet(rules.value(QLatin1String("jointDeedVerbs")));
    m_meansPrepositions = jsonStringSet(rules.value(QLatin1String("meansPrepositions")));
    m_withinPrepositions = jsonStringSet(rules.value(QLatin1String("withinPrepositions")));
    m_afterwardsAdverbs = jsonStringSet(rules.value(QLatin1String("afterwardsAdverbs")));
    m_collectiveNouns = jsonStringSet(rules.value(QLatin1String("collectiveNouns")));
    m_sessionNouns = jsonStringSet(rules.value(QLatin1String("sessionNouns")));
    m_listingVerbs = jsonStringSet(rules.value(QLatin1String("listingVerbs")));
    m_destinationPrepositions = jsonStringSet(rules.value(QLatin1String("destinationPrepositions")));
    m_targetPrepositions = jsonStringSet(rules.value(QLatin1String("targetPrepositions")));
    m_targetGoods = jsonStringSet(rules.value(QLatin1String("targetGoods")));
    const QJsonObject requirement = rules.value(QLatin1String("requirement")).toObject();
    m_requirementType = requirement.value(QLatin1String("type")).toString();
    m_requirementVerbs = jsonStringSet(requirement.value(QLatin1String("verbs")));
    m_requiredNouns = jsonStringSet(requirement.value(QLatin1String("nouns")));
    m_participleScopeEnd = jsonStringSet(rules.value(QLatin1String("participleScopeEnd")));
    m_agentPrepositions = jsonStringSet(rules.value(QLatin1String("agentPrepositions")));
    m_presencePrepositions = jsonStringSet(rules.value(QLatin1String("presencePrepositions")));
    m_presenceType = rules.value(QLatin1String("presenceType")).toString();
    m_directiveType = rules.value(QLatin1String("directiveType")).toString();
    m_reportType = rules.value(QLatin1String("reportType")).toString(QStringLiteral("report"));
    m_openQuestionVerb = rules.value(QLatin1String("titleOpenQuestionVerb")).toString();
    m_subjectTypedVerbs = jsonStringSet(rules.value(QLatin1String("subjectTypedVerbs")));
    m_holdVerbs = jsonStringSet(rules.value(QLatin1String("holdVerbs")));
    m_audienceNouns = jsonStringSet(rules.value(QLatin1String("audienceNouns")));
    m_priceVerbs = jsonStringSet(rules.value(QLatin1String("priceVerbs")));
    m_shareWords = jsonStringSet(rules.value(QLatin1String("titleShareWords")));
    m_consequenceMarkers = jsonStringSet(rules.value(QLatin1String("consequenceMarkers")));
    const QJsonObject agreement = rules.value(QLatin1String("agreement")).toObject();
    m_agreementVerbs = jsonStringSet(agreement.value(QLatin1String("verbs")));
    m_agreedTypes = jsonStringSet(agreement.value(QLatin1String("types")));
    const QJsonObject refusal = rules.value(QLatin1String("refusal")).toObject();
    m_refusalType = refusal.value(QLatin1String("type")).toString();
    const QJsonObject fundsCommitment = rules.value(QLatin1String("fundsCommitment")).toObject();
    m_fundsCommitmentType = fundsCommitment.value(QLatin1String("type")).toString();
    m_fundsCommitmentVerbs = jsonStringSet(fundsCommitment.value(QLatin1String("verbs")));
    m_fundsReceiptVerbs = jsonStringSet(fundsCommitment.value(QLatin1String("receiptVerbs")));
    m_fundsSpendingVerbs = jsonStringSet(fundsCommitment.value(QLatin1String("spendingVerbs")));
    const QJsonObject lawProposal = rules.value(QLatin1String("lawProposal")).toObject();
    m_lawProposalType = lawProposal.value(QLatin1String("type")).toString();
    for (const QString& verb : jsonStrings(lawProposal.value(QLatin1String("verbs")))) {
        if (verb.contains(QLatin1Char(' ')))
            m_lawProposalPhrases << verb.split(QLatin1Char(' '));
        else
            m_lawProposalVerbs.insert(verb);
    }
    m_lawNouns = jsonStringSet(lawProposal.value(QLatin1String("laws")));
    m_lawProposalNouns = jsonStringSet(lawProposal.value(QLatin1String("nouns")));
    m_lawAdjectives = jsonStringSet(lawProposal.value(QLatin1String("adjectives")));
    m_refusalVerb = refusal.value(QLatin1String("titleVerb")).toString();
    m_refusableTypes = jsonStringSet(refusal.value(QLatin1String("of")));
    m_refusalAuxiliaries = jsonStringSet(refusal.value(QLatin1String("auxiliaries")));
    m_refusalPassives = jsonStringSet(refusal.value(QLatin1String("passives")));
    m_refusalOnlyVerbs = jsonStringSet(refusal.value(QLatin1String("onlyRefused")));
    m_withheldVerbs = jsonStringSet(refusal.value(QLatin1String("withheld")));
    m_containerNouns = jsonStringSet(rules.value(QLatin1String("containerNouns")));
    m_figureNouns = jsonStringSet(rules.value(QLatin1String("figureNouns")));
    m_changeVerbs = jsonStringSet(rules.value(QLatin1String("changeVerbs")));
    m_levelVerbs = jsonStringSet(rules.value(QLatin1String("levelVerbs")));
    m_resultVerbs = jsonStringSet(rules.value(QLatin1String("resultVerbs")));
    m_resultNouns = jsonStringSet(rules.value(QLatin1String("resultNouns")));
    m_changeLinks = jsonStringSet(rules.value(QLatin1String("changeLinks")));
    m_negativeDeterminers = jsonStringSet(rules.value(QLatin1String("negativeDeterminers")));
    m_relativePronouns = jsonStringSet(rules.value(QLatin1String("relativePronouns")));
    m_linkingVerbs = jsonStringSet(rules.value(QLatin1String("linkingVerbs")));
    m_indefiniteArticles = jsonStringSet(rules.value(QLatin1String("indefiniteArticles")));
    for (const QString& phrase : jsonStrings(rules.value(QLatin1String("inabilityCues"))))
        m_inabilityCues << keysOf(phrase);
    m_presentPerfectAuxiliaries = jsonStringSet(rules.value(QLatin1String("presentPerfectAuxiliaries")));
    m_pastPerfectAuxiliaries = jsonStringSet(rules.value(QLatin1String("pastPerfectAuxiliaries")));
    m_recentClauseYears = rules.value(QLatin1String("recentClauseYears")).toInt(0);
    m_figureLinks = jsonStringSet(rules.value(QLatin1String("figureLinks")));
    m_numberWords = jsonStringSet(rules.value(QLatin1String("numberWords")));
    m_dateSpanConnectors = jsonStringSet(rules.value(QLatin1String("dateSpanConnectors")));
    m_restatedAdverbs = jsonStringSet(rules.value(QLatin1String("restatedAdverbs")));
    m_conditionalAuxiliaries = jsonStringSet(rules.value(QLatin1String("conditionalAuxiliaries")));
    m_refusalStems = jsonStrings(rules.value(QLatin1String("refusalStems")));
    m_promiseStems = jsonStrings(rules.value(QLatin1String("promiseStems")));
    for (const QString& p : jsonStrings(rules.value(QLatin1String("attributionPhrases"))))
        m_attributionPhrases << keysOf(p);
    for (const QJsonValue& v : rules.value(QLatin1String("modality")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto modality = modalityFromString(o.value(QLatin1String("modality")).toString());
        if (!modality) {
            if (error)
                *error = QStringLiteral("event rules: unknown modality \"%1\"")
                             .arg(o.value(QLatin1String("modality")).toString());
            return false;
        }
        ModalityCue cue {*modality, {}};
        for (const QString& c : jsonStrings(o.value(QLatin1String("cues"))))
            cue.cues << keysOf(c);
        for (const QStringList& c : std::as_const(cue.cues))
            m_modalityByFirst[c.first()].append({int(m_modality.size()), c});
        m_modality << cue;
    }
    m_maxContentEvents = rules.value(QLatin1String("maxEventsPerSentence")).toInt(3);
    const QJsonObject shortNames = rules.value(QLatin1String("titleShortNames")).toObject();
    for (auto it = shortNames.begin(); it != shortNames.end(); ++it)
        m_shortNames.insert(it.key(), it.value().toString());
    return m_titles.load(rules, error);
}

} // namespace Kairos::Extract
