<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>Create a study plan</source>
        <translation>Lernplan erstellen</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>In &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Write the schedule to an .ics file</source>
        <translation>Den Zeitplan in eine .ics-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Study Planner</source>
        <translation>Study Planner beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Re-plan…</source>
        <translation>&amp;Neu planen…</translation>
    </message>
    <message>
        <source>Re-plan the remaining work from today</source>
        <translation>Die restliche Arbeit ab heute neu planen</translation>
    </message>
    <message>
        <source>&amp;Edit Plan…</source>
        <translation>Plan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change hours, study days, exam date or courses</source>
        <translation>Stunden, Lerntage, Prüfungstermin oder Kurse ändern</translation>
    </message>
    <message>
        <source>&amp;Import Busy Days…</source>
        <translation>Belegte Tage &amp;importieren…</translation>
    </message>
    <message>
        <source>Plan around the busy days in a calendar file</source>
        <translation>Um die belegten Tage aus einer Kalenderdatei herum planen</translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <translation>Plan &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the plan another name</source>
        <translation>Dem Plan einen anderen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Duplicate as What-if…</source>
        <translation>Als Was-wäre-wenn &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Copy the plan to try changes</source>
        <translation>Den Plan kopieren, um Änderungen auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Archive Plan</source>
        <translation>Plan &amp;archivieren</translation>
    </message>
    <message>
        <source>Hide the plan from the list (undoable)</source>
        <translation>Den Plan aus der Liste ausblenden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>De&amp;lete Plan…</source>
        <translation>Plan &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the plan (a backup is kept)</source>
        <translation>Den Plan löschen (eine Sicherung bleibt)</translation>
    </message>
    <message>
        <source>Show Arc&amp;hived Plans</source>
        <translation>Archivierte Pläne &amp;zeigen</translation>
    </message>
    <message>
        <source>List archived plans too</source>
        <translation>Auch archivierte Pläne auflisten</translation>
    </message>
    <message>
        <source>Days &amp;Off…</source>
        <translation>&amp;Freie Tage…</translation>
    </message>
    <message>
        <source>Holidays and trips with no study</source>
        <translation>Urlaub und Reisen ohne Lernen</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Go back to a saved copy of your plans</source>
        <translation>Zu einer gespeicherten Kopie Ihrer Pläne zurückkehren</translation>
    </message>
    <message>
        <source>Update &amp;Catalog…</source>
        <translation>&amp;Katalog aktualisieren…</translation>
    </message>
    <message>
        <source>Install newer exam and course facts</source>
        <translation>Neuere Angaben zu Prüfungen und Kursen installieren</translation>
    </message>
    <message>
        <source>Roll Back Catalo&amp;g…</source>
        <translation>Katalo&amp;g zurücksetzen…</translation>
    </message>
    <message>
        <source>Go back to the previous catalog</source>
        <translation>Zum vorherigen Katalog zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Week start, session time, theme, language</source>
        <translation>Wochenbeginn, Lernzeit, Design, Sprache</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Show this week&apos;s sessions</source>
        <translation>Die Lerneinheiten dieser Woche zeigen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Show the plan week by week</source>
        <translation>Den Plan Woche für Woche zeigen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Show progress and the forecast</source>
        <translation>Fortschritt und Prognose zeigen</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Browse paths, courses and certifications</source>
        <translation>Lernpfade, Kurse und Zertifizierungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Week Calendar</source>
        <translation>&amp;Wochenkalender</translation>
    </message>
    <message>
        <source>Show the week as a calendar</source>
        <translation>Die Woche als Kalender zeigen</translation>
    </message>
    <message>
        <source>&amp;Readiness</source>
        <translation>&amp;Bereitschaft</translation>
    </message>
    <message>
        <source>Am I ready to book the exam?</source>
        <translation>Bin ich bereit, die Prüfung zu buchen?</translation>
    </message>
    <message>
        <source>Study Planner &amp;Help</source>
        <translation>Study Planner-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>Die Hilfe öffnen</translation>
    </message>
    <message>
        <source>&amp;About Study Planner</source>
        <translation>&amp;Über Study Planner</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>What changed in the catalog</source>
        <translation>Was sich im Katalog geändert hat</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Katalogänderungen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Switch to the new exam</source>
        <translation>Zur neuen Prüfung wechseln</translation>
    </message>
    <message>
        <source>Re-plan the exam block for the new exam; done work stays (undoable)</source>
        <translation>Den Prüfungsblock für die neue Prüfung neu planen; Erledigtes bleibt (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>So belassen</translation>
    </message>
    <message>
        <source>Keep the plan as it is</source>
        <translation>Den Plan so belassen</translation>
    </message>
    <message>
        <source>Keep the plan as it is; these alerts stop showing (undoable)</source>
        <translation>Den Plan so belassen; diese Hinweise erscheinen nicht mehr (rückgängig machbar)</translation>
    </message>
    <message>
        <source>The catalog changed under this plan</source>
        <translation>Der Katalog hat sich für diesen Plan geändert</translation>
    </message>
    <message numerus="yes">
        <source>The catalog changed under this plan (%n change(s))</source>
        <translation>
            <numerusform>Der Katalog hat sich für diesen Plan geändert (%n Änderung)</numerusform>
            <numerusform>Der Katalog hat sich für diesen Plan geändert (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertSource</name>
    <message>
        <source>The plan stays as it is. Undo (Ctrl+Z) brings the alert back.</source>
        <translation>Der Plan bleibt, wie er ist. Rückgängig (Strg+Z) holt den Hinweis zurück.</translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>Catalog alert</source>
        <translation>Kataloghinweis</translation>
    </message>
    <message>
        <source>What changed in the catalog under this plan</source>
        <translation>Was sich im Katalog für diesen Plan geändert hat</translation>
    </message>
    <message>
        <source>your exam ends before the exam date</source>
        <translation>Ihre Prüfung endet vor dem Prüfungstermin</translation>
    </message>
    <message>
        <source>your exam has a successor</source>
        <translation>Ihre Prüfung hat eine Nachfolgeprüfung</translation>
    </message>
    <message>
        <source>the exam&apos;s domain weights changed</source>
        <translation>die Gewichtung der Prüfungsbereiche hat sich geändert</translation>
    </message>
    <message>
        <source>a course&apos;s hours changed</source>
        <translation>die Stunden eines Kurses haben sich geändert</translation>
    </message>
    <message>
        <source>your exam left the catalog</source>
        <translation>Ihre Prüfung ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} weitere)</translation>
    </message>
    <message>
        <source>Catalog: {0}{1}</source>
        <translation>Katalog: {0}{1}</translation>
    </message>
</context>
<context>
    <name>AppPreferences</name>
    <message>
        <source>the week starts on a weekday 0 (Monday) to 6 (Sunday)</source>
        <translation>die Woche beginnt an einem Wochentag von 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <source>unknown theme {0} (use one of {1})</source>
        <translation>unbekanntes Design {0} (verwenden Sie eines von {1})</translation>
    </message>
    <message>
        <source>unknown language {0} (use one of {1})</source>
        <translation>unbekannte Sprache {0} (verwenden Sie eine von {1})</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Edit attempt</source>
        <translation>Versuch bearbeiten</translation>
    </message>
    <message>
        <source>Enter the score report</source>
        <translation>Ergebnisbericht eintragen</translation>
    </message>
    <message>
        <source>Record a practice-exam attempt</source>
        <translation>Übungsprüfung eintragen</translation>
    </message>
    <message>
        <source>Enter what your score report says: the overall score if it gives one, and the figure per exam domain. It counts like an attempt of that day.</source>
        <translation>Tragen Sie ein, was Ihr Ergebnisbericht angibt: das Gesamtergebnis, falls vorhanden, und den Wert je Prüfungsbereich. Er zählt wie ein Versuch an diesem Tag.</translation>
    </message>
    <message>
        <source>Enter what your practice test reported: the overall score and, if it gives them, the score per exam domain. Leave a domain empty if it has no figure.</source>
        <translation>Tragen Sie ein, was Ihr Übungstest ergeben hat: das Gesamtergebnis und, falls angegeben, das Ergebnis je Prüfungsbereich. Lassen Sie einen Bereich leer, wenn es dafür keinen Wert gibt.</translation>
    </message>
    <message>
        <source>The day you sat the test</source>
        <translation>Der Tag, an dem Sie den Test abgelegt haben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Overall score in percent, e.g. 72</source>
        <translation>Gesamtergebnis in Prozent, z. B. 72</translation>
    </message>
    <message>
        <source>Overall score in percent</source>
        <translation>Gesamtergebnis in Prozent</translation>
    </message>
    <message>
        <source>e.g. 72</source>
        <translation>z. B. 72</translation>
    </message>
    <message>
        <source>Where the test comes from, e.g. the official practice exam</source>
        <translation>Woher der Test stammt, z. B. die offizielle Übungsprüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>e.g. Official practice exam</source>
        <translation>z. B. offizielle Übungsprüfung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Overall score (%):</source>
        <translation>&amp;Gesamtergebnis (%):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Score for “{0}” in percent; empty if not given</source>
        <translation>Ergebnis für „{0}“ in Prozent; leer, wenn nicht angegeben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{0}. {1} ({2:g}%):</source>
        <translation>{0}. {1} ({2:g} %):</translation>
    </message>
    <message>
        <source>Score report of the exam on {0}</source>
        <translation>Ergebnisbericht der Prüfung am {0}</translation>
    </message>
    <message>
        <source>&amp;Save attempt</source>
        <translation>Versuch &amp;speichern</translation>
    </message>
    <message>
        <source>Record the attempt (Ctrl+Z takes it back)</source>
        <translation>Den Versuch eintragen (Strg+Z nimmt ihn zurück)</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: „{1}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>{0}: a percentage runs from 0 to 100.</source>
        <translation>{0}: Ein Prozentwert liegt zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>Enter the overall score or at least one domain&apos;s score.</source>
        <translation>Geben Sie das Gesamtergebnis oder mindestens das Ergebnis eines Bereichs ein.</translation>
    </message>
    <message>
        <source>The attempt was not saved.</source>
        <translation>Der Versuch wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>AttemptsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>{0} scored</source>
        <translation>{0} bewertet</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book the exam</source>
        <translation>Prüfung buchen</translation>
    </message>
    <message>
        <source>Enter the sitting you booked with the test provider. Study Planner then shows until when you can reschedule it free of charge, and after a result the earliest retake or the renewal window.</source>
        <translation>Tragen Sie den Termin ein, den Sie beim Testanbieter gebucht haben. Study Planner zeigt dann, bis wann Sie ihn kostenlos verschieben können, und nach einem Ergebnis die früheste Wiederholung oder den Zeitraum für die Erneuerung.</translation>
    </message>
    <message>
        <source>The day of the exam</source>
        <translation>Der Tag der Prüfung</translation>
    </message>
    <message>
        <source>Exam day</source>
        <translation>Prüfungstag</translation>
    </message>
    <message>
        <source>When the exam starts, local time</source>
        <translation>Beginn der Prüfung, Ortszeit</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Online proctored, or at a test centre</source>
        <translation>Online mit Aufsicht oder in einem Testcenter</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>At a test centre</source>
        <translation>In einem Testcenter</translation>
    </message>
    <message>
        <source>The booking&apos;s confirmation number or text</source>
        <translation>Bestätigungsnummer oder -text der Buchung</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>D&amp;elivery:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>Be&amp;stätigung:</translation>
    </message>
    <message>
        <source>&amp;Save booking</source>
        <translation>Buchung &amp;speichern</translation>
    </message>
    <message>
        <source>Record the booking (Ctrl+Z takes it back)</source>
        <translation>Die Buchung eintragen (Strg+Z nimmt sie zurück)</translation>
    </message>
    <message>
        <source>The booking was not saved.</source>
        <translation>Die Buchung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <source>Hours over time</source>
        <translation>Stunden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Until {0}: {1} h planned</source>
        <translation>Bis {0}: {1} h geplant</translation>
    </message>
    <message>
        <source>{0} h done</source>
        <translation>{0} h erledigt</translation>
    </message>
    <message>
        <source>{0} h logged</source>
        <translation>{0} h erfasst</translation>
    </message>
    <message>
        <source>No plan to chart</source>
        <translation>Kein Plan für ein Diagramm</translation>
    </message>
    <message>
        <source>{0} h planned in total</source>
        <translation>{0} h insgesamt geplant</translation>
    </message>
    <message>
        <source>forecast finish {0}</source>
        <translation>voraussichtliches Ende {0}</translation>
    </message>
    <message>
        <source>exam {0}</source>
        <translation>Prüfung {0}</translation>
    </message>
    <message>
        <source>No plan to chart yet</source>
        <translation>Noch kein Plan für ein Diagramm</translation>
    </message>
    <message>
        <source>Exam {0}</source>
        <translation>Prüfung {0}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>CatalogDetails</name>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) listed below</source>
        <translation>
            <numerusform>%n Quelle unten aufgeführt</numerusform>
            <numerusform>%n Quellen unten aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>no sources</source>
        <translation>keine Quellen</translation>
    </message>
    <message>
        <source>Checked {0} · confidence {1}</source>
        <translation>Geprüft am {0} · Verlässlichkeit {1}</translation>
    </message>
    <message>
        <source>catalog text in English</source>
        <translation>Katalogtext auf Englisch</translation>
    </message>
    <message>
        <source>Open the course page</source>
        <translation>Kursseite öffnen</translation>
    </message>
    <message>
        <source>Domains and weights</source>
        <translation>Bereiche und Gewichtung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Plan for its successor, {0} ({1}).</source>
        <translation>Planen Sie für die Nachfolgeprüfung {0} ({1}).</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Status heute</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} Minuten</translation>
    </message>
    <message>
        <source>{0} questions</source>
        <translation>{0} Fragen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Passing score</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Recommended experience</source>
        <translation>Empfohlene Erfahrung</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Open the certification page</source>
        <translation>Zertifizierungsseite öffnen</translation>
    </message>
    <message>
        <source>Open the exam guide</source>
        <translation>Prüfungsleitfaden öffnen</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Study paths</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) · {0}</source>
        <translation>
            <numerusform>%n Schritt · {0}</numerusform>
            <numerusform>%n Schritte · {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Update Catalog</source>
        <translation>Katalog aktualisieren</translation>
    </message>
    <message>
        <source>A catalog update is a .zip file with newer exam, course and path facts. Give a file or an https:// address; it is checked completely before it replaces the catalog in use, and the current catalog is kept so you can roll back.</source>
        <translation>Eine Katalogaktualisierung ist eine .zip-Datei mit neueren Angaben zu Prüfungen, Kursen und Lernpfaden. Geben Sie eine Datei oder eine https://-Adresse an; sie wird vollständig geprüft, bevor sie den aktuellen Katalog ersetzt, und der aktuelle Katalog wird aufbewahrt, damit Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>https://… or a .zip file</source>
        <translation>https://… oder eine .zip-Datei</translation>
    </message>
    <message>
        <source>Catalog update file or address</source>
        <translation>Datei oder Adresse der Katalogaktualisierung</translation>
    </message>
    <message>
        <source>A .zip file on this computer or an https:// address</source>
        <translation>Eine .zip-Datei auf diesem Computer oder eine https://-Adresse</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Pick a catalog .zip file</source>
        <translation>Eine Katalog-.zip-Datei wählen</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Stand der Aktualisierung</translation>
    </message>
    <message>
        <source>What the update changed</source>
        <translation>Was die Aktualisierung geändert hat</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Catalog update</source>
        <translation>Katalogaktualisierung</translation>
    </message>
    <message>
        <source>Catalog bundle (*.zip)</source>
        <translation>Katalogpaket (*.zip)</translation>
    </message>
    <message>
        <source>Fetching and checking {0}…</source>
        <translation>{0} wird geladen und geprüft…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Catalog updated: version {0}, facts checked {1}.</source>
        <translation>Katalog aktualisiert: Version {0}, Angaben geprüft am {1}.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>File › Roll Back Catalog goes back to the previous one.</source>
        <translation>Datei › Katalog zurücksetzen kehrt zum vorherigen zurück.</translation>
    </message>
    <message>
        <source>Not updated: {0}</source>
        <translation>Nicht aktualisiert: {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Filter by name, provider or status…</source>
        <translation>Nach Name, Anbieter oder Status filtern…</translation>
    </message>
    <message>
        <source>Filter the catalog</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>Show only entries whose name or summary contains this</source>
        <translation>Nur Einträge zeigen, deren Name oder Übersicht dies enthält</translation>
    </message>
    <message>
        <source>Catalog entries</source>
        <translation>Katalogeinträge</translation>
    </message>
    <message>
        <source>Paths, courses and certifications; select one for details</source>
        <translation>Lernpfade, Kurse und Zertifizierungen; für Details einen auswählen</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Facts, sources and as-of dates of the selected entry</source>
        <translation>Angaben, Quellen und Stand des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Where the catalog comes from and when it was checked</source>
        <translation>Woher der Katalog stammt und wann er geprüft wurde</translation>
    </message>
    <message>
        <source>Catalog age warning</source>
        <translation>Warnung zum Alter des Katalogs</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> · version {0}</source>
        <translation> · Version {0}</translation>
    </message>
    <message>
        <source>Catalog: {0}{1} · facts checked {2}</source>
        <translation>Katalog: {0}{1} · Angaben geprüft am {2}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The catalog&lt;/h2&gt;&lt;p&gt;Study paths for each starting point, the courses they use and the certifications they lead to, with sources and the date each fact was checked.&lt;/p&gt;&lt;p&gt;Select an entry to see its details. Hours marked {0} are our estimates; figures marked {1} are disputed.&lt;/p&gt;&lt;p&gt;File › Update Catalog… installs newer facts from a file or a web address; File › Roll Back Catalog goes back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Der Katalog&lt;/h2&gt;&lt;p&gt;Lernpfade für jeden Ausgangspunkt, die Kurse, die sie nutzen, und die Zertifizierungen, zu denen sie führen – mit Quellen und dem Datum, an dem jede Angabe geprüft wurde.&lt;/p&gt;&lt;p&gt;Wählen Sie einen Eintrag, um seine Details zu sehen. Mit {0} markierte Stunden sind unsere Schätzungen; mit {1} markierte Werte sind umstritten.&lt;/p&gt;&lt;p&gt;Datei › Katalog aktualisieren… installiert neuere Angaben aus einer Datei oder von einer Webadresse; Datei › Katalog zurücksetzen kehrt zurück.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>New estimate</source>
        <translation>Neue Schätzung</translation>
    </message>
    <message>
        <source>Keep the Exam Date</source>
        <translation>Prüfungstermin behalten</translation>
    </message>
    <message>
        <source>Keep the Hours per Week</source>
        <translation>Stunden pro Woche behalten</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>Course and modules</source>
        <translation>Kurs und Module</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Project: </source>
        <translation>Projekt: </translation>
    </message>
    <message>
        <source>{0}: {1} modules, {2}</source>
        <translation>{0}: {1} Module, {2}</translation>
    </message>
    <message>
        <source>Our estimate; double-click to enter your own</source>
        <translation>Unsere Schätzung; Doppelklick, um Ihre eigene einzugeben</translation>
    </message>
    <message>
        <source>Double-click to change the hours</source>
        <translation>Doppelklick, um die Stunden zu ändern</translation>
    </message>
</context>
<context>
    <name>CourseProgressModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>{0} of {1} done · {2}%</source>
        <translation>{0} von {1} · {2} %</translation>
    </message>
    <message>
        <source>{0} / {1} h</source>
        <translation>{0} / {1} h</translation>
    </message>
    <message>
        <source>
{0} h logged</source>
        <translation>
{0} h erfasst</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} items done, {3} of {4} h</source>
        <translation>{0}: {1} von {2} Einheiten erledigt, {3} von {4} h</translation>
    </message>
    <message>
        <source>; {0} h logged against {1} h estimated</source>
        <translation>; {0} h erfasst gegenüber {1} h geschätzt</translation>
    </message>
    <message>
        <source>{0} percent done</source>
        <translation>{0} Prozent erledigt</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Reorder, drop or add courses. Double-click a module&apos;s hours to enter your own; * marks our estimates.</source>
        <translation>Kurse umsortieren, entfernen oder hinzufügen. Doppelklicken Sie auf die Stunden eines Moduls, um Ihre eigenen einzugeben; * markiert unsere Schätzungen.</translation>
    </message>
    <message>
        <source>Courses in the plan</source>
        <translation>Kurse im Plan</translation>
    </message>
    <message>
        <source>The plan&apos;s courses in order, with their modules and hours</source>
        <translation>Die Kurse des Plans in ihrer Reihenfolge, mit Modulen und Stunden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Study the selected course earlier</source>
        <translation>Den ausgewählten Kurs früher lernen</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Study the selected course later</source>
        <translation>Den ausgewählten Kurs später lernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Kurs entfernen</translation>
    </message>
    <message>
        <source>Leave the selected course or project out of the plan</source>
        <translation>Den ausgewählten Kurs oder das Projekt aus dem Plan nehmen</translation>
    </message>
    <message>
        <source>Course to add</source>
        <translation>Hinzuzufügender Kurs</translation>
    </message>
    <message>
        <source>A catalog course that is not in the plan yet</source>
        <translation>Ein Katalogkurs, der noch nicht im Plan ist</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen course before the exam preparation</source>
        <translation>Den gewählten Kurs vor der Prüfungsvorbereitung einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) or project(s)</source>
        <translation>
            <numerusform>%n Kurs oder Projekt</numerusform>
            <numerusform>%n Kurse und Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source> · {0} h before the exam preparation</source>
        <translation> · {0} h vor der Prüfungsvorbereitung</translation>
    </message>
    <message>
        <source>Exam preparation only: no courses before it</source>
        <translation>Nur Prüfungsvorbereitung: keine Kurse davor</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Datum auswählen</translation>
    </message>
    <message>
        <source>Not a date; type it like {0}. Kept {1}.</source>
        <translation>Kein Datum; geben Sie es wie {0} ein. {1} bleibt.</translation>
    </message>
    <message>
        <source>{0} is before {1}, the earliest day here; {1} is used.</source>
        <translation>{0} liegt vor {1}, dem frühesten möglichen Tag; {1} wird verwendet.</translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest day here; {1} is used.</source>
        <translation>{0} liegt nach {1}, dem spätesten möglichen Tag; {1} wird verwendet.</translation>
    </message>
</context>
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>Days with no study; select one and press Remove</source>
        <translation>Tage ohne Lernen; einen auswählen und Entfernen drücken</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Erster freier Tag</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Letzter freier Tag</translation>
    </message>
    <message>
        <source>{0} (type or pick)</source>
        <translation>{0} (eingeben oder auswählen)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add these days off</source>
        <translation>Diese freien Tage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected days off</source>
        <translation>Die ausgewählten freien Tage entfernen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Re-plan with these</source>
        <translation>Damit neu planen</translation>
    </message>
    <message>
        <source>Save the days off and re-plan from today</source>
        <translation>Die freien Tage speichern und ab heute neu planen</translation>
    </message>
    <message>
        <source>No study happens on these days. Saving re-plans from today.</source>
        <translation>An diesen Tagen wird nicht gelernt. Speichern plant ab heute neu.</translation>
    </message>
    <message>
        <source>The last day off comes before the first.</source>
        <translation>Der letzte freie Tag liegt vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Readiness per exam domain</source>
        <translation>Bereitschaft je Prüfungsbereich</translation>
    </message>
    <message>
        <source>{0}: {1} against {2}</source>
        <translation>{0}: {1} gegenüber {2}</translation>
    </message>
