<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Entität „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entit(y/ies)</source>
        <translation>
            <numerusform>%n Entität löschen</numerusform>
            <numerusform>%n Entitäten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entit(y/ies)</source>
        <translation>
            <numerusform>%n Entität zusammenführen</numerusform>
            <numerusform>%n Entitäten zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>Der Arbeitsbereich ist geschlossen.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis zusammenführen</numerusform>
            <numerusform>%n Ereignisse zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note “%1”</source>
        <translation>Notiz „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cannot unpack the demo bundle into %1.</source>
        <translation>Das Demo-Bündel kann nicht nach %1 entpackt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo bundle could not be imported: %1</source>
        <translation>Das Demo-Bündel konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace to %1.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>“%1:” needs a value.</source>
        <translation>„%1:“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown status “%1” (proposed, confirmed or rejected).</source>
        <translation>Unbekannter Status „%1“ (proposed, confirmed oder rejected).</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2025-12-08, 2025-12 or 2025).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie 2025-12-08, 2025-12 oder 2025).</translation>
    </message>
    <message>
        <source>Unknown field “%1:”; known fields are %2.</source>
        <translation>Unbekanntes Feld „%1:“; bekannte Felder sind %2.</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Ban or export control</source>
        <translation>Verbot oder Exportkontrolle</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Investment or incentive</source>
        <translation>Investition oder Förderung</translation>
    </message>
    <message>
        <source>Production change</source>
        <translation>Produktionsänderung</translation>
    </message>
    <message>
        <source>Purchase talks or deal</source>
        <translation>Kaufgespräche oder Abschluss</translation>
    </message>
    <message>
        <source>Lawsuit or investigation</source>
        <translation>Klage oder Untersuchung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Some events of this import were edited or confirmed since, outside this window&apos;s undo history. Delete the import&apos;s events by hand if they are not wanted.</source>
        <translation>Einige Ereignisse dieses Imports wurden seitdem außerhalb des Rückgängig-Verlaufs dieses Fensters bearbeitet oder bestätigt. Löschen Sie die Ereignisse des Imports von Hand, wenn sie nicht gewünscht sind.</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: already in the workspace (same content or URL); its origin was recorded.</source>
        <translation>%1: bereits im Arbeitsbereich (gleicher Inhalt oder gleiche URL); die Herkunft wurde vermerkt.</translation>
    </message>
    <message>
        <source>%1: the evidence sentence “%2” is not in the article text.</source>
        <translation>%1: Der Belegsatz „%2“ kommt im Artikeltext nicht vor.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n Artikel hinzugefügt</numerusform>
            <numerusform>%n Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entit(y/ies)</source>
        <translation>
            <numerusform>%n neue Entität</numerusform>
            <numerusform>%n neue Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n Datei abgelehnt</numerusform>
            <numerusform>%n Dateien abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleModel</name>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bündel</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleReader</name>
    <message>
        <source>Open Original…</source>
        <translation>Original öffnen…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Open the original article in a web browser</source>
        <translation>Den Originalartikel im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Article views</source>
        <translation>Artikelansichten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleSourceView</name>
    <message>
        <source>Article source</source>
        <translation>Artikelquelltext</translation>
    </message>
    <message numerus="yes">
        <source>This article was extracted from a PDF file of %n byte(s). The Text tab shows the extracted text.</source>
        <translation>
            <numerusform>Dieser Artikel wurde aus einer PDF-Datei mit %n Byte extrahiert. Die Registerkarte „Text“ zeigt den extrahierten Text.</numerusform>
            <numerusform>Dieser Artikel wurde aus einer PDF-Datei mit %n Byte extrahiert. Die Registerkarte „Text“ zeigt den extrahierten Text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Highlighted sentences support events; press Enter or click to show the event.</source>
        <translation>Hervorgehobene Sätze belegen Ereignisse; drücken Sie die Eingabetaste oder klicken Sie, um das Ereignis anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evidence for: %1 [%2]</source>
        <translation>Beleg für: %1 [%2]</translation>
    </message>
