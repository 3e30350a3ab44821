<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n entit(y/ies)</source>
        <translation>
            <numerusform>Delete %n entity</numerusform>
            <numerusform>Delete %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entit(y/ies)</source>
        <translation>
            <numerusform>Merge %n entity</numerusform>
            <numerusform>Merge %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n events</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>Merge %n event</numerusform>
            <numerusform>Merge %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entit(y/ies)</source>
        <translation>
            <numerusform>%n new entity</numerusform>
            <numerusform>%n new entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n file rejected</numerusform>
            <numerusform>%n files rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleSourceView</name>
    <message numerus="yes">
        <source>This article was extracted from a PDF file of %n byte(s). The Text tab shows the extracted text.</source>
        <translation>
            <numerusform>This article was extracted from a PDF file of %n byte. The Text tab shows the extracted text.</numerusform>
            <numerusform>This article was extracted from a PDF file of %n bytes. The Text tab shows the extracted text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExporter</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n event in view</numerusform>
            <numerusform>%n events in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source(s) not listed</source>
        <translation>
            <numerusform>… and %n more source not listed</numerusform>
            <numerusform>… and %n more sources not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EventLayerItem</name>
    <message numerus="yes">
        <source>%n undated event(s) not shown</source>
        <translation>
            <numerusform>%n undated event not shown</numerusform>
            <numerusform>%n undated events not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EventModel</name>
    <message numerus="yes">
        <source>The connection to the server is back: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>The connection to the server is back: %n kept edit saved.</numerusform>
            <numerusform>The connection to the server is back: %n kept edits saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace is free again: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>The workspace is free again: %n kept edit saved.</numerusform>
            <numerusform>The workspace is free again: %n kept edits saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save are saved now.</source>
        <translation>
            <numerusform>%n edit that the last session could not save is saved now.</numerusform>
            <numerusform>%n edits that the last session could not save are saved now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EvidencePanel</name>
    <message numerus="yes">
        <source>%n supporting sentence(s)</source>
        <translation>
            <numerusform>%n supporting sentence</numerusform>
            <numerusform>%n supporting sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) (distinct outlets)</source>
        <translation>
            <numerusform>%n independent source (distinct outlets)</numerusform>
            <numerusform>%n independent sources (distinct outlets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some outlets carry the same wording, as from one wire story: %n independent report(s).</source>
        <translation>
            <numerusform>Some outlets carry the same wording, as from one wire story: %n independent report.</numerusform>
            <numerusform>Some outlets carry the same wording, as from one wire story: %n independent reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s), %1 MB — %2</source>
        <translation>
            <numerusform>%n file, %1 MB — %2</numerusform>
            <numerusform>%n files, %1 MB — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(y/ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation>
            <numerusform>Confirm %n event</numerusform>
            <numerusform>Confirm %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation>
            <numerusform>Reject %n event</numerusform>
            <numerusform>Reject %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n event exported to %1</numerusform>
            <numerusform>%n events exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n undated or out of range, not exported)</source>
        <translation>
            <numerusform>(%n undated or out of range, not exported)</numerusform>
            <numerusform>(%n undated or out of range, not exported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save will be saved now.</source>
        <translation>
            <numerusform>%n edit that the last session could not save will be saved now.</numerusform>
            <numerusform>%n edits that the last session could not save will be saved now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineIndex</name>
    <message numerus="yes">
        <source>Others (%n lanes)</source>
        <translation>
            <numerusform>Others (%n lanes)</numerusform>
            <numerusform>Others (%n lanes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineJsWriter</name>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n event from %1 to %2.</numerusform>
            <numerusform>%n events from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kairos-cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n event(s))</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n event)</numerusform>
            <numerusform>Wrote %1 (%2, %n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n article(s)</source>
        <translation>
            <numerusform>, %n article</numerusform>
            <numerusform>, %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entity(s)</source>
        <translation>
            <numerusform>, %n entity</numerusform>
            <numerusform>, %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n event(s) known only by a bound (“no later than …”) at that bound.
</source>
        <translation>
            <numerusform>Placed %n event known only by a bound (“no later than …”) at that bound.
</numerusform>
            <numerusform>Placed %n events known only by a bound (“no later than …”) at that bound.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) without a date: the format needs one.
</source>
        <translation>
            <numerusform>Skipped %n event without a date: the format needs one.
</numerusform>
            <numerusform>Skipped %n events without a date: the format needs one.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) dated outside the years 1 to 9999.
</source>
        <translation>
            <numerusform>Skipped %n event dated outside the years 1 to 9999.
</numerusform>
            <numerusform>Skipped %n events dated outside the years 1 to 9999.
</numerusform>
        </translation>
    </message>
</context>
</TS>