</context>
<context>
    <name>EditPlanDialog</name>
    <message>
        <source>“{0}” is not a date or a range (use YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation>„{0}“ ist weder ein Datum noch ein Zeitraum (schreiben Sie JJJJ-MM-TT..JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“{0}” ends before it starts</source>
        <translation>„{0}“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>Change any of the plan&apos;s choices. The rest of the plan is re-planned from today; done work stays where it is. Save is one step that Ctrl+Z takes back.</source>
        <translation>Ändern Sie beliebige Einstellungen des Plans. Der Rest des Plans wird ab heute neu geplant; Erledigtes bleibt, wo es ist. Speichern ist ein Schritt, den Strg+Z zurücknimmt.</translation>
    </message>
    <message>
        <source>Hours you can study each week</source>
        <translation>Stunden, die Sie pro Woche lernen können</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/Woche</translation>
    </message>
    <message>
        <source>Study on this weekday</source>
        <translation>An diesem Wochentag lernen</translation>
    </message>
    <message>
        <source>When sessions start</source>
        <translation>Beginn der Lerneinheiten</translation>
    </message>
    <message>
        <source>Longest study session; 0: no limit</source>
        <translation>Längste Lerneinheit; 0: keine Grenze</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Days with no study, e.g. 2026-12-24..2027-01-01, 2027-02-03</source>
        <translation>Tage ohne Lernen, z. B. 2026-12-24..2027-01-01, 2027-02-03</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>Exam on</source>
        <translation>Prüfung am</translation>
    </message>
    <message>
        <source>A fixed date</source>
        <translation>Ein festes Datum</translation>
    </message>
    <message>
        <source>Prepare for</source>
        <translation>Vorbereitung über</translation>
    </message>
    <message>
        <source>The exam right after this many weeks of preparation</source>
        <translation>Die Prüfung direkt nach so vielen Wochen Vorbereitung</translation>
    </message>
    <message>
        <source>The exam date (type or pick)</source>
        <translation>Der Prüfungstermin (eingeben oder auswählen)</translation>
    </message>
    <message>
        <source>Weeks of preparation</source>
        <translation>Wochen der Vorbereitung</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>IANA time zone</source>
        <translation>IANA-Zeitzone</translation>
    </message>
    <message>
        <source>Courses and projects in order; untick one to drop it</source>
        <translation>Kurse und Projekte in ihrer Reihenfolge; Haken entfernen, um einen wegzulassen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>A course from the catalog</source>
        <translation>Ein Kurs aus dem Katalog</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the course at the end</source>
        <translation>Den Kurs am Ende hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Stunden pro Woche</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Lerntage</translation>
    </message>
    <message>
        <source>&amp;Sessions start</source>
        <translation>&amp;Beginn der Einheiten</translation>
    </message>
    <message>
        <source>&amp;Longest session</source>
        <translation>&amp;Längste Einheit</translation>
    </message>
    <message>
        <source>Days o&amp;ff</source>
        <translation>&amp;Freie Tage</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Change the plan this way</source>
        <translation>Den Plan so ändern</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Store the edited plan (a backup is taken first)</source>
        <translation>Den bearbeiteten Plan speichern (vorher wird eine Sicherung angelegt)</translation>
    </message>
    <message>
        <source>Courses and projects (untick to drop)</source>
        <translation>Kurse und Projekte (Haken entfernen zum Weglassen)</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was sich verschiebt</translation>
    </message>
    <message>
        <source>“{0}” is not a known time zone (e.g. Europe/Berlin)</source>
        <translation>„{0}“ ist keine bekannte Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>Cannot make this plan: {0}.</source>
        <translation>Dieser Plan lässt sich nicht erstellen: {0}.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Does not fit: {0}. Nothing is saved until it fits:</source>
        <translation>Passt nicht: {0}. Nichts wird gespeichert, bis es passt:</translation>
    </message>
    <message>
        <source>exam {0}</source>
        <translation>Prüfung {0}</translation>
    </message>
    <message>
        <source>last session {0}</source>
        <translation>letzte Einheit {0}</translation>
    </message>
    <message>
        <source>nothing moves</source>
        <translation>nichts verschiebt sich</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n Einheit verschiebt sich</numerusform>
            <numerusform>%n Einheiten verschieben sich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Create your first study plan</source>
        <translation>Erstellen Sie Ihren ersten Lernplan</translation>
    </message>
    <message>
        <source>Pick the path that matches where you start — software engineer, data scientist or ML practitioner — and Study Planner turns it into a week-by-week schedule around your hours and your exam date.</source>
        <translation>Wählen Sie den Lernpfad, der zu Ihrem Ausgangspunkt passt – Softwareentwickler, Data Scientist oder ML-Praktiker –, und Study Planner macht daraus einen Wochenplan rund um Ihre Stunden und Ihren Prüfungstermin.</translation>
    </message>
    <message>
        <source>Create a study plan…</source>
        <translation>Lernplan erstellen…</translation>
    </message>
    <message>
        <source>Create a study plan</source>
        <translation>Lernplan erstellen</translation>
    </message>
    <message>
        <source>Start the new-plan wizard (Ctrl+N)</source>
        <translation>Den Assistenten für neue Pläne starten (Strg+N)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The details are in the log file:
{0}</source>
        <translation>Die Details stehen in der Protokolldatei:
{0}</translation>
    </message>
    <message>
        <source>The log file could not be written; Copy details keeps them.</source>
        <translation>Die Protokolldatei konnte nicht geschrieben werden; „Details kopieren“ bewahrt sie.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the version, platform and error details on the clipboard</source>
        <translation>Version, Plattform und Fehlerdetails in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Study Planner ran into a problem it did not expect ({0}). What you did last may not have been saved; your plans as saved before are safe. If it happens again, please report it with the details.</source>
        <translation>Study Planner ist auf ein unerwartetes Problem gestoßen ({0}). Ihre letzte Aktion wurde eventuell nicht gespeichert; Ihre zuvor gespeicherten Pläne sind sicher. Wenn es erneut passiert, melden Sie es bitte mit den Details.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <source>Target cloud and certification</source>
        <translation>Ziel-Cloud und Zertifizierung</translation>
    </message>
    <message>
        <source>Choose the cloud your target employers use; it decides the vendor exam.</source>
        <translation>Wählen Sie die Cloud, die Ihre Wunscharbeitgeber nutzen; sie bestimmt die Herstellerprüfung.</translation>
    </message>
    <message>
        <source>Target cloud</source>
        <translation>Ziel-Cloud</translation>
    </message>
    <message>
        <source>The cloud your target employers run on</source>
        <translation>Die Cloud, auf der Ihre Wunscharbeitgeber arbeiten</translation>
    </message>
    <message>
        <source>Exam language</source>
        <translation>Prüfungssprache</translation>
    </message>
    <message>
        <source>The language you will sit the exam in; it decides which exam can be booked</source>
        <translation>Die Sprache, in der Sie die Prüfung ablegen; sie bestimmt, welche Prüfung buchbar ist</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>The exam this plan prepares you for</source>
        <translation>Die Prüfung, auf die Sie dieser Plan vorbereitet</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Exam &amp;language:</source>
        <translation>Prüfungs&amp;sprache:</translation>
    </message>
    <message>
        <source>Ce&amp;rtification:</source>
        <translation>&amp;Zertifizierung:</translation>
    </message>
    <message>
        <source> — retired {0}</source>
        <translation> – eingestellt {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended experience:&lt;/b&gt; {0}&lt;br&gt;This is the vendor&apos;s recommendation, not a requirement. If you have less, that&apos;s fine: give the preparation the long end of the 8–12 weeks and take a practice exam early.</source>
        <translation>&lt;b&gt;Empfohlene Erfahrung:&lt;/b&gt; {0}&lt;br&gt;Das ist eine Empfehlung des Herstellers, keine Voraussetzung. Wenn Sie weniger haben, ist das in Ordnung: Planen Sie für die Vorbereitung eher 12 als 8 Wochen ein und legen Sie früh eine Übungsprüfung ab.</translation>
    </message>
    <message>
        <source>{0} is retired{1}; it can no longer be booked.</source>
        <translation>{0} wurde eingestellt{1}; sie kann nicht mehr gebucht werden.</translation>
    </message>
    <message>
        <source> since {0}</source>
        <translation> seit {0}</translation>
    </message>
    <message>
        <source>Its successor is {0} ({1}).</source>
        <translation>Die Nachfolgeprüfung ist {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source>Study &amp;sessions</source>
        <translation>&amp;Lerneinheiten</translation>
    </message>
    <message>
        <source>One timed event per study day</source>
        <translation>Ein Termin mit Uhrzeit je Lerntag</translation>
    </message>
    <message>
        <source>&amp;Milestones (course done, project steps)</source>
        <translation>&amp;Meilensteine (Kurs fertig, Projektschritte)</translation>
    </message>
    <message>
        <source>All-day events on the days milestones are reached</source>
        <translation>Ganztägige Termine an den Tagen, an denen Meilensteine erreicht werden</translation>
    </message>
    <message>
        <source>The e&amp;xam day</source>
        <translation>Der &amp;Prüfungstag</translation>
    </message>
    <message>
        <source>An all-day event on the exam date</source>
        <translation>Ein ganztägiger Termin am Prüfungstag</translation>
    </message>
    <message>
        <source>&amp;Reminders before the exam (a week and a day)</source>
        <translation>&amp;Erinnerungen vor der Prüfung (eine Woche und einen Tag vorher)</translation>
    </message>
    <message>
        <source>Many calendars ignore reminders on import</source>
        <translation>Viele Kalender übergehen Erinnerungen beim Import</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>The .ics file to write (replaced if it exists)</source>
        <translation>Die zu schreibende .ics-Datei (wird ersetzt, falls vorhanden)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Write the calendar file</source>
        <translation>Die Kalenderdatei schreiben</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder holding the file</source>
        <translation>Den Ordner mit der Datei zeigen</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Enthalten:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import the file into any calendar. Exporting again after a change updates the same events instead of adding copies.</source>
        <translation>Importieren Sie die Datei in einen beliebigen Kalender. Ein erneuter Export nach einer Änderung aktualisiert dieselben Termine, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Wählen Sie mindestens einen Inhalt aus.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0} ({1} new, {2} changed, {3} cancelled).</source>
        <translation>
            <numerusform>%n Termin in {0} geschrieben ({1} neu, {2} geändert, {3} abgesagt).</numerusform>
            <numerusform>%n Termine in {0} geschrieben ({1} neu, {2} geändert, {3} abgesagt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{0} Help</source>
        <translation>{0}-Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&lt;b&gt;Make a plan.&lt;/b&gt; New Plan asks where you start, which cloud your target employers use and how many hours a week you have, and shows the schedule before it is created.</source>
        <translation>&lt;b&gt;Einen Plan erstellen.&lt;/b&gt; „Neuer Plan“ fragt, wo Sie beginnen, welche Cloud Ihre Wunscharbeitgeber nutzen und wie viele Stunden pro Woche Sie haben, und zeigt den Zeitplan, bevor er angelegt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Study from This week.&lt;/b&gt; Each row is a module in one of this week&apos;s sessions. Space or a click ticks it off; type in &lt;i&gt;Logged&lt;/i&gt; (or F2) the time you really spent. Alt+Left and Alt+Right change the week.</source>
        <translation>&lt;b&gt;Mit „Diese Woche“ lernen.&lt;/b&gt; Jede Zeile ist ein Modul in einer der Lerneinheiten dieser Woche. Leertaste oder ein Klick hakt es ab; tragen Sie unter &lt;i&gt;Erfasst&lt;/i&gt; (oder F2) die tatsächlich aufgewendete Zeit ein. Alt+Links und Alt+Rechts wechseln die Woche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a session.&lt;/b&gt; In the Week Calendar (Ctrl+5), drag a session to another day or time, or its lower edge to change its length; or select it and press Alt+arrows, Alt+Shift+Up/Down, or Enter for Move…. Only that session moves unless other work no longer fits, and then you see what first.</source>
        <translation>&lt;b&gt;Eine Lerneinheit verschieben.&lt;/b&gt; Ziehen Sie im Wochenkalender (Strg+5) eine Einheit auf einen anderen Tag oder eine andere Zeit oder ihren unteren Rand, um die Länge zu ändern; oder wählen Sie sie aus und drücken Sie Alt+Pfeiltasten, Alt+Umschalt+Auf/Ab oder Eingabe für „Verschieben…“. Nur diese Einheit verschiebt sich, es sei denn, andere Arbeit passt nicht mehr – dann sehen Sie vorher, was.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed your mind?&lt;/b&gt; Undo takes back the last change: a tick, logged time, a re-plan, a rename.</source>
        <translation>&lt;b&gt;Umentschieden?&lt;/b&gt; Rückgängig nimmt die letzte Änderung zurück: einen Haken, erfasste Zeit, eine Neuplanung, eine Umbenennung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Behind or ahead?&lt;/b&gt; Progress compares planned and done hours and forecasts your finish. Re-plan spreads the remaining work from today, keeping either the exam date or your hours per week.</source>
        <translation>&lt;b&gt;Im Rückstand oder voraus?&lt;/b&gt; „Fortschritt“ vergleicht geplante und erledigte Stunden und sagt Ihr Ende voraus. „Neu planen“ verteilt die restliche Arbeit ab heute und behält entweder den Prüfungstermin oder Ihre Stunden pro Woche bei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your calendar.&lt;/b&gt; Export to Calendar writes an .ics file; export again after a change and your calendar updates the same events.</source>
        <translation>&lt;b&gt;In Ihrem Kalender.&lt;/b&gt; „In Kalender exportieren“ schreibt eine .ics-Datei; exportieren Sie nach einer Änderung erneut, und Ihr Kalender aktualisiert dieselben Termine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; stays on this computer. A backup is taken every day and before anything risky; File › Restore a Backup goes back to one.</source>
        <translation>&lt;b&gt;Ihre Daten&lt;/b&gt; bleiben auf diesem Computer. Jeden Tag und vor jedem riskanten Schritt wird eine Sicherung angelegt; Datei › Sicherung wiederherstellen kehrt zu einer zurück.</translation>
    </message>
    <message>
        <source>How to use {0}</source>
        <translation>So verwenden Sie {0}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The full guide: &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation>Die vollständige Anleitung: &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ImportBusyDialog</name>
    <message>
        <source>Import busy days</source>
        <translation>Belegte Tage importieren</translation>
    </message>
    <message>
        <source>Choose an .ics file exported from your calendar. Days with busy time get less study time (or none), and the rest of the plan moves around them.</source>
        <translation>Wählen Sie eine aus Ihrem Kalender exportierte .ics-Datei. Tage mit belegter Zeit bekommen weniger Lernzeit (oder keine), und der Rest des Plans verschiebt sich darum herum.</translation>
    </message>
    <message>
        <source>Choose a calendar file (.ics)…</source>
        <translation>Kalenderdatei (.ics) wählen…</translation>
    </message>
    <message>
        <source>Calendar file to read</source>
        <translation>Zu lesende Kalenderdatei</translation>
    </message>
    <message>
        <source>An .ics file from your calendar</source>
        <translation>Eine .ics-Datei aus Ihrem Kalender</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the calendar file</source>
        <translation>Die Kalenderdatei wählen</translation>
    </message>
    <message>
        <source>Keep the &amp;exam date</source>
        <translation>&amp;Prüfungstermin beibehalten</translation>
    </message>
    <message>
        <source>Study more on the free days if needed</source>
        <translation>Falls nötig an den freien Tagen mehr lernen</translation>
    </message>
    <message>
        <source>Keep the &amp;hours per week</source>
        <translation>&amp;Stunden pro Woche beibehalten</translation>
    </message>
    <message>
        <source>Move the exam if needed</source>
        <translation>Die Prüfung falls nötig verschieben</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Read the file and show what would change</source>
        <translation>Die Datei lesen und zeigen, was sich ändern würde</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re-plan around the busy days (undoable)</source>
        <translation>Um die belegten Tage herum neu planen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} kann nicht gelesen werden: {1}.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>The busy days in this file are already in the plan; nothing changes.</source>
        <translation>Die belegten Tage aus dieser Datei sind bereits im Plan; nichts ändert sich.</translation>
    </message>
    <message>
        <source>Around these busy days the rest does not fit before the exam: {0}. Keep the hours per week instead to move the exam.</source>
        <translation>Um diese belegten Tage herum passt der Rest nicht vor die Prüfung: {0}. Behalten Sie stattdessen die Stunden pro Woche bei, um die Prüfung zu verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n study day(s) get less time</source>
        <translation>
            <numerusform>%n Lerntag bekommt weniger Zeit</numerusform>
            <numerusform>%n Lerntage bekommen weniger Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n Einheit verschiebt sich</numerusform>
            <numerusform>%n Einheiten verschieben sich</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h per week</source>
        <translation>{0} h pro Woche</translation>
    </message>
    <message>
        <source>; exam {0}</source>
        <translation>; Prüfung {0}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <source>Log time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>The module you studied</source>
        <translation>Das Modul, das Sie gelernt haben</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>The day you studied (type or pick)</source>
        <translation>Der Tag, an dem Sie gelernt haben (eingeben oder wählen)</translation>
    </message>
    <message>
        <source>Hours studied</source>
        <translation>Gelernte Stunden</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your plans…</source>
        <translation>Ihre Pläne werden geöffnet…</translation>
    </message>
    <message>
        <source>Loading progress…</source>
        <translation>Fortschritt wird geladen…</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>Kalender wird geladen…</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <source>Study timer</source>
        <translation>Lern-Timer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>{0} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>{0} rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>{0} &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>{0} wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Your plans could not be opened. Restart Study Planner to try again.</source>
        <translation>Ihre Pläne konnten nicht geöffnet werden. Starten Sie Study Planner neu, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n archived plan(s): Plan › Show Archived Plans lists them.</source>
        <translation>
            <numerusform>Sie haben %n archivierten Plan: Plan › Archivierte Pläne zeigen listet ihn auf.</numerusform>
            <numerusform>Sie haben %n archivierte Pläne: Plan › Archivierte Pläne zeigen listet sie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to the exam</source>
        <translation>
            <numerusform>%n Tag bis zur Prüfung</numerusform>
            <numerusform>%n Tage bis zur Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the exam was %n day(s) ago</source>
        <translation>
            <numerusform>die Prüfung war vor %n Tag</numerusform>
            <numerusform>die Prüfung war vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No study plan yet</source>
        <translation>Noch kein Lernplan</translation>
    </message>
    <message>
        <source>Un&amp;archive Plan</source>
        <translation>Plan aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <source>&amp;Archive Plan</source>
        <translation>Plan &amp;archivieren</translation>
    </message>
    <message>
        <source>Progress charts are on their way.</source>
        <translation>Die Fortschrittsdiagramme werden geladen.</translation>
    </message>
    <message>
        <source>forecast finish {0}</source>
        <translation>voraussichtliches Ende {0}</translation>
    </message>
    <message>
        <source>the exam is tomorrow</source>
        <translation>die Prüfung ist morgen</translation>
    </message>
    <message>
        <source>the exam is today</source>
        <translation>die Prüfung ist heute</translation>
    </message>
    <message>
        <source>{0} h to go</source>
        <translation>noch {0} h</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>The catalog browser is on its way.</source>
        <translation>Der Katalog wird geladen.</translation>
    </message>
    <message>
        <source>The new-plan wizard is coming soon. Until then, create plans with &apos;study-planner new&apos; on the command line.</source>
        <translation>Der Assistent für neue Pläne kommt bald. Bis dahin erstellen Sie Pläne mit „study-planner new“ auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Plan umbenennen</translation>
    </message>
    <message>
        <source>Duplicate as what-if</source>
        <translation>Als Was-wäre-wenn duplizieren</translation>
    </message>
    <message>
        <source>{0} (what-if)</source>
        <translation>{0} (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Archived “{0}”. Undo (Ctrl+Z) brings it back.</source>
        <translation>„{0}“ archiviert. Rückgängig (Strg+Z) holt den Plan zurück.</translation>
    </message>
    <message>
        <source>Deleted “{0}”. Backup {1} still holds it.</source>
        <translation>„{0}“ gelöscht. Die Sicherung {1} enthält den Plan noch.</translation>
    </message>
    <message>
        <source>Backup restored. Your plans as they were before are in a new backup.</source>
        <translation>Sicherung wiederhergestellt. Ihre Pläne im vorherigen Zustand liegen in einer neuen Sicherung.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Plan, schedule and track your path to a machine-learning-engineer certification.&lt;/p&gt;&lt;p&gt;Released under the {licence}.&lt;/p&gt;&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Planen, terminieren und verfolgen Sie Ihren Weg zu einer Zertifizierung als Machine-Learning-Engineer.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der {licence}.&lt;/p&gt;&lt;p&gt;Ihre Daten: {folder}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>ahead by {hours} h</source>
        <translation>{hours} h voraus</translation>
    </message>
    <message>
        <source>behind by {hours} h</source>
        <translation>{hours} h im Rückstand</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alles erledigt</translation>
    </message>
    <message>
        <source>study {hours} h/week (+{extra} h)</source>
        <translation>{hours} h/Woche lernen (+{extra} h)</translation>
    </message>
    <message>
        <source>also study on {day}, sessions as long as now ({hours} h/week)</source>
        <translation>zusätzlich am {day} lernen, Einheiten so lang wie bisher ({hours} h/Woche)</translation>
    </message>
    <message>
        <source>drop the optional {course} (−{hours} h)</source>
        <translation>den optionalen Kurs {course} weglassen (−{hours} h)</translation>
    </message>
    <message>
        <source>drop the optional courses (−{hours} h)</source>
        <translation>die optionalen Kurse weglassen (−{hours} h)</translation>
    </message>
    <message>
        <source>{hours} h of study do not fit before the exam on {exam}: needs {needed} h/week (you have {have}), or move the exam to {earliest}</source>
        <translation>{hours} h Lernen passen nicht vor die Prüfung am {exam}: nötig sind {needed} h/Woche (Sie haben {have}), oder die Prüfung auf {earliest} verschieben</translation>
    </message>
    <message>
        <source>{hours} h of study do not fit before the exam on {exam}: not even the longest study days would do; move the exam to {earliest}</source>
        <translation>{hours} h Lernen passen nicht vor die Prüfung am {exam}: selbst die längsten Lerntage reichen nicht; verschieben Sie die Prüfung auf {earliest}</translation>
    </message>
    <message>
        <source>the exam is planned for {date}, after {exam} retires on {retired}</source>
        <translation>die Prüfung ist für den {date} geplant, nachdem {exam} am {retired} eingestellt wird</translation>
    </message>
    <message>
        <source>exam preparation spans {weeks} weeks; more than 12 weeks tends to lose momentum — more hours per week would shorten it</source>
        <translation>die Prüfungsvorbereitung umfasst {weeks} Wochen; nach mehr als 12 Wochen lässt der Schwung meist nach – mehr Stunden pro Woche würden sie verkürzen</translation>
    </message>
    <message>
        <source>exam preparation spans {weeks} weeks; more than 12 weeks tends to lose momentum — consider fewer preparation weeks</source>
        <translation>die Prüfungsvorbereitung umfasst {weeks} Wochen; nach mehr als 12 Wochen lässt der Schwung meist nach – erwägen Sie weniger Vorbereitungswochen</translation>
    </message>
    <message>
        <source>{weeks} weeks stay free between your coursework and the exam preparation; an earlier exam date would use them</source>
        <translation>{weeks} Wochen bleiben zwischen Ihren Kursen und der Prüfungsvorbereitung frei; ein früherer Prüfungstermin würde sie nutzen</translation>
    </message>
    <message>
        <source>{estimated} of {items} items have estimated hours; log your hours so the forecast learns your pace</source>
        <translation>{estimated} von {items} Einheiten haben geschätzte Stunden; erfassen Sie Ihre Stunden, damit die Prognose Ihr Tempo lernt</translation>
    </message>
    <message>
        <source>keeping the exam on {date} needs {needed} h/week, more than the {have} h/week you said you can sustain</source>
        <translation>den Prüfungstermin am {date} zu halten braucht {needed} h/Woche, mehr als die {have} h/Woche, die Sie sich vorgenommen haben</translation>
    </message>
    <message>
        <source>Not yet: no attempts recorded; sit a practice test and record its score</source>
        <translation>Noch nicht: keine Versuche erfasst; legen Sie einen Übungstest ab und erfassen Sie das Ergebnis</translation>
    </message>
    <message>
        <source>Ready to book: last two attempts at or above {target} in every domain</source>
        <translation>Bereit zur Buchung: die letzten zwei Versuche in jedem Bereich bei {target} oder darüber</translation>
    </message>
    <message>
        <source>Not yet: {domain} at {score} against {target}</source>
        <translation>Noch nicht: {domain} bei {score} statt {target}</translation>
    </message>
    <message>
        <source>Not yet: one attempt at or above {target}; the rule asks for the last two in every domain</source>
        <translation>Noch nicht: ein Versuch bei {target} oder darüber; die Regel verlangt die letzten zwei in jedem Bereich</translation>
    </message>
    <message>
        <source>Not yet: {domain} at {score} against {target} on {date}</source>
        <translation>Noch nicht: {domain} bei {score} statt {target} am {date}</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>{score} against {target}</source>
        <translation>{score} statt {target}</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <source>{domain} keeps {hours} h: {score}</source>
        <translation>{domain} behält {hours} h: {score}</translation>
    </message>
    <message>
        <source>{domain} gets {hours} h more: {score}</source>
        <translation>{domain} erhält {hours} h mehr: {score}</translation>
    </message>
    <message>
        <source>{domain} gets {hours} h less: {score}</source>
        <translation>{domain} erhält {hours} h weniger: {score}</translation>
    </message>
    <message>
        <source>Exam #{id}: {day}{time}, {how}{confirmation}{outcome}</source>
        <translation>Prüfung Nr. {id}: {day}{time}, {how}{confirmation}{outcome}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at a test centre</source>
        <translation>in einem Testzentrum</translation>
    </message>
    <message>
        <source> (confirmation {code})</source>
        <translation> (Bestätigung {code})</translation>
    </message>
    <message>
        <source> — {result}</source>
        <translation> — {result}</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source> · free to reschedule or cancel until {day} {time}</source>
        <translation> · kostenlos verschieben oder stornieren bis {day} {time}</translation>
    </message>
    <message>
        <source>Certified until {day}{recertify}</source>
        <translation>Zertifiziert bis {day}{recertify}</translation>
    </message>
    <message>
        <source> · recertify from {day}</source>
        <translation> · Rezertifizierung ab {day}</translation>
    </message>
    <message>
        <source>(vendor rules as of {day})</source>
        <translation>(Regeln des Anbieters, Stand {day})</translation>
    </message>
    <message>
        <source>No retake is allowed now: {sittings} sittings in {span} is the most the vendor allows; the next attempt is possible from {day}</source>
        <translation>Jetzt ist keine Wiederholung erlaubt: {sittings} Prüfungstermine in {span} sind das Höchste, was der Anbieter zulässt; der nächste Versuch ist ab {day} möglich</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monaten</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} Jahren</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tagen</translation>
    </message>
    <message>
        <source>Earliest retake: {day} ({wait}){limit}</source>
        <translation>Frühestmögliche Wiederholung: {day} ({wait}){limit}</translation>
    </message>
    <message>
        <source>24 hours after {nth}</source>
        <translation>24 Stunden nach {nth}</translation>
    </message>
    <message>
        <source>{days} days after {nth}</source>
        <translation>{days} Tage nach {nth}</translation>
    </message>
    <message>
        <source>the failure</source>
        <translation>dem Nichtbestehen</translation>
    </message>
    <message>
        <source>failure number {n}</source>
        <translation>dem {n}. Nichtbestehen</translation>
    </message>
    <message>
        <source>; no limit on attempts</source>
        <translation>; keine Begrenzung der Versuche</translation>
    </message>
    <message>
        <source>; attempt {n} of at most {max} in {days} days</source>
        <translation>; Versuch {n} von höchstens {max} in {days} Tagen</translation>
    </message>
    <message>
        <source>earliest retake: {day} ({wait}){limit}</source>
        <translation>frühestmögliche Wiederholung: {day} ({wait}){limit}</translation>
    </message>
    <message>
        <source>no retake is allowed now: {sittings} sittings in {span} is the most the vendor allows; the next attempt is possible from {day}</source>
        <translation>jetzt ist keine Wiederholung erlaubt: {sittings} Prüfungstermine in {span} sind das Höchste, was der Anbieter zulässt; der nächste Versuch ist ab {day} möglich</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>Exam date: {old} → {new}.</source>
        <translation>Prüfungstermin: {old} → {new}.</translation>
    </message>
    <message>
        <source>No study day is left before the retake: only the exam date moves.</source>
        <translation>Vor der Wiederholung bleibt kein Lerntag: Nur der Prüfungstermin verschiebt sich.</translation>
    </message>
    <message>
        <source>Weighted by your score report and practice attempts:</source>
        <translation>Gewichtet nach Ihrem Ergebnisbericht und Ihren Übungsversuchen:</translation>
    </message>
    <message>
        <source>  {reason}</source>
        <translation>  {reason}</translation>
    </message>
    <message>
        <source>Hours follow the exam&apos;s domain weights: no score shows a domain below its target (record the score report&apos;s domains as an attempt to steer them).</source>
        <translation>Die Stunden folgen der Gewichtung der Prüfungsbereiche: Kein Ergebnis zeigt einen Bereich unter seinem Ziel (tragen Sie die Bereiche des Ergebnisberichts als Versuch ein, um die Stunden danach zu lenken).</translation>
    </message>
    <message>
        <source>There is no failed sitting to retake: record the exam&apos;s result first (&apos;study-planner exam result fail&apos;).</source>
        <translation>Es gibt keinen nicht bestandenen Prüfungstermin zu wiederholen: Tragen Sie zuerst das Ergebnis der Prüfung ein (&apos;study-planner exam result fail&apos;).</translation>
    </message>
    <message>
        <source>The catalog has no retake rules for this exam; give the retake day yourself (--date).</source>
        <translation>Der Katalog kennt für diese Prüfung keine Wiederholungsregeln; geben Sie den Tag der Wiederholung selbst an (--date).</translation>
    </message>
    <message>
        <source>{day} is too early: {reason}.</source>
        <translation>{day} ist zu früh: {reason}.</translation>
    </message>
    <message>
        <source>The retake day {day} has to be after today.</source>
        <translation>Der Tag der Wiederholung ({day}) muss nach heute liegen.</translation>
    </message>
    <message>
        <source>Re-planned for the retake, the plan does not fit: {reason}. Nothing was changed; choose a later day.</source>
        <translation>Für die Wiederholung neu geplant, passt der Plan nicht: {reason}. Nichts wurde geändert; wählen Sie einen späteren Tag.</translation>
    </message>
    <message>
        <source>No exam domain is left to study; there is nothing to re-weight.</source>
        <translation>Es ist kein Prüfungsbereich mehr zu lernen; es gibt nichts neu zu gewichten.</translation>
    </message>
    <message>
        <source>{sentence}; re-weighting would move no hours (it needs an attempt that shows a domain below its target).</source>
        <translation>{sentence}; eine neue Gewichtung würde keine Stunden verschieben (dazu braucht es einen Versuch, der einen Bereich unter seinem Ziel zeigt).</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>retired, last day {day}</source>
        <translation>ausgemustert, letzter Tag {day}</translation>
    </message>
    <message>
        <source>not offered yet</source>
        <translation>noch nicht angeboten</translation>
    </message>
    <message>
        <source>not offered yet (from {day})</source>
        <translation>noch nicht angeboten (ab {day})</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>beta until {day}</source>
        <translation>Beta bis {day}</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>available, last day {day}</source>
        <translation>verfügbar, letzter Tag {day}</translation>
    </message>
    <message>
        <source>{status}, in {language}</source>
        <translation>{status}, auf {language}</translation>
    </message>
    <message>
        <source>{day} {what}{successor}</source>
        <translation>{day} {what}{successor}</translation>
    </message>
    <message>
        <source>last day{scope}</source>
        <translation>letzter Tag{scope}</translation>
    </message>
    <message>
        <source>beta{scope}</source>
        <translation>Beta{scope}</translation>
    </message>
    <message>
        <source>generally available{scope}</source>
        <translation>allgemein verfügbar{scope}</translation>
    </message>
    <message>
        <source> ({languages})</source>
        <translation> ({languages})</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>The catalog&apos;s facts were last checked on {day}, {days} days ago; exam dates, prices and courses may have changed — update it with &apos;study-planner catalog update FILE-OR-URL&apos; or File › Update Catalog….</source>
        <translation>Die Angaben des Katalogs wurden zuletzt am {day} geprüft, vor {days} Tagen; Prüfungstermine, Preise und Kurse können sich geändert haben — aktualisieren Sie ihn mit &apos;study-planner catalog update DATEI-ODER-URL&apos; oder über Datei › Katalog aktualisieren….</translation>
    </message>
    <message>
        <source>The catalog&apos;s facts have no check date; exam dates, prices and courses may have changed — update it with &apos;study-planner catalog update FILE-OR-URL&apos; or File › Update Catalog….</source>
        <translation>Für die Angaben des Katalogs ist kein Prüfdatum bekannt; Prüfungstermine, Preise und Kurse können sich geändert haben — aktualisieren Sie ihn mit &apos;study-planner catalog update DATEI-ODER-URL&apos; oder über Datei › Katalog aktualisieren….</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Vereinfachtes Chinesisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>The catalog no longer lists the exam {exam}.</source>
        <translation>Der Katalog führt die Prüfung {exam} nicht mehr.</translation>
    </message>
    <message>
        <source>{name} ({code}) cannot be sat in {language} {on}{last}.{successor}</source>
        <translation>{name} ({code}) kann {on} nicht auf {language} abgelegt werden{last}.{successor}</translation>
    </message>
    <message>
        <source>on the exam date {date}</source>
        <translation>am Prüfungstermin {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source> (last day {day})</source>
        <translation> (letzter Tag {day})</translation>
    </message>
    <message>
        <source> Its successor is {name} ({code}).</source>
        <translation> Die Nachfolgeprüfung ist {name} ({code}).</translation>
    </message>
    <message>
        <source>{code} now has a successor, {name} ({successor}).</source>
        <translation>{code} hat jetzt eine Nachfolgeprüfung: {name} ({successor}).</translation>
    </message>
    <message>
        <source>The domain weights of {code} changed: {what}.</source>
        <translation>Die Gewichtung der Bereiche von {code} hat sich geändert: {what}.</translation>
    </message>
    <message>
        <source>the list of domains changed</source>
        <translation>die Liste der Bereiche hat sich geändert</translation>
    </message>
    <message>
        <source>This plan was made before Study Planner kept what a plan is made from; what it was made from was read from its items (exam sat in {language} assumed).</source>
        <translation>Dieser Plan entstand, bevor Study Planner festhielt, woraus ein Plan gemacht ist; seine Grundlagen wurden aus seinen Einträgen gelesen (angenommen: Prüfung auf {language}).</translation>
    </message>
    <message>
        <source>{course} now takes {hours} h (planned with {planned} h).</source>
        <translation>{course} dauert jetzt {hours} h (geplant mit {planned} h).</translation>
    </message>
    <message>
        <source>{name} {old}% → {new}%</source>
        <translation>{name} {old} % → {new} %</translation>
    </message>
    <message>
        <source>Exams: {parts}</source>
        <translation>Prüfungen: {parts}</translation>
    </message>
    <message>
        <source>Courses: {parts}</source>
        <translation>Kurse: {parts}</translation>
    </message>
    <message>
        <source>Paths: {parts}</source>
        <translation>Lernpfade: {parts}</translation>
    </message>
    <message>
        <source>added {label}</source>
        <translation>hinzugefügt {label}</translation>
    </message>
    <message>
        <source>retired {label}</source>
        <translation>ausgemustert {label}</translation>
    </message>
    <message>
        <source>changed {label}</source>
        <translation>geändert {label}</translation>
    </message>
    <message>
        <source>removed {label}</source>
        <translation>entfernt {label}</translation>
    </message>
    <message>
        <source>{entry} ({details})</source>
        <translation>{entry} ({details})</translation>
    </message>
    <message>
        <source>No exams, courses or paths changed.</source>
        <translation>Keine Prüfungen, Kurse oder Lernpfade geändert.</translation>
    </message>
    <message>
        <source>price USD {old} → {new}</source>
        <translation>Preis (USD) {old} → {new}</translation>
    </message>
    <message>
        <source>hours {old} → {new}</source>
        <translation>Stunden {old} → {new}</translation>
    </message>
    <message>
        <source>last day {day}{languages}{successor}</source>
        <translation>letzter Tag {day}{languages}{successor}</translation>
    </message>
    <message>
        <source> in {languages}</source>
        <translation> auf {languages}</translation>
    </message>
    <message>
        <source>, successor {id}</source>
        <translation>, Nachfolger {id}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>exam code</source>
        <translation>Prüfungscode</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>passing score</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>domain weights</source>
        <translation>Gewichtung der Themenbereiche</translation>
    </message>
    <message>
        <source>status timeline</source>
        <translation>Zeitplan des Status</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>preparation hours</source>
        <translation>Vorbereitungsstunden</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>disputed figures</source>
        <translation>umstrittene Angaben</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>default cloud</source>
        <translation>Standard-Cloud</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>IANA {version} ({where})</source>
        <translation>IANA {version} ({where})</translation>
    </message>
    <message>
        <source>the system&apos;s zone database</source>
        <translation>Zeitzonendatenbank des Systems</translation>
    </message>
    <message>
        <source>the tzdata package</source>
        <translation>Paket tzdata</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>There is no plans file at {path} yet.</source>
        <translation>Unter {path} gibt es noch keine Plandatei.</translation>
    </message>
    <message>
        <source>{path} is damaged: {detail}.</source>
        <translation>{path} ist beschädigt: {detail}.</translation>
    </message>
    <message>
        <source>{path} is busy (another program holds it); try again in a moment.</source>
        <translation>{path} ist belegt (ein anderes Programm hält sie geöffnet); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Study Planner (schema {version}).</source>
        <translation>{path} wurde von einem neueren Study Planner geschrieben (Schema {version}).</translation>
    </message>
    <message>
        <source>{path} cannot be checked: {detail}.</source>
        <translation>{path} lässt sich nicht prüfen: {detail}.</translation>
    </message>
    <message>
        <source>integrity: {what}</source>
        <translation>Integrität: {what}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>Fremdschlüssel: {table}, Zeile {row}, verweist auf eine fehlende Zeile in {parent}</translation>
    </message>
    <message>
        <source>schema: {what}</source>
        <translation>Schema: {what}</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>die Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>the column {column} is missing</source>
        <translation>die Spalte {column} fehlt</translation>
    </message>
    <message>
        <source>the column {column} is there although the file says schema {version}</source>
        <translation>die Spalte {column} ist vorhanden, obwohl die Datei Schema {version} angibt</translation>
    </message>
    <message>
        <source>the index {index} is missing</source>
        <translation>der Index {index} fehlt</translation>
    </message>
    <message>
        <source>{table} row {row}: {column} {why}</source>
        <translation>{table}, Zeile {row}: {column} {why}</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>ist weder ja noch nein</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not valid text</source>
        <translation>ist kein gültiger Text</translation>
    </message>
    <message>
        <source>holds an unknown kind</source>
        <translation>enthält eine unbekannte Art</translation>
    </message>
    <message>
        <source>is not a time zone this computer knows</source>
        <translation>ist keine Zeitzone, die dieser Computer kennt</translation>
    </message>
    <message>
        <source>holds an unknown weekday</source>
        <translation>enthält einen unbekannten Wochentag</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Study session</source>
        <translation>Lerneinheit</translation>
    </message>
    <message>
        <source>{first} + {n} more</source>
        <translation>{first} + {n} weitere</translation>
    </message>
    <message>
        <source>Done: every module of this session is ticked off.</source>
        <translation>Erledigt: Jedes Modul dieser Lerneinheit ist abgehakt.</translation>
    </message>
    <message>
        <source>{mark} {label} · {hours} (done)</source>
        <translation>{mark} {label} · {hours} (erledigt)</translation>
    </message>
    <message>
        <source>Course page: {url}</source>
        <translation>Kursseite: {url}</translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation>Plan: {name}</translation>
    </message>
    <message>
        <source>The exam your plan leads to.</source>
        <translation>Die Prüfung, auf die Ihr Plan hinführt.</translation>
    </message>
    <message>
        <source>A milestone of your plan.</source>
        <translation>Ein Meilenstein Ihres Plans.</translation>
    </message>
    <message>
        <source>Removed from the study plan.</source>
        <translation>Aus dem Lernplan entfernt.</translation>
    </message>
    <message>
        <source>{title} in one week</source>
        <translation>{title} in einer Woche</translation>
    </message>
    <message>
        <source>{title} tomorrow</source>
        <translation>{title} morgen</translation>
    </message>
    <message>
        <source>{title} · about {hours} h of study.</source>
        <translation>{title} · etwa {hours} h Lernzeit.</translation>
    </message>
    <message>
        <source>Plan: {name}. Ticking it off here ticks it off in Study Planner.</source>
        <translation>Plan: {name}. Wenn Sie es hier abhaken, wird es auch in Study Planner abgehakt.</translation>
    </message>
    <message numerus="yes">
        <source>Renewed preparation: {hours} h over %n domain(s) before the retake.</source>
        <translation>
            <numerusform>Erneute Vorbereitung: {hours} h in %n Bereich vor der Wiederholung.</numerusform>
            <numerusform>Erneute Vorbereitung: {hours} h in %n Bereichen vor der Wiederholung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to {name} ({code}): re-plans the exam block with its domains and keeps done work (&apos;study-planner switch-exam --to {id}&apos;); or keep as is (&apos;study-planner keep-as-is&apos;).</source>
        <translation>Zu {name} ({code}) wechseln: plant den Prüfungsblock mit deren Bereichen neu, Erledigtes bleibt (&apos;study-planner switch-exam --to {id}&apos;); oder so lassen (&apos;study-planner keep-as-is&apos;).</translation>
    </message>
    <message>
        <source>Switch to {code}…</source>
        <translation>Zu {code} wechseln…</translation>
    </message>
    <message>
        <source>Re-plan the exam block with the new weights, keeping done work (&apos;study-planner switch-exam --to {id}&apos;); or keep as is (&apos;study-planner keep-as-is&apos;).</source>
        <translation>Den Prüfungsblock mit den neuen Gewichten neu planen, Erledigtes bleibt (&apos;study-planner switch-exam --to {id}&apos;); oder so lassen (&apos;study-planner keep-as-is&apos;).</translation>
    </message>
    <message>
        <source>Re-plan with the new weights…</source>
        <translation>Mit den neuen Gewichten neu planen…</translation>
    </message>
    <message>
        <source>Set the course&apos;s modules to the new hours (&apos;study-planner estimate KEY HOURS&apos;, then &apos;study-planner rebalance&apos;); or keep as is (&apos;study-planner keep-as-is&apos;).</source>
        <translation>Die Module des Kurses auf die neuen Stunden setzen (&apos;study-planner estimate KEY HOURS&apos;, dann &apos;study-planner rebalance&apos;); oder so lassen (&apos;study-planner keep-as-is&apos;).</translation>
    </message>
    <message>
        <source>Switch the plan to another exam (&apos;study-planner switch-exam --to ID&apos;; &apos;study-planner catalog&apos; lists them), or keep as is (&apos;study-planner keep-as-is&apos;).</source>
        <translation>Den Plan auf eine andere Prüfung umstellen (&apos;study-planner switch-exam --to ID&apos;; &apos;study-planner catalog&apos; listet sie auf) oder so lassen (&apos;study-planner keep-as-is&apos;).</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what}: {old} → {new}</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>study days</source>
        <translation>Lerntage</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>Beginn der Lerneinheiten</translation>
    </message>
    <message>
        <source>longest session</source>
        <translation>längste Lerneinheit</translation>
    </message>
    <message>
        <source>days off</source>
        <translation>freie Tage</translation>
    </message>
    <message>
        <source>exam date</source>
        <translation>Prüfungstermin</translation>
    </message>
    <message>
        <source>preparation weeks</source>
        <translation>Vorbereitungswochen</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>spaced review</source>
        <translation>verteilte Wiederholung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{percent} % of the weekly hours</source>
        <translation>{percent} % der Wochenstunden</translation>
    </message>
    <message>
        <source>courses: new order {steps}</source>
        <translation>Kurse: neue Reihenfolge {steps}</translation>
    </message>
    <message>
        <source>courses added: {steps}</source>
        <translation>Kurse hinzugefügt: {steps}</translation>
    </message>
    <message>
        <source>courses dropped: {steps}</source>
        <translation>Kurse entfernt: {steps}</translation>
    </message>
    <message>
        <source>mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>{first},{rest}</source>
        <translation>{first},{rest}</translation>
    </message>
    <message>
        <source>Tick “{title}”</source>
        <translation>„{title}“ abhaken</translation>
    </message>
    <message>
        <source>Untick “{title}”</source>
        <translation>Haken bei „{title}“ entfernen</translation>
    </message>
    <message>
        <source>Log {hours} h on “{title}”</source>
        <translation>{hours} h für „{title}“ erfassen</translation>
    </message>
    <message>
        <source>Set “{title}” to {hours} h</source>
        <translation>„{title}“ auf {hours} h setzen</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <source>Resize “{title}”</source>
        <translation>Länge von „{title}“ ändern</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>„{title}“ umbenennen</translation>
    </message>
    <message>
        <source>Archive “{title}”</source>
        <translation>„{title}“ archivieren</translation>
    </message>
    <message>
        <source>Unarchive “{title}”</source>
        <translation>„{title}“ aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>„{title}“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>„{title}“ so belassen</translation>
    </message>
    <message>
        <source>Import busy days</source>
        <translation>Belegte Tage importieren</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>„{title}“ anlegen</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Re-plan keeping the exam</source>
        <translation>Neu planen, Prüfungstermin beibehalten</translation>
    </message>
    <message>
        <source>Re-plan keeping the hours</source>
        <translation>Neu planen, Wochenstunden beibehalten</translation>
    </message>
    <message>
        <source>Re-plan toward weak domains</source>
        <translation>Auf schwache Bereiche hin neu planen</translation>
    </message>
    <message>
        <source>Re-plan for the retake on {day}</source>
        <translation>Für die Wiederholungsprüfung am {day} neu planen</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>Change days off</source>
        <translation>Freie Tage ändern</translation>
    </message>
    <message>
        <source>Switch “{title}” to {code}</source>
        <translation>„{title}“ auf {code} umstellen</translation>
    </message>
    <message>
        <source>Update “{title}” to the new {code} domains</source>
        <translation>„{title}“ auf die neuen Bereiche von {code} umstellen</translation>
    </message>
    <message>
        <source>Record attempt of {day}{score}</source>
        <translation>Versuch vom {day}{score} erfassen</translation>
    </message>
    <message>
        <source>Edit attempt of {day}{score}</source>
        <translation>Versuch vom {day}{score} bearbeiten</translation>
    </message>
    <message>
        <source>Delete attempt of {day}{score}</source>
        <translation>Versuch vom {day}{score} löschen</translation>
    </message>
    <message>
        <source> ({score} %)</source>
        <translation> ({score} %)</translation>
    </message>
    <message>
        <source>Import {n} attempts</source>
        <translation>{n} Versuche importieren</translation>
    </message>
    <message>
        <source>Set the readiness target</source>
        <translation>Bereitschaftsziel festlegen</translation>
    </message>
    <message>
        <source>Set the readiness target: margin {margin} points</source>
        <translation>Bereitschaftsziel festlegen: Abstand {margin} Punkte</translation>
    </message>
    <message>
        <source>Set the readiness target: pass mark {mark} %</source>
        <translation>Bereitschaftsziel festlegen: Bestehensgrenze {mark} %</translation>
    </message>
    <message>
        <source>Set the readiness target: margin {margin} points, pass mark {mark} %</source>
        <translation>Bereitschaftsziel festlegen: Abstand {margin} Punkte, Bestehensgrenze {mark} %</translation>
    </message>
    <message>
        <source>Book the exam on {day}</source>
        <translation>Prüfung am {day} buchen</translation>
    </message>
    <message>
        <source>Record the exam result: {result}</source>
        <translation>Prüfungsergebnis erfassen: {result}</translation>
    </message>
    <message>
        <source>Record the exam result: {result} and its score report</source>
        <translation>Prüfungsergebnis erfassen: {result}, mit Ergebnisbericht</translation>
    </message>
    <message>
        <source>{exam} preparation</source>
        <translation>Vorbereitung auf {exam}</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Abschließende Wiederholung</translation>
    </message>
    <message>
        <source>Diagnostic practice test</source>
        <translation>Diagnostischer Übungstest</translation>
    </message>
    <message>
        <source>Practice exam {n}</source>
        <translation>Probeprüfung {n}</translation>
    </message>
    <message>
        <source>{exam}: official exam guide</source>
        <translation>{exam}: offizieller Prüfungsleitfaden</translation>
    </message>
    <message>
        <source>Review — {what}</source>
        <translation>Wiederholung — {what}</translation>
    </message>
    <message>
        <source>Spaced review</source>
        <translation>Verteilte Wiederholung</translation>
    </message>
    <message>
        <source>Spaced review ({percent} % of the weekly hours)</source>
        <translation>Verteilte Wiederholung ({percent} % der Wochenstunden)</translation>
    </message>
    <message>
        <source>{group} starts</source>
        <translation>{group} beginnt</translation>
    </message>
    <message>
        <source>{group} done</source>
        <translation>{group} abgeschlossen</translation>
    </message>
    <message>
        <source>Exam: {exam}</source>
        <translation>Prüfung: {exam}</translation>
    </message>
    <message>
        <source>the certification</source>
        <translation>die Zertifizierung</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Exam booked: {exam}, {how}{outcome}</source>
        <translation>Prüfung gebucht: {exam}, {how}{outcome}</translation>
    </message>
    <message>
        <source>Earliest retake: {exam}</source>
        <translation>Frühestmögliche Wiederholung: {exam}</translation>
    </message>
    <message>
        <source>Recertification window opens: {exam}</source>
        <translation>Beginn des Rezertifizierungszeitraums: {exam}</translation>
    </message>
    <message>
        <source>{exam} expires</source>
        <translation>{exam} läuft ab</translation>
    </message>
    <message>
        <source>{code}{scope} was retired {when}</source>
        <translation>{code}{scope} wurde {when} ausgemustert</translation>
    </message>
    <message>
        <source> in {language}</source>
        <translation> auf {language}</translation>
    </message>
    <message>
        <source>Something went wrong inside Study Planner ({what}); nothing was saved.{where}</source>
        <translation>In Study Planner ist ein interner Fehler aufgetreten ({what}); es wurde nichts gespeichert.{where}</translation>
    </message>
    <message>
        <source> Details are in {path}.</source>
        <translation> Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Your plans file {path} is being created by another Study Planner right now; try again in a moment. Nothing was changed.</source>
        <translation>Ihre Plandatei {path} wird gerade von einem anderen Study Planner angelegt; versuchen Sie es gleich noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your plans file {path} cannot be opened: permission denied ({detail}). Check the permissions of the file and its folder; nothing was changed.</source>
        <translation>Ihre Plandatei {path} lässt sich nicht öffnen: Zugriff verweigert ({detail}). Prüfen Sie die Berechtigungen der Datei und ihres Ordners; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is {detail}, not a plans file, so Study Planner does not open it. Move it out of the data folder; nothing was changed.</source>
        <translation>{path} ist {detail}, keine Plandatei, daher öffnet Study Planner es nicht. Verschieben Sie es aus dem Datenordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your plans file {path} cannot be used: {detail} where SQLite keeps its journal. Move or rename it; your plans file was not changed.</source>
        <translation>Ihre Plandatei {path} kann nicht verwendet werden: {detail}, wo SQLite sein Journal ablegt. Verschieben oder benennen Sie es um; Ihre Plandatei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your plans file {path} cannot be read right now ({detail}); nothing was changed. Try again; &apos;study-planner check&apos; checks the file.</source>
        <translation>Ihre Plandatei {path} lässt sich gerade nicht lesen ({detail}); es wurde nichts geändert. Versuchen Sie es erneut; &apos;study-planner check&apos; prüft die Datei.</translation>
    </message>
    <message>
        <source>Your plans file {path} is busy: another program holds it. Try again in a moment; nothing was changed.</source>
        <translation>Ihre Plandatei {path} ist belegt: Ein anderes Programm hält sie geöffnet. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Study Planner (schema {version}; this version reads up to {max}). Update Study Planner to open it; the file was not changed.</source>
        <translation>{path} wurde von einem neueren Study Planner geschrieben (Schema {version}; diese Version liest bis {max}). Aktualisieren Sie Study Planner, um sie zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your plans file {path} is damaged: {detail}.{where}</source>
        <translation>Ihre Plandatei {path} ist beschädigt: {detail}.{where}</translation>
    </message>
    <message>
        <source> It was moved aside to {name}; nothing was deleted.</source>
        <translation> Sie wurde als {name} beiseitegelegt; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your plans file {path} looks damaged: {detail}. Study Planner is open with this folder elsewhere; close it, then try again.</source>
        <translation>Ihre Plandatei {path} scheint beschädigt zu sein: {detail}. Study Planner ist an anderer Stelle mit diesem Ordner geöffnet; schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The newest good backup is {id}; restore it with &apos;study-planner restore {id}&apos;.</source>
        <translation>Die neueste intakte Sicherung ist {id}; stellen Sie sie mit &apos;study-planner restore {id}&apos; wieder her.</translation>
    </message>
    <message>
        <source>There is no backup to restore; a new, empty plans file will be started.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen; eine neue, leere Plandatei wird angelegt.</translation>
    </message>
    <message>
        <source>it is empty (0 bytes) although it should hold your plans</source>
        <translation>sie ist leer (0 Byte), obwohl sie Ihre Pläne enthalten sollte</translation>
    </message>
    <message>
        <source>it is not a SQLite database (its header is wrong)</source>
        <translation>sie ist keine SQLite-Datenbank (ihr Kopf ist falsch)</translation>
    </message>
    <message>
        <source>SQLite cannot read its structure (damaged names)</source>
        <translation>SQLite kann ihre Struktur nicht lesen (beschädigte Namen)</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application</source>
        <translation>sie ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <source>another Study Planner is writing it right now</source>
        <translation>ein anderer Study Planner schreibt gerade hinein</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed ({what})</source>
        <translation>die Integritätsprüfung von SQLite ist fehlgeschlagen ({what})</translation>
    </message>
    <message>
        <source>its schema number reads {number}</source>
        <translation>ihre Schemanummer lautet {number}</translation>
    </message>
    <message>
        <source>SQLite cannot read it ({what})</source>
        <translation>SQLite kann sie nicht lesen ({what})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{name} is {kind}</source>
        <translation>{name} ist {kind}</translation>
    </message>
    <message>
        <source>Your disk is full; nothing was saved. Free some space and try again (your plans are as they were).</source>
        <translation>Ihr Datenträger ist voll; es wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut (Ihre Pläne sind unverändert).</translation>
    </message>
    <message>
        <source>Your plans file {path} cannot be written (the folder or disk is read-only); nothing was saved.</source>
        <translation>In Ihre Plandatei {path} kann nicht geschrieben werden (der Ordner oder Datenträger ist schreibgeschützt); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your plans file is busy in another program; nothing was saved. Try again.</source>
        <translation>Ihre Plandatei ist in einem anderen Programm belegt; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {path}; nothing was saved.</source>
        <translation>Der Datenträger hat beim Speichern in {path} einen Fehler gemeldet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your plans file {path} could not be used ({reason}); nothing was saved.</source>
        <translation>Ihre Plandatei {path} konnte nicht verwendet werden ({reason}); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A value stored in your plans file {path} cannot be read ({reason}); &apos;study-planner check&apos; lists what is wrong.</source>
        <translation>Ein in Ihrer Plandatei {path} gespeicherter Wert lässt sich nicht lesen ({reason}); &apos;study-planner check&apos; listet auf, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Another study-planner command ({who}) is still changing your plans after {seconds} s; nothing was changed. Try again when it has finished.</source>
        <translation>Ein anderer study-planner-Befehl ({who}) ändert Ihre Pläne nach {seconds} s noch immer; es wurde nichts geändert. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The Study Planner app is already running with this data folder ({who}); make the change there, or close the app and run the command again. Nothing was changed.</source>
        <translation>Die Study-Planner-App läuft bereits mit diesem Datenordner ({who}); nehmen Sie die Änderung dort vor oder schließen Sie die App und führen Sie den Befehl erneut aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Study Planner is already running with this data folder ({who}); close it, or use it there. Nothing was changed.</source>
        <translation>Study Planner läuft bereits mit diesem Datenordner ({who}); schließen Sie es oder arbeiten Sie dort weiter. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Study Planner is already running with this data folder; close it, or use it there. Nothing was changed.</source>
        <translation>Study Planner läuft bereits mit diesem Datenordner; schließen Sie es oder arbeiten Sie dort weiter. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: no plans file exists.</source>
        <translation>Es gibt noch nichts zu sichern: Es existiert keine Plandatei.</translation>
    </message>
    <message>
        <source>Could not write a backup: {folder} is not a folder.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder}: {reason}.</source>
        <translation>Die Sicherung konnte nicht in {folder} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The backup copy failed its check; the plans file was not changed.</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden; die Plandatei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Give the backup&apos;s name; &apos;study-planner backups&apos; lists them.</source>
        <translation>Geben Sie den Namen der Sicherung an; &apos;study-planner backups&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>No backup called &apos;{name}&apos;. &apos;study-planner backups&apos; lists them.</source>
        <translation>Es gibt keine Sicherung namens &apos;{name}&apos;. &apos;study-planner backups&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches {n} backups; give more of its name.</source>
        <translation>&apos;{name}&apos; passt zu {n} Sicherungen; geben Sie mehr von ihrem Namen an.</translation>
    </message>
    <message>
        <source>Backup {id} is damaged and cannot be restored.</source>
        <translation>Die Sicherung {id} ist beschädigt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Could not restore {id}: {reason}.</source>
        <translation>{id} konnte nicht wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>at start-up</source>
        <translation>beim Start</translation>
    </message>
    <message>
        <source>before deleting a plan</source>
        <translation>vor dem Löschen eines Plans</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before a re-plan</source>
        <translation>vor einer Neuplanung</translation>
    </message>
    <message>
        <source>before changing days off</source>
        <translation>vor dem Ändern freier Tage</translation>
    </message>
    <message>
        <source>before importing busy days</source>
        <translation>vor dem Import belegter Tage</translation>
    </message>
    <message>
        <source>before editing a plan</source>
        <translation>vor dem Bearbeiten eines Plans</translation>
    </message>
    <message>
        <source>before switching the exam</source>
        <translation>vor dem Wechsel der Prüfung</translation>
    </message>
    <message>
        <source>before steering toward weak domains</source>
        <translation>vor dem Umsteuern auf schwache Bereiche</translation>
    </message>
    <message>
        <source>before planning a retake</source>
        <translation>vor dem Planen einer Wiederholung</translation>
    </message>
    <message>
        <source>before the upgrade from version {version}</source>
        <translation>vor dem Upgrade von Version {version}</translation>
    </message>
    <message>
        <source>{entry}, field &apos;{field}&apos;</source>
        <translation>{entry}, Feld &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>Feld &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>is not a .toml or .json catalog file; skipped</source>
        <translation>ist keine .toml- oder .json-Katalogdatei; übersprungen</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>is too large for a catalog (over {mb} MB)</source>
        <translation>ist zu groß für einen Katalog (über {mb} MB)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>nests tables or lists too deep to read</source>
        <translation>verschachtelt Tabellen oder Listen zu tief, um gelesen zu werden</translation>
    </message>
    <message>
        <source>is not valid TOML: {reason}</source>
        <translation>ist kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>is not valid JSON: {reason}</source>
        <translation>ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>holds a number too long to read</source>
        <translation>enthält eine Zahl, die zu lang zum Lesen ist</translation>
    </message>
    <message>
        <source>should hold a table (object) at the top level</source>
        <translation>sollte auf oberster Ebene eine Tabelle (ein Objekt) enthalten</translation>
    </message>
    <message>
        <source>id is already used by another {kind} in {file}</source>
        <translation>die ID wird bereits von einem anderen Eintrag ({kind}) in {file} verwendet</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>exam prep</source>
        <translation>Prüfungsvorbereitung</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>the installed catalog update has errors; using the built-in catalog (&apos;study-planner catalog rollback&apos; removes it)</source>
        <translation>das installierte Katalog-Update hat Fehler; der eingebaute Katalog wird verwendet (&apos;study-planner catalog rollback&apos; entfernt es)</translation>
    </message>
    <message>
        <source>The built-in catalog in {folder} is empty.</source>
        <translation>Der eingebaute Katalog in {folder} ist leer.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>should be text, not {kind}</source>
        <translation>sollte Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;{value}&apos; darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>should be a number, not {kind}</source>
        <translation>sollte eine Zahl sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is far too large</source>
        <translation>ist viel zu groß</translation>
    </message>
    <message>
        <source>should be a finite number (got {value})</source>
        <translation>sollte eine endliche Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>should be a whole number (got {value})</source>
        <translation>sollte eine ganze Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be more than {limit} (got {value})</source>
        <translation>muss größer als {limit} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be at least {limit} (got {value})</source>
        <translation>muss mindestens {limit} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be at most {limit} (got {value})</source>
        <translation>darf höchstens {limit} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>should be true or false, not {kind}</source>
        <translation>sollte true oder false sein, nicht {kind}</translation>
    </message>
    <message>
        <source>should be a date without a time, like 2026-11-26</source>
        <translation>sollte ein Datum ohne Uhrzeit sein, etwa 2026-11-26</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;{value}&apos; ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>&apos;{value}&apos; ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>should be a date like 2026-11-26, not {kind}</source>
        <translation>sollte ein Datum wie 2026-11-26 sein, nicht {kind}</translation>
    </message>
    <message>
        <source>should be a list of text</source>
        <translation>sollte eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>&apos;{value}&apos; ist keiner der Werte: {allowed}</translation>
    </message>
    <message>
        <source>should be a list of tables</source>
        <translation>sollte eine Liste von Tabellen sein</translation>
    </message>
    <message>
        <source>should be a table</source>
        <translation>sollte eine Tabelle sein</translation>
    </message>
    <message>
        <source>is not a known field (ignored)</source>
        <translation>ist kein bekanntes Feld (ignoriert)</translation>
    </message>
    <message>
        <source>&apos;catalog&apos; should be a table with as_of</source>
        <translation>&apos;catalog&apos; sollte eine Tabelle mit as_of sein</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a known section (known: catalog, {known}); ignored</source>
        <translation>&apos;{key}&apos; ist kein bekannter Abschnitt (bekannt: catalog, {known}); ignoriert</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; should be a list of entries</source>
        <translation>&apos;{kind}&apos; sollte eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>{url} uses plain http; catalog updates need https (http only for this computer)</source>
        <translation>{url} verwendet einfaches http; Katalog-Updates brauchen https (http nur für diesen Computer)</translation>
    </message>
    <message>
        <source>{url} is not an https:// address or a .zip file</source>
        <translation>{url} ist weder eine https://-Adresse noch eine .zip-Datei</translation>
    </message>
    <message>
        <source>{source} is larger than a catalog bundle may be ({max})</source>
        <translation>{source} ist größer, als ein Katalogpaket sein darf ({max})</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} existiert nicht</translation>
    </message>
    <message>
        <source>{source} is a folder, not a .zip catalog bundle</source>
        <translation>{source} ist ein Ordner, kein .zip-Katalogpaket</translation>
    </message>
    <message>
        <source>{source} cannot be read: {reason}</source>
        <translation>{source} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{source} took longer than {seconds} s to download; nothing was changed</source>
        <translation>Das Herunterladen von {source} dauerte länger als {seconds} s; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{source} sent nothing for {seconds} s; nothing was changed</source>
        <translation>{source} hat {seconds} s lang nichts gesendet; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the download was cancelled; nothing was changed</source>
        <translation>der Download wurde abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{source}: the server answered {status}; nothing was changed</source>
        <translation>{source}: Der Server antwortete mit {status}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot reach {host}: {reason}</source>
        <translation>{host} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>{source}: {reason}; nothing was changed</source>
        <translation>{source}: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the bundle holds {n} entries; a catalog bundle may hold {max}</source>
        <translation>das Paket enthält {n} Einträge; ein Katalogpaket darf {max} enthalten</translation>
    </message>
    <message>
        <source>the bundle holds an unsafe path {name}; refused</source>
        <translation>das Paket enthält einen unsicheren Pfad {name}; abgelehnt</translation>
    </message>
    <message>
        <source>the bundle holds a link {name}; refused</source>
        <translation>das Paket enthält eine Verknüpfung {name}; abgelehnt</translation>
    </message>
    <message>
        <source>{name} in the bundle is encrypted; refused</source>
        <translation>{name} im Paket ist verschlüsselt; abgelehnt</translation>
    </message>
    <message>
        <source>the bundle is empty</source>
        <translation>das Paket ist leer</translation>
    </message>
    <message>
        <source>{name} is in a sub-folder; a bundle has the catalog files at its top level (like resources/catalog/)</source>
        <translation>{name} liegt in einem Unterordner; ein Paket hat die Katalogdateien auf oberster Ebene (wie resources/catalog/)</translation>
    </message>
    <message>
        <source>{name} is not a catalog file; a bundle holds only .toml files and README.md</source>
        <translation>{name} ist keine Katalogdatei; ein Paket enthält nur .toml-Dateien und README.md</translation>
    </message>
    <message>
        <source>{name} is in the bundle twice</source>
        <translation>{name} ist doppelt im Paket</translation>
    </message>
    <message>
        <source>the bundle holds no .toml catalog files</source>
        <translation>das Paket enthält keine .toml-Katalogdateien</translation>
    </message>
    <message>
        <source>this is not a .zip catalog bundle</source>
        <translation>das ist kein .zip-Katalogpaket</translation>
    </message>
    <message>
        <source>{name} unpacks to more than a catalog may hold ({all} in all, {each} a file); refused</source>
        <translation>{name} wird beim Entpacken größer, als ein Katalog sein darf ({all} insgesamt, {each} je Datei); abgelehnt</translation>
    </message>
    <message>
        <source>{name} in the bundle is damaged ({reason})</source>
        <translation>{name} im Paket ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{name} in the bundle cannot be read ({reason})</source>
        <translation>{name} im Paket lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>cannot create {folder}: {reason}; nothing was changed</source>
        <translation>{folder} lässt sich nicht anlegen: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (und {n} weitere)</translation>
    </message>
    <message>
        <source>the bundle has errors, nothing was changed: {errors}{more}</source>
        <translation>das Paket hat Fehler, es wurde nichts geändert: {errors}{more}</translation>
    </message>
    <message>
        <source>the update was cancelled; nothing was changed</source>
        <translation>das Update wurde abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot install the catalog update: {reason}; nothing was changed</source>
        <translation>das Katalog-Update lässt sich nicht installieren: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the built-in catalog is in use; there is nothing to roll back</source>
        <translation>der eingebaute Katalog ist in Gebrauch; es gibt nichts zurückzunehmen</translation>
    </message>
    <message>
        <source>cannot roll back the catalog: {reason}; nothing was changed</source>
        <translation>der Katalog lässt sich nicht zurücksetzen: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>certification &apos;{id}&apos;</source>
        <translation>Zertifizierung &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>course &apos;{id}&apos;</source>
        <translation>Kurs &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>project &apos;{id}&apos;</source>
        <translation>Projekt &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>exam prep &apos;{id}&apos;</source>
        <translation>Prüfungsvorbereitung &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>path &apos;{id}&apos;</source>
        <translation>Lernpfad &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>cannot be the certification itself</source>
        <translation>kann nicht die Zertifizierung selbst sein</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code like en, ja or zh-CN</source>
        <translation>&apos;{value}&apos; ist kein Sprachcode wie en, ja oder zh-CN</translation>
    </message>
    <message>
        <source>the note for &apos;{name}&apos; should be text saying what is disputed</source>
        <translation>die Anmerkung zu &apos;{name}&apos; sollte ein Text sein, der sagt, was umstritten ist</translation>
    </message>
    <message>
        <source>give either a timeline or a single status, not both</source>
        <translation>geben Sie entweder eine Zeitleiste oder einen einzelnen Status an, nicht beides</translation>
    </message>
    <message>
        <source>goes into the timeline as a &apos;retired&apos; event</source>
        <translation>gehört als &apos;retired&apos;-Ereignis in die Zeitleiste</translation>
    </message>
    <message>
        <source>is missing (a retired exam needs its retirement date)</source>
        <translation>fehlt (eine eingestellte Prüfung braucht ihr Einstellungsdatum)</translation>
    </message>
    <message>
        <source>weights add up to {total}% (midpoints of ranges); expected about 100%</source>
        <translation>die Gewichte ergeben zusammen {total} % (Mittelwerte der Spannen); erwartet werden etwa 100 %</translation>
    </message>
    <message>
        <source>should be a list of whole numbers of days</source>
        <translation>sollte eine Liste ganzer Tageszahlen sein</translation>
    </message>
    <message>
        <source>says there is no limit on attempts; leave out max_attempts and attempt_window_days</source>
        <translation>besagt, dass es keine Grenze für Versuche gibt; lassen Sie max_attempts und attempt_window_days weg</translation>
    </message>
    <message>
        <source>max_attempts and attempt_window_days go together: give both or neither</source>
        <translation>max_attempts und attempt_window_days gehören zusammen: geben Sie beide oder keines an</translation>
    </message>
    <message>
        <source>give either weight or weight_min and weight_max, not both</source>
        <translation>geben Sie entweder weight oder weight_min und weight_max an, nicht beides</translation>
    </message>
    <message>
        <source>is below weight_min ({high} &lt; {low})</source>
        <translation>liegt unter weight_min ({high} &lt; {low})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is used twice in this entry</source>
        <translation>&apos;{value}&apos; wird in diesem Eintrag doppelt verwendet</translation>
    </message>
    <message>
        <source>must lie between weeks_min and weeks_max ({low}–{high})</source>
        <translation>muss zwischen weeks_min und weeks_max liegen ({low}–{high})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a cloud (one of: {allowed})</source>
        <translation>&apos;{value}&apos; ist keine Cloud (eine von: {allowed})</translation>
    </message>
    <message>
        <source>the exam for {cloud} should be a certification id</source>
        <translation>die Prüfung für {cloud} sollte eine Zertifizierungs-ID sein</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no exam in this path&apos;s exams</source>
        <translation>&apos;{value}&apos; hat keine Prüfung unter den Prüfungen dieses Lernpfads</translation>
    </message>
    <message>
        <source>names &apos;{ref}&apos;, which is not a certification in the catalog</source>
        <translation>nennt &apos;{ref}&apos;, das keine Zertifizierung im Katalog ist</translation>
    </message>
    <message>
        <source>successors go round in a circle ({ids})</source>
        <translation>die Nachfolger bilden einen Kreis ({ids})</translation>
    </message>
    <message>
        <source>names &apos;{ref}&apos;, which is not a course, course module or project milestone in the catalog</source>
        <translation>nennt &apos;{ref}&apos;, das weder Kurs noch Kursmodul noch Projektmeilenstein im Katalog ist</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is an exam for {actual}, not for {cloud}</source>
        <translation>&apos;{ref}&apos; ist eine Prüfung für {actual}, nicht für {cloud}</translation>
    </message>
    <message>
        <source>names &apos;{ref}&apos;, which is not a course in the catalog</source>
        <translation>nennt &apos;{ref}&apos;, das kein Kurs im Katalog ist</translation>
    </message>
    <message>
        <source>names &apos;{ref}&apos;, which is not a project in the catalog</source>
        <translation>nennt &apos;{ref}&apos;, das kein Projekt im Katalog ist</translation>
    </message>
    <message>
        <source>names &apos;{ref}&apos;, which is not a exam-preparation block in the catalog</source>
        <translation>nennt &apos;{ref}&apos;, das kein Prüfungsvorbereitungsblock im Katalog ist</translation>
    </message>
    <message>
        <source>The file nests components more than {max} deep</source>
        <translation>Die Datei verschachtelt Komponenten tiefer als {max} Ebenen</translation>
    </message>
    <message>
        <source>The file holds more than {max} events</source>
        <translation>Die Datei enthält mehr als {max} Termine</translation>
    </message>
    <message>
        <source>The file is cut off: it ends inside a {what} (no END line); export it again from your calendar</source>
        <translation>Die Datei ist abgeschnitten: Sie endet innerhalb von {what} (keine END-Zeile); exportieren Sie sie erneut aus Ihrem Kalender</translation>
    </message>
    <message>
        <source>The plan&apos;s range is empty ({first} is after {last})</source>
        <translation>Der Zeitraum des Plans ist leer ({first} liegt nach {last})</translation>
    </message>
    <message>
        <source>The file is too large to import ({size} MB; the limit is {max} MB)</source>
        <translation>Die Datei ist zu groß für den Import ({size} MB; die Grenze liegt bei {max} MB)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Not an iCalendar (.ics) file: it holds no VCALENDAR</source>
        <translation>Keine iCalendar-Datei (.ics): Sie enthält keinen VCALENDAR</translation>
    </message>
    <message>
        <source>Unknown time zone {name}</source>
        <translation>Unbekannte Zeitzone {name}</translation>
    </message>
    <message>
        <source>Unknown export part(s): {parts} (choose from {choices})</source>
        <translation>Unbekannte Exportteile: {parts} (wählen Sie aus {choices})</translation>
    </message>
    <message>
        <source>{reason}: cannot export the plan&apos;s sessions</source>
        <translation>{reason}: Die Lerneinheiten des Plans lassen sich nicht exportieren</translation>
    </message>
    <message>
        <source>the link cannot be followed</source>
        <translation>der Verknüpfung kann nicht gefolgt werden</translation>
    </message>
    <message>
        <source>the link points to itself</source>
        <translation>die Verknüpfung zeigt auf sich selbst</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>lies past the end of the calendar (year 9999)</source>
        <translation>liegt nach dem Ende des Kalenders (Jahr 9999)</translation>
    </message>
    <message>
        <source>too large to import (over {max} lines)</source>
        <translation>zu groß für den Import (über {max} Zeilen)</translation>
    </message>
    <message>
        <source>unknown time zone {name}</source>
        <translation>unbekannte Zeitzone {name}</translation>
    </message>
    <message>
        <source>{name} is not a date or time</source>
        <translation>{name} ist kein Datum und keine Uhrzeit</translation>
    </message>
    <message>
        <source>lists more than {max} {name} dates</source>
        <translation>nennt mehr als {max} {name}-Daten</translation>
    </message>
    <message>
        <source>unreadable {name} ({reason})</source>
        <translation>{name} nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>marked as free time</source>
        <translation>als freie Zeit markiert</translation>
    </message>
    <message>
        <source>no start time (DTSTART)</source>
        <translation>keine Startzeit (DTSTART)</translation>
    </message>
    <message>
        <source>start and end mix a date and a time</source>
        <translation>Start und Ende mischen ein Datum und eine Uhrzeit</translation>
    </message>
    <message>
        <source>DURATION is not a duration</source>
        <translation>DURATION ist keine Dauer</translation>
    </message>
    <message>
        <source>has no duration</source>
        <translation>hat keine Dauer</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>not read: the file&apos;s events repeat more than {max} times in the plan&apos;s dates altogether</source>
        <translation>nicht gelesen: Die Termine der Datei wiederholen sich im Zeitraum des Plans insgesamt mehr als {max}-mal</translation>
    </message>
    <message>
        <source>repeats too often to expand</source>
        <translation>wiederholt sich zu oft, um ihn aufzulösen</translation>
    </message>
    <message>
        <source>its recurrence rule never advances (INTERVAL={interval})</source>
        <translation>seine Wiederholungsregel kommt nie voran (INTERVAL={interval})</translation>
    </message>
    <message>
        <source>its recurrence rule never advances</source>
        <translation>seine Wiederholungsregel kommt nie voran</translation>
    </message>
    <message>
        <source>unreadable recurrence rule ({reason})</source>
        <translation>unlesbare Wiederholungsregel ({reason})</translation>
    </message>
    <message>
        <source>not read: the file&apos;s recurrences need more than {max} steps altogether</source>
        <translation>nicht gelesen: Die Wiederholungen der Datei brauchen insgesamt mehr als {max} Schritte</translation>
    </message>
    <message>
        <source>its recurrence takes too long to expand (over {seconds} s)</source>
        <translation>das Auflösen seiner Wiederholungen dauert zu lange (über {seconds} s)</translation>
    </message>
    <message>
        <source>the exam date {date} is today; choose a later one</source>
        <translation>das Prüfungsdatum {date} ist heute; wählen Sie ein späteres</translation>
    </message>
    <message>
        <source>the exam date {date} has already passed; choose a later one</source>
        <translation>das Prüfungsdatum {date} ist bereits vorbei; wählen Sie ein späteres</translation>
    </message>
    <message>
        <source>this plan has no exam date to keep</source>
        <translation>dieser Plan hat kein Prüfungsdatum, das beibehalten werden könnte</translation>
    </message>
    <message>
        <source>the exam date {date} has already passed</source>
        <translation>das Prüfungsdatum {date} ist bereits vorbei</translation>
    </message>
    <message>
        <source>the plan would run past 9999-12-31, the last day the calendar can hold; choose an earlier start or exam date</source>
        <translation>der Plan würde über den 31.12.9999 hinauslaufen, den letzten Tag, den der Kalender kennt; wählen Sie ein früheres Start- oder Prüfungsdatum</translation>
    </message>
    <message>
        <source>unknown path {path} (known paths: {known})</source>
        <translation>unbekannter Lernpfad {path} (bekannte Lernpfade: {known})</translation>
    </message>
    <message>
        <source>unknown path {path}</source>
        <translation>unbekannter Lernpfad {path}</translation>
    </message>
    <message>
        <source>path {path} has no exam for {cloud} (offered: {offered})</source>
        <translation>Lernpfad {path} hat keine Prüfung für {cloud} (angeboten: {offered})</translation>
    </message>
    <message>
        <source>choose a certification</source>
        <translation>wählen Sie eine Zertifizierung</translation>
    </message>
    <message>
        <source>{ref} is not a course or project of this path</source>
        <translation>{ref} ist kein Kurs und kein Projekt dieses Lernpfads</translation>
    </message>
    <message>
        <source>unknown course {ref}</source>
        <translation>unbekannter Kurs {ref}</translation>
    </message>
    <message>
        <source>course {ref} is already in the plan</source>
        <translation>Kurs {ref} ist bereits im Plan</translation>
    </message>
    <message>
        <source>the order must name each course and project of the plan exactly once: {refs}</source>
        <translation>die Reihenfolge muss jeden Kurs und jedes Projekt des Plans genau einmal nennen: {refs}</translation>
    </message>
    <message>
        <source>hours per week must be more than 0</source>
        <translation>die Stunden pro Woche müssen mehr als 0 sein</translation>
    </message>
    <message>
        <source>hours per week must be more than 0, not {hours}</source>
        <translation>die Stunden pro Woche müssen mehr als 0 sein, nicht {hours}</translation>
    </message>
    <message>
        <source>the path names an unknown course {ref}</source>
        <translation>der Lernpfad nennt einen unbekannten Kurs {ref}</translation>
    </message>
    <message>
        <source>the path names an unknown project {ref}</source>
        <translation>der Lernpfad nennt ein unbekanntes Projekt {ref}</translation>
    </message>
    <message>
        <source>the path names an unknown exam preparation {ref}</source>
        <translation>der Lernpfad nennt eine unbekannte Prüfungsvorbereitung {ref}</translation>
    </message>
    <message>
        <source>preparation weeks must be at least 1</source>
        <translation>die Vorbereitungswochen müssen mindestens 1 betragen</translation>
    </message>
    <message>
        <source>the {hours} h of preparation for {exam} leave no time for its domains after the practice exams and the final review</source>
        <translation>die {hours} h Vorbereitung auf {exam} lassen nach den Übungsprüfungen und der abschließenden Wiederholung keine Zeit für ihre Bereiche</translation>
    </message>
    <message>
        <source>the plan has no items to schedule</source>
        <translation>der Plan hat keine Einträge zum Einplanen</translation>
    </message>
    <message>
        <source>item {title} has no key</source>
        <translation>Eintrag {title} hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>item key {key} appears twice in the plan</source>
        <translation>der Eintragsschlüssel {key} kommt doppelt im Plan vor</translation>
    </message>
    <message>
        <source>item {key} needs a positive number of hours, not {hours}</source>
        <translation>Eintrag {key} braucht eine positive Stundenzahl, nicht {hours}</translation>
    </message>
    <message>
        <source>study days must be weekday numbers 0 (Monday) to 6</source>
        <translation>Lerntage müssen Wochentagsnummern von 0 (Montag) bis 6 sein</translation>
    </message>
    <message>
        <source>the week must start on a weekday 0 (Monday) to 6</source>
        <translation>die Woche muss an einem Wochentag von 0 (Montag) bis 6 beginnen</translation>
    </message>
    <message>
        <source>the longest session must be at least 15 minutes</source>
        <translation>die längste Lerneinheit muss mindestens 15 Minuten dauern</translation>
    </message>
    <message>
        <source>the exam date {exam} must be after the start date {start}</source>
        <translation>das Prüfungsdatum {exam} muss nach dem Startdatum {start} liegen</translation>
    </message>
    <message>
        <source>days off {first}..{last} end before they start</source>
        <translation>die freien Tage {first}..{last} enden, bevor sie beginnen</translation>
    </message>
    <message>
        <source>the hours available on {day} cannot be negative</source>
        <translation>die verfügbaren Stunden am {day} können nicht negativ sein</translation>
    </message>
    <message>
        <source>the plan would not finish within {years} years; check the hours per week and the days off</source>
        <translation>der Plan würde nicht innerhalb von {years} Jahren fertig; prüfen Sie die Stunden pro Woche und die freien Tage</translation>
    </message>
    <message>
        <source>your days off cover every study day from {start} to the exam on {exam}</source>
        <translation>Ihre freien Tage decken jeden Lerntag vom {start} bis zur Prüfung am {exam} ab</translation>
    </message>
    <message>
        <source>there is no study session on {day}</source>
        <translation>am {day} gibt es keine Lerneinheit</translation>
    </message>
    <message>
        <source>sessions before today are history and stay where they were</source>
        <translation>Lerneinheiten vor heute sind Vergangenheit und bleiben, wo sie waren</translation>
    </message>
    <message>
        <source>a session cannot move to a day before today</source>
        <translation>eine Lerneinheit kann nicht auf einen Tag vor heute verschoben werden</translation>
    </message>
    <message>
        <source>{day} is a day off; take it out of the days off first</source>
        <translation>{day} ist ein freier Tag; nehmen Sie ihn zuerst aus den freien Tagen heraus</translation>
    </message>
    <message>
        <source>a session cannot move to the exam day or after it</source>
        <translation>eine Lerneinheit kann nicht auf den Prüfungstag oder danach verschoben werden</translation>
    </message>
    <message>
        <source>a session lasts at least 15 minutes</source>
        <translation>eine Lerneinheit dauert mindestens 15 Minuten</translation>
    </message>
    <message>
        <source>the session would end after midnight; start it earlier</source>
        <translation>die Lerneinheit würde nach Mitternacht enden; beginnen Sie sie früher</translation>
    </message>
    <message>
        <source>the work it moves would no longer fit before the exam</source>
        <translation>die Arbeit, die sie verschiebt, würde nicht mehr vor die Prüfung passen</translation>
    </message>
    <message>
        <source>This plan has no item &apos;{key}&apos;. &apos;study-planner show&apos; lists the keys.</source>
        <translation>Dieser Plan hat keinen Eintrag &apos;{key}&apos;. &apos;study-planner show&apos; listet die Schlüssel auf.</translation>
    </message>
    <message>
        <source>A plan needs a name with at least one visible character.</source>
        <translation>Ein Plan braucht einen Namen mit mindestens einem sichtbaren Zeichen.</translation>
    </message>
    <message>
        <source>A plan name can be at most {max} characters long.</source>
        <translation>Ein Planname darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Logged time must be more than 0 hours.</source>
        <translation>Die erfasste Zeit muss mehr als 0 Stunden betragen.</translation>
    </message>
    <message>
        <source>Logged time can be at most {max} hours.</source>
        <translation>Die erfasste Zeit darf höchstens {max} Stunden betragen.</translation>
    </message>
    <message>
        <source>Logged time must be at least 0.25 hours (15 minutes).</source>
        <translation>Die erfasste Zeit muss mindestens 0,25 Stunden (15 Minuten) betragen.</translation>
    </message>
    <message>
        <source>An item&apos;s estimate must be more than 0 hours.</source>
        <translation>Die Schätzung eines Eintrags muss mehr als 0 Stunden betragen.</translation>
    </message>
    <message>
        <source>An item&apos;s estimate can be at most {max} hours.</source>
        <translation>Die Schätzung eines Eintrags darf höchstens {max} Stunden betragen.</translation>
    </message>
    <message>
        <source>An item&apos;s estimate must be at least 0.25 hours (15 minutes).</source>
        <translation>Die Schätzung eines Eintrags muss mindestens 0,25 Stunden (15 Minuten) betragen.</translation>
    </message>
    <message>
        <source>There is no plan yet. Create one with &apos;study-planner new&apos; or in the app.</source>
        <translation>Es gibt noch keinen Plan. Legen Sie einen mit &apos;study-planner new&apos; oder in der App an.</translation>
    </message>
    <message>
        <source>Plan {id} in your plans file cannot be read ({reason}). &apos;study-planner check&apos; checks the file; &apos;study-planner backups&apos; lists backups you can restore.</source>
        <translation>Plan {id} in Ihrer Plandatei lässt sich nicht lesen ({reason}). &apos;study-planner check&apos; prüft die Datei; &apos;study-planner backups&apos; listet Sicherungen auf, die Sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Cannot re-plan: {reason}.</source>
        <translation>Neuplanung nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Everything in this plan is done; there is nothing to re-plan.</source>
        <translation>In diesem Plan ist alles erledigt; es gibt nichts neu zu planen.</translation>
    </message>
    <message>
        <source>Re-planned, the rest does not fit before the exam: {reason}. Nothing was changed; keep the hours per week instead to move the exam.</source>
        <translation>Neu geplant passt der Rest nicht vor die Prüfung: {reason}. Es wurde nichts geändert; behalten Sie stattdessen die Stunden pro Woche bei, um die Prüfung zu verschieben.</translation>
    </message>
    <message>
        <source>Cannot re-plan with the new estimate: {reason}. Nothing was changed.</source>
        <translation>Mit der neuen Schätzung ist keine Neuplanung möglich: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>keep the exam at {hours} h/week, or </source>
        <translation>die Prüfung mit {hours} h/Woche beibehalten oder </translation>
    </message>
    <message>
        <source>With {new} h, the rest no longer fits before the exam on {exam} at {hours} h/week: {keep}keep {hours} h/week and sit it {moved}. Nothing was changed.</source>
        <translation>Mit {new} h passt der Rest bei {hours} h/Woche nicht mehr vor die Prüfung am {exam}: {keep}bei {hours} h/Woche bleiben und sie {moved} ablegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>With {new} h, the rest does not fit: {reason}. Nothing was changed.</source>
        <translation>Mit {new} h passt der Rest nicht: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot move this session: {reason}.</source>
        <translation>Diese Lerneinheit lässt sich nicht verschieben: {reason}.</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone.</source>
        <translation>„{label}“ kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{label}” cannot be redone.</source>
        <translation>„{label}“ kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Plan number {id} exists again; “{label}” is done.</source>
        <translation>Plan Nummer {id} existiert wieder; „{label}“ ist ausgeführt.</translation>
    </message>
    <message>
        <source>{hours} h/week would never finish the plan; give more than 0 hours per week</source>
        <translation>mit {hours} h/Woche würde der Plan nie fertig; geben Sie mehr als 0 Stunden pro Woche an</translation>
    </message>
    <message>
        <source>choose at least one study day</source>
        <translation>wählen Sie mindestens einen Lerntag</translation>
    </message>
    <message>
        <source>keep at least one course or project in the plan</source>
        <translation>behalten Sie mindestens einen Kurs oder ein Projekt im Plan</translation>
    </message>
    <message>
        <source>a course appears twice in the plan</source>
        <translation>ein Kurs kommt doppelt im Plan vor</translation>
    </message>
    <message>
        <source>the share of weekly hours for review must lie between 0 and {percent}%</source>
        <translation>der Anteil der Wochenstunden für Wiederholungen muss zwischen 0 und {percent} % liegen</translation>
    </message>
    <message>
        <source>{title} has work marked done; untick it before dropping the course</source>
        <translation>{title} hat als erledigt markierte Arbeit; heben Sie die Markierung auf, bevor Sie den Kurs entfernen</translation>
    </message>
    <message>
        <source>this plan was not made from a path of the catalog; its courses cannot be changed</source>
        <translation>dieser Plan wurde nicht aus einem Lernpfad des Katalogs erstellt; seine Kurse lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>spaced review needs the plan&apos;s exam in the catalog, to know which modules serve its domains</source>
        <translation>verteilte Wiederholung braucht die Prüfung des Plans im Katalog, um zu wissen, welche Module ihre Bereiche abdecken</translation>
    </message>
    <message>
        <source>Nothing to change: these are the plan&apos;s settings already.</source>
        <translation>Nichts zu ändern: Das sind bereits die Einstellungen des Plans.</translation>
    </message>
    <message>
        <source>Cannot edit the plan: {reason}. Nothing was changed.</source>
        <translation>Der Plan lässt sich nicht bearbeiten: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Edited, the plan does not fit before the exam: {reason}. Nothing was changed.</source>
        <translation>Bearbeitet passt der Plan nicht vor die Prüfung: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The timer already runs on “{title}”; stop it first.</source>
        <translation>Der Timer läuft bereits für „{title}“; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>Everything in this plan is done; there is nothing left to time.</source>
        <translation>In diesem Plan ist alles erledigt; es gibt nichts mehr zu stoppen.</translation>
    </message>
    <message>
        <source>Nothing changed in the catalog under this plan; nothing to keep.</source>
        <translation>Im Katalog hat sich für diesen Plan nichts geändert; es gibt nichts beizubehalten.</translation>
    </message>
    <message>
        <source>The catalog names no exam to switch this plan to; give one with --to (&apos;study-planner catalog&apos; lists the exams).</source>
        <translation>Der Katalog nennt keine Prüfung, auf die dieser Plan wechseln könnte; geben Sie eine mit --to an (&apos;study-planner catalog&apos; listet die Prüfungen auf).</translation>
    </message>
    <message>
        <source>The catalog has no exam &apos;{exam}&apos;; &apos;study-planner catalog&apos; lists them.</source>
        <translation>Der Katalog hat keine Prüfung &apos;{exam}&apos;; &apos;study-planner catalog&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>This plan already follows {code} and its domain weights; there is nothing to switch.</source>
        <translation>Dieser Plan folgt bereits {code} und dessen Bereichsgewichten; es gibt nichts zu wechseln.</translation>
    </message>
    <message>
        <source>This plan has no exam block to switch.</source>
        <translation>Dieser Plan hat keinen Prüfungsblock, der gewechselt werden könnte.</translation>
    </message>
    <message>
        <source>Cannot plan for {code}: {reason}.</source>
        <translation>Für {code} lässt sich nicht planen: {reason}.</translation>
    </message>
    <message>
        <source>Switched to {code}, the rest does not fit before the exam: {reason}. Nothing was changed.</source>
        <translation>Nach dem Wechsel zu {code} passt der Rest nicht vor die Prüfung: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot write the calendar to {path}: it is inside Study Planner&apos;s data folder ({folder}), which holds your plans and backups. Choose a file elsewhere.</source>
        <translation>Der Kalender kann nicht nach {path} geschrieben werden: Das liegt im Datenordner von Study Planner ({folder}), der Ihre Pläne und Sicherungen enthält. Wählen Sie eine Datei an anderer Stelle.</translation>
    </message>
    <message>
        <source>Cannot write the calendar to {path}: it is the same file as {own}, which Study Planner keeps your plans in. Choose another file.</source>
        <translation>Der Kalender kann nicht nach {path} geschrieben werden: Das ist dieselbe Datei wie {own}, in der Study Planner Ihre Pläne speichert. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>a calendar</source>
        <translation>ein Kalender</translation>
    </message>
    <message>
        <source>The record of what {where} received cannot be read ({reason}); &apos;study-planner check&apos; checks the file.</source>
        <translation>Die Aufzeichnung dessen, was {where} erhalten hat, lässt sich nicht lesen ({reason}); &apos;study-planner check&apos; prüft die Datei.</translation>
    </message>
    <message>
        <source>{reason}; nothing was written.</source>
        <translation>{reason}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import was cancelled; the plan was not changed.</source>
        <translation>Der Import wurde abgebrochen; der Plan wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot import busy days: {reason}. The plan was not changed.</source>
        <translation>Belegte Tage lassen sich nicht importieren: {reason}. Der Plan wurde nicht geändert.</translation>
    </message>
    <message>
        <source> ({what})</source>
        <translation> ({what})</translation>
    </message>
    <message>
        <source>The file holds no busy time in the plan&apos;s dates{more}. The plan was not changed.</source>
        <translation>Die Datei enthält im Zeitraum des Plans keine belegte Zeit{more}. Der Plan wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your plan was not changed.</source>
        <translation>Ihr Plan wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Nothing is lost: what was sent is remembered; sync again to finish.</source>
        <translation>Nichts geht verloren: Was gesendet wurde, bleibt vermerkt; synchronisieren Sie erneut, um abzuschließen.</translation>
    </message>
    <message>
        <source>{reason} {kept} Try again when it is back.</source>
        <translation>{reason} {kept} Versuchen Sie es erneut, wenn er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>There is no calendar at {where}. Check the address, or add --create to make one there; nothing was changed.</source>
        <translation>Unter {where} gibt es keinen Kalender. Prüfen Sie die Adresse oder geben Sie --create an, um dort einen anzulegen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{where} is not a calendar (a folder of calendars?); nothing changed.</source>
        <translation>{where} ist kein Kalender (ein Ordner mit Kalendern?); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This plan has not been synced with a calendar yet: give its address with --caldav URL and your user name with --user.</source>
        <translation>Dieser Plan wurde noch nicht mit einem Kalender synchronisiert: Geben Sie dessen Adresse mit --caldav URL und Ihren Benutzernamen mit --user an.</translation>
    </message>
    <message>
        <source>This plan syncs with more than one calendar; choose one with --caldav URL ({where}).</source>
        <translation>Dieser Plan wird mit mehr als einem Kalender synchronisiert; wählen Sie einen mit --caldav URL ({where}).</translation>
    </message>
    <message>
        <source>This plan does not sync with {where}; nothing was changed.</source>
        <translation>Dieser Plan wird nicht mit {where} synchronisiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Die Passwortdatei {path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>Die Passwortdatei {path} ist leer.</translation>
    </message>
    <message>
        <source>Give your user name on the calendar server; nothing was changed.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Kalenderserver an; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This plan is not set up to sync with a calendar yet: set it up with the calendar&apos;s address, your user name and password.</source>
        <translation>Dieser Plan ist noch nicht für die Synchronisierung mit einem Kalender eingerichtet: Richten Sie sie mit der Adresse des Kalenders, Ihrem Benutzernamen und Passwort ein.</translation>
    </message>
    <message>
        <source> (there is no system keyring on this computer)</source>
        <translation> (auf diesem Computer gibt es keinen Systemschlüsselbund)</translation>
    </message>
    <message>
        <source>The password of {user} at {url} is not stored{where}; give it to sync. Nothing was changed.</source>
        <translation>Das Passwort von {user} bei {url} ist nicht gespeichert{where}; geben Sie es zum Synchronisieren an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This plan does not sync with a calendar; nothing was changed.</source>
        <translation>Dieser Plan wird mit keinem Kalender synchronisiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not a calendar address: {url} (it must start with https://)</source>
        <translation>Keine Kalenderadresse: {url} (sie muss mit https:// beginnen)</translation>
    </message>
    <message>
        <source>The server at {server} sent the request on more than {max} times ({hops} …); nothing was changed. Check the calendar&apos;s address.</source>
        <translation>Der Server unter {server} hat die Anfrage mehr als {max}-mal weitergeleitet ({hops} …); es wurde nichts geändert. Prüfen Sie die Adresse des Kalenders.</translation>
    </message>
    <message>
        <source>The server sent the request on to {where}, not a web address.</source>
        <translation>Der Server hat die Anfrage an {where} weitergeleitet, keine Webadresse.</translation>
    </message>
    <message>
        <source>The calendar server at {server} is not available right now (HTTP {status}).</source>
        <translation>Der Kalenderserver unter {server} ist gerade nicht erreichbar (HTTP {status}).</translation>
    </message>
    <message>
        <source>The sync with {server} was stopped before it finished.</source>
        <translation>Die Synchronisierung mit {server} wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The server at {server} sent the calendar on to {other}, another server, which asks for a password. Yours is sent only to the address you gave: if you trust the new one, set up sync with it. Nothing was changed.</source>
        <translation>Der Server unter {server} hat den Kalender an {other} weitergeleitet, einen anderen Server, der ein Passwort verlangt. Ihres wird nur an die von Ihnen angegebene Adresse gesendet: Wenn Sie dem neuen vertrauen, richten Sie die Synchronisierung damit ein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server at {server} refused the user name or password (HTTP 401); nothing was changed there.</source>
        <translation>Der Server unter {server} hat den Benutzernamen oder das Passwort abgelehnt (HTTP 401); dort wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server no longer knows the last sync token.</source>
        <translation>Der Server kennt das letzte Synchronisierungstoken nicht mehr.</translation>
    </message>
    <message>
        <source>The server could not {what} (HTTP {status}).</source>
        <translation>Der Server meldet einen Fehler beim {what} (HTTP {status}).</translation>
    </message>
    <message>
        <source>read the calendar at {url}</source>
        <translation>Lesen des Kalenders unter {url}</translation>
    </message>
    <message>
        <source>create a calendar at {url}</source>
        <translation>Anlegen eines Kalenders unter {url}</translation>
    </message>
    <message>
        <source>list the calendar&apos;s events</source>
        <translation>Auflisten der Termine des Kalenders</translation>
    </message>
    <message>
        <source>report the calendar&apos;s changes</source>
        <translation>Melden der Änderungen des Kalenders</translation>
    </message>
    <message>
        <source>send the calendar&apos;s events</source>
        <translation>Senden der Termine des Kalenders</translation>
    </message>
    <message>
        <source>delete an event</source>
        <translation>Löschen eines Termins</translation>
    </message>
    <message>
        <source>The server refused an event (HTTP {status}): {detail}</source>
        <translation>Der Server hat einen Termin abgelehnt (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server refused an event (HTTP {status})</source>
        <translation>Der Server hat einen Termin abgelehnt (HTTP {status})</translation>
    </message>
    <message>
        <source>The server sent an answer that is not WebDAV XML ({reason}).</source>
        <translation>Der Server hat eine Antwort gesendet, die kein WebDAV-XML ist ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is already done.</source>
        <translation>&apos;{key}&apos; ist bereits erledigt.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not done yet.</source>
        <translation>&apos;{key}&apos; ist noch nicht erledigt.</translation>
    </message>
    <message>
        <source>Hours cannot be logged for a future day ({day}).</source>
        <translation>Für einen künftigen Tag lassen sich keine Stunden erfassen ({day}).</translation>
    </message>
    <message>
        <source>{day} is more than a year before the plan starts ({start}); check the date.</source>
        <translation>{day} liegt mehr als ein Jahr vor dem Start des Plans ({start}); prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is already estimated at {hours} h.</source>
        <translation>&apos;{key}&apos; ist bereits auf {hours} h geschätzt.</translation>
    </message>
    <message>
        <source>The import was cancelled; the plan was not changed</source>
        <translation>Der Import wurde abgebrochen; der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>The file takes too long to read (over {seconds} s); the plan was not changed</source>
        <translation>Das Lesen der Datei dauert zu lange (über {seconds} s); der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>The data folder {path} exists but is not a folder.</source>
        <translation>Der Datenordner {path} existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation>Der Datenordner {path} lässt sich nicht anlegen: {reason}.</translation>
    </message>
    <message>
        <source>The score must be a percentage from 0 to 100, not {value}.</source>
        <translation>Das Ergebnis muss ein Prozentwert von 0 bis 100 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The score for &apos;{domain}&apos; must be a percentage from 0 to 100, not {value}.</source>
        <translation>Das Ergebnis für &apos;{domain}&apos; muss ein Prozentwert von 0 bis 100 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>An attempt cannot be recorded for a future day ({day}).</source>
        <translation>Ein Versuch lässt sich nicht für einen künftigen Tag erfassen ({day}).</translation>
    </message>
    <message>
        <source>{day} is more than {years} years ago; check the date.</source>
        <translation>{day} liegt mehr als {years} Jahre zurück; prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>The source can be at most {max} characters.</source>
        <translation>Die Quelle darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This plan has no exam domains to score; record the overall score only.</source>
        <translation>Dieser Plan hat keine Prüfungsbereiche zum Bewerten; erfassen Sie nur das Gesamtergebnis.</translation>
    </message>
    <message>
        <source>No exam domain matches &apos;{name}&apos;. The domains are: {list}.</source>
        <translation>Kein Prüfungsbereich passt zu &apos;{name}&apos;. Die Bereiche sind: {list}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is scored twice in this attempt.</source>
        <translation>&apos;{name}&apos; ist in diesem Versuch doppelt bewertet.</translation>
    </message>
    <message>
        <source>Give the attempt&apos;s overall score or at least one domain&apos;s score.</source>
        <translation>Geben Sie das Gesamtergebnis des Versuchs oder das Ergebnis mindestens eines Bereichs an.</translation>
    </message>
    <message>
        <source>This plan has no attempt number {id}. &apos;study-planner attempt list&apos; lists them.</source>
        <translation>Dieser Plan hat keinen Versuch Nummer {id}. &apos;study-planner attempt list&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>Attempt {id} already has these values.</source>
        <translation>Versuch {id} hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>There is no attempt to record.</source>
        <translation>Es gibt keinen Versuch zum Erfassen.</translation>
    </message>
    <message>
        <source>Attempt {n} ({day}): {reason}</source>
        <translation>Versuch {n} ({day}): {reason}</translation>
    </message>
    <message>
        <source>The margin must lie between 0 and 50 percentage points, not {value}.</source>
        <translation>Der Puffer muss zwischen 0 und 50 Prozentpunkten liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>The pass mark must be a percentage above 0, not {value}.</source>
        <translation>Die Bestehensgrenze muss ein Prozentwert über 0 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The readiness target is already set to these values.</source>
        <translation>Das Bereitschaftsziel ist bereits auf diese Werte gesetzt.</translation>
    </message>
    <message>
        <source>The file has no attempts: it needs a header line and one line per attempt.</source>
        <translation>Die Datei enthält keine Versuche: Sie braucht eine Kopfzeile und eine Zeile je Versuch.</translation>
    </message>
    <message>
        <source>The first line must name the columns, starting with &apos;date&apos; (see the README).</source>
        <translation>Die erste Zeile muss die Spalten benennen, beginnend mit &apos;date&apos; (siehe README).</translation>
    </message>
    <message>
        <source>the score</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>the score for &apos;{name}&apos;</source>
        <translation>das Ergebnis für &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Line {line}: {what} &apos;{cell}&apos; is not a number.</source>
        <translation>Zeile {line}: {what} &apos;{cell}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Line {line}: &apos;{cell}&apos; is not a date like 2027-01-31.</source>
        <translation>Zeile {line}: &apos;{cell}&apos; ist kein Datum wie 2027-01-31.</translation>
    </message>
    <message>
        <source>The file has a header line but no attempts.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Versuche.</translation>
    </message>
    <message>
        <source>Delivery must be online or test-centre, not &apos;{value}&apos;.</source>
        <translation>Die Durchführung muss online oder test-centre sein, nicht &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time like 09:30.</source>
        <translation>&apos;{value}&apos; ist keine Uhrzeit wie 09:30.</translation>
    </message>
    <message>
        <source>{day} is years ago; check the date.</source>
        <translation>{day} liegt Jahre zurück; prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>The confirmation can be at most {max} characters.</source>
        <translation>Die Bestätigung darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This plan has no booked exam number {id}. &apos;study-planner exam show&apos; lists them.</source>
        <translation>Dieser Plan hat keinen gebuchten Prüfungstermin Nummer {id}. &apos;study-planner exam show&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>The result is pass or fail, not &apos;{value}&apos;.</source>
        <translation>Das Ergebnis ist pass oder fail, nicht &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>A result on {day} cannot be: the exam is on {exam} and today is {today}.</source>
        <translation>Ein Ergebnis am {day} ist nicht möglich: Die Prüfung ist am {exam}, und heute ist der {today}.</translation>
    </message>
    <message>
        <source>The last change, “{label}”, cannot be undone here; restore the backup taken before it ({backup}) to get the plan back.</source>
        <translation>Die letzte Änderung, „{label}“, lässt sich hier nicht rückgängig machen; stellen Sie die davor angelegte Sicherung ({backup}) wieder her, um den Plan zurückzubekommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) at {hours} h/week leave no time for the exam domains after the practice exams and the final review week; plan more preparation weeks</source>
        <translation>
            <numerusform>%n Woche mit {hours} h/Woche lässt nach den Übungsprüfungen und der abschließenden Wiederholungswoche keine Zeit für die Prüfungsbereiche; planen Sie mehr Vorbereitungswochen ein</numerusform>
            <numerusform>%n Wochen mit {hours} h/Woche lassen nach den Übungsprüfungen und der abschließenden Wiederholungswoche keine Zeit für die Prüfungsbereiche; planen Sie mehr Vorbereitungswochen ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} h/week over %n study day(s) is less than 15 minutes a day; add hours or choose fewer study days</source>
        <translation>
            <numerusform>{hours} h/Woche an %n Lerntag sind weniger als 15 Minuten pro Tag; nehmen Sie mehr Stunden oder wählen Sie weniger Lerntage</numerusform>
            <numerusform>{hours} h/Woche an %n Lerntagen sind weniger als 15 Minuten pro Tag; nehmen Sie mehr Stunden oder wählen Sie weniger Lerntage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more hours per week than the study days can hold: %n study day(s) starting at {start} hold at most {most} h/week before midnight</source>
        <translation>
            <numerusform>mehr Stunden pro Woche, als die Lerntage fassen: %n Lerntag ab {start} fasst vor Mitternacht höchstens {most} h/Woche</numerusform>
            <numerusform>mehr Stunden pro Woche, als die Lerntage fassen: %n Lerntage ab {start} fassen vor Mitternacht höchstens {most} h/Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: the %n module(s) ticked from the calendar stay ticked, what was sent is remembered; sync again to finish.</source>
        <translation>
            <numerusform>Nichts geht verloren: Das %n im Kalender abgehakte Modul bleibt abgehakt, was gesendet wurde, bleibt vermerkt; synchronisieren Sie erneut, um abzuschließen.</numerusform>
            <numerusform>Nichts geht verloren: Die %n im Kalender abgehakten Module bleiben abgehakt, was gesendet wurde, bleibt vermerkt; synchronisieren Sie erneut, um abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>already</source>
        <translation>bereits</translation>
    </message>
    <message>
        <source>{name}: {retired}; planning for its successor {successor} ({code}).</source>
        <translation>{name}: {retired}; geplant wird für die Nachfolgeprüfung {successor} ({code}).</translation>
    </message>
    <message>
        <source>{code} is in beta{until}.{conditions}</source>
        <translation>{code} ist in der Beta-Phase{until}.{conditions}</translation>
    </message>
    <message>
        <source> until {day}{then}</source>
        <translation> bis {day}{then}</translation>
    </message>
    <message>
        <source> (generally available from then)</source>
        <translation> (danach allgemein verfügbar)</translation>
    </message>
    <message>
        <source> Beta conditions: {note}</source>
        <translation> Beta-Bedingungen: {note}</translation>
    </message>
    <message>
        <source>{code} cannot be booked in {language}{when}.</source>
        <translation>{code} kann{when} nicht auf {language} gebucht werden.</translation>
    </message>
    <message>
        <source> before {day}</source>
        <translation> vor dem {day}</translation>
    </message>
    <message>
        <source> yet</source>
        <translation> noch</translation>
    </message>
    <message>
        <source>{code} is retired and has no successor in the catalog.</source>
        <translation>{code} ist ausgemustert und hat keine Nachfolgeprüfung im Katalog.</translation>
    </message>
    <message>
        <source>{code} can be sat in {language} until {day}; book it by then.</source>
        <translation>{code} kann bis {day} auf {language} abgelegt werden; buchen Sie bis dahin.</translation>
    </message>
    <message>
        <source>{code} is not offered in {language} (offered in: {offered}).</source>
        <translation>{code} wird nicht auf {language} angeboten (angeboten auf: {offered}).</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>the exam</source>
        <translation>die Prüfung</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message numerus="yes">
        <source>move the exam to {date} (%n day(s) later)</source>
        <translation>
            <numerusform>die Prüfung auf {date} verschieben (%n Tag später)</numerusform>
            <numerusform>die Prüfung auf {date} verschieben (%n Tage später)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exam preparation spans %n full week(s); 8 to 12 weeks are recommended</source>
        <translation>
            <numerusform>die Prüfungsvorbereitung umfasst %n volle Woche; empfohlen sind 8 bis 12 Wochen</numerusform>
            <numerusform>die Prüfungsvorbereitung umfasst %n volle Wochen; empfohlen sind 8 bis 12 Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move session</source>
        <translation>Lerneinheit verschieben</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The day the session moves to</source>
        <translation>Der Tag, auf den die Einheit verschoben wird</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>When the session starts, in 15-minute steps</source>
        <translation>Beginn der Einheit, in 15-Minuten-Schritten</translation>
    </message>
    <message>
        <source>Length in hours</source>
        <translation>Länge in Stunden</translation>
    </message>
    <message>
        <source>A longer session takes work from the next one</source>
        <translation>Eine längere Einheit übernimmt Arbeit aus der nächsten</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
</context>
<context>
    <name>MovePreviewDialog</name>
    <message>
        <source>Move session</source>
        <translation>Lerneinheit verschieben</translation>
    </message>
    <message>
        <source>This move changes other sessions too:</source>
        <translation>Diese Verschiebung ändert auch andere Einheiten:</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the whole move back.</source>
        <translation>Rückgängig (Strg+Z) nimmt die ganze Verschiebung zurück.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move the session and the work listed</source>
        <translation>Die Einheit und die aufgeführte Arbeit verschieben</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <source>Item</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Was done by</source>
        <translation>Bisher fertig am</translation>
    </message>
    <message>
        <source>Now done by</source>
        <translation>Jetzt fertig am</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>gleicher Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <source>New Study Plan</source>
        <translation>Neuer Lernplan</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zum vorherigen Schritt zurück</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Store the plan and open it</source>
        <translation>Den Plan speichern und öffnen</translation>
    </message>
    <message>
        <source>Close without creating a plan</source>
        <translation>Schließen, ohne einen Plan zu erstellen</translation>
    </message>
    <message>
        <source>Step {0} of {1} · {2}</source>
        <translation>Schritt {0} von {1} · {2}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{0}&apos;&gt;Cannot plan this yet:&lt;/b&gt; {1}.</source>
        <translation>&lt;b style=&apos;color:{0}&apos;&gt;Noch nicht planbar:&lt;/b&gt; {1}.</translation>
    </message>
    <message>
        <source>, exam on {0}</source>
        <translation>, Prüfung am {0}</translation>
    </message>
    <message>
        <source>needs {0} h/week</source>
        <translation>braucht {0} h/Woche</translation>
    </message>
    <message>
        <source>move the exam to {0}</source>
        <translation>die Prüfung auf {0} verschieben</translation>
    </message>
    <message>
        <source>add study days or start sessions earlier: even the longest days do not hold it</source>
        <translation>Lerntage hinzufügen oder Einheiten früher beginnen: selbst die längsten Tage reichen nicht</translation>
    </message>
    <message>
        <source>Choose a fix below, or go back and change the plan, to create it.</source>
        <translation>Wählen Sie unten eine Lösung oder gehen Sie zurück und ändern Sie den Plan, um ihn zu erstellen.</translation>
    </message>
    <message>
        <source>The next page offers both fixes.</source>
        <translation>Die nächste Seite bietet beide Lösungen an.</translation>
    </message>
    <message>
        <source>Change it here, or use the fix on the next page.</source>
        <translation>Ändern Sie es hier oder nutzen Sie die Lösung auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Every way to fit, smallest change first: {0}.</source>
        <translation>&lt;br&gt;Alle Wege, damit es passt, kleinste Änderung zuerst: {0}.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{0}&apos;&gt;Does not fit:&lt;/b&gt; {1} h of study do not fit before the exam on {2} — {3}. {4}</source>
        <translation>&lt;b style=&apos;color:{0}&apos;&gt;Passt nicht:&lt;/b&gt; {1} h Lernen passen nicht vor die Prüfung am {2} – {3}. {4}</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fits:&lt;/b&gt; {0} h over {1} weeks, last session {2}{3}.</source>
        <translation>&lt;b&gt;Passt:&lt;/b&gt; {0} h über {1} Wochen, letzte Einheit {2}{3}.</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>The plans file is not open.</source>
        <translation>Die Plandatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Practice test done: record its score in View › Readiness (Ctrl+6).</source>
        <translation>Übungstest erledigt: Tragen Sie das Ergebnis unter Ansicht › Bereitschaft (Strg+6) ein.</translation>
    </message>
    <message>
        <source>Cannot re-plan around these days off: {0}</source>
        <translation>Um diese freien Tage herum lässt sich nicht neu planen: {0}</translation>
    </message>
    <message>
        <source>With these days off the rest does not fit before the exam: {0}.</source>
        <translation>Mit diesen freien Tagen passt der Rest nicht vor die Prüfung: {0}.</translation>
    </message>
    <message>
        <source>Days off saved. Keeping the exam on {0} now needs {1} h/week (you planned {2}); Re-plan can keep the hours and move the exam instead.</source>
        <translation>Freie Tage gespeichert. Die Prüfung am {0} zu halten braucht jetzt {1} h/Woche (geplant waren {2}); „Neu planen“ kann stattdessen die Stunden beibehalten und die Prüfung verschieben.</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>exam {0}</source>
        <translation>Prüfung {0}</translation>
    </message>
    <message>
        <source>no exam date</source>
        <translation>kein Prüfungstermin</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} items done, {3}</source>
        <translation>{0}: {1} von {2} Einheiten erledigt, {3}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Weeks in new plans start on this day; a plan keeps the week it was made with</source>
        <translation>Wochen in neuen Plänen beginnen an diesem Tag; ein Plan behält den Wochenbeginn, mit dem er erstellt wurde</translation>
    </message>
    <message>
        <source>Default session start time</source>
        <translation>Standardbeginn der Lerneinheiten</translation>
    </message>
    <message>
        <source>New plans start their study sessions at this time</source>
        <translation>Neue Pläne beginnen ihre Lerneinheiten zu dieser Zeit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark scheme, or pick one</source>
        <translation>Dem hellen oder dunklen Schema des Systems folgen oder eines wählen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your plans, backups and settings are kept here</source>
        <translation>Hier liegen Ihre Pläne, Sicherungen und Einstellungen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Den Datenordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>First day of the &amp;week:</source>
        <translation>Erster &amp;Wochentag:</translation>
    </message>
    <message>
        <source>Default &amp;session start:</source>
        <translation>&amp;Beginn der Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Calendar sync</source>
        <translation>&amp;Kalender-Synchronisierung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me before each &amp;session</source>
        <translation>Vor jeder &amp;Einheit erinnern</translation>
    </message>
    <message>
        <source>A notification before each study session</source>
        <translation>Eine Benachrichtigung vor jeder Lerneinheit</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Minutes before a session</source>
        <translation>Minuten vor einer Einheit</translation>
    </message>
    <message>
        <source>How long before a session the reminder comes</source>
        <translation>Wie lange vor einer Einheit die Erinnerung kommt</translation>
    </message>
    <message>
        <source>Remind me when I fall &amp;behind by more than</source>
        <translation>Erinnern, wenn ich &amp;zurückliege um mehr als</translation>
    </message>
    <message>
        <source>At most once a day, not before 9:00</source>
        <translation>Höchstens einmal am Tag, nicht vor 9:00</translation>
    </message>
    <message>
        <source>Hours behind before a reminder</source>
        <translation>Stunden Rückstand vor einer Erinnerung</translation>
    </message>
    <message>
        <source>Remind only when the plan is behind by more than this</source>
        <translation>Nur erinnern, wenn der Rückstand größer ist</translation>
    </message>
    <message>
        <source>Shown as desktop notifications while Study Planner runs.</source>
        <translation>Erscheinen als Desktop-Benachrichtigungen, solange Study Planner läuft.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders show in the window&apos;s status bar while Study Planner runs.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Erinnerungen erscheinen in der Statusleiste des Fensters, solange Study Planner läuft.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <source>Check the weeks, then create the plan.</source>
        <translation>Prüfen Sie die Wochen und erstellen Sie dann den Plan.</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>Plan &amp;erstellen</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <source>A name for the plan in the sidebar</source>
        <translation>Ein Name für den Plan in der Seitenleiste</translation>
    </message>
    <message>
        <source>Use the hours per week needed</source>
        <translation>Die nötigen Stunden pro Woche nehmen</translation>
    </message>
    <message>
        <source>Set the hours per week to what the exam date needs</source>
        <translation>Die Stunden pro Woche auf das setzen, was der Prüfungstermin braucht</translation>
    </message>
    <message>
        <source>Move the exam</source>
        <translation>Prüfung verschieben</translation>
    </message>
    <message>
        <source>Move the exam to the earliest date that fits your hours</source>
        <translation>Die Prüfung auf den frühesten Termin verschieben, der zu Ihren Stunden passt</translation>
    </message>
    <message>
        <source>Week-by-week plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Each week&apos;s work and milestones</source>
        <translation>Arbeit und Meilensteine jeder Woche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Use {0} h/week</source>
        <translation>{0} h/Woche nehmen</translation>
    </message>
    <message>
        <source>Move the exam to {0}</source>
        <translation>Prüfung auf {0} verschieben</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Select or create a plan to see its progress.</source>
        <translation>Wählen oder erstellen Sie einen Plan, um seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>against the plan</source>
        <translation>gegenüber dem Plan</translation>
    </message>
    <message>
        <source>to the exam</source>
        <translation>bis zur Prüfung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>your pace</source>
        <translation>Ihr Tempo</translation>
    </message>
    <message>
        <source>forecast finish</source>
        <translation>voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Progress per course</source>
        <translation>Fortschritt je Kurs</translation>
    </message>
    <message>
        <source>Modules and hours done per course</source>
        <translation>Erledigte Module und Stunden je Kurs</translation>
    </message>
    <message>
        <source>no exam date</source>
        <translation>kein Prüfungstermin</translation>
    </message>
    <message>
        <source>to the exam on {0}</source>
        <translation>bis zur Prüfung am {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>vor {0}</translation>
    </message>
    <message>
        <source>since the exam on {0}</source>
        <translation>seit der Prüfung am {0}</translation>
    </message>
    <message>
        <source>done, {0} of {1} h</source>
        <translation>erledigt, {0} von {1} h</translation>
    </message>
    <message>
        <source>pace: log hours to learn it</source>
        <translation>Tempo: Stunden erfassen, um es zu ermitteln</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>your pace against the estimates</source>
        <translation>Ihr Tempo gegenüber den Schätzungen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>everything is ticked off</source>
        <translation>alles ist abgehakt</translation>
    </message>
    <message>
        <source>forecast finish, as planned</source>
        <translation>voraussichtliches Ende, wie geplant</translation>
    </message>
    <message>
        <source>forecast finish, {0} late</source>
        <translation>voraussichtliches Ende, {0} später</translation>
    </message>
    <message>
        <source>forecast finish, {0} early</source>
        <translation>voraussichtliches Ende, {0} früher</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>&amp;Record attempt…</source>
        <translation>Versuch &amp;eintragen…</translation>
    </message>
    <message>
        <source>Record a practice-exam score (date, overall, per domain)</source>
        <translation>Ein Übungsprüfungsergebnis eintragen (Datum, gesamt, je Bereich)</translation>
    </message>
    <message>
        <source>Percentage points above the pass mark you want to reach</source>
        <translation>Prozentpunkte über der Bestehensgrenze, die Sie erreichen möchten</translation>
    </message>
    <message>
        <source>Margin above the pass mark</source>
        <translation>Abstand zur Bestehensgrenze</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message>
        <source>&amp;Book exam…</source>
        <translation>Prüfung &amp;buchen…</translation>
    </message>
    <message>
        <source>Record the sitting you booked: day, time, online or test centre</source>
        <translation>Den gebuchten Termin eintragen: Tag, Uhrzeit, online oder Testcenter</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>Record that you passed the latest sitting (undoable)</source>
        <translation>Eintragen, dass Sie den letzten Termin bestanden haben (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>&amp;Nicht bestanden</translation>
    </message>
    <message>
        <source>Record that you did not pass the latest sitting (undoable)</source>
        <translation>Eintragen, dass Sie den letzten Termin nicht bestanden haben (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Re-pla&amp;n for retake…</source>
        <translation>Ne&amp;uer Anlauf…</translation>
    </message>
    <message>
        <source>After a failed sitting: move the exam to the earliest allowed retake</source>
        <translation>Nach einem nicht bestandenen Versuch: die Prüfung auf die früheste erlaubte Wiederholung verschieben</translation>
    </message>
    <message>
        <source>Recorded attempts</source>
        <translation>Eingetragene Versuche</translation>
    </message>
    <message>
        <source>Your attempts, newest first; double-click to edit</source>
        <translation>Ihre Versuche, neueste zuerst; Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this attempt</source>
        <translation>Diesen Versuch ändern</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this attempt (Ctrl+Z brings it back)</source>
        <translation>Diesen Versuch löschen (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <source>Re-plan &amp;toward weak domains…</source>
        <translation>Auf &amp;schwache Bereiche ausrichten…</translation>
    </message>
    <message>
        <source>Move remaining preparation hours toward the domains below target (undoable)</source>
        <translation>Verbleibende Vorbereitungsstunden zu den Bereichen unter dem Ziel verschieben (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Choose a plan to see how ready you are.</source>
        <translation>Wählen Sie einen Plan, um zu sehen, wie bereit Sie sind.</translation>
    </message>
    <message>
        <source>No exam booked yet.</source>
        <translation>Noch keine Prüfung gebucht.</translation>
    </message>
    <message>
        <source>pass mark {0}</source>
        <translation>Bestehensgrenze {0}</translation>
    </message>
    <message>
        <source>pass mark {0} assumed (not published)</source>
        <translation>Bestehensgrenze {0} angenommen (nicht veröffentlicht)</translation>
    </message>
    <message numerus="yes">
        <source>Target {0} ({1} + {2:g} points) · overall {3} · %n attempt(s). Recent attempts count more: each one&apos;s weight halves every 14 days.</source>
        <translation>
            <numerusform>Ziel {0} ({1} + {2:g} Punkte) · gesamt {3} · %n Versuch. Neuere Versuche zählen mehr: Das Gewicht jedes Versuchs halbiert sich alle 14 Tage.</numerusform>
            <numerusform>Ziel {0} ({1} + {2:g} Punkte) · gesamt {3} · %n Versuche. Neuere Versuche zählen mehr: Das Gewicht jedes Versuchs halbiert sich alle 14 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-weighting the remaining preparation toward the weak domains:</source>
        <translation>Die verbleibende Vorbereitung auf die schwachen Bereiche ausrichten:</translation>
    </message>
    <message>
        <source>Once an attempt shows a domain below its target, this says how many</source>
        <translation>Sobald ein Versuch einen Bereich unter seinem Ziel zeigt, steht hier, wie viele</translation>
    </message>
    <message>
        <source> hours re-planning would move toward it.</source>
        <translation> Stunden eine Neuplanung dorthin verschieben würde.</translation>
    </message>
    <message>
        <source>Re-weighted, the rest does not fit before the exam: {0}.</source>
        <translation>Neu gewichtet passt der Rest nicht vor die Prüfung: {0}.</translation>
    </message>
    <message>
        <source>Exam on {0} · {1} h per week.</source>
        <translation>Prüfung am {0} · {1} h pro Woche.</translation>
    </message>
    <message>
        <source>Re-plan the remaining preparation toward your weak domains?</source>
        <translation>Die verbleibende Vorbereitung auf Ihre schwachen Bereiche ausrichten?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your plans file is damaged</source>
        <translation>Ihre Plandatei ist beschädigt</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Verified backups, newest first</source>
        <translation>Geprüfte Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the plans file with this backup (the current file is kept)</source>
        <translation>Die Plandatei durch diese Sicherung ersetzen (die aktuelle Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Open a new, empty plans file</source>
        <translation>Eine neue, leere Plandatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close without restoring; the damaged file stays set aside</source>
        <translation>Schließen, ohne wiederherzustellen; die beschädigte Datei bleibt beiseitegelegt</translation>
    </message>
    <message>
        <source>Backups you can go back to:</source>
        <translation>Sicherungen, zu denen Sie zurückkehren können:</translation>
    </message>
    <message>
        <source>There is no good backup to go back to.</source>
        <translation>Es gibt keine intakte Sicherung, zu der Sie zurückkehren können.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>No session ahead</source>
        <translation>Keine Einheit geplant</translation>
    </message>
    <message>
        <source>Snooze for {0} min</source>
        <translation>{0} Min. später erinnern</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Time the session just announced; Stop in This week logs the time</source>
        <translation>Die Zeit für die eben angekündigte Einheit messen; „Timer stoppen“ in „Diese Woche“ erfasst sie</translation>
    </message>
    <message>
        <source>Show Study Planner</source>
        <translation>Study Planner zeigen</translation>
    </message>
    <message>
        <source>No study plan open</source>
        <translation>Kein Lernplan geöffnet</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>Study session in {0} min</source>
        <translation>Lerneinheit in {0} Min.</translation>
    </message>
    <message>
        <source>Behind your plan</source>
        <translation>Hinter Ihrem Plan</translation>
    </message>
    <message>
        <source>You are {0} behind. Re-plan (Ctrl+R) spreads the rest again.</source>
        <translation>Sie liegen {0} zurück. „Neu planen“ (Strg+R) verteilt den Rest neu.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the remaining work</source>
        <translation>Die restliche Arbeit neu planen</translation>
    </message>
    <message>
        <source>Re-plan what is not done yet from today. Done work and past weeks stay as they are, and you can undo this with Ctrl+Z.</source>
        <translation>Planen Sie ab heute neu, was noch nicht erledigt ist. Erledigtes und vergangene Wochen bleiben, wie sie sind, und Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep the &amp;exam date (study more each week)</source>
        <translation>&amp;Prüfungstermin beibehalten (pro Woche mehr lernen)</translation>
    </message>
    <message>
        <source>Raise the hours per week if the exam date needs it</source>
        <translation>Die Stunden pro Woche erhöhen, wenn der Prüfungstermin es braucht</translation>
    </message>
    <message>
        <source>Keep the &amp;hours per week (move the exam)</source>
        <translation>&amp;Stunden pro Woche beibehalten (Prüfung verschieben)</translation>
    </message>
    <message>
        <source>Keep your weekly hours; the exam moves if needed</source>
        <translation>Ihre Wochenstunden beibehalten; die Prüfung verschiebt sich bei Bedarf</translation>
    </message>
    <message>
        <source>&amp;Apply re-plan</source>
        <translation>Neuplanung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Store the new plan (a backup is taken first)</source>
        <translation>Den neuen Plan speichern (vorher wird eine Sicherung angelegt)</translation>
    </message>
    <message>
        <source>The rest does not fit before the exam: {0}. Keep the hours per week instead to move the exam.</source>
        <translation>Der Rest passt nicht vor die Prüfung: {0}. Behalten Sie stattdessen die Stunden pro Woche bei, um die Prüfung zu verschieben.</translation>
    </message>
    <message>
        <source>{0} h per week</source>
        <translation>{0} h pro Woche</translation>
    </message>
    <message>
        <source>exam moves to {0} ({1:+d} days)</source>
        <translation>Prüfung verschiebt sich auf {0} ({1:+d} Tage)</translation>
    </message>
    <message>
        <source>exam stays on {0}</source>
        <translation>Prüfung bleibt am {0}</translation>
    </message>
    <message>
        <source>nothing moves</source>
        <translation>nichts verschiebt sich</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n Einheit verschiebt sich</numerusform>
            <numerusform>%n Einheiten verschieben sich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetakeDialog</name>
    <message>
        <source>Re-plan for the retake</source>
        <translation>Für die Wiederholung neu planen</translation>
    </message>
    <message>
        <source>Move the exam to the retake and prepare its domains again, more where your score report is weak. Done work stays; Ctrl+Z takes it back.</source>
        <translation>Die Prüfung auf die Wiederholung verschieben und ihre Bereiche erneut vorbereiten, mehr dort, wo Ihr Ergebnisbericht schwach ist. Erledigtes bleibt; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>The day you plan to sit the exam again (the earliest allowed, or later)</source>
        <translation>Der Tag, an dem Sie die Prüfung erneut ablegen wollen (der früheste erlaubte oder später)</translation>
    </message>
    <message>
        <source>Retake day</source>
        <translation>Tag der Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Score report…</source>
        <translation>&amp;Ergebnisbericht…</translation>
    </message>
    <message>
        <source>Enter the score report&apos;s figures per domain; the hours follow them</source>
        <translation>Die Werte des Ergebnisberichts je Bereich eintragen; die Stunden richten sich danach</translation>
    </message>
    <message>
        <source>Retake &amp;day:</source>
        <translation>&amp;Tag der Wiederholung:</translation>
    </message>
    <message>
        <source>Hours per exam domain</source>
        <translation>Stunden je Prüfungsbereich</translation>
    </message>
    <message>
        <source>What else moves:</source>
        <translation>Was sich außerdem verschiebt:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Re-plan for the retake</source>
        <translation>Für die Wiederholung &amp;neu planen</translation>
    </message>
    <message>
        <source>Move the exam and store the new plan (a backup is taken first)</source>
        <translation>Die Prüfung verschieben und den neuen Plan speichern (vorher wird eine Sicherung angelegt)</translation>
    </message>
    <message>
        <source>The catalog has no retake rules for this exam: choose the retake day.</source>
        <translation>Der Katalog kennt für diese Prüfung keine Wiederholungsregeln: Wählen Sie den Tag der Wiederholung.</translation>
    </message>
    <message>
        <source>No retake is allowed now: {0} sittings within {1} days is the most the vendor allows. The next attempt is possible from {2}.</source>
        <translation>Eine Wiederholung ist jetzt nicht erlaubt: Der Anbieter lässt höchstens {0} Versuche innerhalb von {1} Tagen zu. Der nächste Versuch ist ab {2} möglich.</translation>
    </message>
    <message>
        <source>The earliest allowed retake is {0}.</source>
        <translation>Die früheste erlaubte Wiederholung ist am {0}.</translation>
    </message>
    <message>
        <source>Nothing else moves.</source>
        <translation>Sonst verschiebt sich nichts.</translation>
    </message>
    <message>
        <source>The plan does not fit before {0}: {1}. Choose a later day.</source>
        <translation>Der Plan passt nicht vor den {0}: {1}. Wählen Sie einen späteren Tag.</translation>
    </message>
    <message>
        <source>Exam: {0} → {1}</source>
        <translation>Prüfung: {0} → {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0} h of renewed preparation</source>
        <translation>{0} h erneute Vorbereitung</translation>
    </message>
    <message>
        <source>no study day left before it: only the exam moves</source>
        <translation>kein Lerntag mehr davor: Nur die Prüfung verschiebt sich</translation>
    </message>
    <message>
        <source>more hours where the score report is weak</source>
        <translation>mehr Stunden, wo der Ergebnisbericht schwach ist</translation>
    </message>
    <message>
        <source>no score below target yet: hours follow the exam weights</source>
        <translation>noch kein Ergebnis unter dem Ziel: Die Stunden folgen der Gewichtung der Prüfung</translation>
    </message>
</context>
<context>
    <name>ReviewControl</name>
    <message>
        <source>Spaced re&amp;view of finished modules</source>
        <translation>&amp;Module verteilt wiederholen</translation>
    </message>
    <message>
        <source>Short reviews of finished modules that serve the exam&apos;s domains, about 2, 7, 21 and 60 days later, labelled with the domain; they count as study time</source>
        <translation>Kurze Wiederholungen erledigter Module, die den Bereichen der Prüfung dienen, etwa 2, 7, 21 und 60 Tage später, mit dem Bereich beschriftet; sie zählen als Lernzeit</translation>
    </message>
    <message>
        <source>Spaced review</source>
        <translation>Verteilte Wiederholung</translation>
    </message>
    <message>
        <source>Share of the weekly hours that goes to review, at most 25 %</source>
        <translation>Anteil der Wochenstunden für Wiederholungen, höchstens 25 %</translation>
    </message>
    <message>
        <source>Share of the weekly hours for review</source>
        <translation>Anteil der Wochenstunden für Wiederholungen</translation>
    </message>
    <message>
        <source> % of the weekly hours</source>
        <translation> % der Wochenzeit</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Week / item</source>
        <translation>Woche / Einheit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Week of {0} – {1}</source>
        <translation>Woche vom {0} – {1}</translation>
    </message>
    <message>
        <source> (this week)</source>
        <translation> (diese Woche)</translation>
    </message>
    <message>
        <source> · free: days off</source>
        <translation> · frei: freie Tage</translation>
    </message>
    <message>
        <source> · free</source>
        <translation> · frei</translation>
    </message>
    <message>
        <source>{0} h · {1} h logged</source>
        <translation>{0} h · {1} h erfasst</translation>
    </message>
    <message>
        <source>Nothing is planned this week: it is all days off, or spare time before exam preparation, which is placed to end right before the exam.</source>
        <translation>Diese Woche ist nichts geplant: Es sind nur freie Tage oder Pufferzeit vor der Prüfungsvorbereitung, die so liegt, dass sie direkt vor der Prüfung endet.</translation>
    </message>
    <message>
        <source>{0} h planned of {1} h available</source>
        <translation>{0} h geplant von {1} h verfügbar</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>an estimate</source>
        <translation>eine Schätzung</translation>
    </message>
    <message>
        <source>the vendor&apos;s</source>
        <translation>laut Hersteller</translation>
    </message>
    <message>
        <source>The module&apos;s hours in all ({0}). F2 edits them.</source>
        <translation>Die Stunden des Moduls insgesamt ({0}). F2 bearbeitet sie.</translation>
    </message>
    <message>
        <source>{0}
Space ticks the module off</source>
        <translation>{0}
Die Leertaste hakt das Modul ab</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>Freie Tage…</translation>
    </message>
    <message>
        <source>Holidays and trips with no study</source>
        <translation>Urlaub und Reisen ohne Lernen</translation>
    </message>
    <message>
        <source>Edit days off</source>
        <translation>Freie Tage bearbeiten</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Zu dieser Woche</translation>
    </message>
    <message>
        <source>Scroll to the week holding today</source>
        <translation>Zur Woche mit dem heutigen Tag scrollen</translation>
    </message>
    <message>
        <source>Week-by-week schedule</source>
        <translation>Zeitplan Woche für Woche</translation>
    </message>
    <message>
        <source>Space ticks a module off; F2 on Estimate edits its hours</source>
        <translation>Die Leertaste hakt ein Modul ab; F2 auf „Schätzung“ bearbeitet seine Stunden</translation>
    </message>
    <message>
        <source>Module hours</source>
        <translation>Stunden des Moduls</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) · {0} h</source>
        <translation>
            <numerusform>%n Woche · {0} h</numerusform>
            <numerusform>%n Wochen · {0} h</numerusform>
        </translation>
    </message>
    <message>
        <source> · exam {0}</source>
        <translation> · Prüfung {0}</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The demo plan does not build.</source>
        <translation>Der Beispielplan lässt sich nicht erstellen.</translation>
    </message>
    <message>
        <source>The alert demo plan does not build.</source>
        <translation>Der Beispielplan mit Hinweisen lässt sich nicht erstellen.</translation>
    </message>
</context>
<context>
    <name>ShiftsModel</name>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>By weight</source>
        <translation>Nach Gewichtung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>{0:.0f} % (target {1:.0f} %)</source>
        <translation>{0:.0f} % (Ziel {1:.0f} %)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>PLANS</source>
        <translation>PLÄNE</translation>
    </message>
    <message>
        <source>Study plans</source>
        <translation>Lernpläne</translation>
    </message>
    <message>
        <source>Your study plans; the menu key or right-click for more</source>
        <translation>Ihre Lernpläne; Menütaste oder Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ Neu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Rename, duplicate, archive or delete the plan</source>
        <translation>Den Plan umbenennen, duplizieren, archivieren oder löschen</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>Plan-Aktionen</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Switch the view (Ctrl+1 … Ctrl+6)</source>
        <translation>Die Ansicht wechseln (Strg+1 … Strg+6)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Where do you stand?</source>
        <translation>Wo stehen Sie?</translation>
    </message>
    <message>
        <source>Pick the starting point that fits you best; you can change the courses later.</source>
        <translation>Wählen Sie den Ausgangspunkt, der am besten zu Ihnen passt; die Kurse können Sie später ändern.</translation>
    </message>
    <message>
        <source>Custom — I&apos;ll choose the courses myself</source>
        <translation>Eigener Weg – ich wähle die Kurse selbst</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Weg</translation>
    </message>
    <message>
        <source>Start from exam preparation only and add the courses you want</source>
        <translation>Nur mit der Prüfungsvorbereitung beginnen und die gewünschten Kurse hinzufügen</translation>
    </message>
    <message>
        <source>You start with the exam preparation alone and add courses on the courses page.</source>
        <translation>Sie beginnen nur mit der Prüfungsvorbereitung und fügen auf der Kursseite Kurse hinzu.</translation>
    </message>
</context>
<context>
    <name>StudyTimer</name>
    <message>
        <source>Timer: studying “{0}” · {1}</source>
        <translation>Timer: Lernen an „{0}“ · {1}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>vor {0} min</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>vor {0} h</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>am {0}</translation>
    </message>
    <message>
        <source>Calendar sync</source>
        <translation>Kalender-Synchronisierung</translation>
    </message>
    <message>
        <source>Syncs with {0} as {1}.</source>
        <translation>Synchronisiert mit {0} als {1}.</translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Zuletzt synchronisiert {0}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Click to open Preferences › Calendar sync.</source>
        <translation>Klicken öffnet Einstellungen › Kalender-Synchronisierung.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Trying again in {0} s.</source>
        <translation>Neuer Versuch in {0} s.</translation>
    </message>
    <message>
        <source>Trying again in {0} min.</source>
        <translation>Neuer Versuch in {0} min.</translation>
    </message>
    <message>
        <source>Offline — will sync when the server is back</source>
        <translation>Offline – synchronisiert später</translation>
    </message>
    <message>
        <source>Sync failed: wrong password — open Calendar sync…</source>
        <translation>Falsches Passwort – Kalender-Synchronisierung öffnen…</translation>
    </message>
    <message>
        <source>Sync paused: password needed — open Calendar sync…</source>
        <translation>Passwort nötig – Kalender-Synchronisierung öffnen…</translation>
    </message>
    <message>
        <source>Sync failed — open Calendar sync…</source>
        <translation>Synchronisierung fehlgeschlagen – Details öffnen…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Synchronisiert {0}</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>Wait until the sync that is running has finished.</source>
        <translation>Warten Sie, bis die laufende Synchronisierung abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) ticked</source>
        <translation>
            <numerusform>%n Modul abgehakt</numerusform>
            <numerusform>%n Module abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} unticked</source>
        <translation>{0} wieder offen</translation>
    </message>
    <message>
        <source>From your calendar: {0}. Undo (Ctrl+Z) takes each back.</source>
        <translation>Aus Ihrem Kalender: {0}. Rückgängig (Strg+Z) nimmt jede Änderung zurück.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync “{0}” with a calendar on your own server (Nextcloud, Radicale, Fastmail, mailbox.org…): its sessions, milestones and exam appear on your phone, and a session you mark ✓ or “done” there ticks its modules here.</source>
        <translation>„{0}“ mit einem Kalender auf Ihrem eigenen Server synchronisieren (Nextcloud, Radicale, Fastmail, mailbox.org…): Lerneinheiten, Meilensteine und Prüfung erscheinen auf Ihrem Smartphone, und eine Einheit, die Sie dort mit ✓ oder „done“ markieren, hakt hier ihre Module ab.</translation>
    </message>
    <message>
        <source>Open a study plan to sync it with a calendar on your phone.</source>
        <translation>Öffnen Sie einen Lernplan, um ihn mit einem Kalender auf Ihrem Smartphone zu synchronisieren.</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Kalenderadresse</translation>
    </message>
    <message>
        <source>The CalDAV address of one calendar (see below)</source>
        <translation>Die CalDAV-Adresse eines Kalenders (siehe unten)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Ihr Benutzername auf diesem Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your password, or better an app password made for Study Planner</source>
        <translation>Ihr Passwort oder besser ein App-Passwort, das Sie für Study Planner angelegt haben</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s secret store, never in Study Planner&apos;s files</source>
        <translation>Im Passwortspeicher des Systems aufbewahrt, nie in den Dateien von Study Planner</translation>
    </message>
    <message>
        <source>This computer has no system keyring</source>
        <translation>Dieser Computer hat keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>This computer has no system keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker): the password is kept in memory until you quit, and asked for again next time.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker): Das Passwort bleibt bis zum Beenden im Arbeitsspeicher und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Create the calendar if &amp;missing</source>
        <translation>Kalender anlegen, falls er &amp;fehlt</translation>
    </message>
    <message>
        <source>Make a new calendar at that address if there is none yet</source>
        <translation>Unter dieser Adresse einen neuen Kalender anlegen, falls es noch keinen gibt</translation>
    </message>
    <message>
        <source>Also send &amp;modules as tasks</source>
        <translation>Module auch als Auf&amp;gaben senden</translation>
    </message>
    <message>
        <source>Each module becomes a task with its due date; completing it ticks it here</source>
        <translation>Jedes Modul wird eine Aufgabe mit Fälligkeitsdatum; wenn Sie sie erledigen, wird es hier abgehakt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nextcloud:&lt;/b&gt; in Calendar, the calendar&apos;s ⋯ menu › Copy private link gives …/remote.php/dav/calendars/USER/CALENDAR/; use an app password (Settings › Security).&lt;br&gt;&lt;b&gt;Radicale:&lt;/b&gt; http://HOST:5232/USER/CALENDAR/&lt;br&gt;&lt;b&gt;Google Calendar&lt;/b&gt; needs an OAuth sign-in, which is not supported yet.</source>
        <translation>&lt;b&gt;Nextcloud:&lt;/b&gt; In Kalender liefert das Menü ⋯ des Kalenders › Privaten Link kopieren …/remote.php/dav/calendars/BENUTZER/KALENDER/; verwenden Sie ein App-Passwort (Einstellungen › Sicherheit).&lt;br&gt;&lt;b&gt;Radicale:&lt;/b&gt; http://HOST:5232/BENUTZER/KALENDER/&lt;br&gt;&lt;b&gt;Google Calendar&lt;/b&gt; (OAuth-Anmeldung) wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Ser&amp;veradresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Be&amp;nutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Synchronisiert:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Meldung der Synchronisierung</translation>
    </message>
    <message>
        <source>Set &amp;up and sync now</source>
        <translation>Einr&amp;ichten und jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Check the address and password, then sync this plan with that calendar</source>
        <translation>Adresse und Passwort prüfen, dann diesen Plan mit dem Kalender synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync with the calendar set up for this plan</source>
        <translation>Mit dem für diesen Plan eingerichteten Kalender synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>S&amp;ynchronisierung beenden</translation>
    </message>
    <message>
        <source>Stop syncing this plan; the events stay in that calendar</source>
        <translation>Diesen Plan nicht mehr synchronisieren; die Termine bleiben in dem Kalender</translation>
    </message>
    <message>
        <source>This plan does not sync with a calendar.</source>
        <translation>Dieser Plan wird mit keinem Kalender synchronisiert.</translation>
    </message>
    <message>
        <source>{0} as {1}</source>
        <translation>{0} als {1}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>The password for {0} is not in a keyring: type it above and choose Sync now (it is kept in memory until you quit).</source>
        <translation>Das Passwort für {0} ist in keinem Schlüsselbund: Geben Sie es oben ein und wählen Sie „Jetzt synchronisieren“ (es bleibt bis zum Beenden im Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The password is needed.</source>
        <translation>Das Passwort wird benötigt.</translation>
    </message>
    <message>
        <source>The sync did not work.</source>
        <translation>Die Synchronisierung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>created the calendar</source>
        <translation>Kalender angelegt</translation>
    </message>
    <message numerus="yes">
        <source>sent %n new event(s)</source>
        <translation>
            <numerusform>%n neuen Termin gesendet</numerusform>
            <numerusform>%n neue Termine gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>updated {0}</source>
        <translation>{0} aktualisiert</translation>
    </message>
    <message>
        <source>removed {0}</source>
        <translation>{0} entfernt</translation>
    </message>
    <message numerus="yes">
        <source>sent %n module(s) as tasks</source>
        <translation>
            <numerusform>%n Modul als Aufgabe gesendet</numerusform>
            <numerusform>%n Module als Aufgaben gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ticked %n module(s) done on the phone</source>
        <translation>
            <numerusform>%n auf dem Smartphone erledigtes Modul abgehakt</numerusform>
            <numerusform>%n auf dem Smartphone erledigte Module abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unticked %n module(s) reopened there</source>
        <translation>
            <numerusform>%n dort wieder geöffnetes Modul zurückgenommen</numerusform>
            <numerusform>%n dort wieder geöffnete Module zurückgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: the calendar was already up to date.</source>
        <translation>Synchronisiert: Der Kalender war schon aktuell.</translation>
    </message>
    <message>
        <source>Synced: {0}.</source>
        <translation>Synchronisiert: {0}.</translation>
    </message>
    <message>
        <source>This calendar takes events only, so modules were not sent as tasks; make a calendar that holds tasks too to have them.</source>
        <translation>Dieser Kalender nimmt nur Termine auf, daher wurden Module nicht als Aufgaben gesendet; legen Sie einen Kalender an, der auch Aufgaben aufnimmt, um sie zu erhalten.</translation>
    </message>
    <message>
        <source>the server address</source>
        <translation>die Serveradresse</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>Ihren Benutzernamen</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Fill in {0} first.</source>
        <translation>Geben Sie zuerst {0} ein.</translation>
    </message>
    <message numerus="yes">
        <source>This plan no longer syncs. The %n event(s) it sent stay in that calendar; delete the calendar there if you no longer want them.</source>
        <translation>
            <numerusform>Dieser Plan wird nicht mehr synchronisiert. Der %n gesendete Termin bleibt in dem Kalender; löschen Sie den Kalender dort, wenn Sie ihn nicht mehr möchten.</numerusform>
            <numerusform>Dieser Plan wird nicht mehr synchronisiert. Die %n gesendeten Termine bleiben in dem Kalender; löschen Sie den Kalender dort, wenn Sie sie nicht mehr möchten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>{0} new, {1} changed, {2} unchanged, {3} deleted</source>
        <translation>{0} neu, {1} geändert, {2} unverändert, {3} gelöscht</translation>
    </message>
    <message>
        <source>, {0} sent again after a deletion there</source>
        <translation>, {0} nach dem Löschen dort erneut gesendet</translation>
    </message>
    <message>
        <source>no tasks: this calendar takes events only</source>
        <translation>keine Aufgaben: Dieser Kalender nimmt nur Termine auf</translation>
    </message>
    <message>
        <source>{0} changed on both sides (a done mark there was kept)</source>
        <translation>{0} auf beiden Seiten geändert (eine Erledigt-Markierung von dort wurde übernommen)</translation>
    </message>
    <message>
        <source>Synced: {0}.</source>
        <translation>Synchronisiert: {0}.</translation>
    </message>
    <message>
        <source>sync token</source>
        <translation>Sync-Token</translation>
    </message>
    <message>
        <source>ctag</source>
        <translation>CTag</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>Auflistung</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ({0} new, {1} changed)</source>
        <translation>
            <numerusform>%n Aufgabe ({0} neu, {1} geändert)</numerusform>
            <numerusform>%n Aufgaben ({0} neu, {1} geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ({0} new, {1} changed, {2} deleted)</source>
        <translation>
            <numerusform>%n Aufgabe ({0} neu, {1} geändert, {2} gelöscht)</numerusform>
            <numerusform>%n Aufgaben ({0} neu, {1} geändert, {2} gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) ticked from the calendar</source>
        <translation>
            <numerusform>%n Modul aus dem Kalender abgehakt</numerusform>
            <numerusform>%n Module aus dem Kalender abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) reopened there, unticked here</source>
        <translation>
            <numerusform>%n Modul dort wieder geöffnet, hier nicht mehr abgehakt</numerusform>
            <numerusform>%n Module dort wieder geöffnet, hier nicht mehr abgehakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeekModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} h in all. Space ticks it off.</source>
        <translation>{0} · {1} · {2} h insgesamt. Die Leertaste hakt es ab.</translation>
    </message>
    <message>
        <source>Hours logged on this module. Edit to log more time today.</source>
        <translation>Für dieses Modul erfasste Stunden. Bearbeiten, um heute mehr Zeit zu erfassen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
</context>
<context>
    <name>ThisWeekView</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Start timing the selected session; Stop logs the time studied</source>
        <translation>Die Zeit für die ausgewählte Einheit messen; Stopp erfasst die gelernte Zeit</translation>
    </message>
    <message>
        <source>Study timer</source>
        <translation>Lern-Timer</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Zeit erfassen…</translation>
    </message>
    <message>
        <source>Log hours studied on any day up to today</source>
        <translation>Gelernte Stunden für einen beliebigen Tag bis heute erfassen</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>This week&apos;s study sessions</source>
        <translation>Die Lerneinheiten dieser Woche</translation>
    </message>
    <message>
        <source>Space ticks a module off; F2 on Logged records time studied today</source>
        <translation>Die Leertaste hakt ein Modul ab; F2 auf „Erfasst“ trägt die heute gelernte Zeit ein</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Erfasste Stunden</translation>
    </message>
    <message>
        <source>Show the week of the next study session</source>
        <translation>Die Woche der nächsten Lerneinheit zeigen</translation>
    </message>
    <message>
        <source>Go to the next study session</source>
        <translation>Zur nächsten Lerneinheit</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Logged time cannot go down; to take an entry back, use Undo (Ctrl+Z).</source>
        <translation>Erfasste Zeit kann nicht sinken; um einen Eintrag zurückzunehmen, nutzen Sie Rückgängig (Strg+Z).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>No study sessions this week.</source>
        <translation>Diese Woche keine Lerneinheiten.</translation>
    </message>
    <message>
        <source>Next session: {0} ›</source>
        <translation>Nächste Einheit: {0} ›</translation>
    </message>
    <message>
        <source>{0} h planned · {1} h done · {2} h logged · {3}</source>
        <translation>{0} h geplant · {1} h erledigt · {2} h erfasst · {3}</translation>
    </message>
    <message>
        <source>Next milestone: {0} · {1}</source>
        <translation>Nächster Meilenstein: {0} · {1}</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam date set</source>
        <translation>Kein Prüfungstermin festgelegt</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>When you start, when you sit the exam, and how much time you have. The result below updates as you type.</source>
        <translation>Wann Sie beginnen, wann Sie die Prüfung ablegen und wie viel Zeit Sie haben. Das Ergebnis unten aktualisiert sich während der Eingabe.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The first day you study</source>
        <translation>Ihr erster Lerntag</translation>
    </message>
    <message>
        <source>On a date:</source>
        <translation>An einem Datum:</translation>
    </message>
    <message>
        <source>Exam on a date</source>
        <translation>Prüfung an einem Datum</translation>
    </message>
    <message>
        <source>You have booked, or want to book, the exam on a date</source>
        <translation>Sie haben die Prüfung für ein Datum gebucht oder möchten es</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Prüfungstermin</translation>
    </message>
    <message>
        <source>The day of the exam</source>
        <translation>Der Tag der Prüfung</translation>
    </message>
    <message>
        <source>After preparing for:</source>
        <translation>Nach einer Vorbereitung von:</translation>
    </message>
    <message>
        <source>Exam after a preparation length</source>
        <translation>Prüfung nach einer Vorbereitungsdauer</translation>
    </message>
    <message>
        <source>The exam goes right after the preparation weeks</source>
        <translation>Die Prüfung folgt direkt auf die Vorbereitungswochen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Preparation weeks</source>
        <translation>Vorbereitungswochen</translation>
    </message>
    <message>
        <source>Weeks of exam preparation (the guide suggests 8 to 12)</source>
        <translation>Wochen der Prüfungsvorbereitung (der Leitfaden empfiehlt 8 bis 12)</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/Woche</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>How many hours a week you can study</source>
        <translation>Wie viele Stunden pro Woche Sie lernen können</translation>
    </message>
    <message>
        <source>Study on {0}</source>
        <translation>Am {0} lernen</translation>
    </message>
    <message>
        <source>Study on this weekday</source>
        <translation>An diesem Wochentag lernen</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Beginn der Einheit</translation>
    </message>
    <message>
        <source>When your study sessions start ({0})</source>
        <translation>Wann Ihre Lerneinheiten beginnen ({0})</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>Days without study, e.g. holidays</source>
        <translation>Tage ohne Lernen, z. B. Urlaub</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Erster freier Tag</translation>
    </message>
    <message>
        <source>The first day of a break</source>
        <translation>Der erste Tag einer Pause</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Letzter freier Tag</translation>
    </message>
    <message>
        <source>The last day of the break</source>
        <translation>Der letzte Tag der Pause</translation>
    </message>
    <message>
        <source>Add Days &amp;Off</source>
        <translation>Freie &amp;Tage hinzufügen</translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation>Freie Tage hinzufügen</translation>
    </message>
    <message>
        <source>Add the range as days off</source>
        <translation>Den Zeitraum als freie Tage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove days off</source>
        <translation>Freie Tage entfernen</translation>
    </message>
    <message>
        <source>Remove the selected days off</source>
        <translation>Die ausgewählten freien Tage entfernen</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Exam:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>Study days:</source>
        <translation>Lerntage:</translation>
    </message>
    <message>
        <source>Sessions &amp;at:</source>
        <translation>Einheiten &amp;um:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Freie Tage:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Wiederholung:</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Score trend across attempts</source>
        <translation>Ergebnisverlauf über die Versuche</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Noch keine Versuche</translation>
    </message>
    <message>
        <source>Overall score by attempt</source>
        <translation>Gesamtergebnis je Versuch</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
</context>
<context>
    <name>WeekButtons</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>Die vorige Woche zeigen</translation>
    </message>
    <message>
        <source>Back to the week holding today</source>
        <translation>Zurück zur Woche mit dem heutigen Tag</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>Die nächste Woche zeigen</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Zurück zu dieser Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
</context>
<context>
    <name>WeekCalendarView</name>
    <message>
        <source>It joins the session already on {0}.</source>
        <translation>Sie wird mit der Einheit zusammengelegt, die schon am {0} liegt.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Move the selected session to another day, time or length (Enter)</source>
        <translation>Die ausgewählte Einheit auf einen anderen Tag, eine andere Zeit oder Länge verschieben (Eingabe)</translation>
    </message>
    <message>
        <source>Drag a session to move it, or its lower edge to change its length. Keys: Alt+arrows move, Alt+Shift+Up/Down change the length, Enter: Move…</source>
        <translation>Ziehen Sie eine Einheit, um sie zu verschieben, oder ihren unteren Rand, um die Länge zu ändern. Tasten: Alt+Pfeile verschieben, Alt+Umschalt+Auf/Ab ändern die Länge, Eingabe: Verschieben…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Einheit</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>WeekPreviewModel</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Week {0} · {1}</source>
        <translation>Woche {0} · {1}</translation>
    </message>
</context>
<context>
    <name>WeeklyBarsChart</name>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Week of {0}
{1} h planned · {2} h logged</source>
        <translation>Woche vom {0}
{1} h geplant · {2} h erfasst</translation>
    </message>
    <message>
        <source>No weeks to chart</source>
        <translation>Keine Wochen für ein Diagramm</translation>
    </message>
    <message>
        <source>{0} weeks, {1} h planned, {2} h logged</source>
        <translation>{0} Wochen, {1} h geplant, {2} h erfasst</translation>
    </message>
    <message>
        <source>No weeks to chart yet</source>
        <translation>Noch keine Wochen für ein Diagramm</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Hover, or focus and use the arrow keys, to see each week&apos;s figures</source>
        <translation>Mit der Maus darüberfahren oder fokussieren und die Pfeiltasten nutzen, um die Werte jeder Woche zu sehen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>unerwarteter Wert %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r, meinten Sie %(closest)r? (möglich: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{0} is not a date (use YYYY-MM-DD)</source>
        <translation>{0} ist kein Datum (Form JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{0} is not a weekday (use e.g. mon,wed,sat)</source>
        <translation>{0} ist kein Wochentag (z. B. mon,wed,sat)</translation>
    </message>
    <message>
        <source>{0} is not a weekday (use mon … sun)</source>
        <translation>{0} ist kein Wochentag (mon … sun)</translation>
    </message>
    <message>
        <source>{0} is not a time of day (use HH:MM)</source>
        <translation>{0} ist keine Uhrzeit (Form HH:MM)</translation>
    </message>
    <message>
        <source>days off {0} end before they start</source>
        <translation>die freien Tage {0} enden, bevor sie beginnen</translation>
    </message>
    <message>
        <source>{0} is not a known time zone (use e.g. Europe/Berlin)</source>
        <translation>{0} ist keine bekannte Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>{0} is not a whole number</source>
        <translation>{0} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{0} must be at least 1</source>
        <translation>{0} muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>{0} is not a number of hours</source>
        <translation>{0} ist keine Stundenzahl</translation>
    </message>
    <message>
        <source>{0} is more than a week holds ({1} h)</source>
        <translation>{0} ist mehr, als eine Woche hat ({1} h)</translation>
    </message>
    <message>
        <source>{0} is more than a day holds (24 h)</source>
        <translation>{0} ist mehr, als ein Tag hat (24 h)</translation>
    </message>
    <message>
        <source>Saved as plan {0}. &apos;study-planner show&apos; shows this week.</source>
        <translation>Als Plan {0} gespeichert. &apos;study-planner show&apos; zeigt diese Woche.</translation>
    </message>
    <message>
        <source>this plan has {0} weeks; there is no week {1}</source>
        <translation>dieser Plan hat {0} Wochen; eine Woche {1} gibt es nicht</translation>
    </message>
    <message>
        <source>study-planner: warning: catalog file {0} has errors; skipped</source>
        <translation>study-planner: Warnung: Die Katalogdatei {0} enthält Fehler; übersprungen</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>Plan: {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{0} h/week on {1} from {2} ({3}), starting {4}</source>
        <translation>{0} h/Woche an {1} ab {2} ({3}), Beginn {4}</translation>
    </message>
    <message>
        <source>(a full week holds {0} h: each day&apos;s share is whole quarter hours)</source>
        <translation>(eine volle Woche fasst {0} h: der Anteil jedes Tages sind ganze Viertelstunden)</translation>
    </message>
    <message>
        <source>week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>last session {0}</source>
        <translation>letzte Einheit {0}</translation>
    </message>
    <message>
        <source>exam {0}</source>
        <translation>Prüfung {0}</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>Warnung: {0}</translation>
    </message>
    <message>
        <source>study-planner: plan does not fit: {0}. Nothing was saved.</source>
        <translation>study-planner: Fehler: Der Plan passt nicht: {0}. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>study-planner: plan does not fit: {0}.</source>
        <translation>study-planner: Fehler: Der Plan passt nicht: {0}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number of hours</source>
        <translation>„{0}“ ist keine Stundenzahl</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2026-12-24</source>
        <translation>„{0}“ ist kein Datum wie 2026-12-24</translation>
    </message>
    <message>
        <source>No plans yet. Create one with &apos;study-planner new --path ID --start DATE ...&apos;.</source>
        <translation>Noch keine Pläne. Erstellen Sie einen mit „study-planner new --path ID --start DATUM …“.</translation>
    </message>
    <message>
        <source>no exam date</source>
        <translation>kein Prüfungstermin</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>{0}/{1} done</source>
        <translation>{0}/{1} erledigt</translation>
    </message>
    <message>
        <source>Saved: {0}. &apos;study-planner undo&apos; takes it back.</source>
        <translation>Gespeichert: {0}. „study-planner undo“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Gespeichert: {0}.</translation>
    </message>
    <message>
        <source>Choose with --keep exam-date or --keep hours.</source>
        <translation>Wählen Sie mit --keep exam-date oder --keep hours.</translation>
    </message>
    <message>
        <source>Saved: {0}; the rest is re-planned from today at {1} h/week; exam {2}. &apos;study-planner undo&apos; takes both back.</source>
        <translation>Gespeichert: {0}; der Rest ist ab heute mit {1} h/Woche neu geplant; Prüfung {2}. &apos;study-planner undo&apos; nimmt beides zurück.</translation>
    </message>
    <message>
        <source>Saved: {0}; the rest is re-planned from today at {1} h/week. &apos;study-planner undo&apos; takes both back.</source>
        <translation>Gespeichert: {0}; der Rest ist ab heute mit {1} h/Woche neu geplant. &apos;study-planner undo&apos; nimmt beides zurück.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Wiederholt: {0}.</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Rückgängig gemacht: {0}.</translation>
    </message>
    <message>
        <source>{0} h of {1} h done · {2} h logged · {3}</source>
        <translation>{0} h von {1} h erledigt · {2} h erfasst · {3}</translation>
    </message>
    <message>
        <source>as estimated</source>
        <translation>wie geschätzt</translation>
    </message>
    <message>
        <source>{0} % slower</source>
        <translation>{0} % langsamer</translation>
    </message>
    <message>
        <source>{0} % faster</source>
        <translation>{0} % schneller</translation>
    </message>
    <message>
        <source>pace: {0:.2f} h per estimated hour ({1})</source>
        <translation>Tempo: {0:.2f} h je geschätzter Stunde ({1})</translation>
    </message>
    <message>
        <source>forecast finish: {0} (planned {1})</source>
        <translation>voraussichtliches Ende: {0} (geplant {1})</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Re-planned from today at {0} h/week.</source>
        <translation>Ab heute mit {0} h/Woche neu geplant.</translation>
    </message>
    <message>
        <source>Would re-plan from today at {0} h/week.</source>
        <translation>Würde ab heute mit {0} h/Woche neu planen.</translation>
    </message>
    <message>
        <source>catalog not updated: {0}</source>
        <translation>Katalog nicht aktualisiert: {0}</translation>
    </message>
    <message>
        <source>Catalog updated from {0} (version {1}, facts checked {2}).</source>
        <translation>Katalog aktualisiert aus {0} (Version {1}, Angaben geprüft {2}).</translation>
    </message>
    <message>
        <source>Catalog updated from {0} (facts checked {1}).</source>
        <translation>Katalog aktualisiert aus {0} (Angaben geprüft {1}).</translation>
    </message>
    <message>
        <source>The previous catalog is kept: &apos;study-planner catalog rollback&apos; goes back to it.</source>
        <translation>Der bisherige Katalog bleibt erhalten: &apos;study-planner catalog rollback&apos; kehrt zu ihm zurück.</translation>
    </message>
    <message>
        <source>catalog not rolled back: {0}</source>
        <translation>Katalog nicht zurückgesetzt: {0}</translation>
    </message>
    <message>
        <source>Catalog rolled back to the {0} catalog (facts checked {1}).</source>
        <translation>Katalog zurückgesetzt auf den Katalog „{0}“ (Angaben geprüft {1}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The catalog&apos;s facts were last checked on {0}, {1} days ago; exam dates, prices and courses may have changed — {2}.</source>
        <translation>Die Angaben des Katalogs wurden zuletzt am {0} geprüft, vor {1} Tagen; Prüfungstermine, Preise und Kurse können sich geändert haben — {2}.</translation>
    </message>
    <message>
        <source>The catalog&apos;s facts have no check date; exam dates, prices and courses may have changed — {0}.</source>
        <translation>Die Angaben des Katalogs haben kein Prüfdatum; Prüfungstermine, Preise und Kurse können sich geändert haben — {0}.</translation>
    </message>
    <message>
        <source>update it with &apos;study-planner catalog update FILE-OR-URL&apos; or File › Update Catalog…</source>
        <translation>aktualisieren Sie ihn mit &apos;study-planner catalog update DATEI-ODER-URL&apos; oder Datei › Katalog aktualisieren…</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Study Planner catalog · version {0} · facts checked {1} · source: {2} · exams resolved for {3} (English)</source>
        <translation>Study-Planner-Katalog · Version {0} · Angaben geprüft {1} · Quelle: {2} · Prüfungen bestimmt für {3} (Katalogtext auf Englisch)</translation>
    </message>
    <message>
        <source>Study Planner catalog · facts checked {0} · source: {1} · exams resolved for {2} (English)</source>
        <translation>Study-Planner-Katalog · Angaben geprüft {0} · Quelle: {1} · Prüfungen bestimmt für {2} (Katalogtext auf Englisch)</translation>
    </message>
    <message>
        <source>Hours marked * include our estimates; ~ marks an estimated price or weights; ! marks a disputed figure.</source>
        <translation>Mit * markierte Stunden enthalten unsere Schätzungen; ~ markiert einen geschätzten Preis oder geschätzte Gewichte; ! markiert einen umstrittenen Wert.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Warnung: {0}</translation>
    </message>
    <message>
        <source>PATHS</source>
        <translation>LERNPFADE</translation>
    </message>
    <message>
        <source>[custom]</source>
        <translation>[eigen]</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>{0}–{1} weeks (default {2})</source>
        <translation>{0}–{1} Wochen (Standard {2})</translation>
    </message>
    <message>
        <source>[{0} only]</source>
        <translation>[nur {0}]</translation>
    </message>
    <message>
        <source>Exam by cloud: {0}</source>
        <translation>Prüfung je Cloud: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Warum: {0}</translation>
    </message>
    <message>
        <source>COURSES</source>
        <translation>KURSE</translation>
    </message>
    <message>
        <source>rated {0:g}/10</source>
        <translation>bewertet mit {0:g}/10</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} auf {1}</translation>
    </message>
    <message>
        <source>CERTIFICATIONS</source>
        <translation>ZERTIFIZIERUNGEN</translation>
    </message>
    <message>
        <source>price n/a</source>
        <translation>Preis k. A.</translation>
    </message>
    <message>
        <source>{0} · {1} · questions: {2} · {3} · pass {4} · valid {5}</source>
        <translation>{0} · {1} · Fragen: {2} · {3} · Bestehensgrenze {4} · Gültigkeit {5}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Timeline: {0}</source>
        <translation>Zeitleiste: {0}</translation>
    </message>
    <message>
        <source>Beta conditions: {0}</source>
        <translation>Beta-Bedingungen: {0}</translation>
    </message>
    <message>
        <source>Domains: {0}</source>
        <translation>Bereiche: {0}</translation>
    </message>
    <message>
        <source>Disputed ({0}): {1}</source>
        <translation>Umstritten ({0}): {1}</translation>
    </message>
    <message>
        <source>Checked {0} · confidence {1} · sources: {2}</source>
        <translation>Geprüft {0} · Verlässlichkeit {1} · Quellen: {2}</translation>
    </message>
    <message>
        <source>Exam date: {0} → {1} ({2:+d} days)</source>
        <translation>Prüfungsdatum: {0} → {1} ({2:+d} Tage)</translation>
    </message>
    <message>
        <source>nothing to change: give at least one option (see --help)</source>
        <translation>nichts zu ändern: Geben Sie mindestens eine Option an (siehe --help)</translation>
    </message>
    <message>
        <source>cannot edit the plan: {0}; nothing was changed</source>
        <translation>der Plan lässt sich nicht bearbeiten: {0}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{0} is not a course of this plan (its courses: {1})</source>
        <translation>{0} ist kein Kurs dieses Plans (seine Kurse: {1})</translation>
    </message>
    <message>
        <source>{0} is already in the plan</source>
        <translation>{0} ist schon im Plan</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>New items: {0} ({1:g} h)</source>
        <translation>Neue Einheiten: {0} ({1:g} h)</translation>
    </message>
    <message>
        <source>Items left out: {0}</source>
        <translation>Weggelassene Einheiten: {0}</translation>
    </message>
    <message>
        <source>What moves:</source>
        <translation>Was sich verschiebt:</translation>
    </message>
    <message>
        <source>{0:+d} days</source>
        <translation>{0:+d} Tage</translation>
    </message>
    <message>
        <source>newly scheduled</source>
        <translation>neu eingeplant</translation>
    </message>
    <message>
        <source>  {0}: finished {1} ({2})</source>
        <translation>  {0}: fertig am {1} ({2})</translation>
    </message>
    <message>
        <source>Nothing moves.</source>
        <translation>Nichts verschiebt sich.</translation>
    </message>
    <message>
        <source>Last session {0} · exam {1}</source>
        <translation>Letzte Einheit {0} · Prüfung {1}</translation>
    </message>
    <message>
        <source>Last session {0}</source>
        <translation>Letzte Einheit {0}</translation>
    </message>
    <message>
        <source>Saved: Edit plan. &apos;study-planner undo&apos; takes it back.</source>
        <translation>Gespeichert: Plan bearbeitet. &apos;study-planner undo&apos; nimmt es zurück.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>study-planner: warning: the catalog cannot be read ({0})</source>
        <translation>study-planner: Warnung: Der Katalog lässt sich nicht lesen ({0})</translation>
    </message>
    <message>
        <source>alert: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>  fix: {0}</source>
        <translation>  Abhilfe: {0}</translation>
    </message>
    <message>
        <source>({0} catalog change(s) kept as they are)</source>
        <translation>(beibehaltene Katalogänderungen: {0})</translation>
    </message>
    <message>
        <source>Switched: {0} → {1} ({2}).</source>
        <translation>Gewechselt: {0} → {1} ({2}).</translation>
    </message>
    <message>
        <source>Would switch: {0} → {1} ({2}).</source>
        <translation>Würde wechseln: {0} → {1} ({2}).</translation>
    </message>
    <message>
        <source>  = {0}: done, kept</source>
        <translation>  = {0}: erledigt, bleibt</translation>
    </message>
    <message>
        <source>  {0} ({1}): finishes {2} ({3:+d} days)</source>
        <translation>  {0} ({1}): fertig am {2} ({3:+d} Tage)</translation>
    </message>
    <message>
        <source>study-planner: after the switch the rest does not fit before the exam: {0}. Nothing was changed.</source>
        <translation>study-planner: Fehler: Nach dem Wechsel passt der Rest nicht vor die Prüfung: {0}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;study-planner undo&apos; takes it back.</source>
        <translation>&apos;study-planner undo&apos; nimmt es zurück.</translation>
    </message>
    <message>
        <source>The catalog cannot be read, so there is nothing to keep.</source>
        <translation>Der Katalog lässt sich nicht lesen, also gibt es nichts beizubehalten.</translation>
    </message>
    <message>
        <source>Saved: {0} ({1} alert(s) silenced).</source>
        <translation>Gespeichert: {0} (stummgeschaltete Hinweise: {1}).</translation>
    </message>
    <message>
        <source>Backup before re-planning: {0}</source>
        <translation>Sicherung vor dem Neuplanen: {0}</translation>
    </message>
    <message>
        <source>study-planner: the rest does not fit before the exam: {0}. &apos;--keep hours&apos; moves the exam instead.</source>
        <translation>study-planner: Fehler: Der Rest passt nicht vor die Prüfung: {0}. &apos;--keep hours&apos; verschiebt stattdessen die Prüfung.</translation>
    </message>
    <message>
        <source>study-planner: the rest does not fit before the exam: {0}. Nothing was changed. &apos;--keep hours&apos; moves the exam instead.</source>
        <translation>study-planner: Fehler: Der Rest passt nicht vor die Prüfung: {0}. Nichts wurde geändert. &apos;--keep hours&apos; verschiebt stattdessen die Prüfung.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
    <message>
        <source>Copied as plan {0}: {1}</source>
        <translation>Kopiert als Plan {0}: {1}</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archiviert.</translation>
    </message>
    <message>
        <source>Back from the archive.</source>
        <translation>Aus dem Archiv zurückgeholt.</translation>
    </message>
    <message>
        <source>Deleting a plan needs --yes (a backup is taken first).</source>
        <translation>Zum Löschen eines Plans geben Sie --yes an (vorher wird eine Sicherung angelegt).</translation>
    </message>
    <message>
        <source>Deleted. Backup taken first: {0} (&apos;study-planner restore {0}&apos;).</source>
        <translation>Gelöscht. Vorher angelegte Sicherung: {0} (&apos;study-planner restore {0}&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Modulen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>vorbei</translation>
    </message>
    <message numerus="yes">
        <source>{0} h in %n session(s)</source>
        <translation>
            <numerusform>{0} h in %n Einheit</numerusform>
            <numerusform>{0} h in %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: error: {1} (see &apos;{0} --help&apos;)</source>
        <translation>{0}: Fehler: {1} (siehe &apos;{0} --help&apos;)</translation>
    </message>
    <message>
        <source>{0}: interrupted</source>
        <translation>{0}: abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: Fehler: {1}</translation>
    </message>
    <message>
        <source>Your disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ihr Datenträger ist voll; nichts wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{0}: the disk is read-only; nothing was saved.</source>
        <translation>{0}: Der Datenträger ist schreibgeschützt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2027-01-31</source>
        <translation>„{0}“ ist kein Datum wie 2027-01-31</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>„{0}“ ist keine Prozentzahl</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage from 0 to 100</source>
        <translation>„{0}“ ist keine Prozentzahl von 0 bis 100</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not NAME=PERCENT, e.g. 3=58 or Deploy=58</source>
        <translation>„{0}“ hat nicht die Form NAME=PROZENT, z. B. 3=58 oder Deploy=58</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: at most {1} % of the weekly hours go to review</source>
        <translation>„{0}“: höchstens {1} % der Wochenstunden gehen in die Wiederholung</translation>
    </message>
    <message>
        <source>This plan has no attempt number {0}. &apos;study-planner attempt list&apos; lists them.</source>
        <translation>Dieser Plan hat keinen Versuch mit der Nummer {0}. &apos;study-planner attempt list&apos; listet die Versuche auf.</translation>
    </message>
    <message>
        <source>Saved: {0}. &apos;study-planner undo&apos; brings it back.</source>
        <translation>Gespeichert: {0}. &apos;study-planner undo&apos; holt es zurück.</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>Es gibt keine Datei {0}.</translation>
    </message>
    <message>
        <source>{0} is not a UTF-8 text file.</source>
        <translation>{0} ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>No attempts yet. Record one: study-planner attempt add --score 72</source>
        <translation>Noch keine Versuche. Erfassen Sie einen: study-planner attempt add --score 72</translation>
    </message>
    <message>
        <source>--save keeps a --margin or a --pass-mark: give one of them.</source>
        <translation>--save speichert --margin oder --pass-mark: Geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>Target {0} (pass mark {1} + margin {2:g}) · overall {3}</source>
        <translation>Ziel {0} (Bestehensgrenze {1} + Puffer {2:g}) · gesamt {3}</translation>
    </message>
    <message>
        <source>Steering the remaining preparation toward the weak domains would give:</source>
        <translation>Die restliche Vorbereitung auf die schwachen Bereiche zu lenken, ergäbe:</translation>
    </message>
    <message>
        <source>Re-weighted, the rest does not fit before the exam: {0}. Nothing was changed; try --keep hours.</source>
        <translation>Neu gewichtet passt der Rest nicht vor die Prüfung: {0}. Nichts wurde geändert; versuchen Sie --keep hours.</translation>
    </message>
    <message>
        <source>Exam: {0} · {1:g} h/week</source>
        <translation>Prüfung: {0} · {1:g} h/Woche</translation>
    </message>
    <message>
        <source>Saved: Re-plan toward weak domains. &apos;study-planner undo&apos; takes it back.</source>
        <translation>Gespeichert: Neuplanung zugunsten der schwachen Bereiche. &apos;study-planner undo&apos; nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Nothing changed (--dry-run).</source>
        <translation>Nichts geändert (--dry-run).</translation>
    </message>
    <message>
        <source>No exam is booked yet: &apos;study-planner exam book&apos; records one.</source>
        <translation>Noch ist keine Prüfung gebucht: &apos;study-planner exam book&apos; erfasst eine.</translation>
    </message>
    <message>
        <source>The catalog has no retake rules for this exam. To re-plan for a retake: study-planner retake {0} --date YYYY-MM-DD [--dry-run]</source>
        <translation>Der Katalog kennt für diese Prüfung keine Wiederholungsregeln. Für eine Wiederholung neu planen: study-planner retake {0} --date JJJJ-MM-TT [--dry-run]</translation>
    </message>
    <message>
        <source>To move the exam to {0} and prepare the weak domains again: study-planner retake {1} [--dry-run]</source>
        <translation>Die Prüfung auf den {0} verschieben und die schwachen Bereiche erneut vorbereiten: study-planner retake {1} [--dry-run]</translation>
    </message>
    <message>
        <source>Re-planned for the retake, the plan does not fit: {0}. Nothing was changed; choose a later day with --date.</source>
        <translation>Für die Wiederholung neu geplant, passt der Plan nicht: {0}. Nichts wurde geändert; wählen Sie mit --date einen späteren Tag.</translation>
    </message>
    <message>
        <source>Saved: re-planned for the retake on {0}. &apos;study-planner undo&apos; takes it back.</source>
        <translation>Gespeichert: für die Wiederholung am {0} neu geplant. &apos;study-planner undo&apos; nimmt es zurück.</translation>
    </message>
    <message>
        <source>Book the retake with: study-planner exam book --date {0} --delivery online</source>
        <translation>Buchen Sie die Wiederholung mit: study-planner exam book --date {0} --delivery online</translation>
    </message>
    <message>
        <source>No exam booked yet: study-planner exam book --date D --delivery online</source>
        <translation>Noch keine Prüfung gebucht: study-planner exam book --date D --delivery online</translation>
    </message>
    <message>
        <source>Cannot use the data folder</source>
        <translation>Der Datenordner ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Cannot open your plans</source>
        <translation>Ihre Pläne lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>study-planner: warning: {0}</source>
        <translation>study-planner: Warnung: {0}</translation>
    </message>
    <message>
        <source>The newest good backup is {0}; &apos;study-planner restore {0}&apos; brings it back.</source>
        <translation>Die neueste intakte Sicherung ist {0}; &apos;study-planner restore {0}&apos; stellt sie wieder her.</translation>
    </message>
    <message>
        <source>No plan called &apos;{0}&apos;. &apos;study-planner plans&apos; lists them.</source>
        <translation>Kein Plan namens „{0}“. &apos;study-planner plans&apos; listet Ihre Pläne auf.</translation>
    </message>
    <message>
        <source>Give a plan&apos;s number or name; &apos;study-planner plans&apos; lists them.</source>
        <translation>Geben Sie die Nummer oder den Namen eines Plans an; &apos;study-planner plans&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} plans; give its number instead.</source>
        <translation>„{0}“ passt zu {1} Plänen; geben Sie stattdessen die Nummer an.</translation>
    </message>
    <message>
        <source>There is no plan number {0}.</source>
        <translation>Es gibt keinen Plan mit der Nummer {0}.</translation>
    </message>
    <message>
        <source>With --next, give at most the plan (the item is chosen).</source>
        <translation>Mit --next geben Sie höchstens den Plan an (die Einheit wird gewählt).</translation>
    </message>
    <message>
        <source>Say which item to time (its key, as &apos;show&apos; prints it) or --next.</source>
        <translation>Geben Sie an, welche Einheit gemessen werden soll (ihren Schlüssel, wie &apos;show&apos; ihn zeigt), oder --next.</translation>
    </message>
    <message>
        <source>Give the plan once and one item: timer start [PLAN] ITEM.</source>
        <translation>Geben Sie den Plan einmal und eine Einheit an: timer start [PLAN] EINHEIT.</translation>
    </message>
    <message>
        <source>Timer started on “{0}” ({1}) in “{2}”. &apos;study-planner timer stop&apos; logs the time.</source>
        <translation>Timer für „{0}“ ({1}) in „{2}“ gestartet. &apos;study-planner timer stop&apos; erfasst die Zeit.</translation>
    </message>
    <message>
        <source>Saved: Log {0:g} h on “{1}” ({2} timed). &apos;study-planner undo&apos; takes it back.</source>
        <translation>Gespeichert: {0:g} h für „{1}“ erfasst ({2} gemessen). &apos;study-planner undo&apos; nimmt es zurück.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>Timer: studying “{0}” in “{1}” · {2} (stop logs {3:g} h)</source>
        <translation>Timer: Sie lernen „{0}“ in „{1}“ · {2} (stop erfasst {3:g} h)</translation>
    </message>
    <message>
        <source>Timer on “{0}” cancelled; nothing was logged.</source>
        <translation>Timer für „{0}“ abgebrochen; nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>choose from {0} (got {1})</source>
        <translation>möglich sind {0} (angegeben: {1})</translation>
    </message>
    <message>
        <source>give a file name for the calendar, e.g. study.ics</source>
        <translation>geben Sie einen Dateinamen für den Kalender an, z. B. study.ics</translation>
    </message>
    <message>
        <source>Add --force to replace it anyway.</source>
        <translation>Geben Sie --force an, um sie trotzdem zu ersetzen.</translation>
    </message>
    <message>
        <source>Wrote {0} events to {1} ({2} new, {3} changed, {4} unchanged, {5} cancelled). Import it again after changes: events update instead of duplicating.</source>
        <translation>{0} Termine nach {1} geschrieben ({2} neu, {3} geändert, {4} unverändert, {5} abgesagt). Importieren Sie die Datei nach Änderungen erneut: Die Termine werden aktualisiert statt verdoppelt.</translation>
    </message>
    <message>
        <source>Read {0} busy events over {1} days.</source>
        <translation>{0} belegte(n) Termin(e) an {1} Tag(en) gelesen.</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>übersprungen: {0}</translation>
    </message>
    <message>
        <source>Your study time already leaves room for them (none falls in it, or they were imported before); the plan is unchanged.</source>
        <translation>Ihre Lernzeit lässt bereits Platz für sie (keiner fällt hinein, oder sie wurden schon importiert); der Plan bleibt unverändert.</translation>
    </message>
    <message>
        <source>Re-planned: {0} study days have less time.</source>
        <translation>Neu geplant: {0} Lerntag(e) mit weniger Zeit.</translation>
    </message>
    <message>
        <source>Would re-plan: {0} study days have less time.</source>
        <translation>Würde neu planen: {0} Lerntag(e) mit weniger Zeit.</translation>
    </message>
    <message>
        <source>Re-planned: no study time falls on them today; busy times later in the day now bound how long those sessions may grow.</source>
        <translation>Neu geplant: Heute fällt keine Lernzeit auf sie; belegte Zeiten später am Tag begrenzen jetzt, wie lang diese Einheiten werden dürfen.</translation>
    </message>
    <message>
        <source>Would re-plan: no study time falls on them today; busy times later in the day now bound how long those sessions may grow.</source>
        <translation>Würde neu planen: Heute fällt keine Lernzeit auf sie; belegte Zeiten später am Tag würden begrenzen, wie lang diese Einheiten werden dürfen.</translation>
    </message>
    <message>
        <source>Keeping the exam date needs {0:g} h/week.</source>
        <translation>Um den Prüfungstermin zu halten, sind {0:g} h/Woche nötig.</translation>
    </message>
    <message>
        <source>  … and {0} more</source>
        <translation>  … und {0} weitere</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} lässt sich nicht lesen: {1}.</translation>
    </message>
    <message>
        <source>Times computed with the zone rules of {0}.</source>
        <translation>Zeiten berechnet mit den Zeitzonenregeln von {0}.</translation>
    </message>
    <message>
        <source>Give the password of {0} at {1} with --password-file FILE (there is no terminal to ask in); nothing was changed.</source>
        <translation>Geben Sie das Passwort von {0} bei {1} mit --password-file DATEI an (es gibt kein Terminal, in dem es abgefragt werden kann); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Password of {0} at {1}: </source>
        <translation>Passwort von {0} bei {1}: </translation>
    </message>
    <message>
        <source>No password given; nothing was changed.</source>
        <translation>Kein Passwort angegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Give the calendar&apos;s address: sync setup URL --user USER.</source>
        <translation>Geben Sie die Adresse des Kalenders an: sync setup URL --user BENUTZER.</translation>
    </message>
    <message>
        <source>Too many words: {0} (see --help).</source>
        <translation>Zu viele Wörter: {0} (siehe --help).</translation>
    </message>
    <message>
        <source>--status and --off do not go with &apos;{0}&apos;.</source>
        <translation>--status und --off passen nicht zu &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Give the address once: sync setup URL.</source>
        <translation>Geben Sie die Adresse nur einmal an: sync setup URL.</translation>
    </message>
    <message>
        <source>Give your user name on the server with --user.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server mit --user an.</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring ({0}).</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert ({0}).</translation>
    </message>
    <message>
        <source>The password is not stored (there is no system keyring here): give it with --password-file, or type it, at each sync.</source>
        <translation>Das Passwort ist nicht gespeichert (hier gibt es keinen Schlüsselbund des Systems): Geben Sie es bei jedem Abgleich mit --password-file an oder tippen Sie es ein.</translation>
    </message>
    <message>
        <source>From now on &apos;study-planner sync&apos; syncs again.</source>
        <translation>Ab jetzt gleicht &apos;study-planner sync&apos; erneut ab.</translation>
    </message>
    <message>
        <source>This plan does not sync with a calendar yet: set it up with &apos;study-planner sync setup URL --user USER&apos;.</source>
        <translation>Dieser Plan wird noch mit keinem Kalender abgeglichen: Richten Sie den Abgleich mit &apos;study-planner sync setup URL --user BENUTZER&apos; ein.</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>dem Kalender</translation>
    </message>
    <message>
        <source>No longer syncing with {0} ({1} events forgotten; they stay in that calendar).</source>
        <translation>Kein Abgleich mehr mit {0} ({1} Termine vergessen; sie bleiben in jenem Kalender).</translation>
    </message>
    <message>
        <source>Sync: off. Set it up with &apos;study-planner sync setup URL --user USER&apos; (see &apos;study-planner sync --help&apos;).</source>
        <translation>Abgleich: aus. Richten Sie ihn mit &apos;study-planner sync setup URL --user BENUTZER&apos; ein (siehe &apos;study-planner sync --help&apos;).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not stored (no system keyring here: give --password-file or type it)</source>
        <translation>nicht gespeichert (kein Schlüsselbund des Systems hier: geben Sie --password-file an oder tippen Sie es ein)</translation>
    </message>
    <message>
        <source>stored in the system keyring ({0})</source>
        <translation>im Schlüsselbund des Systems gespeichert ({0})</translation>
    </message>
    <message>
        <source>not stored (it is asked for at each sync)</source>
        <translation>nicht gespeichert (es wird bei jedem Abgleich abgefragt)</translation>
    </message>
    <message>
        <source>each module is a task there</source>
        <translation>jedes Modul ist dort eine Aufgabe</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>Letztes Ergebnis:</translation>
    </message>
    <message>
        <source>This plan has not been exported or synced yet.</source>
        <translation>Dieser Plan wurde noch nicht exportiert oder abgeglichen.</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Geschrieben nach:</translation>
    </message>
    <message>
        <source>(a file exported before paths were kept)</source>
        <translation>(eine Datei, exportiert bevor Pfade gespeichert wurden)</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source> as {0}</source>
        <translation> als {0}</translation>
    </message>
    <message>
        <source>, last written {0} UTC</source>
        <translation>, zuletzt geschrieben {0} UTC</translation>
    </message>
    <message>
        <source>, {0} tasks</source>
        <translation>, {0} Aufgaben</translation>
    </message>
    <message>
        <source>  {0} {1}{2}: {3} events{4}{5}</source>
        <translation>  {0} {1}{2}: {3} Termine{4}{5}</translation>
    </message>
    <message>
        <source>{0} The password stored in the system keyring is out of date. </source>
        <translation>{0} Das im Schlüsselbund des Systems gespeicherte Passwort ist veraltet. </translation>
    </message>
    <message>
        <source>Created the calendar {0}.</source>
        <translation>Kalender {0} angelegt.</translation>
    </message>
    <message>
        <source>Ticked from the calendar: {0}.</source>
        <translation>Aus dem Kalender abgehakt: {0}.</translation>
    </message>
    <message>
        <source>Synced with {0}: {1} new, {2} changed, {3} unchanged, {4} deleted, {5} sent again after a deletion there (changes found by {6}).</source>
        <translation>Abgeglichen mit {0}: {1} neu, {2} geändert, {3} unverändert, {4} gelöscht, {5} nach einer Löschung dort erneut gesendet (Änderungen gefunden per {6}).</translation>
    </message>
    <message>
        <source>{0} event(s) changed on the server during the sync: a done mark there was taken over, then the plan&apos;s version was written.</source>
        <translation>Während des Abgleichs auf dem Server geänderte Termine: {0}. Eine Erledigt-Markierung dort wurde übernommen, dann wurde die Fassung des Plans geschrieben.</translation>
    </message>
    <message>
        <source>Backup {0} written to {1} ({2} KiB, verified).</source>
        <translation>Sicherung {0} nach {1} geschrieben ({2} KiB, geprüft).</translation>
    </message>
    <message>
        <source>study-planner: warning: {0} backup(s) are dated in the future (the computer&apos;s clock was wrong when they were taken); they are kept, and listed in the order they were taken.</source>
        <translation>study-planner: Warnung: Sicherungen mit einem Datum in der Zukunft: {0} (die Uhr des Computers ging falsch, als sie angelegt wurden); sie bleiben erhalten und werden in der Reihenfolge aufgeführt, in der sie angelegt wurden.</translation>
    </message>
    <message>
        <source>No backups yet. &apos;study-planner backup&apos; takes one.</source>
        <translation>Noch keine Sicherungen. &apos;study-planner backup&apos; legt eine an.</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <source>(dated in the future)</source>
        <translation>(Datum in der Zukunft)</translation>
    </message>
    <message>
        <source>Restored {0}. Your previous plans file was backed up first.</source>
        <translation>{0} wiederhergestellt. Ihre bisherige Plandatei wurde vorher gesichert.</translation>
    </message>
    <message>
        <source>{0}: ok (integrity, foreign keys, tables and stored values checked)</source>
        <translation>{0}: in Ordnung (Integrität, Fremdschlüssel, Tabellen und gespeicherte Werte geprüft)</translation>
    </message>
    <message>
        <source>The newest good backup is {0} ({1}); &apos;study-planner restore {0}&apos; brings it back (your current file is kept).</source>
        <translation>Die neueste intakte Sicherung ist {0} ({1}); &apos;study-planner restore {0}&apos; stellt sie wieder her (Ihre aktuelle Datei bleibt erhalten).</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>study-planner: catalog error: {0}</source>
        <translation>study-planner: Katalogfehler: {0}</translation>
    </message>
    <message>
        <source>study-planner: warning: {0} was not loaded (see above); using the rest of the catalog</source>
        <translation>study-planner: Warnung: {0} wurde nicht geladen (siehe oben); der Rest des Katalogs wird verwendet</translation>
    </message>
    <message>
        <source>data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>log file:</source>
        <translation>Logdatei:</translation>
    </message>
    <message>
        <source>{0} (an update from {1})</source>
        <translation>{0} (ein Update aus {1})</translation>
    </message>
    <message>
        <source>catalog:</source>
        <translation>Katalog:</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>{0}: plan, schedule and track your path to a machine-learning-engineer certification. Run without a command to open the app.</source>
        <translation>{0}: Ihren Weg zu einer Zertifizierung als Machine-Learning-Engineer planen, terminieren und verfolgen. Ohne Befehl aufgerufen, öffnet sich die App.</translation>
    </message>
    <message>
        <source>folder for your plans and backups (default: $STUDY_PLANNER_DATA_DIR, else the platform&apos;s app-data folder)</source>
        <translation>Ordner für Ihre Pläne und Sicherungen (Standard: $STUDY_PLANNER_DATA_DIR, sonst der App-Datenordner des Systems)</translation>
    </message>
    <message>
        <source>switch a plan to the exam that replaces its own (keeps done work; undoable)</source>
        <translation>einen Plan auf die Prüfung umstellen, die seine ersetzt (Erledigtes bleibt; rückgängig machbar)</translation>
    </message>
    <message>
        <source>Re-plan the exam block for another exam — by default the successor the plan&apos;s alert names — with that exam&apos;s domains. Done work stays; the rest is re-planned from today. &apos;study-planner undo&apos; takes it back.</source>
        <translation>Den Prüfungsblock für eine andere Prüfung neu planen – standardmäßig für die Nachfolgeprüfung, die der Hinweis des Plans nennt – mit deren Prüfungsbereichen. Erledigtes bleibt; der Rest wird ab heute neu geplant. „study-planner undo“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>plan number or name (default: last)</source>
        <translation>Nummer oder Name des Plans (Standard: der zuletzt verwendete)</translation>
    </message>
    <message>
        <source>the exam to switch to (default: the successor)</source>
        <translation>die Prüfung, auf die umgestellt wird (Standard: die Nachfolgeprüfung)</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>zeigen, was sich ändern würde, nichts ändern</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>keep a plan as it is despite its catalog alerts (they stop showing; undoable)</source>
        <translation>einen Plan trotz seiner Kataloghinweise so belassen (sie werden nicht mehr gezeigt; rückgängig machbar)</translation>
    </message>
    <message>
        <source>take a verified backup of your plans now</source>
        <translation>jetzt eine geprüfte Sicherung Ihrer Pläne anlegen</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>die Sicherungen auflisten, die neueste zuerst</translation>
    </message>
    <message>
        <source>replace your plans with a backup (the current file is backed up first)</source>
        <translation>Ihre Pläne durch eine Sicherung ersetzen (die aktuelle Datei wird vorher gesichert)</translation>
    </message>
    <message>
        <source>a backup&apos;s name from &apos;backups&apos; (or its start)</source>
        <translation>der Name einer Sicherung aus „backups“ (oder sein Anfang)</translation>
    </message>
    <message>
        <source>run SQLite&apos;s integrity and foreign-key checks</source>
        <translation>die Integritäts- und Fremdschlüsselprüfungen von SQLite ausführen</translation>
    </message>
    <message>
        <source>write the schedule to an .ics calendar file</source>
        <translation>den Zeitplan in eine .ics-Kalenderdatei schreiben</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>die zu schreibende .ics-Datei</translation>
    </message>
    <message>
        <source>what to include: sessions,milestones,exam (default: all)</source>
        <translation>was hinein soll: sessions,milestones,exam (Standard: alles)</translation>
    </message>
    <message>
        <source>reminders a week and a day before the exam (default: on)</source>
        <translation>Erinnerungen eine Woche und einen Tag vor der Prüfung (Standard: an)</translation>
    </message>
    <message>
        <source>replace the file even if it is read-only</source>
        <translation>die Datei auch ersetzen, wenn sie schreibgeschützt ist</translation>
    </message>
    <message>
        <source>read your calendar&apos;s busy days into the plan and re-plan</source>
        <translation>die belegten Tage Ihres Kalenders in den Plan übernehmen und neu planen</translation>
    </message>
    <message>
        <source>an .ics file of your commitments</source>
        <translation>eine .ics-Datei mit Ihren Terminen</translation>
    </message>
    <message>
        <source>keep the exam date or the hours per week (default: the exam date if set)</source>
        <translation>das Prüfungsdatum oder die Stunden pro Woche beibehalten (Standard: das Prüfungsdatum, falls gesetzt)</translation>
    </message>
    <message>
        <source>show what would change, save nothing</source>
        <translation>zeigen, was sich ändern würde, nichts speichern</translation>
    </message>
    <message>
        <source>two-way sync with a CalDAV calendar (Nextcloud, Radicale, Fastmail, …)</source>
        <translation>Abgleich in beide Richtungen mit einem CalDAV-Kalender (Nextcloud, Radicale, Fastmail, …)</translation>
    </message>
    <message>
        <source>Send the plan&apos;s sessions, milestones and exam to a CalDAV calendar, update what changed and delete what the plan dropped (only events it sent). A session whose title you mark with ✓ or &apos;done&apos; on another device ticks its modules here; with --tasks each module is also a task there, and completing it ticks the module. &apos;setup&apos; syncs once to check the address and password, then remembers both (the password in the system keyring, if there is one); &apos;sync&apos; alone syncs again; &apos;status&apos; shows the setup; &apos;off&apos; stops syncing (the events stay there).</source>
        <translation>Die Lerneinheiten, Meilensteine und die Prüfung des Plans an einen CalDAV-Kalender senden, Geändertes aktualisieren und löschen, was der Plan nicht mehr enthält (nur Termine, die er selbst gesendet hat). Eine Lerneinheit, deren Titel Sie auf einem anderen Gerät mit ✓ oder „done“ markieren, hakt hier ihre Module ab; mit --tasks ist jedes Modul dort auch eine Aufgabe, und wenn Sie sie erledigen, wird das Modul abgehakt. „setup“ gleicht einmal ab, um Adresse und Passwort zu prüfen, und merkt sich dann beides (das Passwort im Schlüsselbund des Systems, falls es einen gibt); „sync“ allein gleicht erneut ab; „status“ zeigt die Einrichtung; „off“ beendet den Abgleich (die Termine bleiben dort).</translation>
    </message>
    <message>
        <source>what to do (default: sync now) and the plan: number or name (default: last)</source>
        <translation>was zu tun ist (Standard: jetzt abgleichen) und der Plan: Nummer oder Name (Standard: der zuletzt verwendete)</translation>
    </message>
    <message>
        <source>your user name on the server (setup)</source>
        <translation>Ihr Benutzername auf dem Server (setup)</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE (else the system keyring, else it is asked for)</source>
        <translation>das Passwort aus der ersten Zeile von FILE lesen (sonst aus dem Schlüsselbund des Systems, sonst wird danach gefragt)</translation>
    </message>
    <message>
        <source>create the calendar if there is none at URL</source>
        <translation>den Kalender anlegen, falls es unter URL keinen gibt</translation>
    </message>
    <message>
        <source>also send each module as a task (VTODO) that can be completed on the phone (setup; default: off, or as before when setting up the same calendar again)</source>
        <translation>jedes Modul auch als Aufgabe (VTODO) senden, die sich auf dem Telefon erledigen lässt (setup; Standard: aus, oder wie bisher, wenn derselbe Kalender erneut eingerichtet wird)</translation>
    </message>
    <message>
        <source>do not store the password in the system keyring (setup)</source>
        <translation>das Passwort nicht im Schlüsselbund des Systems speichern (setup)</translation>
    </message>
    <message>
        <source>show the study paths, courses and certifications</source>
        <translation>die Lernpfade, Kurse und Zertifizierungen zeigen</translation>
    </message>
    <message>
        <source>Show the built-in catalog plus your own catalog files (&lt;data dir&gt;/catalogs/*.toml|*.json and any --catalog FILE).</source>
        <translation>Den eingebauten Katalog und Ihre eigenen Katalogdateien zeigen (&lt;Datenordner&gt;/catalogs/*.toml|*.json und jede --catalog FILE).</translation>
    </message>
    <message>
        <source>print everything as JSON</source>
        <translation>alles als JSON ausgeben</translation>
    </message>
    <message>
        <source>install a catalog update from a .zip file or an https:// URL</source>
        <translation>eine Katalogaktualisierung aus einer .zip-Datei oder von einer https://-Adresse installieren</translation>
    </message>
    <message>
        <source>Check a catalog bundle (a .zip with the layout of resources/catalog/) completely and install it in the data folder; the catalog in use until now is kept for &apos;catalog rollback&apos;. Plain http:// works only for this computer.</source>
        <translation>Ein Katalogpaket (eine .zip-Datei mit dem Aufbau von resources/catalog/) vollständig prüfen und im Datenordner installieren; der bisher verwendete Katalog bleibt für „catalog rollback“ erhalten. Einfaches http:// geht nur für diesen Computer.</translation>
    </message>
    <message>
        <source>a .zip file or an https:// URL</source>
        <translation>eine .zip-Datei oder eine https://-Adresse</translation>
    </message>
    <message>
        <source>go back to the catalog in use before the last update</source>
        <translation>zum Katalog zurückkehren, der vor der letzten Aktualisierung verwendet wurde</translation>
    </message>
    <message>
        <source>also load this catalog file (.toml or .json); repeatable, later files win</source>
        <translation>auch diese Katalogdatei laden (.toml oder .json); wiederholbar, spätere Dateien haben Vorrang</translation>
    </message>
    <message>
        <source>folder for your plans and backups</source>
        <translation>Ordner für Ihre Pläne und Sicherungen</translation>
    </message>
    <message>
        <source>change a saved plan&apos;s hours, days, exam date or courses (done work is kept)</source>
        <translation>Stunden, Tage, Prüfungsdatum oder Kurse eines gespeicherten Plans ändern (Erledigtes bleibt)</translation>
    </message>
    <message>
        <source>Change a saved plan: only the options you give change. The rest of the plan is re-planned from today, done work stays where it is, and the change is one step that &apos;study-planner undo&apos; takes back. --dry-run shows what would move.</source>
        <translation>Einen gespeicherten Plan ändern: Nur die angegebenen Optionen ändern sich. Der Rest des Plans wird ab heute neu geplant, Erledigtes bleibt, wo es ist, und die Änderung ist ein Schritt, den „study-planner undo“ zurücknimmt. --dry-run zeigt, was sich verschieben würde.</translation>
    </message>
    <message>
        <source>study days, e.g. mon,wed,sat</source>
        <translation>Lerntage, z. B. mon,wed,sat</translation>
    </message>
    <message>
        <source>longest study session in hours (0: no limit)</source>
        <translation>längste Lerneinheit in Stunden (0: keine Grenze)</translation>
    </message>
    <message>
        <source>the plan&apos;s days off become these (e.g. 2026-12-24..2027-01-01); &apos;none&apos; is not needed: --clear-off removes them all</source>
        <translation>diese Tage werden die freien Tage des Plans (z. B. 2026-12-24..2027-01-01); „none“ ist nicht nötig: --clear-off entfernt alle</translation>
    </message>
    <message>
        <source>remove every day off</source>
        <translation>alle freien Tage entfernen</translation>
    </message>
    <message>
        <source>weeks of exam preparation; the exam goes right after them</source>
        <translation>Wochen der Prüfungsvorbereitung; die Prüfung folgt direkt danach</translation>
    </message>
    <message>
        <source>IANA time zone</source>
        <translation>IANA-Zeitzone</translation>
    </message>
    <message>
        <source>add courses</source>
        <translation>Kurse hinzufügen</translation>
    </message>
    <message>
        <source>drop courses</source>
        <translation>Kurse entfernen</translation>
    </message>
    <message>
        <source>the plan&apos;s courses and projects in a new order (each once)</source>
        <translation>die Kurse und Projekte des Plans in neuer Reihenfolge (jeden einmal)</translation>
    </message>
    <message>
        <source>show what would move; save nothing</source>
        <translation>zeigen, was sich verschieben würde; nichts speichern</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>show where your data, the built-in catalog and the log file live</source>
        <translation>zeigen, wo Ihre Daten, der eingebaute Katalog und die Protokolldatei liegen</translation>
    </message>
    <message>
        <source>make and save a week-by-week study plan from a catalog path</source>
        <translation>einen Lernplan Woche für Woche aus einem Lernpfad des Katalogs erstellen und speichern</translation>
    </message>
    <message>
        <source>Make a week-by-week study plan from a catalog path and save it (--dry-run: only show it). A plan that does not fit before its exam is shown with what would make it fit, and not saved.</source>
        <translation>Einen Lernplan Woche für Woche aus einem Lernpfad des Katalogs erstellen und speichern (--dry-run: nur zeigen). Ein Plan, der nicht vor seine Prüfung passt, wird mit dem gezeigt, was ihn passend machen würde, und nicht gespeichert.</translation>
    </message>
    <message>
        <source>catalog path id</source>
        <translation>ID des Lernpfads im Katalog</translation>
    </message>
    <message>
        <source>your target employers&apos; cloud (default: the path&apos;s)</source>
        <translation>die Cloud Ihrer Wunscharbeitgeber (Standard: die des Lernpfads)</translation>
    </message>
    <message>
        <source>language you will sit the exam in, e.g. en, ja, ko, zh-CN (default en); it decides which exam version can be booked</source>
        <translation>Sprache, in der Sie die Prüfung ablegen, z. B. en, ja, ko, zh-CN (Standard en); sie bestimmt, welche Prüfungsversion buchbar ist</translation>
    </message>
    <message>
        <source>first day of the plan (default: today, or the next study day)</source>
        <translation>erster Tag des Plans (Standard: heute oder der nächste Lerntag)</translation>
    </message>
    <message>
        <source>study days, e.g. mon,wed,sat (default {0})</source>
        <translation>Lerntage, z. B. mon,wed,sat (Standard {0})</translation>
    </message>
    <message>
        <source>longest study session in hours</source>
        <translation>längste Lerneinheit in Stunden</translation>
    </message>
    <message>
        <source>days off, e.g. 2026-12-24..2027-01-01 (repeatable)</source>
        <translation>freie Tage, z. B. 2026-12-24..2027-01-01 (wiederholbar)</translation>
    </message>
    <message>
        <source>IANA time zone (default: this computer&apos;s)</source>
        <translation>IANA-Zeitzone (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <source>default mon</source>
        <translation>Standard mon</translation>
    </message>
    <message>
        <source>leave out courses or projects of the path</source>
        <translation>Kurse oder Projekte des Lernpfads weglassen</translation>
    </message>
    <message>
        <source>leave out the path&apos;s optional steps</source>
        <translation>die optionalen Schritte des Lernpfads weglassen</translation>
    </message>
    <message>
        <source>a name for the plan</source>
        <translation>ein Name für den Plan</translation>
    </message>
    <message>
        <source>show the plan, do not save it</source>
        <translation>den Plan zeigen, nicht speichern</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>den Plan als JSON ausgeben</translation>
    </message>
    <message>
        <source>show a saved plan: this week, one week, or all of it</source>
        <translation>einen gespeicherten Plan zeigen: diese Woche, eine Woche oder den ganzen Plan</translation>
    </message>
    <message>
        <source>week N of the plan</source>
        <translation>Woche N des Plans</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>alle Wochen</translation>
    </message>
    <message>
        <source>the whole plan as JSON, with done items</source>
        <translation>der ganze Plan als JSON, mit den erledigten Einheiten</translation>
    </message>
    <message>
        <source>plan number or name (default: the plan used last)</source>
        <translation>Nummer oder Name des Plans (Standard: der zuletzt verwendete Plan)</translation>
    </message>
    <message>
        <source>list your plans</source>
        <translation>Ihre Pläne auflisten</translation>
    </message>
    <message>
        <source>include archived plans</source>
        <translation>archivierte Pläne einschließen</translation>
    </message>
    <message>
        <source>mark an item done</source>
        <translation>eine Einheit als erledigt markieren</translation>
    </message>
    <message>
        <source>mark an item not done</source>
        <translation>eine Einheit als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>item key, as shown by &apos;show&apos;</source>
        <translation>Schlüssel der Einheit, wie „show“ ihn zeigt</translation>
    </message>
    <message>
        <source>log hours studied on an item</source>
        <translation>gelernte Stunden für eine Einheit erfassen</translation>
    </message>
    <message>
        <source>the day you studied (default: today)</source>
        <translation>der Tag, an dem Sie gelernt haben (Standard: heute)</translation>
    </message>
    <message>
        <source>change an item&apos;s estimated hours and re-plan the rest from today</source>
        <translation>die geschätzten Stunden einer Einheit ändern und den Rest ab heute neu planen</translation>
    </message>
    <message>
        <source>if the rest no longer fits before the exam: keep the exam date (raise the hours per week) or keep the hours per week (move the exam); default: refuse and say</source>
        <translation>wenn der Rest nicht mehr vor die Prüfung passt: das Prüfungsdatum beibehalten (mehr Stunden pro Woche) oder die Stunden pro Woche beibehalten (die Prüfung verschieben); Standard: ablehnen und den Grund nennen</translation>
    </message>
    <message>
        <source>take back the last change to your plans (any kind, from the app too)</source>
        <translation>die letzte Änderung an Ihren Plänen zurücknehmen (jeder Art, auch aus der App)</translation>
    </message>
    <message>
        <source>apply again the change that &apos;undo&apos; took back</source>
        <translation>die Änderung, die „undo“ zurückgenommen hat, erneut anwenden</translation>
    </message>
    <message>
        <source>only changes to this plan (number or name; default: the last change to any)</source>
        <translation>nur Änderungen an diesem Plan (Nummer oder Name; Standard: die letzte Änderung an irgendeinem)</translation>
    </message>
    <message>
        <source>ahead or behind, pace, forecast and days to the exam</source>
        <translation>Vorsprung oder Rückstand, Tempo, Prognose und Tage bis zur Prüfung</translation>
    </message>
    <message>
        <source>re-plan the remaining work from today</source>
        <translation>die restliche Arbeit ab heute neu planen</translation>
    </message>
    <message>
        <source>keep the exam date (raise the hours per week if needed) or keep the hours per week (move the exam if needed); default: exam-date</source>
        <translation>das Prüfungsdatum beibehalten (nötigenfalls mehr Stunden pro Woche) oder die Stunden pro Woche beibehalten (nötigenfalls die Prüfung verschieben); Standard: exam-date</translation>
    </message>
    <message>
        <source>show what would move, change nothing</source>
        <translation>zeigen, was sich verschieben würde, nichts ändern</translation>
    </message>
    <message>
        <source>rename a plan</source>
        <translation>einen Plan umbenennen</translation>
    </message>
    <message>
        <source>copy a plan, e.g. for a what-if</source>
        <translation>einen Plan kopieren, z. B. für ein Was-wäre-wenn</translation>
    </message>
    <message>
        <source>name of the copy</source>
        <translation>Name der Kopie</translation>
    </message>
    <message>
        <source>archive a plan</source>
        <translation>einen Plan archivieren</translation>
    </message>
    <message>
        <source>unarchive a plan</source>
        <translation>einen Plan aus dem Archiv holen</translation>
    </message>
    <message>
        <source>delete a plan (a backup is taken first)</source>
        <translation>einen Plan löschen (vorher wird eine Sicherung angelegt)</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>das Löschen bestätigen</translation>
    </message>
    <message>
        <source>percent of the weekly hours (up to 25) for spaced review of finished modules that serve the exam&apos;s domains, e.g. 10</source>
        <translation>Prozent der Wochenstunden (bis 25) für verteilte Wiederholung abgeschlossener Module, die den Prüfungsbereichen dienen, z. B. 10</translation>
    </message>
    <message>
        <source>percent of the weekly hours (up to 25) for spaced review of finished modules that serve the exam&apos;s domains, e.g. 10 (default: no review)</source>
        <translation>Prozent der Wochenstunden (bis 25) für verteilte Wiederholung abgeschlossener Module, die den Prüfungsbereichen dienen, z. B. 10 (Standard: keine Wiederholung)</translation>
    </message>
    <message>
        <source>no spaced review (removes the reviews not yet done)</source>
        <translation>keine verteilte Wiederholung (entfernt die noch nicht erledigten Wiederholungen)</translation>
    </message>
    <message>
        <source>no spaced review</source>
        <translation>keine verteilte Wiederholung</translation>
    </message>
    <message>
        <source>the day of the attempt (default: today)</source>
        <translation>der Tag des Versuchs (Standard: heute)</translation>
    </message>
    <message>
        <source>overall score in percent</source>
        <translation>Gesamtergebnis in Prozent</translation>
    </message>
    <message>
        <source>a domain&apos;s score: the domain&apos;s number, name or a unique part of it (repeat for each domain); replaces all the attempt&apos;s domain scores</source>
        <translation>das Ergebnis eines Prüfungsbereichs: Nummer, Name oder ein eindeutiger Teil des Namens (für jeden Bereich wiederholen); ersetzt alle Bereichsergebnisse des Versuchs</translation>
    </message>
    <message>
        <source>a domain&apos;s score: the domain&apos;s number, name or a unique part of it (repeat for each domain)</source>
        <translation>das Ergebnis eines Prüfungsbereichs: Nummer, Name oder ein eindeutiger Teil des Namens (für jeden Bereich wiederholen)</translation>
    </message>
    <message>
        <source>where the attempt comes from, e.g. &apos;Official practice exam&apos;</source>
        <translation>woher der Versuch stammt, z. B. „Offizielle Übungsprüfung“</translation>
    </message>
    <message>
        <source>record practice-exam attempts and their scores</source>
        <translation>Versuche in Übungsprüfungen und ihre Ergebnisse eintragen</translation>
    </message>
    <message>
        <source>record an attempt</source>
        <translation>einen Versuch eintragen</translation>
    </message>
    <message>
        <source>list the plan&apos;s attempts</source>
        <translation>die Versuche des Plans auflisten</translation>
    </message>
    <message>
        <source>change a recorded attempt</source>
        <translation>einen eingetragenen Versuch ändern</translation>
    </message>
    <message>
        <source>the attempt&apos;s number, from &apos;attempt list&apos;</source>
        <translation>die Nummer des Versuchs, aus „attempt list“</translation>
    </message>
    <message>
        <source>delete a recorded attempt (undo brings it back)</source>
        <translation>einen eingetragenen Versuch löschen (undo holt ihn zurück)</translation>
    </message>
    <message>
        <source>record the attempts of a CSV file (see the README)</source>
        <translation>die Versuche aus einer CSV-Datei eintragen (siehe README)</translation>
    </message>
    <message>
        <source>how ready you are to book the exam, domain by domain</source>
        <translation>wie bereit Sie für die Buchung der Prüfung sind, Bereich für Bereich</translation>
    </message>
    <message>
        <source>percentage points above the pass mark to aim for (default: the plan&apos;s, else 5)</source>
        <translation>angestrebte Prozentpunkte über der Bestehensgrenze (Standard: die des Plans, sonst 5)</translation>
    </message>
    <message>
        <source>the exam&apos;s pass mark in percent (default: the catalog&apos;s, else 70)</source>
        <translation>die Bestehensgrenze der Prüfung in Prozent (Standard: die des Katalogs, sonst 70)</translation>
    </message>
    <message>
        <source>keep --margin and --pass-mark as this plan&apos;s target (undoable)</source>
        <translation>--margin und --pass-mark als Ziel dieses Plans speichern (rückgängig machbar)</translation>
    </message>
    <message>
        <source>book the real exam, record its result, see retake and renewal dates</source>
        <translation>die echte Prüfung buchen, ihr Ergebnis eintragen, Termine für Wiederholung und Erneuerung sehen</translation>
    </message>
    <message>
        <source>record a booked sitting of the exam</source>
        <translation>einen gebuchten Prüfungstermin eintragen</translation>
    </message>
    <message>
        <source>the exam day</source>
        <translation>der Prüfungstag</translation>
    </message>
    <message>
        <source>the start, local time</source>
        <translation>der Beginn, Ortszeit</translation>
    </message>
    <message>
        <source>the booking&apos;s confirmation number or text</source>
        <translation>Bestätigungsnummer oder -text der Buchung</translation>
    </message>
    <message>
        <source>record the result of a booked sitting</source>
        <translation>das Ergebnis eines gebuchten Termins eintragen</translation>
    </message>
    <message>
        <source>the sitting (default: the latest)</source>
        <translation>der Termin (Standard: der letzte)</translation>
    </message>
    <message>
        <source>day of the result (default: exam day)</source>
        <translation>Tag des Ergebnisses (Standard: Prüfungstag)</translation>
    </message>
    <message>
        <source>the score report&apos;s overall score in percent</source>
        <translation>das Gesamtergebnis laut Ergebnisbericht in Prozent</translation>
    </message>
    <message>
        <source>the score report&apos;s figure for a domain (repeat for each); recorded as an attempt, so a retake is prepared toward the weak domains</source>
        <translation>der Wert eines Prüfungsbereichs laut Ergebnisbericht (für jeden wiederholen); als Versuch eingetragen, damit eine Wiederholung auf die schwachen Bereiche hin vorbereitet wird</translation>
    </message>
    <message>
        <source>bookings, reschedule deadline, retake and renewal dates</source>
        <translation>Buchungen, Frist zum Verschieben, Termine für Wiederholung und Erneuerung</translation>
    </message>
    <message>
        <source>after a failed exam: move the exam to the earliest allowed retake and prepare the weak domains again (undoable)</source>
        <translation>nach einer nicht bestandenen Prüfung: die Prüfung auf die früheste erlaubte Wiederholung verschieben und die schwachen Bereiche erneut vorbereiten (rückgängig machbar)</translation>
    </message>
    <message>
        <source>plan number or name</source>
        <translation>Nummer oder Name des Plans</translation>
    </message>
    <message>
        <source>the retake day (default: the earliest allowed)</source>
        <translation>der Tag der Wiederholung (Standard: der früheste erlaubte)</translation>
    </message>
    <message>
        <source>re-plan the remaining exam preparation toward your weak domains (undoable)</source>
        <translation>die restliche Prüfungsvorbereitung auf Ihre schwachen Bereiche hin neu planen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>keep the exam date or the hours per week, as &apos;rebalance&apos; does; default: exam-date</source>
        <translation>das Prüfungsdatum oder die Stunden pro Woche beibehalten, wie bei „rebalance“; Standard: exam-date</translation>
    </message>
    <message>
        <source>as for &apos;readiness&apos;</source>
        <translation>wie bei „readiness“</translation>
    </message>
    <message>
        <source>time a study session: start, stop (logs the time), status, cancel</source>
        <translation>die Zeit einer Lerneinheit messen: start, stop (erfasst die Zeit), status, cancel</translation>
    </message>
    <message>
        <source>Time a study session. The timer is kept in your plans file, shared with the app; &apos;stop&apos; logs the time to the nearest quarter hour (at least 15 minutes) as one undoable step.</source>
        <translation>Die Zeit einer Lerneinheit messen. Der Timer liegt in Ihrer Plandatei, gemeinsam mit der App; „stop“ erfasst die Zeit auf die Viertelstunde gerundet (mindestens 15 Minuten) als einen Schritt, der sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>start timing an item: timer start [PLAN] ITEM, or timer start [PLAN] --next</source>
        <translation>die Zeitmessung für eine Einheit starten: timer start [PLAN] ITEM oder timer start [PLAN] --next</translation>
    </message>
    <message>
        <source>the item key as &apos;show&apos; prints it, after the plan&apos;s number or name if not the plan used last</source>
        <translation>der Schlüssel der Einheit, wie „show“ ihn ausgibt, nach Nummer oder Name des Plans, falls es nicht der zuletzt verwendete ist</translation>
    </message>
    <message>
        <source>the first module not done in today&apos;s or the next session</source>
        <translation>das erste nicht erledigte Modul der heutigen oder der nächsten Lerneinheit</translation>
    </message>
    <message>
        <source>stop the timer and log the time studied</source>
        <translation>den Timer anhalten und die gelernte Zeit erfassen</translation>
    </message>
    <message>
        <source>what the timer times, and for how long</source>
        <translation>was der Timer misst und wie lange schon</translation>
    </message>
    <message>
        <source>stop the timer without logging anything</source>
        <translation>den Timer anhalten, ohne etwas zu erfassen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Switch exam</source>
        <translation>Prüfung wechseln</translation>
    </message>
    <message>
        <source>After the switch the rest does not fit before the exam: {0}.</source>
        <translation>Nach dem Wechsel passt der Rest nicht vor die Prüfung: {0}.</translation>
    </message>
    <message>
        <source>Now planned for {0}; done work stays. Undo (Ctrl+Z) takes it back.</source>
        <translation>Jetzt für {0} geplant; Erledigtes bleibt. Rückgängig (Strg+Z) nimmt es zurück.</translation>
    </message>
    <message>
        <source>Roll Back Catalog</source>
        <translation>Katalog zurücksetzen</translation>
    </message>
    <message>
        <source>The built-in catalog is in use; there is no update to roll back.</source>
        <translation>Der eingebaute Katalog ist in Gebrauch; es gibt keine Aktualisierung zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>the built-in catalog</source>
        <translation>der eingebaute Katalog</translation>
    </message>
    <message>
        <source>Go back from the catalog of {0} to {1}?</source>
        <translation>Vom Katalog vom {0} zu {1} zurückkehren?</translation>
    </message>
    <message>
        <source>The catalog was rolled back to {0}.</source>
        <translation>Der Katalog wurde auf {0} zurückgesetzt.</translation>
    </message>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Schreibgeschützte Datei ersetzen?</translation>
    </message>
    <message>
        <source>{0} is read-only. Replace it with the new calendar? It stays read-only.</source>
        <translation>{0} ist schreibgeschützt. Durch den neuen Kalender ersetzen? Sie bleibt schreibgeschützt.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Import busy days</source>
        <translation>Belegte Tage importieren</translation>
    </message>
    <message>
        <source> It was moved aside as {0}; nothing was deleted.</source>
        <translation> Sie wurde als {0} beiseitegelegt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Your plans file could not be read: {0}.{1} Restore a backup below (the newest good one is chosen), or start with an empty plans file.</source>
        <translation>Ihre Plandatei konnte nicht gelesen werden: {0}.{1} Stellen Sie unten eine Sicherung wieder her (die neueste intakte ist ausgewählt) oder beginnen Sie mit einer leeren Plandatei.</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>Going back to a backup replaces your plans with the plans as they were then. Your current file is backed up first, so this can be reversed.</source>
        <translation>Die Rückkehr zu einer Sicherung ersetzt Ihre Pläne durch den damaligen Stand. Ihre aktuelle Datei wird vorher gesichert, sodass sich dies umkehren lässt.</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was sich verschiebt</translation>
    </message>
    <message>
        <source>The items whose finish day changes</source>
        <translation>Die Einheiten, deren Endtag sich ändert</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <source>Delete “{0}” and all its progress?

A backup is taken first, so it can be restored from File › Restore a Backup.</source>
        <translation>„{0}“ und den gesamten Fortschritt löschen?

Vorher wird eine Sicherung angelegt, sodass der Plan über Datei › Sicherung wiederherstellen zurückgeholt werden kann.</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Name des Plans:</translation>
    </message>
    <message>
        <source>Re-plan toward weak domains</source>
        <translation>Auf schwache Bereiche ausrichten</translation>
    </message>
    <message>
        <source>Discard this plan?</source>
        <translation>Diesen Plan verwerfen?</translation>
    </message>
    <message>
        <source>Close the wizard and throw away the choices you made?</source>
        <translation>Den Assistenten schließen und Ihre Auswahl verwerfen?</translation>
    </message>
</context>
</TS>