</context>
<context>
    <name>Kairos::BundleExport</name>
    <message>
        <source>%1 was not written completely</source>
        <translation>%1 wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; choose a new or empty folder</source>
        <translation>%1 existiert und ist kein leerer Ordner; wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the bundle into %1</source>
        <translation>das Bündel kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Exported from Kairos</source>
        <translation>Aus Kairos exportiert</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportDialog</name>
    <message>
        <source>Screen, 1920 × 1080</source>
        <translation>Bildschirm, 1920 × 1080</translation>
    </message>
    <message>
        <source>Slide, 1600 × 900</source>
        <translation>Folie, 1600 × 900</translation>
    </message>
    <message>
        <source>4K, 3840 × 2160</source>
        <translation>4K, 3840 × 2160</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 quer, 300 dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 hoch, 300 dpi</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Sets the printed size of SVG and PDF pages and how large text is on a PNG of this many pixels.</source>
        <translation>Bestimmt die Druckgröße von SVG- und PDF-Seiten und wie groß Text auf einem PNG mit dieser Pixelzahl ist.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Page of %1 × %2 mm in SVG and PDF</source>
        <translation>Seite von %1 × %2 mm in SVG und PDF</translation>
    </message>
    <message>
        <source>timeline.png</source>
        <translation>zeitleiste.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting the chart to %1…</source>
        <translation>Diagramm wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Copying the chart…</source>
        <translation>Diagramm wird kopiert…</translation>
    </message>
    <message>
        <source>As on screen, %1 × %2</source>
        <translation>Wie auf dem Bildschirm, %1 × %2</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportJob</name>
    <message>
        <source>another export is still running</source>
        <translation>ein anderer Export läuft noch</translation>
    </message>
    <message>
        <source>Cannot copy the chart: %1</source>
        <translation>Das Diagramm kann nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExporter</name>
    <message>
        <source>“%1” (no source recorded)</source>
        <translation>„%1“ (keine Quelle erfasst)</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Zeitleiste der Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n Ereignis im Blick</numerusform>
            <numerusform>%n Ereignisse im Blick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source(s) not listed</source>
        <translation>
            <numerusform>… und %n weitere, nicht aufgeführte Quelle</numerusform>
            <numerusform>… und %n weitere, nicht aufgeführte Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weitere)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>Das Diagramm kann nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>unknown format “.%1”; use .png, .svg or .pdf</source>
        <translation>unbekanntes Format „.%1“; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>the size must be between 200×150 and 20000×20000 pixels</source>
        <translation>die Größe muss zwischen 200×150 und 20000×20000 Pixeln liegen</translation>
    </message>
    <message>
        <source>the resolution must be between 24 and 2400 dpi</source>
        <translation>die Auflösung muss zwischen 24 und 2400 dpi liegen</translation>
    </message>
    <message>
        <source>Timeline chart exported by Kairos</source>
        <translation>Von Kairos exportiertes Zeitleistendiagramm</translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation>Rendern fehlgeschlagen</translation>
    </message>
    <message>
        <source>lanes by event type</source>
        <translation>Bahnen nach Ereignistyp</translation>
    </message>
    <message>
        <source>lanes by entity</source>
        <translation>Bahnen nach Entität</translation>
    </message>
    <message>
        <source>lanes by outlet</source>
        <translation>Bahnen nach Medium</translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation>nicht genug Speicher für %1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>Kairos::EntityModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (auch: %2)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>Kairos::EntitySidebar</name>
    <message>
        <source>Search entities</source>
        <translation>Entitäten suchen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>&amp;Typ ändern…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>Ausgewählte &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>Entitätstyp ändern</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Entitätstyp:</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Entität löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its mentions and event links go too; you can undo this.</source>
        <translation>„%1“ löschen? Auch die Erwähnungen und Verknüpfungen mit Ereignissen werden entfernt; Sie können dies rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Kairos::EventDelegate</name>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>2025-12-08, 2025-12, 2025-Q4 or 2025</source>
        <translation>2025-12-08, 2025-12, 2025-Q4 oder 2025</translation>
    </message>
    <message>
        <source>The precision follows what you type: a day, a month, a quarter or a year</source>
        <translation>Die Genauigkeit folgt Ihrer Eingabe: ein Tag, ein Monat, ein Quartal oder ein Jahr</translation>
    </message>
</context>
<context>
    <name>Kairos::EventLayerItem</name>
    <message>
        <source>No dated events to show</source>
        <translation>Keine datierten Ereignisse anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n undated event(s) not shown</source>
        <translation>
            <numerusform>%n undatiertes Ereignis nicht angezeigt</numerusform>
            <numerusform>%n undatierte Ereignisse nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events, up to %2 per bin</source>
        <translation>Ereignisse: %1, bis zu %2 pro Intervall</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Kairos::EventModel</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the connection to the server.</source>
        <translation>Noch nicht gespeichert: wartet auf die Verbindung zum Server.</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the server can be reached again.</source>
        <translation>%1

Ihre Änderung „%2“ wurde aufbewahrt und wird gespeichert, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else deleted the event in the meantime.</source>
        <translation>Ihre Änderung „%1“ wurde nicht gespeichert: Jemand anderes hat das Ereignis inzwischen gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the server is back: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>Die Verbindung zum Server ist wieder da: %n aufbewahrte Änderung gespeichert.</numerusform>
            <numerusform>Die Verbindung zum Server ist wieder da: %n aufbewahrte Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else changed the event while the connection was lost. Edit it again on their version.</source>
        <translation>Ihre Änderung „%1“ wurde nicht gespeichert: Jemand anderes hat das Ereignis geändert, während die Verbindung unterbrochen war. Bearbeiten Sie dessen Fassung erneut.</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for another program to finish writing.</source>
        <translation>Noch nicht gespeichert: Ein anderes Programm schreibt gerade.</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the other program is done.</source>
        <translation>%1

