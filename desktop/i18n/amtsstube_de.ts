<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../case_actions.py" line="35"/>
        <source>&amp;Take over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="37"/>
        <source>Take over the selected case and start working on it</source>
        <translation>Den ausgewählten Vorgang übernehmen und mit der Bearbeitung beginnen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="40"/>
        <source>Take &amp;next</source>
        <translation>&amp;Nächsten übernehmen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="42"/>
        <source>Take over the most urgent unassigned case</source>
        <translation>Den dringendsten unbearbeiteten Vorgang übernehmen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="45"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="47"/>
        <source>Approve the case; a confirmation letter is created where the service has one</source>
        <translation>Den Vorgang genehmigen; wo die Leistung es vorsieht, wird ein Bestätigungsschreiben erstellt</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="52"/>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="54"/>
        <source>Reject the case with a reason</source>
        <translation>Den Vorgang mit Begründung ablehnen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="57"/>
        <source>As&amp;k citizen…</source>
        <translation>&amp;Rückfrage an Bürger/in…</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="59"/>
        <source>Ask the citizen for information; the deadline pauses meanwhile</source>
        <translation>Bürger/in um Auskunft oder Unterlagen bitten; die Frist ruht so lange</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="62"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="64"/>
        <source>Continue working on a case that waited for the citizen</source>
        <translation>Die Bearbeitung eines Vorgangs fortsetzen, der auf Bürger/in gewartet hat</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="67"/>
        <source>C&amp;lose</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="69"/>
        <source>Close the decided case</source>
        <translation>Den entschiedenen Vorgang abschließen</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="72"/>
        <source>Rel&amp;ease</source>
        <translation>Fr&amp;eigeben</translation>
    </message>
    <message>
        <location filename="../case_actions.py" line="74"/>
        <source>Give the case back to the queue for someone else</source>
        <translation>Den Vorgang in die Arbeitsliste zurückgeben, damit jemand anderes ihn übernehmen kann</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../case_detail_panel.py" line="61"/>
        <source>Choose a case in the work queue, or take the next one (Ctrl+N).</source>
        <translation>Wählen Sie einen Vorgang in der Arbeitsliste aus oder übernehmen Sie den nächsten (Strg+N).</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="85"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="85"/>
        <source>Entry</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="88"/>
        <source>Applicant and application</source>
        <translation>Antragsteller/in und Antrag</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="91"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="91"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="94"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="94"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="97"/>
        <source>&amp;Open document</source>
        <translation>D&amp;okument öffnen</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="107"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="107"/>
        <source>Method</source>
        <translation>Zahlart</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="107"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="107"/>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="114"/>
        <source>Letters and notices</source>
        <translation>Schreiben und Bescheide</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="119"/>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="121"/>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="124"/>
        <source>Documents and payments</source>
        <translation>Schriftstücke und Zahlungen</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="126"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="126"/>
        <source>Who</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="126"/>
        <source>What</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="129"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="190"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="192"/>
        <source>Assignee: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Bearbeiter/in: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="194"/>
        <source>Assignee: &lt;b&gt;nobody yet&lt;/b&gt;</source>
        <translation>Bearbeiter/in: &lt;b&gt;noch niemand&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="198"/>
        <source>Received: {moment} ({channel})</source>
        <translation>Eingang: {moment} ({channel})</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="203"/>
        <source>Pickup: &lt;b&gt;{date}&lt;/b&gt;</source>
        <translation>Abholung: &lt;b&gt;{date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="211"/>
        <source>No attachments</source>
        <translation>Keine Anlagen</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="215"/>
        <source>No fee</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="218"/>
        <source>Fee {fee}, paid {paid}</source>
        <translation>Gebühr {fee}, bezahlt {paid}</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="232"/>
        <source>Deadline: &lt;b&gt;{date} – exceeded&lt;/b&gt;</source>
        <translation>Frist: &lt;b&gt;{date} – überschritten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="235"/>
        <source>Deadline: &lt;b&gt;{date}&lt;/b&gt;</source>
        <translation>Frist: &lt;b&gt;{date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="243"/>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <location filename="../case_detail_panel.py" line="245"/>
        <source>phone {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <location filename="../case_workflow.py" line="86"/>
        <source>Reject case {reference}</source>
        <translation>Vorgang {reference} ablehnen</translation>
    </message>
    <message>
        <location filename="../case_workflow.py" line="88"/>
        <source>Please give the &amp;reason for the rejection. It is recorded in the history and is the basis of the notice to the citizen.</source>
        <translation>Bitte geben Sie den &amp;Grund der Ablehnung an. Er wird im Verlauf festgehalten und ist Grundlage des Bescheids an die Bürgerin bzw. den Bürger.</translation>
    </message>
    <message>
        <location filename="../case_workflow.py" line="91"/>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../case_workflow.py" line="96"/>
        <source>Ask the citizen – case {reference}</source>
        <translation>Rückfrage an Bürger/in – Vorgang {reference}</translation>
    </message>
    <message>
        <location filename="../case_workflow.py" line="98"/>
        <source>What does the citizen need to send or clarify? The &amp;question is recorded in the history; the deadline pauses until you resume the case.</source>
        <translation>Was muss die Bürgerin bzw. der Bürger nachreichen oder klären? Die &amp;Rückfrage wird im Verlauf festgehalten; die Frist ruht, bis Sie den Vorgang fortsetzen.</translation>
    </message>
    <message>
        <location filename="../case_workflow.py" line="101"/>
        <source>&amp;Send question</source>
        <translation>Rückfrage &amp;senden</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../comment_dialog.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../comment_dialog.py" line="69"/>
        <source>A text is required.</source>
        <translation>Ein Text ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../comment_dialog.py" line="72"/>
        <source>Too long: {length} of at most {maximum} characters.</source>
        <translation>Zu lang: {length} von höchstens {maximum} Zeichen.</translation>
    </message>
    <message>
        <location filename="../comment_dialog.py" line="77"/>
        <source>{length} characters – Ctrl+Return confirms</source>
        <translation>{length} Zeichen – Strg+Eingabe bestätigt</translation>
    </message>
</context>
<context>
    <name>DetailSections</name>
    <message>
        <location filename="../detail_sections.py" line="125"/>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <location filename="../detail_sections.py" line="127"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../detail_sections.py" line="128"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../error_dialogs.py" line="61"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../error_dialogs.py" line="62"/>
        <source>An unexpected error occurred. Your last step may not have been carried out; please check the case before you continue.

If this happens again, please tell the IT the incident number {incident}. The details are in the log file:
{path}</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihr letzter Schritt wurde möglicherweise nicht ausgeführt; bitte prüfen Sie den Vorgang, bevor Sie weiterarbeiten.

Wenn der Fehler wieder auftritt, nennen Sie der IT bitte die Fehlernummer {incident}. Die Einzelheiten stehen in der Protokolldatei:
{path}</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../error_messages.py" line="39"/>
        <source>Please give a reason for the rejection. It is printed in the notice to the citizen.</source>
        <translation>Bitte geben Sie einen Grund für die Ablehnung an. Er erscheint im Bescheid an die Bürgerin bzw. den Bürger.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="42"/>
        <source>Please enter the text for the citizen.</source>
        <translation>Bitte geben Sie den Text für die Bürgerin bzw. den Bürger ein.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="43"/>
        <source>The text is too long (at most 4000 characters). Please shorten it.</source>
        <translation>Der Text ist zu lang (höchstens 4000 Zeichen). Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="46"/>
        <source>The amount must be more than 0 €.</source>
        <translation>Der Betrag muss größer als 0 € sein.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="47"/>
        <source>The amount is unusually high (more than 10,000 €). Please check your entry.</source>
        <translation>Der Betrag ist ungewöhnlich hoch (mehr als 10.000 €). Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="50"/>
        <source>The receipt or transaction number is too long (at most 120 characters).</source>
        <translation>Die Beleg- oder Buchungsnummer ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="53"/>
        <source>Please enter the family name.</source>
        <translation>Bitte geben Sie den Familiennamen an.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="54"/>
        <source>Please enter the country as a two-letter code (for example DE or AT).</source>
        <translation>Bitte geben Sie das Land als zweistelligen Ländercode an (zum Beispiel DE oder AT).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="57"/>
        <source>The user name is not valid: it must not be empty or contain spaces (at most 60 characters).</source>
        <translation>Der Benutzername ist ungültig: Er darf nicht leer sein und keine Leerzeichen enthalten (höchstens 60 Zeichen).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="60"/>
        <source>This user name is already taken.</source>
        <translation>Dieser Benutzername ist bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="61"/>
        <source>Please choose at least one role.</source>
        <translation>Bitte wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="62"/>
        <source>The password is too short (at least 8 characters).</source>
        <translation>Das Passwort ist zu kurz (mindestens 8 Zeichen).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="63"/>
        <source>The database address in the settings is not valid. Please ask the IT to correct the workstation&apos;s settings.</source>
        <translation>Die Datenbankadresse in den Einstellungen ist ungültig. Bitte lassen Sie die Einstellungen dieses Arbeitsplatzes von der IT korrigieren.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="76"/>
        <source>{text}
Technical detail: {details}</source>
        <translation>{text}
Technische Angabe: {details}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="90"/>
        <source>Action not possible</source>
        <translation>Aktion nicht möglich</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="91"/>
        <source>The action could not be carried out. Please check your entries and try again.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="97"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="100"/>
        <source>There is no case {reference}. Please check the reference.</source>
        <translation>Es gibt keinen Vorgang {reference}. Bitte prüfen Sie das Aktenzeichen.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="104"/>
        <source>The case no longer exists. Please refresh the work queue (F5).</source>
        <translation>Der Vorgang existiert nicht mehr. Bitte aktualisieren Sie die Arbeitsliste (F5).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="106"/>
        <source>The document no longer exists. Please refresh the case.</source>
        <translation>Das Schriftstück existiert nicht mehr. Bitte aktualisieren Sie den Vorgang.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="108"/>
        <source>No letter has been created for case {reference} yet.</source>
        <translation>Zum Vorgang {reference} wurde noch kein Schreiben erstellt.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="110"/>
        <source>The user {key} does not exist or has been deactivated.</source>
        <translation>Den Benutzer {key} gibt es nicht oder er wurde gesperrt.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="112"/>
        <source>The service {key} is not in the catalogue.</source>
        <translation>Die Leistung {key} ist nicht im Leistungskatalog.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="114"/>
        <source>The requested entry does not exist (any more).</source>
        <translation>Der gesuchte Eintrag existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="120"/>
        <source>No permission</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="121"/>
        <source>You are not allowed to {action}. If this should be part of your work, please ask your supervisor to give you the role for it.</source>
        <translation>Sie sind nicht berechtigt, {action}. Wenn das zu Ihren Aufgaben gehören soll, bitten Sie Ihre Amtsleitung, Ihnen die passende Rolle zu geben.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="131"/>
        <source>Step not possible</source>
        <translation>Schritt nicht möglich</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="132"/>
        <source>Case {reference} cannot go from “{current}” to “{target}”. The view has been refreshed; please check the current state of the case.</source>
        <translation>Der Vorgang {reference} kann nicht von „{current}“ nach „{target}“ wechseln. Die Ansicht wurde aktualisiert; bitte prüfen Sie den aktuellen Stand des Vorgangs.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="142"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="143"/>
        <source>Case {reference} has been changed by someone else in the meantime. The view has been refreshed; please check the change and repeat your step.</source>
        <translation>Der Vorgang {reference} wurde inzwischen von jemand anderem geändert. Die Ansicht wurde aktualisiert; bitte prüfen Sie die Änderung und wiederholen Sie den Schritt.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="153"/>
        <source>Case already taken</source>
        <translation>Vorgang bereits übernommen</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="154"/>
        <source>Case {reference} is being worked on by {holder}. Please choose another case, or ask {holder} or your supervisor to release it.</source>
        <translation>Der Vorgang {reference} wird bereits von {holder} bearbeitet. Bitte wählen Sie einen anderen Vorgang oder bitten Sie {holder} oder Ihre Amtsleitung, ihn freizugeben.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="164"/>
        <source>No case waiting</source>
        <translation>Kein Vorgang offen</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="165"/>
        <source>There is no unassigned case waiting for you at the moment. Please refresh the work queue later.</source>
        <translation>Zurzeit wartet kein unbearbeiteter Vorgang auf Sie. Bitte aktualisieren Sie die Arbeitsliste später.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="175"/>
        <location filename="../error_messages.py" line="187"/>
        <source>Please check your entry</source>
        <translation>Bitte Eingabe prüfen</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="178"/>
        <source>Settings cannot be read</source>
        <translation>Einstellungen nicht lesbar</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="179"/>
        <source>The settings file {path} cannot be read. Please ask the IT to check or replace it; Amtsstube cannot start without valid settings.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden. Bitte lassen Sie sie von der IT prüfen oder ersetzen; ohne gültige Einstellungen kann Amtsstube nicht starten.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="188"/>
        <source>The entry “{field}” is not valid. Please correct it and try again.</source>
        <translation>Die Angabe „{field}“ ist ungültig. Bitte korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="197"/>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="198"/>
        <source>User name or password is wrong. Please check your entry (is Caps Lock on?) and try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Bitte prüfen Sie Ihre Eingabe (ist die Feststelltaste aktiv?) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="206"/>
        <source>Database not reachable</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="207"/>
        <source>The database cannot be reached, so nothing was saved. Please check the network connection and try again. If the problem persists, please contact the IT (the database server may be down).</source>
        <translation>Die Datenbank ist nicht erreichbar, daher wurde nichts gespeichert. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Bleibt das Problem bestehen, wenden Sie sich bitte an die IT (möglicherweise ist der Datenbankserver ausgefallen).</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="218"/>
        <source>Font missing</source>
        <translation>Schriftart fehlt</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="219"/>
        <source>The letter cannot be created because a font for letters is missing on this workstation. Nothing was changed. Please contact the IT.</source>
        <translation>Das Schreiben kann nicht erstellt werden, weil auf diesem Arbeitsplatz eine Schriftart für Briefe fehlt. Es wurde nichts geändert. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="230"/>
        <source>Printer not found</source>
        <translation>Drucker nicht gefunden</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="231"/>
        <source>The printer “{printer}” was not found. Please check that it is switched on and connected, or choose another printer. The document is saved and can be printed again.</source>
        <translation>Der Drucker „{printer}“ wurde nicht gefunden. Bitte prüfen Sie, ob er eingeschaltet und angeschlossen ist, oder wählen Sie einen anderen Drucker. Das Schriftstück ist gespeichert und kann erneut gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="242"/>
        <source>Print job rejected</source>
        <translation>Druckauftrag abgelehnt</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="243"/>
        <source>The printer “{printer}” did not accept the job. Please check the printer (paper, jams, messages on its display) and print again. The document is saved.</source>
        <translation>Der Drucker „{printer}“ hat den Auftrag nicht angenommen. Bitte prüfen Sie den Drucker (Papier, Papierstau, Meldungen im Display) und drucken Sie erneut. Das Schriftstück ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="254"/>
        <source>Printing not available</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="255"/>
        <source>The print system of this workstation is not responding. The document is saved and can be printed later. If the problem persists, please contact the IT.</source>
        <translation>Das Drucksystem dieses Arbeitsplatzes antwortet nicht. Das Schriftstück ist gespeichert und kann später gedruckt werden. Bleibt das Problem bestehen, wenden Sie sich bitte an die IT.</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="266"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="267"/>
        <source>Printing on “{printer}” failed. The document is saved and can be printed again. If the problem persists, please contact the IT.</source>
        <translation>Das Drucken auf „{printer}“ ist fehlgeschlagen. Das Schriftstück ist gespeichert und kann erneut gedruckt werden. Bleibt das Problem bestehen, wenden Sie sich bitte an die IT.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Waiting for citizen</source>
        <translation>Wartet auf Bürger/in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <location filename="../labels.py" line="70"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <location filename="../labels.py" line="71"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <location filename="../labels.py" line="72"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Registry officer</source>
        <translation>Standesamt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Supervisor</source>
        <translation>Amtsleitung</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>IT administration</source>
        <translation>IT-Administration</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>view cases</source>
        <translation>Vorgänge anzusehen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>work on cases of this service</source>
        <translation>Vorgänge dieser Leistung zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>assign cases to others</source>
        <translation>Vorgänge anderen zuzuweisen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>manage users</source>
        <translation>Benutzer zu verwalten</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>export cases</source>
        <translation>Vorgänge zu exportieren</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>online payment</source>
        <translation>Online-Zahlung</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Confirmation letter</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Rejection notice</source>
        <translation>Ablehnungsbescheid</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Request for documents</source>
        <translation>Nachforderung von Unterlagen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Fee notice</source>
        <translation>Gebührenbescheid</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Ready to print</source>
        <translation>Druckbereit</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Processing started</source>
        <translation>Bearbeitung begonnen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Asked the citizen for information</source>
        <translation>Rückfrage an Bürger/in gestellt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Withdrawn by the citizen</source>
        <translation>Von Bürger/in zurückgezogen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Application entered at the counter</source>
        <translation>Antrag am Schalter aufgenommen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135"/>
        <source>Application received online</source>
        <translation>Antrag online eingegangen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138"/>
        <source>Processing resumed</source>
        <translation>Bearbeitung fortgesetzt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Taken over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Released to the queue</source>
        <translation>Freigegeben (zurück in die Arbeitsliste)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Document created</source>
        <translation>Schriftstück erstellt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="148"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="31"/>
        <source>Demo mode – log in as {users}. The password is always {password}.</source>
        <translation>Demo-Modus – melden Sie sich an als {users}. Das Passwort ist immer {password}.</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="47"/>
        <source>Amtsstube – Login</source>
        <translation>Amtsstube – Anmeldung</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="50"/>
        <source>Amtsstube</source>
        <translation>Amtsstube</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="55"/>
        <source>Please log in with your user name and password.</source>
        <translation>Bitte melden Sie sich mit Ihrem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="64"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="66"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="87"/>
        <location filename="../login_dialog.py" line="111"/>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="91"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="111"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="117"/>
        <source>Please enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="48"/>
        <source>Amtsstube – Work queue</source>
        <translation>Amtsstube – Arbeitsliste</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Reload the work queue and the case (F5)</source>
        <translation>Arbeitsliste und Vorgang neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81"/>
        <source>Your role has no access to the work queue.</source>
        <translation>Ihre Rolle hat keinen Zugriff auf die Arbeitsliste.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;Work queue</source>
        <translation>&amp;Arbeitsliste</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Go to the &amp;queue</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>Go to the &amp;case</source>
        <translation>Zum &amp;Vorgang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>&amp;Case</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Open document</source>
        <translation>D&amp;okument öffnen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Logged in: {name} ({roles})</source>
        <translation>Angemeldet: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="202"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>You have taken over case {reference}.</source>
        <translation>Sie haben den Vorgang {reference} übernommen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>Case {reference} is back in the queue.</source>
        <translation>Der Vorgang {reference} ist wieder in der Arbeitsliste.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>Case {reference} is now “{status}”.</source>
        <translation>Der Vorgang {reference} ist jetzt „{status}“.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../pdf_preview.py" line="22"/>
        <source>{title} – {reference}</source>
        <translation>{title} – {reference}</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="39"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · {pages} page(s) · created {moment} by {user}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; · {pages} Seite(n) · erstellt am {moment} von {user}</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="47"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="49"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="51"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Seitenbreite</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../queue_filter_bar.py" line="23"/>
        <source>Reference or name</source>
        <translation>Aktenzeichen oder Name</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="35"/>
        <source>Open cases</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="36"/>
        <source>All cases</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="44"/>
        <source>All services</source>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="48"/>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="49"/>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="50"/>
        <source>Unassigned</source>
        <translation>Unbearbeitet</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="58"/>
        <source>Sear&amp;ch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="59"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="60"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <location filename="../queue_filter_bar.py" line="61"/>
        <source>&amp;Whose:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../queue_model.py" line="52"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="53"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="54"/>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="56"/>
        <source>Assignee</source>
        <translation>Bearbeiter/in</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="57"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="58"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="131"/>
        <source>Case {reference}: {service}</source>
        <translation>Vorgang {reference}: {service}</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="161"/>
        <source>Deadline exceeded</source>
        <translation>Frist überschritten</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="35"/>
        <source>Connecting to the database…</source>
        <translation>Verbindung zur Datenbank wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="37"/>
        <source>Updating the database structure…</source>
        <translation>Datenbankstruktur wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="39"/>
        <source>Updating the service catalogue…</source>
        <translation>Leistungskatalog wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="42"/>
        <source>Creating demo cases…</source>
        <translation>Demo-Vorgänge werden angelegt…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="44"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="86"/>
        <source>Starting Amtsstube…</source>
        <translation>Amtsstube wird gestartet…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="87"/>
        <source>Amtsstube</source>
        <translation>Amtsstube</translation>
    </message>
    <message>
        <location filename="../startup.py" line="121"/>
        <source>Database not reachable</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../startup.py" line="125"/>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location filename="../startup.py" line="131"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>