Ihre Änderung „%2“ wurde aufbewahrt und wird gespeichert, sobald das andere Programm fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is free again: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>Der Arbeitsbereich ist wieder frei: %n aufbewahrte Änderung gespeichert.</numerusform>
            <numerusform>Der Arbeitsbereich ist wieder frei: %n aufbewahrte Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: an edit the last session could not save.</source>
        <translation>Noch nicht gespeichert: eine Änderung, die die letzte Sitzung nicht speichern konnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save are saved now.</source>
        <translation>
            <numerusform>%n Änderung, die die letzte Sitzung nicht speichern konnte, ist jetzt gespeichert.</numerusform>
            <numerusform>%n Änderungen, die die letzte Sitzung nicht speichern konnte, sind jetzt gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EvidencePanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Select an event to see the sentences that support it.</source>
        <translation>Wählen Sie ein Ereignis aus, um die Sätze zu sehen, die es belegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting sentence(s)</source>
        <translation>
            <numerusform>%n belegender Satz</numerusform>
            <numerusform>%n belegende Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) (distinct outlets)</source>
        <translation>
            <numerusform>%n unabhängige Quelle (verschiedene Medien)</numerusform>
            <numerusform>%n unabhängige Quellen (verschiedene Medien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some outlets carry the same wording, as from one wire story: %n independent report(s).</source>
        <translation>
            <numerusform>Einige Medien übernehmen denselben Wortlaut, wie aus einer Agenturmeldung: %n unabhängiger Bericht.</numerusform>
            <numerusform>Einige Medien übernehmen denselben Wortlaut, wie aus einer Agenturmeldung: %n unabhängige Berichte.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>unbekanntes Medium</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Im Artikel anzeigen</translation>
    </message>
    <message>
        <source>Show this sentence in its article</source>
        <translation>Diesen Satz in seinem Artikel anzeigen</translation>
    </message>
    <message>
        <source>Open Source…</source>
        <translation>Quelle öffnen…</translation>
    </message>
    <message>
        <source>Open the cited source in a web browser</source>
        <translation>Die zitierte Quelle im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Kairos::ExportFormat</name>
    <message>
        <source>TimelineJS 3 JSON</source>
        <translation>TimelineJS-3-JSON</translation>
    </message>
    <message>
        <source>vis-timeline DataSet JSON</source>
        <translation>vis-timeline-DataSet-JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Kairos event JSON</source>
        <translation>Kairos-Ereignis-JSON</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Kairos bundle</source>
        <translation>Kairos-Bündel</translation>
    </message>
</context>
<context>
    <name>Kairos::ExternalLinks</name>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
</context>
<context>
    <name>Kairos::FormatWriter</name>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>spätestens %1</translation>
    </message>
    <message>
        <source>no earlier than %1</source>
        <translation>frühestens %1</translation>
    </message>
</context>
<context>
    <name>Kairos::ICalWriter</name>
    <message>
        <source>according to %1</source>
        <translation>laut %1</translation>
    </message>
    <message>
        <source>Date known to the week: %1</source>
        <translation>Datum auf die Woche genau bekannt: %1</translation>
    </message>
    <message>
        <source>Date known to the month: %1</source>
        <translation>Datum auf den Monat genau bekannt: %1</translation>
    </message>
    <message>
        <source>Date known to the quarter: %1</source>
        <translation>Datum auf das Quartal genau bekannt: %1</translation>
    </message>
    <message>
        <source>Date known to the year: %1</source>
        <translation>Datum auf das Jahr genau bekannt: %1</translation>
    </message>
    <message>
        <source>Approximate date: %1</source>
        <translation>Ungefähres Datum: %1</translation>
    </message>
</context>
<context>
    <name>Kairos::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s), %1 MB — %2</source>
        <translation>
            <numerusform>%n Datei, %1 MB — %2</numerusform>
            <numerusform>%n Dateien, %1 MB — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>Artikelbündel &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Zei&amp;tleiste exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Events</source>
        <translation>Ereignisse &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Confirm Events</source>
        <translation>Ereignisse &amp;bestätigen</translation>
    </message>
    <message>
        <source>&amp;Reject Events</source>
        <translation>Ereignisse &amp;ablehnen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;About Kairos</source>
        <translation>Ü&amp;ber Kairos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Filter: type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;emergency meeting&quot;</source>
        <translation>Filter: type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;Dringlichkeitssitzung&quot;</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Zeitleistendiagramm</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>About Kairos</source>
        <translation>Über Kairos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;Policy-event timelines from article bundles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;Zeitleisten politischer Ereignisse aus Artikelbündeln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Open the Demo</source>
        <translation>Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Kairos</source>
        <translation>Kairos</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(y/ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis bestätigen</numerusform>
            <numerusform>%n Ereignisse bestätigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis ablehnen</numerusform>
            <numerusform>%n Ereignisse ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos)</source>
        <translation>Kairos-Arbeitsbereiche (*.kairos)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos);;All files (*)</source>
        <translation>Kairos-Arbeitsbereiche (*.kairos);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Bundles</source>
        <translation>Artikelbündel importieren</translation>
    </message>
    <message>
        <source>Article bundles (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;All files (*)</source>
        <translation>Artikelbündel (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Drop article bundles to import them, or a .kairos file to open it</source>
        <translation>Artikelbündel hier ablegen, um sie zu importieren, oder eine .kairos-Datei, um sie zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Merge Events</source>
        <translation>Ereignisse &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected events that report the same happening into the first one</source>
        <translation>Die ausgewählten Ereignisse, die dasselbe Geschehen melden, im ersten zusammenführen</translation>
    </message>
    <message>
        <source>Add &amp;Note to Timeline…</source>
        <translation>&amp;Notiz zur Zeitleiste hinzufügen…</translation>
    </message>
    <message>
        <source>Select two or more events to merge.</source>
        <translation>Wählen Sie zwei oder mehr Ereignisse zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Add Note to Timeline</source>
        <translation>Notiz zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation>Datum der Notiz</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>e.g. Export rule takes effect</source>
        <translation>z. B. Exportregel tritt in Kraft</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Export the events for TimelineJS, vis-timeline, a spreadsheet, a calendar or a colleague</source>
        <translation>Die Ereignisse für TimelineJS, vis-timeline, eine Tabellenkalkulation, einen Kalender oder Kollegen exportieren</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>timeline.timelinejs.json</source>
        <translation>zeitleiste.timelinejs.json</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n undated or out of range, not exported)</source>
        <translation>
            <numerusform>(%n ohne Datum oder außerhalb des Bereichs, nicht exportiert)</numerusform>
            <numerusform>(%n ohne Datum oder außerhalb des Bereichs, nicht exportiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Workspace Busy</source>
        <translation>Arbeitsbereich belegt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace for Writing</source>
        <translation>Arbeitsbereich kann nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save will be saved now.</source>
        <translation>
            <numerusform>%n Änderung, die die letzte Sitzung nicht speichern konnte, wird jetzt gespeichert.</numerusform>
            <numerusform>%n Änderungen, die die letzte Sitzung nicht speichern konnte, werden jetzt gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Workspace Already Open</source>
        <translation>Arbeitsbereich bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is already open for editing in %2. Two windows editing one workspace would overwrite each other&apos;s view of it.</source>
        <translation>%1 ist bereits in %2 zum Bearbeiten geöffnet. Zwei Fenster, die denselben Arbeitsbereich bearbeiten, würden die Ansicht des jeweils anderen überschreiben.</translation>
    </message>
    <message>
        <source>%1[*] — Kairos</source>
        <translation>%1[*] — Kairos</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n Bündel</numerusform>
            <numerusform>%n Bündel</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo or Redo Failed</source>
        <translation>Rückgängig oder Wiederholen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updating the workspace…</source>
        <translation>Der Arbeitsbereich wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>Kairos::MarkerStyle</name>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Ongoing, in force</source>
        <translation>Andauernd, in Kraft</translation>
    </message>
    <message>
        <source>Announced, planned, expected</source>
        <translation>Angekündigt, geplant, erwartet</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Dementiert</translation>
    </message>
</context>
<context>
    <name>Kairos::OverviewStrip</name>
    <message>
        <source>The whole time span; drag the window to move the chart</source>
        <translation>Der gesamte Zeitraum; ziehen Sie den Ausschnitt, um das Diagramm zu verschieben</translation>
    </message>
</context>
<context>
    <name>Kairos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <source>Numeric dates put the &amp;day first (03/04/2025 is 3 April)</source>
        <translation>Numerische Daten mit dem &amp;Tag zuerst lesen (03/04/2025 ist der 3. April)</translation>
    </message>
    <message>
        <source>Own gazetteers</source>
        <translation>Eigene Entitätenlisten</translation>
    </message>
    <message>
        <source>&amp;Add Gazetteer…</source>
        <translation>Entitätenliste &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Limits for bundles from elsewhere</source>
        <translation>Grenzen für Bündel aus fremden Quellen</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Größte Datei</translation>
    </message>
    <message>
        <source>Largest bundle</source>
        <translation>Größtes Bündel</translation>
    </message>
    <message>
        <source>Most files in a bundle</source>
        <translation>Höchstzahl der Dateien je Bündel</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Größte &amp;Datei:</translation>
    </message>
    <message>
        <source>Largest &amp;bundle (uncompressed):</source>
        <translation>Größtes &amp;Bündel (entpackt):</translation>
    </message>
    <message>
        <source>Most files in a &amp;bundle:</source>
        <translation>Höchstzahl der Dateien je Bü&amp;ndel:</translation>
    </message>
    <message>
        <source>Add Gazetteer</source>
        <translation>Entitätenliste hinzufügen</translation>
    </message>
    <message>
        <source>Gazetteers (*.json)</source>
        <translation>Entitätenlisten (*.json)</translation>
    </message>
</context>
<context>
    <name>Kairos::QueryLineEdit</name>
    <message>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <source>Words to find, or fields such as type:approval, entity:&quot;Xi Jinping&quot;, status:confirmed, after:2025-12-01, before:2026, on:2025-12-08</source>
        <translation>Zu suchende Wörter oder Felder wie type:approval, entity:&quot;Xi Jinping&quot;, status:confirmed, after:2025-12-01, before:2026, on:2025-12-08</translation>
    </message>
    <message>
        <source>Filter events: words, type:, entity:, status:, after:, before:, on:</source>
        <translation>Ereignisse filtern: Wörter, type:, entity:, status:, after:, before:, on:</translation>
    </message>
    <message>
        <source>Query completions</source>
        <translation>Abfrage-Vervollständigungen</translation>
    </message>
</context>
<context>
    <name>Kairos::SafeTextBrowser</name>
    <message>
        <source>Formatted article</source>
        <translation>Formatierter Artikel</translation>
    </message>
</context>
<context>
    <name>Kairos::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>%1 v. Chr.</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineExporter</name>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>the start of the period must come before its end</source>
        <translation>der Beginn des Zeitraums muss vor seinem Ende liegen</translation>
    </message>
    <message>
        <source>Cannot export the timeline to %1: %2</source>
        <translation>Die Zeitleiste kann nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineIndex</name>
    <message numerus="yes">
        <source>Others (%n lanes)</source>
        <translation>
            <numerusform>Weitere (%n Bahn)</numerusform>
            <numerusform>Weitere (%n Bahnen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Kein Medium</translation>
    </message>
    <message>
        <source>No entity</source>
        <translation>Keine Entität</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineJsWriter</name>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>laut %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Ereignis von %1 bis %2.</numerusform>
            <numerusform>%n Ereignisse von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>Keine datierten Ereignisse.</translation>
    </message>
    <message>
        <source>Exported from Kairos on %1.</source>
        <translation>Am %1 aus Kairos exportiert.</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelinePanel</name>
    <message>
        <source>Lanes by type</source>
        <translation>Bahnen nach Typ</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Bahnen nach Entität</translation>
    </message>
    <message>
        <source>Lanes by outlet</source>
        <translation>Bahnen nach Medium</translation>
    </message>
</context>
<context>
    <name>Kairos::ZoomHistory</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Back to the previous time window</source>
        <translation>Zurück zum vorherigen Zeitfenster</translation>
    </message>
    <message>
        <source>Forward to the next time window</source>
        <translation>Vorwärts zum nächsten Zeitfenster</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Dementiert</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Andauernd</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Governments and agencies</source>
        <translation>Regierungen und Behörden</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Media outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database holds tables, but not those of a Kairos workspace.</source>
        <translation>Die Datenbank enthält Tabellen, aber nicht die eines Kairos-Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application.</source>
        <translation>Die Datei ist eine SQLite-Datenbank einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>The workspace has no schema version.</source>
        <translation>Der Arbeitsbereich hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since you opened it; reload to see their version.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem geändert oder gelöscht; laden Sie neu, um die andere Fassung zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nichts zum Zusammenführen.</translation>
    </message>
    <message>
        <source>The event “%1” was changed or deleted by someone else since you opened it. Your edit was not saved; reload to see their version.</source>
        <translation>Das Ereignis „%1“ wurde seit dem Öffnen von jemand anderem geändert oder gelöscht. Ihre Änderung wurde nicht gespeichert; laden Sie neu, um die andere Fassung zu sehen.</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>Der Ordner „%1“ ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>„%1“ ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kairos workspace (not an SQLite database).</source>
        <translation>„%1“ ist kein Kairos-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>“%1” is truncated: its database header is incomplete.</source>
        <translation>„%1“ ist abgeschnitten: Der Datenbank-Header ist unvollständig.</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only.</source>
        <translation>Der Arbeitsbereich „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full: free some space, then try again.</source>
        <translation>Der Datenträger, auf dem „%1“ liegt, ist voll: Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another program is writing to “%1” and did not finish in time: try again in a moment.</source>
        <translation>Ein anderes Programm schreibt in „%1“ und wurde nicht rechtzeitig fertig: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No workspace was given.</source>
        <translation>Es wurde kein Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kairos (workspace format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Version von Kairos geschrieben (Arbeitsbereichsformat %2; diese Version liest bis Format %3). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade of its format, which a read-only open cannot do.</source>
        <translation>Das Format von „%1“ muss aktualisiert werden, was beim schreibgeschützten Öffnen nicht möglich ist.</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a workspace: %2</source>
        <translation>„%1“ kann nicht als Arbeitsbereich verwendet werden: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 does not offer an encrypted (TLS) connection, but the workspace asks for one (sslmode=%2). Ask the server&apos;s administrator to turn on TLS, or add ?sslmode=prefer to the URL for a server on a network you trust.</source>
        <translation>Der PostgreSQL-Server %1 bietet keine verschlüsselte (TLS-)Verbindung an, der Arbeitsbereich verlangt aber eine (sslmode=%2). Bitten Sie die Administration des Servers, TLS einzuschalten, oder ergänzen Sie die URL um ?sslmode=prefer, wenn der Server in einem Netz steht, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the PostgreSQL server %1 failed (sslmode=%2): %3</source>
        <translation>Die verschlüsselte (TLS-)Verbindung zum PostgreSQL-Server %1 ist fehlgeschlagen (sslmode=%2): %3</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of the user “%2”. Check the password in the URL, in PGPASSWORD or in the password file (PGPASSFILE or ~/.pgpass).</source>
        <translation>Der PostgreSQL-Server %1 hat das Passwort des Benutzers „%2“ abgelehnt. Prüfen Sie das Passwort in der URL, in PGPASSWORD oder in der Passwortdatei (PGPASSFILE oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for a password, and none was found. Give it in PGPASSWORD or in a password file that only you can read (PGPASSFILE or ~/.pgpass).</source>
        <translation>Der PostgreSQL-Server %1 verlangt ein Passwort, und es wurde keines gefunden. Geben Sie es in PGPASSWORD oder in einer Passwortdatei an, die nur Sie lesen können (PGPASSFILE oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2).</source>
        <translation>Die Verbindung zum PostgreSQL-Server %1 wurde unterbrochen (%2).</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2). Kairos has connected again, but the change in progress may not have been saved.</source>
        <translation>Die Verbindung zum PostgreSQL-Server %1 wurde unterbrochen (%2). Kairos ist wieder verbunden, aber die laufende Änderung wurde möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2), and it could not be restored: %3</source>
        <translation>Die Verbindung zum PostgreSQL-Server %1 wurde unterbrochen (%2) und konnte nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>The entity “%1” could not be added.</source>
        <translation>Die Entität „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“%1” would be on a network drive (%2), where SQLite cannot keep two computers from writing a workspace at once and damaging it. Choose a folder on a local disk, or share the work as a team workspace on PostgreSQL.</source>
        <translation>„%1“ läge auf einem Netzlaufwerk (%2). Dort kann SQLite nicht verhindern, dass zwei Rechner gleichzeitig in den Arbeitsbereich schreiben und ihn beschädigen. Wählen Sie einen Ordner auf einem lokalen Datenträger oder teilen Sie die Arbeit als Team-Arbeitsbereich auf PostgreSQL.</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2), where SQLite cannot keep two computers from writing the workspace at once and damaging it. Open it read-only, copy it to a local disk, or share it as a team workspace on PostgreSQL.</source>
        <translation>„%1“ liegt auf einem Netzlaufwerk (%2). Dort kann SQLite nicht verhindern, dass zwei Rechner gleichzeitig in den Arbeitsbereich schreiben und ihn beschädigen. Öffnen Sie ihn schreibgeschützt, kopieren Sie ihn auf einen lokalen Datenträger oder teilen Sie ihn als Team-Arbeitsbereich auf PostgreSQL.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not make this change in “%1”; ask the workspace&apos;s owner for editor access.</source>
        <translation>Ihre PostgreSQL-Rolle darf diese Änderung in „%1“ nicht vornehmen; bitten Sie den Eigentümer des Arbeitsbereichs um Bearbeitungsrechte.</translation>
    </message>
    <message>
        <source>Only team workspaces on PostgreSQL have roles; “%1” is a file.</source>
        <translation>Nur Team-Arbeitsbereiche auf PostgreSQL haben Rollen; „%1“ ist eine Datei.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role “%1” on the server of “%2”: create it first (CREATE ROLE … LOGIN).</source>
        <translation>Auf dem Server von „%2“ gibt es keine PostgreSQL-Rolle „%1“: Legen Sie sie zuerst an (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (SQLite&apos;s check of its pages found: %2). Open a backup copy, or recover what is readable with the sqlite3 tool&apos;s .recover command.</source>
        <translation>„%1“ ist beschädigt und wurde nicht geöffnet (SQLites Prüfung seiner Seiten ergab: %2). Öffnen Sie eine Sicherungskopie oder retten Sie das Lesbare mit dem Befehl .recover des Werkzeugs sqlite3.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL (erwartet: postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The option “%1” of the PostgreSQL URL cannot contain a semicolon.</source>
        <translation>Die Option „%1“ der PostgreSQL-URL darf kein Semikolon enthalten.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another Kairos window (process %1 on %2)</source>
        <translation>einem anderen Kairos-Fenster (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
</context>
<context>
    <name>kairos-cli</name>
    <message>
        <source>Usage: kairos-cli [--version] [--help] COMMAND [ARGS]

Policy-event timelines from article bundles, without a display.

Commands:
</source>
        <translation>Aufruf: kairos-cli [--version] [--help] COMMAND [ARGS]

Zeitleisten politischer Ereignisse aus Artikelbündeln, ohne grafische Oberfläche.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run kairos-cli COMMAND --help for the options of a command.
</source>
        <translation>
Rufen Sie kairos-cli COMMAND --help auf, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>kairos-cli: unknown command “%1”. Run kairos-cli --help for the list.
</source>
        <translation>kairos-cli: unbekannter Befehl „%1“. Rufen Sie kairos-cli --help auf, um die Liste zu sehen.
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 must be a whole number from %2 to %3, not “%4”
</source>
        <translation>kairos-cli export-chart: --%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 “%2” is not a date; write e.g. 2025, 2025-03 or 2025-03-14
</source>
        <translation>kairos-cli export-chart: --%1 „%2“ ist kein Datum; schreiben Sie z. B. 2025, 2025-03 oder 2025-03-14
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: expected WORKSPACE and OUT (or --demo and OUT)
</source>
        <translation>kairos-cli export-chart: WORKSPACE und OUT (oder --demo und OUT) erwartet
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: cannot tell the format of %1: use a .png, .svg or .pdf name
</source>
        <translation>kairos-cli export-chart: das Format von %1 ist nicht erkennbar: verwenden Sie einen Namen auf .png, .svg oder .pdf
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --from must come before --to
</source>
        <translation>kairos-cli export-chart: --from muss vor --to liegen
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --lanes must be type, entity or outlet, not “%1”
</source>
        <translation>kairos-cli export-chart: --lanes muss type, entity oder outlet sein, nicht „%1“
</translation>
    </message>
    <message>
        <source>Kairos demo: US export permits for Nvidia H200 chips to China</source>
        <translation>Kairos-Demo: US-Exportgenehmigungen für Nvidia-H200-Chips nach China</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px at %4 dpi, %5 dated events)
</source>
        <translation>%1 geschrieben (%2×%3 px bei %4 dpi, datierte Ereignisse: %5)
</translation>
    </message>
    <message>
        <source>Render the timeline chart with its legend and numbered sources to PNG, SVG or PDF (by suffix).</source>
        <translation>Das Zeitleistendiagramm mit Legende und nummerierten Quellen als PNG, SVG oder PDF ausgeben (je nach Dateiendung).</translation>
    </message>
    <message>
        <source>The workspace (omit with --demo).</source>
        <translation>Der Arbeitsbereich (entfällt bei --demo).</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Chart the built-in demo workspace.</source>
        <translation>Den eingebauten Demo-Arbeitsbereich darstellen.</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>Breite in Pixeln (Standard: 1600).</translation>
    </message>
    <message>
        <source>Height in pixels (default 900).</source>
        <translation>Höhe in Pixeln (Standard: 900).</translation>
    </message>
    <message>
        <source>Resolution; sets the page size of SVG and PDF (default 96).</source>
        <translation>Auflösung; bestimmt die Seitengröße von SVG und PDF (Standard: 96).</translation>
    </message>
    <message>
        <source>Start of the time window (ISO date, e.g. 2025-03).</source>
        <translation>Beginn des Zeitfensters (ISO-Datum, z. B. 2025-03).</translation>
    </message>
    <message>
        <source>End of the time window, inclusive (ISO date).</source>
        <translation>Ende des Zeitfensters, einschließlich (ISO-Datum).</translation>
    </message>
    <message>
        <source>Group lanes by type (default), entity or outlet.</source>
        <translation>Bahnen nach type (Ereignistyp, Standard), entity (Entität) oder outlet (Medium) gruppieren.</translation>
    </message>
    <message>
        <source>Title printed above the chart.</source>
        <translation>Titel über dem Diagramm.</translation>
    </message>
    <message>
        <source>kairos-cli export: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli export: --%1 „%2“ ist kein Datum (verwenden Sie 2025-12-08, 2025-12 oder 2025)
</translation>
    </message>
    <message>
        <source>kairos-cli export: expected WORKSPACE and OUT
</source>
        <translation>kairos-cli export: WORKSPACE und OUT erwartet
</translation>
    </message>
    <message>
        <source>kairos-cli export: --format must be one of %1, not “%2”
</source>
        <translation>kairos-cli export: --format muss einer der Werte %1 sein, nicht „%2“
</translation>
    </message>
    <message>
        <source>kairos-cli export: cannot tell the format of %1: give --format, or name it .timelinejs.json, .vis.json, .json, .csv, .ics, .zip or as a folder
</source>
        <translation>kairos-cli export: das Format von %1 ist nicht erkennbar: geben Sie --format an oder verwenden Sie einen Namen auf .timelinejs.json, .vis.json, .json, .csv, .ics oder .zip bzw. einen Ordner
</translation>
    </message>
    <message>
        <source>kairos-cli export: --from must come before --to
</source>
        <translation>kairos-cli export: --from muss vor --to liegen
</translation>
    </message>
    <message>
        <source>kairos-cli export: --status must be proposed, confirmed or rejected, not “%1”
</source>
        <translation>kairos-cli export: --status muss proposed, confirmed oder rejected sein, nicht „%1“
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n event(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%2, %n Ereignis)</numerusform>
            <numerusform>%1 geschrieben (%2, %n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n article(s)</source>
        <translation>
            <numerusform>, %n Artikel</numerusform>
            <numerusform>, %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entity(s)</source>
        <translation>
            <numerusform>, %n Entität</numerusform>
            <numerusform>, %n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n event(s) known only by a bound (“no later than …”) at that bound.
</source>
        <translation>
            <numerusform>%n Ereignis, das nur durch eine Grenze („spätestens …“) bekannt ist, wurde an diese Grenze gesetzt.
</numerusform>
            <numerusform>%n Ereignisse, die nur durch eine Grenze („spätestens …“) bekannt sind, wurden an diese Grenze gesetzt.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) without a date: the format needs one.
</source>
        <translation>
            <numerusform>%n Ereignis ohne Datum übersprungen: Das Format braucht eines.
</numerusform>
            <numerusform>%n Ereignisse ohne Datum übersprungen: Das Format braucht eines.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) dated outside the years 1 to 9999.
</source>
        <translation>
            <numerusform>%n Ereignis außerhalb der Jahre 1 bis 9999 übersprungen.
</numerusform>
            <numerusform>%n Ereignisse außerhalb der Jahre 1 bis 9999 übersprungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the events as TimelineJS 3 or vis-timeline JSON, CSV, Kairos JSON, iCalendar or a Kairos bundle (.zip or folder); the format follows OUT&apos;s name unless --format is given.</source>
        <translation>Die Ereignisse als TimelineJS-3- oder vis-timeline-JSON, CSV, Kairos-JSON, iCalendar oder Kairos-Bündel (.zip oder Ordner) exportieren; ohne --format richtet sich das Format nach dem Namen von OUT.</translation>
    </message>
    <message>
        <source>The workspace to read.</source>
        <translation>Der zu lesende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The file to write (x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) or a new folder for a bundle.</source>
        <translation>Die zu schreibende Datei (x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) oder ein neuer Ordner für ein Bündel.</translation>
    </message>
    <message>
        <source>timelinejs, vis, csv, json, ics or bundle.</source>
        <translation>timelinejs, vis, csv, json, ics oder bundle.</translation>
    </message>
    <message>
        <source>Only events on or after DATE.</source>
        <translation>Nur Ereignisse am oder nach DATE.</translation>
    </message>
    <message>
        <source>Only events before DATE.</source>
        <translation>Nur Ereignisse vor DATE.</translation>
    </message>
    <message>
        <source>Only proposed, confirmed or rejected events.</source>
        <translation>Nur Ereignisse mit dem Status proposed (vorgeschlagen), confirmed (bestätigt) oder rejected (abgelehnt).</translation>
    </message>
    <message>
        <source>The timeline&apos;s title (TimelineJS title slide, calendar name, bundle title); default: the workspace&apos;s name.</source>
        <translation>Titel der Zeitleiste (Titelfolie in TimelineJS, Kalendername, Bündeltitel); Standard: der Name des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>kairos-cli import: expected a WORKSPACE and at least one PATH
</source>
        <translation>kairos-cli import: ein WORKSPACE und mindestens ein PATH erwartet
</translation>
    </message>
    <message>
        <source>kairos-cli import: extraction is off: %1
</source>
        <translation>kairos-cli import: die Extraktion ist ausgeschaltet: %1
</translation>
    </message>
    <message>
        <source>Import article bundles (folders, archives, files) into a workspace, creating it if needed. Exit status 0: all imported; 3: some files rejected; 1: nothing could be done.</source>
        <translation>Artikelbündel (Ordner, Archive, Dateien) in einen Arbeitsbereich importieren, der bei Bedarf angelegt wird. Exit-Status 0: alles importiert; 3: einige Dateien abgelehnt; 1: nichts konnte erledigt werden.</translation>
    </message>
    <message>
        <source>The workspace to import into.</source>
        <translation>Der Arbeitsbereich, in den importiert wird.</translation>
    </message>
    <message>
        <source>Bundles: folders, archives or single files.</source>
        <translation>Bündel: Ordner, Archive oder einzelne Dateien.</translation>
    </message>
    <message>
        <source>Print the import report as one JSON object.</source>
        <translation>Den Importbericht als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Store articles without proposing events and entities.</source>
        <translation>Artikel speichern, ohne Ereignisse und Entitäten vorzuschlagen.</translation>
    </message>
    <message>
        <source>Also print notes such as skipped duplicates.</source>
        <translation>Auch Hinweise ausgeben, etwa zu übersprungenen Duplikaten.</translation>
    </message>
    <message>
        <source>Read numeric dates such as 03/04/2025 day first.</source>
        <translation>Numerische Daten wie 03/04/2025 mit dem Tag zuerst lesen.</translation>
    </message>
    <message>
        <source>Also recognise the entities in FILE (JSON; may be repeated).</source>
        <translation>Auch die Entitäten aus FILE erkennen (JSON; mehrfach möglich).</translation>
    </message>
    <message>
        <source>kairos-cli %1: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli %1: genau ein WORKSPACE-Argument erwartet
</translation>
    </message>
    <message>
        <source>kairos-cli events: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli events: --%1 „%2“ ist kein Datum (verwenden Sie 2025-12-08, 2025-12 oder 2025)
</translation>
    </message>
    <message>
        <source>kairos-cli events: --status must be proposed, confirmed or rejected
</source>
        <translation>kairos-cli events: --status muss proposed, confirmed oder rejected sein
</translation>
    </message>
    <message>
        <source>Print the events as a JSON array, with their dates, entities, status, sources and evidence.</source>
        <translation>Die Ereignisse als JSON-Array ausgeben, mit Datum, Entitäten, Status, Quellen und Belegen.</translation>
    </message>
    <message>
        <source>Print JSON (indented).</source>
        <translation>JSON ausgeben (eingerückt).</translation>
    </message>
    <message>
        <source>Only events involving the entity NAME (or an alias).</source>
        <translation>Nur Ereignisse, an denen die Entität NAME (oder ein Alias) beteiligt ist.</translation>
    </message>
    <message>
        <source>Only events of TYPE (approval, meeting, …).</source>
        <translation>Nur Ereignisse vom Typ TYPE (approval, meeting, …).</translation>
    </message>
    <message>
        <source>Print the entities with their type, aliases and numbers of mentions and events as JSON.</source>
        <translation>Die Entitäten mit Typ, Aliasnamen sowie der Anzahl ihrer Erwähnungen und Ereignisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>kairos-cli init: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli init: genau ein WORKSPACE-Argument erwartet
</translation>
    </message>
    <message>
        <source>Workspace ready: %1
</source>
        <translation>Arbeitsbereich bereit: %1
</translation>
    </message>
    <message>
        <source>kairos-cli stats: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli stats: genau ein WORKSPACE-Argument erwartet
</translation>
    </message>
    <message>
        <source>Articles: %1
Events: %2
Entities: %3
Mentions: %4
</source>
        <translation>Artikel: %1
Ereignisse: %2
Entitäten: %3
Erwähnungen: %4
</translation>
    </message>
    <message>
        <source>Create an empty workspace (a .kairos file or a postgresql:// URL).</source>
        <translation>Einen leeren Arbeitsbereich anlegen (eine .kairos-Datei oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <source>The workspace to create.</source>
        <translation>Der anzulegende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Print the numbers of articles, events, entities and mentions.</source>
        <translation>Die Anzahl der Artikel, Ereignisse, Entitäten und Erwähnungen ausgeben.</translation>
    </message>
    <message>
        <source>The workspace to count.</source>
        <translation>Der zu zählende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>kairos-cli grant: expected a team WORKSPACE URL and a ROLE
</source>
        <translation>kairos-cli grant: erwartet eine Team-Arbeitsbereichs-URL (WORKSPACE) und eine Rolle (ROLE)
</translation>
    </message>
    <message>
        <source>%1 may now read %2.
</source>
        <translation>%1 darf %2 jetzt lesen.
</translation>
    </message>
    <message>
        <source>%1 may now read and edit %2.
</source>
        <translation>%1 darf %2 jetzt lesen und bearbeiten.
</translation>
    </message>
    <message>
        <source>Let an existing PostgreSQL role edit (or only read) a team workspace, without the right to change its tables. Run it as the workspace&apos;s owner.</source>
        <translation>Einer bestehenden PostgreSQL-Rolle erlauben, einen Team-Arbeitsbereich zu bearbeiten (oder nur zu lesen), ohne seine Tabellen ändern zu dürfen. Als Eigentümer des Arbeitsbereichs ausführen.</translation>
    </message>
    <message>
        <source>The team workspace (a postgresql:// URL).</source>
        <translation>Der Team-Arbeitsbereich (eine postgresql://-URL).</translation>
    </message>
    <message>
        <source>The team member&apos;s role.</source>
        <translation>Die Rolle des Teammitglieds.</translation>
    </message>
    <message>
        <source>Reading only: no edits, no imports.</source>
        <translation>Nur lesen: keine Änderungen, keine Importe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Policy-event timelines from article bundles.</source>
        <translation>Zeitleisten politischer Ereignisse aus Artikelbündeln.</translation>
    </message>
    <message>
        <source>Open the embedded demo workspace.</source>
        <translation>Den eingebetteten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de, zh_CN, ko).</source>
        <translation>Die Sprache CODE verwenden (z. B. de, zh_CN, ko).</translation>
    </message>
    <message>
        <source>Open WORKSPACE (a .kairos file or a postgresql:// URL).</source>
        <translation>WORKSPACE öffnen (eine .kairos-Datei oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <source>A .kairos workspace to open, or article bundles to import.</source>
        <translation>Ein zu öffnender .kairos-Arbeitsbereich oder zu importierende Artikelbündel.</translation>
    </message>
</context>
</TS>
